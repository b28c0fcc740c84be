/// The extraction stage's output: every page with its positioned text and table rulings.
///
/// Versioned (`formatVersion`) so that the repair stage can be developed against saved files.
public struct LayoutDocument: Hashable, Sendable, Codable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var source: SourceInfo
    public var pages: [Page]
    public var diagnostics: [Diagnostic]

    public init(source: SourceInfo, pages: [Page], diagnostics: [Diagnostic] = []) {
        self.formatVersion = Self.currentFormatVersion
        self.source = source
        self.pages = pages
        self.diagnostics = diagnostics
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, source, pages, diagnostics
    }

    /// A layout of another format version is refused by name, not read as if it were this one.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try FormatVersion.decode(
            from: container, forKey: .formatVersion, current: Self.currentFormatVersion, of: "layout", remedy: "extract it again")
        source = try container.decode(SourceInfo.self, forKey: .source)
        pages = try container.decode([Page].self, forKey: .pages)
        diagnostics = try container.decode([Diagnostic].self, forKey: .diagnostics)
    }
}

/// One page of a PDF as extracted.
public struct Page: Hashable, Sendable, Codable {
    /// Whether the page's text can be used as it is.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A usable text layer.
        case text
        /// No text layer, or one that decodes to garbage: the page must be recognised by OCR.
        case needsOCR
        /// Text recognised by OCR.
        case ocr
        /// Nothing on the page (no text, no ink).
        case empty
    }

    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    public var kind: Kind
    /// Why the page got its kind, for a person reading the JSON (e.g. "78% private-use characters").
    public var kindReason: String?
    /// Lines in reading order.
    public var lines: [TextLine]
    /// Horizontal and vertical strokes long enough to belong to a table grid.
    public var rulings: [Ruling]
    /// Degrees the content of a scanned page is turned clockwise, which OCR straightened before reading it; absent when
    /// none. Boxes are in the page's own coordinates all the same; `straightened()` gives them in rows (`PageSkew`).
    public var skew: Double?

    public init(
        number: Int, width: Double, height: Double, kind: Kind, kindReason: String? = nil,
        lines: [TextLine] = [], rulings: [Ruling] = [], skew: Double? = nil
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.kind = kind
        self.kindReason = kindReason
        self.lines = lines
        self.rulings = rulings
        self.skew = skew
    }
}

/// Words that share a baseline (or, for vertical text, a column), in reading order.
public struct TextLine: Hashable, Sendable, Codable {
    public var box: Box
    public var words: [Word]
    /// True for text set top-to-bottom (vertical fonts or one glyph per line stacked in a column).
    public var vertical: Bool

    public init(box: Box, words: [Word], vertical: Bool = false) {
        self.box = box
        self.words = words
        self.vertical = vertical
    }

    /// The words joined by single spaces where the gap between them is wide, without a space between CJK.
    public var text: String { words.map(\.text).joined(separator: " ") }
}

/// A run of characters without a visible gap, in one font.
public struct Word: Hashable, Sendable, Codable {
    public var text: String
    public var box: Box
    public var font: String?
    public var fontSize: Double?
    /// One per character of `text`, in order.
    public var glyphs: [Glyph]
    public var origin: TextOrigin
    /// OCR confidence 0–100; nil for text-layer words.
    public var confidence: Double?

    public init(
        text: String, box: Box, font: String? = nil, fontSize: Double? = nil, glyphs: [Glyph] = [],
        origin: TextOrigin = .text, confidence: Double? = nil
    ) {
        self.text = text
        self.box = box
        self.font = font
        self.fontSize = fontSize
        self.glyphs = glyphs
        self.origin = origin
        self.confidence = confidence
    }
}

/// One character and its box.
public struct Glyph: Hashable, Sendable, Codable {
    public var char: String
    public var box: Box

    public init(char: String, box: Box) {
        self.char = char
        self.box = box
    }
}

/// A straight stroke on the page, such as a table border.
public struct Ruling: Hashable, Sendable, Codable {
    public enum Orientation: String, Hashable, Sendable, Codable {
        case horizontal
        case vertical
    }

    public var orientation: Orientation
    /// y for a horizontal ruling, x for a vertical one.
    public var position: Double
    /// x range of a horizontal ruling, y range of a vertical one.
    public var start: Double
    public var end: Double

    public init(orientation: Orientation, position: Double, start: Double, end: Double) {
        self.orientation = orientation
        self.position = position
        self.start = start
        self.end = end
    }
}
