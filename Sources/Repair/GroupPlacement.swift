import ReportModel

/// Moves group labels up to the first row they cover.
///
/// In text laid out from a PDF a merged group label is printed at the vertical middle of its rows:
/// `（三）不予公开` after `1.`–`4.`, `（四）无法提供` on the line of its second row. The contract wants it in
/// the first row it covers, so each group label moves back to the nearest earlier row that starts its run
/// of sibling rows (a label numbered one, `1.` or `（一）`), without crossing a row of its own level or above.
enum GroupPlacement {
    /// Moves the group labels of `rows` in place; one note per label moved.
    static func place(_ rows: inout [TextTableBuilder.Row]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rowIndex in rows.indices {
            var cellIndex = 0
            while cellIndex < rows[rowIndex].cells.count {
                let cell = rows[rowIndex].cells[cellIndex]
                guard cell.kind == .group, let level = cell.level,
                    let target = runStart(before: rowIndex, skipping: cellIndex, level: level, in: rows), target != rowIndex
                else {
                    cellIndex += 1
                    continue
                }
                rows[rowIndex].cells.remove(at: cellIndex)
                let position = rows[target].cells.prefix { $0.kind == .group && ($0.level ?? 0) < level }.count
                rows[target].cells.insert(cell, at: position)
                diagnostics.append(Diagnostic(
                    code: .repairGroupLabelMoved,
                    message: "group label '\(cell.text)' printed beside a later row moved to the first row it covers",
                    context: cell.text))
            }
        }
        return diagnostics
    }

    /// The row where the run of rows under a group label of `level` found in row `start` begins.
    private static func runStart(before start: Int, skipping cell: Int, level: Int, in rows: [TextTableBuilder.Row]) -> Int? {
        var index = start
        while index >= 0 {
            let row = rows[index]
            if row.isHeader { return nil }
            let labels = row.cells.enumerated().filter { ($0.offset != cell || index != start) && ($0.element.kind == .group || $0.element.kind == .label) }
            let numberings = labels.compactMap { Numbering(of: $0.element.text) }
            if numberings.contains(where: { $0.level <= level }) { return nil }
            if numberings.contains(where: { $0.level == level + 1 && $0.isFirst }) { return index }
            index -= 1
        }
        return nil
    }
}
