import Markup
import ReportModel

/// Collects the tokens inside one `<table>` and places its cells on the grid that rowspan/colspan define.
struct HTMLTableReader {
    private struct RawCell {
        var text = ""
        var rowSpan = 1
        var columnSpan = 1
    }

    private var rows: [[RawCell]] = []
    private var inCell = false

    mutating func add(_ token: MarkupToken) {
        switch token {
        case .open(let name, _) where name == "tr":
            rows.append([])
            inCell = false
        case .open(let name, let attributes) where name == "td" || name == "th":
            if rows.isEmpty { rows.append([]) }
            let span = { (key: String) in max(1, min(1000, Int(attributes[key]?.trimmingWhitespace() ?? "") ?? 1)) }
            rows[rows.count - 1].append(RawCell(rowSpan: span("rowspan"), columnSpan: span("colspan")))
            inCell = true
        case .close(let name) where name == "td" || name == "th":
            inCell = false
        case .open(let name, _), .close(let name):
            if inCell, ["br", "p", "div", "li", "tr"].contains(name) { appendToCell("\n") }
        case .text(let text):
            if inCell { appendToCell(HTMLReader.collapse(text)) }
        }
    }

    private mutating func appendToCell(_ text: String) {
        guard !rows.isEmpty, !rows[rows.count - 1].isEmpty else { return }
        rows[rows.count - 1][rows[rows.count - 1].count - 1].text += text
    }

    /// Grid positions a table may cover: far above any report's table (part 三 has about 200), far below what
    /// would cost real memory. A table over it is no data table, and is read as text.
    static let largestGrid = 100_000

    /// The table on its grid, or nil when it has no cells or would cover more than `largestGrid` positions.
    func table() -> Table? {
        // Per row, the columns that cells from rows above still cover. A rowspan reaches no further than the
        // table's last row, as browsers clip it.
        var occupied = [Set<Int>](repeating: [], count: rows.count)
        var covered = 0
        var tableRows: [TableRow] = []
        var columnCount = 0
        for (rowIndex, row) in rows.enumerated() where !row.isEmpty {
            var column = 0
            var cells: [Cell] = []
            for raw in row {
                while occupied[rowIndex].contains(column) { column += 1 }
                let rowSpan = min(raw.rowSpan, rows.count - rowIndex)
                covered += rowSpan * raw.columnSpan
                guard covered <= Self.largestGrid else { return nil }
                for r in rowIndex..<(rowIndex + rowSpan) {
                    occupied[r].formUnion(column..<(column + raw.columnSpan))
                }
                cells.append(Cell(column: column, rowSpan: rowSpan, columnSpan: raw.columnSpan, text: Self.cellText(raw.text)))
                column += raw.columnSpan
                columnCount = max(columnCount, column)
            }
            tableRows.append(TableRow(cells: cells))
        }
        return tableRows.isEmpty ? nil : Table(rows: tableRows, columnCount: columnCount, markupGrid: true)
    }

    /// A cell's lines joined as one text (CJK without a space).
    private static func cellText(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.reduce("") { Prose.join($0, $1) }
    }
}
