import ReportModel

/// One row of a table as the parser reads it: cells with their values, from a repaired table row or,
/// when repair left a row as a paragraph, from the paragraph's whitespace-separated fields.
struct SourceRow {
    struct Field {
        let text: String
        let value: CellValue
        /// Grid column (PDF and HTML tables) or ordinal of the field in the row (text).
        let column: Int
        let columnSpan: Int
        let location: Location?
        let origin: TextOrigin
        /// OCR confidence (0–100) of the cell's least certain word; nil for text-layer cells.
        var confidence: Double? = nil

        var isEmpty: Bool { PrintedText.removingWhitespace(text).isEmpty }
        var isLabel: Bool { !value.isValue && !isEmpty }
    }

    let fields: [Field]
    /// True when the fields stand on a real grid: a PDF table (cells with page boxes) or an HTML table
    /// (rowspan/colspan), where empty cells are kept so a missing value's column is known.
    let hasGrid: Bool
    /// Label fields before this index are the row's label; those from it on are values that did not read as numbers.
    private(set) var labelEnd: Int
    /// Set on the rows beside a cell of stacked labels (a ruling between label rows not drawn) that could not be
    /// placed on those rows with certainty: the labels, on the first such row, and none on the others.
    var unplacedLabels: [String]?
    /// The table block the row comes from (nil for a paragraph): a header's grid columns hold only in its own table,
    /// since another table (a continuation repair did not join) numbers its columns its own way.
    var table: Int?

    init(row: TableRow, fromHTML: Bool = false) {
        let fields = row.cells.sorted { $0.column < $1.column }.map { cell in
            Field(
                text: cell.text, value: CellValue(cell.text), column: cell.column, columnSpan: cell.columnSpan,
                location: cell.location, origin: cell.origin, confidence: cell.confidence)
        }
        self.init(fields: fields, hasGrid: fromHTML || row.cells.contains { $0.location?.box != nil })
    }

    init(fields: [Field], hasGrid: Bool) {
        self.fields = fields
        self.hasGrid = hasGrid
        labelEnd = Self.labelEnd(of: fields, hasGrid: hasGrid)
    }

    /// A paragraph read as a row: its whitespace-separated fields, the trailing run of values being the numbers.
    init(paragraph: Paragraph) {
        let tokens = paragraph.text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let fields = tokens.enumerated().map { index, token in
            Field(text: token, value: CellValue(token), column: index, columnSpan: 1, location: paragraph.location, origin: .text)
        }
        let valueStart = tokens.lastIndex { !CellValue($0).isValue }.map { $0 + 1 } ?? 0
        // Values within the label (a numbering such as `2` printed apart) are part of it, as printed.
        self.init(fields: fields.enumerated().map { index, field in
            index < valueStart && field.value.isValue
                ? Field(text: field.text, value: .text, column: field.column, columnSpan: 1, location: field.location, origin: .text)
                : field
        }, hasGrid: false)
    }

    /// Where the label ends: in a grid row at the last label cell before the first value cell, since a cell right of
    /// the numbers that does not read as one is an unreadable value, not more label; in a text row after every label.
    private static func labelEnd(of fields: [Field], hasGrid: Bool) -> Int {
        guard hasGrid else { return fields.count }
        let firstValue = fields.firstIndex { $0.value.isValue } ?? fields.count
        return (fields[..<firstValue].lastIndex { $0.isLabel }).map { $0 + 1 } ?? 0
    }

    /// All label text of the row in reading order.
    var labelText: String { fields[..<labelEnd].filter(\.isLabel).map(\.text).joined(separator: " ") }

    /// The cells that hold the row's numbers: for grid rows every cell after the label (empty ones included, so a
    /// missing value keeps its column, and unreadable ones, so they are null in theirs); for text rows the value
    /// fields and the fields after the label in printed order.
    var valueSlots: [Field] {
        guard hasGrid else {
            return fields.indices.filter { fields[$0].value.isValue || ($0 >= labelEnd && fields[$0].isLabel) }.map { fields[$0] }
        }
        return Array(fields[labelEnd...])
    }

    /// The row with its last label field taken for a value that did not read as a number, for when the whole label
    /// names no row of the format but its leading part does (`行政许可 | 约12`). Nil when no label would be left.
    func droppingLastLabel() -> SourceRow? {
        let labels = fields.indices.filter { $0 < labelEnd && fields[$0].isLabel }
        guard labels.count >= 2, let last = labels.last else { return nil }
        var row = self
        row.labelEnd = last
        return row
    }

    /// The row with its leading empty cells taken for label cells, when it has more value slots than `count` and
    /// the surplus at its start is all empty: a scanned row whose label did not read keeps its label cells, empty,
    /// and one row of a grid has one cell a column. Nil when the surplus holds anything.
    func fittingUnreadLabel(to count: Int) -> SourceRow? {
        guard hasGrid else { return nil }
        let surplus = fields.count - labelEnd - count
        guard surplus > 0 else { return surplus == 0 ? self : nil }
        guard fields[labelEnd..<(labelEnd + surplus)].allSatisfy(\.isEmpty) else { return nil }
        var row = self
        row.labelEnd += surplus
        return row
    }

