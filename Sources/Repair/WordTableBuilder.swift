import ReportModel

/// Places the cells of one Word table (`w:tbl`) on its grid. A cell spans `w:gridSpan` grid columns; a cell
/// marked `w:vMerge` without `restart` continues the cell above it in the same grid column, which then spans
/// one more row. `w:gridBefore` leaves grid columns empty at the start of a row.
struct WordTableBuilder {
    private struct Placed {
        var column: Int
        var columnSpan: Int
        var rowSpan = 1
        var text = ""
    }

    private var rows: [[Placed]] = []
    private var column = 0
    private var cell: Placed?
    private var continuesAbove = false
    private var tooLarge = false
    private var covered = 0

    mutating func open(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "w:tr":
            rows.append([])
            column = 0
        case "w:gridBefore":
            column += Self.span(attributes)
        case "w:tc":
            cell = Placed(column: column, columnSpan: 1)
            continuesAbove = false
        case "w:gridSpan":
            cell?.columnSpan = Self.span(attributes)
        case "w:vMerge":
            continuesAbove = attributes["w:val"] != "restart"
        default:
            break
        }
    }

    mutating func close(_ name: String) {
        guard name == "w:tc", let finished = cell, !rows.isEmpty else { return }
        cell = nil
        column = finished.column + finished.columnSpan
        covered += finished.columnSpan
        if covered > HTMLTableReader.largestGrid { tooLarge = true }
        if continuesAbove, let above = cellAbove(at: finished.column) {
            rows[above.row][above.index].rowSpan += 1
        } else {
            rows[rows.count - 1].append(finished)
        }
    }

    mutating func endParagraph(_ text: String) {
        guard var current = cell else { return }
        current.text = Prose.join(current.text, text.trimmingWhitespace())
        cell = current
    }

    /// The cell, in an earlier row, whose span reaches down to the current row at `column`.
    private func cellAbove(at column: Int) -> (row: Int, index: Int)? {
        let current = rows.count - 1
        for row in stride(from: current - 1, through: 0, by: -1) {
            if let index = rows[row].firstIndex(where: { $0.column == column && row + $0.rowSpan == current }) {
                return (row, index)
            }
        }
        return nil
    }

    /// The table, or nil when it has no cell or covers more grid positions than an HTML table may.
    func table() -> Table? {
        guard !tooLarge else { return nil }
        let tableRows = rows.map { row in
            TableRow(cells: row.map { Cell(column: $0.column, rowSpan: $0.rowSpan, columnSpan: $0.columnSpan, text: $0.text) })
        }
        let columnCount = rows.flatMap { $0 }.map { $0.column + $0.columnSpan }.max() ?? 0
        return columnCount == 0 ? nil : Table(rows: tableRows, columnCount: columnCount, markupGrid: true)
    }

    private static func span(_ attributes: [String: String]) -> Int {
        max(1, min(1000, Int(attributes["w:val"] ?? "") ?? 1))
    }
}
