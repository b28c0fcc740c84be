/// The repair stage's output: the report as a person reads it, as ordered blocks.
///
/// Versioned (`formatVersion`) so that the parser can be developed against saved files.
public struct Document: Hashable, Sendable, Codable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var source: SourceInfo
    public var blocks: [Block]
    public var diagnostics: [Diagnostic]

    public init(source: SourceInfo, blocks: [Block], diagnostics: [Diagnostic] = []) {
        self.formatVersion = Self.currentFormatVersion
        self.source = source
        self.blocks = blocks
        self.diagnostics = diagnostics
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, source, blocks, diagnostics
    }

    /// A document of another format version is refused by name, not read as if it were this one.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try FormatVersion.decode(
            from: container, forKey: .formatVersion, current: Self.currentFormatVersion, of: "document", remedy: "repair it again")
        source = try container.decode(SourceInfo.self, forKey: .source)
        blocks = try container.decode([Block].self, forKey: .blocks)
        diagnostics = try container.decode([Diagnostic].self, forKey: .diagnostics)
    }
}

/// Where a piece of the document stands in the source, when the source had geometry.
public struct Location: Hashable, Sendable, Codable {
    /// 1-based page number.
    public var page: Int
    /// In the page's own coordinates.
    public var box: Box?
    /// The page's skew (`Page.skew`), when OCR straightened it: boxes on the page, compared with one another, stand
    /// in rows only once turned back by it (`PageSkew`, about any point). Absent for pages that were not turned.
    public var skew: Double?

    public init(page: Int, box: Box? = nil, skew: Double? = nil) {
        self.page = page
        self.box = box
        self.skew = skew
    }
}

/// One block of the document: a heading, a paragraph or a table.
///
/// Encoded as an object with a `type` key (`heading`, `paragraph`, `table`) and the block's own keys.
public enum Block: Hashable, Sendable, Codable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)

    private enum Kind: String, Codable {
        case heading
        case paragraph
        case table
    }

    private enum TypeKey: String, CodingKey {
        case type
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: TypeKey.self)
        switch try container.decode(Kind.self, forKey: .type) {
        case .heading: self = .heading(try Heading(from: decoder))
        case .paragraph: self = .paragraph(try Paragraph(from: decoder))
        case .table: self = .table(try Table(from: decoder))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        switch self {
        case .heading(let heading):
            try container.encode(Kind.heading, forKey: .type)
            try heading.encode(to: encoder)
        case .paragraph(let paragraph):
            try container.encode(Kind.paragraph, forKey: .type)
            try paragraph.encode(to: encoder)
        case .table(let table):
            try container.encode(Kind.table, forKey: .type)
            try table.encode(to: encoder)
        }
    }
}

/// A numbered heading: level 1 for 一、, 2 for （一）, 3 for 1. / 1、.
public struct Heading: Hashable, Sendable, Codable {
    public var level: Int
    public var text: String
    public var location: Location?

    public init(level: Int, text: String, location: Location? = nil) {
        self.level = level
        self.text = text
        self.location = location
    }
}

/// A paragraph with its wrapped lines (and any page break inside it) rejoined.
public struct Paragraph: Hashable, Sendable, Codable {
    public var text: String
    /// Where the paragraph starts.
    public var location: Location?

    public init(text: String, location: Location? = nil) {
        self.text = text
        self.location = location
    }
}

/// A table as a grid: rows of cells, each cell placed at a column with its spans, like HTML's model.
/// A merged cell appears once, in the row and column where it starts.
public struct Table: Hashable, Sendable, Codable {
    public var rows: [TableRow]
    /// Number of grid columns; for tables rebuilt from text without geometry, the widest row's cell count.
    public var columnCount: Int
    /// Where the table starts; a table continued over pages keeps per-cell locations.
    public var location: Location?
    /// True when rows and columns are the source's own markup (an HTML `<table>`), so an empty cell keeps
    /// its column; absent for tables rebuilt from text or positions (text in an HTML `<pre>` is such text).
    public var markupGrid: Bool?

    public init(rows: [TableRow], columnCount: Int, location: Location? = nil, markupGrid: Bool? = nil) {
        self.rows = rows
        self.columnCount = columnCount
        self.location = location
        self.markupGrid = markupGrid
    }
}

public struct TableRow: Hashable, Sendable, Codable {
    public var cells: [Cell]

    public init(cells: [Cell]) {
        self.cells = cells
    }
}

/// One cell of a table, its text joined from all the lines it holds.
public struct Cell: Hashable, Sendable, Codable {
    /// 0-based grid column where the cell starts.
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
    public var text: String
    public var location: Location?
    public var origin: TextOrigin
    /// Lowest OCR confidence (0–100) of the cell's words; nil for text-layer cells.
    public var confidence: Double?
    /// The printed lines of a cell spanning several rows, each with its box on the cell's page, so that labels
    /// stacked in one cell (a ruling between label rows not drawn) can be set level with the rows beside them.
    /// Nil for other cells and for inputs without geometry.
    public var lines: [CellLine]?

    /// Grid positions a cell may start at or span: far beyond any report's table, far below what arithmetic on
    /// them could overflow.
    static let largestGridIndex = 10_000

    private enum CodingKeys: String, CodingKey {
        case column, rowSpan, columnSpan, text, location, origin, confidence, lines
    }

    /// A document file's cells are checked as they are read: a column or span out of range, or a confidence that is
    /// not 0–100, is an error naming its place, not a number for later arithmetic to trap on.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func index(_ key: CodingKeys, from lowest: Int) throws -> Int {
            let value = try container.decode(Int.self, forKey: key)
            guard (lowest...Self.largestGridIndex).contains(value) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "\(value) is outside \(lowest)…\(Self.largestGridIndex)")
            }
            return value
        }
        column = try index(.column, from: 0)
        rowSpan = try index(.rowSpan, from: 1)
        columnSpan = try index(.columnSpan, from: 1)
        text = try container.decode(String.self, forKey: .text)
        location = try container.decodeIfPresent(Location.self, forKey: .location)
        origin = try container.decode(TextOrigin.self, forKey: .origin)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
        if let confidence, !(0...100).contains(confidence) {
            throw DecodingError.dataCorruptedError(forKey: .confidence, in: container, debugDescription: "\(confidence) is not 0–100")
        }
        lines = try container.decodeIfPresent([CellLine].self, forKey: .lines)
    }

    public init(
        column: Int, rowSpan: Int = 1, columnSpan: Int = 1, text: String, location: Location? = nil,
        origin: TextOrigin = .text, confidence: Double? = nil, lines: [CellLine]? = nil
    ) {
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
        self.text = text
        self.location = location
        self.origin = origin
        self.confidence = confidence
        self.lines = lines
    }
}

/// One printed line of a cell: its text and box.
public struct CellLine: Hashable, Sendable, Codable {
    public var text: String
    public var box: Box

    public init(text: String, box: Box) {
        self.text = text
        self.box = box
    }
}
