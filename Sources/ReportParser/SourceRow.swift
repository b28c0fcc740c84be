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

        var isEmpty: Bool { ChineseText.removingWhitespace(text).isEmpty }
        var isLabel: Bool { !value.isValue && !isEmpty }
    }

    let fields: [Field]
    /// True when the fields stand on a real grid: a PDF table (cells with page boxes) or an HTML table
    /// (rowspan/colspan), where empty cells are kept so a missing value's column is known.
    let hasGrid: Bool

    init(row: TableRow, fromHTML: Bool = false) {
        fields = row.cells.sorted { $0.column < $1.column }.map { cell in
            Field(
                text: cell.text, value: CellValue(cell.text), column: cell.column, columnSpan: cell.columnSpan,
                location: cell.location, origin: cell.origin, confidence: cell.confidence)
        }
        hasGrid = fromHTML || row.cells.contains { $0.location?.box != nil }
    }

    init(fields: [Field], hasGrid: Bool) {
        self.fields = fields
        self.hasGrid = hasGrid
    }

    /// A paragraph read as a row: its whitespace-separated fields, the trailing run of values being the numbers.
    init(paragraph: Paragraph) {
        let tokens = paragraph.text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let valueStart = tokens.lastIndex { !CellValue($0).isValue }.map { $0 + 1 } ?? 0
        let label = tokens[..<valueStart].joined(separator: " ")
        var fields: [Field] = []
        if !label.isEmpty {
            fields.append(Field(text: label, value: .text, column: 0, columnSpan: 1, location: paragraph.location, origin: .text))
        }
        for token in tokens[valueStart...] {
            fields.append(
                Field(text: token, value: CellValue(token), column: fields.count, columnSpan: 1, location: paragraph.location, origin: .text))
        }
        self.fields = fields
        hasGrid = false
    }

    /// All label text of the row in reading order.
    var labelText: String { fields.filter(\.isLabel).map(\.text).joined(separator: " ") }

    /// The cells that hold the row's numbers: for grid rows every cell right of the last label (empty ones
    /// included, so a missing value keeps its column); for text rows the value fields in printed order.
    var valueSlots: [Field] {
        guard hasGrid else { return fields.filter { $0.value.isValue } }
        let lastLabel = fields.lastIndex { $0.isLabel }
        let start = lastLabel.map { fields.index(after: $0) } ?? fields.startIndex
        return Array(fields[start...]).filter { $0.value.isValue || $0.isEmpty }
    }

    var hasValues: Bool { fields.contains { $0.value.isValue } }

    var page: Int? { fields.lazy.compactMap { $0.location?.page }.first }

    /// The label split where a number of the format starts (`三、`, `（三）`, `1.`), each piece as a label key,
    /// parenthesised remarks such as （区分处理的…） dropped.
    var labelSegments: [String] {
        Self.segments(of: labelText)
    }

    // Compiled once (a regex literal is compiled again each time it is evaluated) and only read: Regex is not
    // marked Sendable but compiles its program once behind an atomic, so sharing these immutable values is safe. Runs for every row.
    nonisolated(unsafe) private static let remark = /\((?![一二三四五六七八九十]+\))[^()]*\)/
    nonisolated(unsafe) private static let remarkCutAtEnd = /\((?![一二三四五六七八九十]+\))[^()]*$/
    nonisolated(unsafe) private static let remarkCutAtStart = /^[^()]*\)/
    nonisolated(unsafe) private static let numbering = /\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、]/

    static func segments(of label: String) -> [String] {
        let folded = ChineseText.removingWhitespace(ChineseText.foldWidth(label))
        // Remarks in brackets, also when a wrap cut them off from their other half.
        let withoutRemarks = folded
            .replacing(remark, with: "")
            .replacing(remarkCutAtEnd, with: "")
            .replacing(remarkCutAtStart, with: "")
        return withoutRemarks
            .split(separator: numbering)
            .map { ChineseText.labelKey(String($0)) }
            .filter { !$0.isEmpty }
    }
}