    var hasValues: Bool { fields.contains { $0.value.isValue } }

    var page: Int? { fields.lazy.compactMap { $0.location?.page }.first }

    /// The box enclosing the row's cells on its page, for a warning about the row; nil when its cells have none.
    var box: Box? { Self.box(of: fields, page: page) }

    /// The box enclosing those of `fields` on `page`.
    static func box(of fields: [Field], page: Int?) -> Box? {
        Box.enclosing(fields.compactMap { $0.location?.page == page ? $0.location?.box : nil })
    }

    /// The label split where a number of the format starts (`三、`, `（三）`, `1.`), each piece as a label key,
    /// parenthesised remarks such as （区分处理的…） dropped.
    ///
    /// In a grid a remark lies within its cell, so remarks are dropped cell by cell: a bracket misread in one cell
    /// (`（三不予公开` with its `）` lost) then cannot take the next cell's label (`1.属于国家秘密`) with it.
    var labelSegments: [String] {
        guard hasGrid else { return Self.segments(of: labelText) }
        let cells = fields[..<labelEnd].filter(\.isLabel).flatMap { Self.withoutRemarks($0.text) }
        return Self.splitAtNumberings(cells)
    }

    /// Scanned by hand (this runs for every row, and regular expressions were a tenth of a run): remarks
    /// `\((?!N+\))[^()]*\)` removed, then one cut off at the end `\((?!N+\))[^()]*$` and one cut off at the start
    /// `^[^()]*\)`, then split at numberings `\(N+\)|N+、|\d{1,2}[.、]`, N being a Chinese numeral.
    static func segments(of label: String) -> [String] {
        splitAtNumberings(withoutRemarks(label))
    }

    /// The label's scalars, width-folded and without whitespace, its remarks removed (the first three steps above).
    private static func withoutRemarks(_ label: String) -> [Unicode.Scalar] {
        let folded = PrintedText.removingWhitespace(PrintedText.foldingWidth(label))
        var scalars = Label.withoutRemarks(Array(folded.unicodeScalars))
        if let last = scalars.lastIndex(where: Label.isBracket), scalars[last] == "(", !Label.isNumbering(scalars, bracketAt: last) {
            scalars.removeSubrange(last...)
        }
        if let first = scalars.firstIndex(where: Label.isBracket), scalars[first] == ")" {
            scalars.removeSubrange(...first)
        }
        return scalars
    }

    /// The pieces between numberings, each as a label key, empty ones dropped (the last step above).
    private static func splitAtNumberings(_ scalars: [Unicode.Scalar]) -> [String] {
        var pieces: [String] = []
        var piece = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let length = Label.numberingLength(scalars, at: index) {
                pieces.append(String(piece))
                piece = String.UnicodeScalarView()
                index += length
            } else {
                piece.append(scalars[index])
                index += 1
            }
        }
        pieces.append(String(piece))
        return pieces.map(ChineseText.labelKey).filter { !$0.isEmpty }
    }

    /// The scanning steps of `segments(of:)`, over width-folded scalars (brackets are ASCII there).
    private enum Label {
        static func isBracket(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == ")" }

        /// What `\d` matches in a Swift regular expression: any number, `二` and `½` included.
        static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
        }

        /// A bracket opening a numbering such as `(三)`, which is no remark.
        static func isNumbering(_ scalars: [Unicode.Scalar], bracketAt index: Int) -> Bool {
            let numerals = scalars[(index + 1)...].prefix(while: ChineseNumeral.isNumbering).count
            return numerals > 0 && index + 1 + numerals < scalars.count && scalars[index + 1 + numerals] == ")"
        }

        /// Every complete remark `(…)` with no bracket inside removed, left to right.
        static func withoutRemarks(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var kept: [Unicode.Scalar] = []
            var index = 0
            while index < scalars.count {
                if scalars[index] == "(", !isNumbering(scalars, bracketAt: index),
                   let close = scalars[(index + 1)...].firstIndex(where: isBracket), scalars[close] == ")" {
                    index = close + 1
                } else {
                    kept.append(scalars[index])
                    index += 1
                }
            }
            return kept
        }

        /// The length of a numbering starting at `index`, nil when none does.
        static func numberingLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
            let scalar = scalars[index]
            if scalar == "(", isNumbering(scalars, bracketAt: index) {
                return scalars[(index + 1)...].prefix(while: ChineseNumeral.isNumbering).count + 2
            }
            let numerals = scalars[index...].prefix(while: ChineseNumeral.isNumbering).count
            if numerals > 0, index + numerals < scalars.count, scalars[index + numerals] == "、" { return numerals + 1 }
            guard isNumber(scalar) else { return nil }
            let mark: (Int) -> Bool = { $0 < scalars.count && (scalars[$0] == "." || scalars[$0] == "、") }
            if index + 1 < scalars.count, isNumber(scalars[index + 1]), mark(index + 2) { return 3 }
            return mark(index + 1) ? 2 : nil
        }
    }
}
