import ReportModel

/// Labels stacked in one cell beside several rows of numbers: where a ruling between two label rows is not drawn,
/// 2.重复申请 and 3.要求提供公开出版物 share one cell spanning both rows of numbers. Read as one label, the last label
/// would take the first row's numbers: a published number under the wrong row.
///
/// Each printed line of the cell goes to the row whose band (the vertical extent of that row's own cells) holds the
/// line's centre. When every line finds exactly one row and every row gets a line, the cell becomes one label per
/// row. Otherwise the rows are marked, and the readers leave every row the labels name null with a warning: no row's
/// numbers ever go to another row's label. A cell spanning rows that have labels of their own right of it is a group
/// label (（三）不予公开, 三、本年度办理结果) and stays as it is.
enum StackedLabels {
    static func rows(of table: Table, fromHTML: Bool) -> (rows: [SourceRow], diagnostics: [Diagnostic]) {
        var tableRows = table.rows
        var unplaced: [Int: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        for index in tableRows.indices {
            for cell in tableRows[index].cells where cell.rowSpan > 1 && isLabel(cell) {
                let spanned = Array(index..<min(index + cell.rowSpan, tableRows.count))
                guard spanned.count > 1, spanned.allSatisfy({ isValueRow(tableRows[$0], besides: cell) }) else { continue }
                let labels = cell.lines?.map(\.text) ?? [cell.text]
                guard let split = split(cell, over: spanned, in: tableRows) else {
                    unplaced[index] = labels
                    for row in spanned.dropFirst() where unplaced[row] == nil { unplaced[row] = [] }
                    continue
                }
                tableRows[index].cells.removeAll { $0.column == cell.column }
                for (row, label) in zip(spanned, split) {
                    tableRows[row].cells.append(label)
                    tableRows[row].cells.sort { $0.column < $1.column }
                }
                diagnostics.append(Diagnostic(
                    code: .parseLabelsSpread,
                    message: "the labels \(labels.joined(separator: " / ")) shared one cell beside \(spanned.count) rows of numbers; each was set level with its row",
                    page: cell.location?.page))
            }
        }
        let rows = tableRows.enumerated().map { index, tableRow in
            var row = SourceRow(row: tableRow, fromHTML: fromHTML)
            row.unplacedLabels = unplaced[index]
            return row
        }
        return (rows, diagnostics)
    }

    private static func isLabel(_ cell: Cell) -> Bool {
        CellValue(cell.text) == .text && !PrintedText.removingWhitespace(cell.text).isEmpty
    }

    /// A row whose cells right of `cell` hold values and no label.
    private static func isValueRow(_ row: TableRow, besides cell: Cell) -> Bool {
        let right = row.cells.filter { $0.column >= cell.column + max(cell.columnSpan, 1) }
        return !right.contains(where: isLabel) && right.contains { CellValue($0.text).isValue }
    }

    /// One label cell per spanned row, or nil when the cell's lines do not stand level with one row each.
    private static func split(_ cell: Cell, over spanned: [Int], in rows: [TableRow]) -> [Cell]? {
        guard let lines = cell.lines, lines.count >= spanned.count, let page = cell.location?.page else { return nil }
        // On a skewed scan the boxes are where things are on the page; level is judged with the page turned straight.
        let skew = cell.location?.skew.map { PageSkew(degrees: $0, centreX: 0, centreY: 0) }
        func straight(_ box: Box) -> Box { skew?.toStraight(box) ?? box }
        let bands = spanned.map { index -> (y0: Double, y1: Double)? in
            let boxes = rows[index].cells
                .filter { $0.column >= cell.column + max(cell.columnSpan, 1) && $0.rowSpan == 1 && $0.location?.page == page }
                .compactMap { $0.location?.box }
                .map(straight)
            guard let y0 = boxes.map(\.y0).min(), let y1 = boxes.map(\.y1).max() else { return nil }
            return (y0, y1)
        }
        var byRow = Array(repeating: [CellLine](), count: spanned.count)
        for line in lines {
            let midY = straight(line.box).midY
            let holding = bands.indices.filter { bands[$0].map { $0.y0 < midY && midY < $0.y1 } ?? false }
            guard holding.count == 1 else { return nil }
            byRow[holding[0]].append(line)
        }
        guard byRow.allSatisfy({ !$0.isEmpty }) else { return nil }
        return byRow.map { own in
            Cell(
                column: cell.column, columnSpan: cell.columnSpan, text: own.map(\.text).joined(),
                location: Location(page: page, box: Box.enclosing(own.map(\.box)), skew: cell.location?.skew), origin: cell.origin,
                confidence: cell.confidence)
        }
    }
}
