import ReportModel

/// The rows of the table parts (二, 三, 四) in reading order. A table goes to the part whose wording it uses
/// (so a table whose part heading is missing is still placed), else to the part it stands in; paragraphs
/// standing in a table part are read as rows too, since repair leaves some rows as paragraphs.
struct PartRows {
    static let tableParts: [ReportPart] = [.proactive, .applications, .reviewLitigation]

    private(set) var rows: [ReportPart: [SourceRow]] = [:]
    private(set) var tablesFound = 0
    /// Notes on labels set level with their rows (see `StackedLabels`).
    private(set) var diagnostics: [Diagnostic] = []
    /// Label keys of all part-二 text, which tells the versions of the format apart.
    private(set) var proactiveText = ""

    init(blocks: [Block], outline: ReportOutline) {
        for (index, block) in blocks.enumerated() {
            switch block {
            case .table(let table):
                guard let part = Self.classify(table) ?? outline.part(containing: index), Self.tableParts.contains(part) else { continue }
                tablesFound += 1
                let read = StackedLabels.rows(of: table, fromHTML: table.markupGrid == true)
                rows[part, default: []] += read.rows.map { row in
                    var row = row
                    row.table = index
                    return row
                }
                diagnostics += read.diagnostics
                if part == .proactive { proactiveText += ChineseText.labelKey(table.rows.flatMap(\.cells).map(\.text).joined()) }
            case .paragraph(let paragraph):
                guard let part = outline.part(containing: index), Self.tableParts.contains(part) else { continue }
                rows[part, default: []].append(SourceRow(paragraph: paragraph))
                if part == .proactive { proactiveText += ChineseText.labelKey(paragraph.text) }
            case .heading:
                continue
            }
        }
    }

    subscript(part: ReportPart) -> [SourceRow] { rows[part] ?? [] }

    /// The table part whose wording the table uses most, or nil when it uses none (e.g. a budget table).
    static func classify(_ table: Table) -> ReportPart? {
        let text = ChineseText.labelKey(table.rows.flatMap(\.cells).map(\.text).joined())
        let scored = tableParts.map { part in (part, NationalFormat.tableWords(of: part).filter { PrintedText.contains(text, $0) }.count) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return scored.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }
}
