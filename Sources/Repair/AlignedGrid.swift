import ReportModel

/// Finds tables printed without rulings: runs of lines that end in two or more number tokens set apart like columns.
///
/// Columns are the clusters of the number tokens' x-centres over the whole run; the words before the numbers are the
/// row label. A line with only label text between two such lines is a wrapped label, joined to the nearer row.
struct AlignedGrid {
    /// A number token as printed in a table cell: `0`, `+11`, `367.98万元`, `12.5%`, `—`, `/`, `无`.
    static func isValueToken(_ text: String) -> Bool {
        let pattern = #"^([+\-−]?\d+(\.\d+)?(万元|元|%|件|条|个)?|[—–\-－]+|/|／|无)$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    /// Tables found in a page's flow lines (in reading order); the lines they use leave `lines`.
    func extract(from lines: inout [LayoutLine]) -> (fragments: [GridFragment], diagnostics: [Diagnostic]) {
        var fragments: [GridFragment] = []
        var diagnostics: [Diagnostic] = []
        var kept: [LayoutLine] = []
        var index = 0
        while index < lines.count {
            let run = rowRun(in: lines, from: index)
            if run.rowCount >= 2 {
                let (fragment, notes) = fragmentFrom(Array(lines[index..<run.end]))
                fragments.append(fragment)
                diagnostics += notes
                index = run.end
            } else {
                kept.append(lines[index])
                index += 1
            }
        }
        lines = kept
        return (fragments, diagnostics)
    }

    /// The label words and the trailing value words of a line, when it ends in two or more values set apart.
    private func split(_ line: LayoutLine) -> (label: [Word], values: [Word])? {
        let words = line.words.sorted { $0.box.x0 < $1.box.x0 }
        var firstValue = words.count
        while firstValue > 0, Self.isValueToken(LayoutText.compact(words[firstValue - 1].text)) { firstValue -= 1 }
        let values = Array(words[firstValue...])
        guard values.count >= 2 else { return nil }
        let spacing = 1.2 * line.fontSize
        for (left, right) in zip(values, values.dropFirst()) where right.box.x0 - left.box.x1 < spacing { return nil }
        if let lastLabel = words[..<firstValue].last, values[0].box.x0 - lastLabel.box.x1 < spacing { return nil }
        return (Array(words[..<firstValue]), values)
    }

    /// From `start`: how many lines form a table run (value lines, and label-only lines between them).
    private func rowRun(in lines: [LayoutLine], from start: Int) -> (end: Int, rowCount: Int) {
        guard start < lines.count, split(lines[start]) != nil else { return (start, 0) }
        var end = start + 1
        var rows = 1
        while end < lines.count, lines[end].page == lines[start].page {
            if split(lines[end]) != nil {
                rows += 1
                end += 1
            } else if end + 1 < lines.count, lines[end + 1].page == lines[start].page, split(lines[end + 1]) != nil,
                lines[end].words.allSatisfy({ !Self.isValueToken(LayoutText.compact($0.text)) }) {
                end += 1
            } else {
                break
            }
        }
        return (end, rows)
    }

    private func fragmentFrom(_ lines: [LayoutLine]) -> (GridFragment, [Diagnostic]) {
        let parts = lines.map(split)
        let values = parts.compactMap { $0?.values }.joined()
        let tolerance = max(8, lines[0].fontSize)
        let centres = RulingGrid.cluster(values.map(\.box.midX), tolerance: tolerance)
        let left = lines.map(\.box.x0).min() ?? 0
        let right = max(lines.map(\.box.x1).max() ?? 0, centres.last ?? 0)
        let firstValueLeft = values.map(\.box.x0).min() ?? right
        // Boundaries: the label block, then midway between neighbouring value columns.
        let bounds = [left, firstValueLeft - 1] + zip(centres, centres.dropFirst()).map { ($0 + $1) / 2 } + [right + 1]

        struct Row {
            var label: [LayoutLine]
            var values: [Word]
            var box: Box
        }
        var rows: [Row] = []
        var pendingLabel: [LayoutLine] = []
        var diagnostics: [Diagnostic] = []
        for (line, part) in zip(lines, parts) {
            guard let part else {
                pendingLabel.append(line)
                continue
            }
            var labelLine = line
            labelLine.words = part.label
            var row = Row(label: part.label.isEmpty ? [] : [labelLine], values: part.values, box: line.box)
            for wrapped in pendingLabel {
                // A wrapped label line goes to the nearer of the rows above and below it.
                let gapAbove = rows.last.map { wrapped.box.y0 - $0.box.y1 } ?? .infinity
                let gapBelow = line.box.y0 - wrapped.box.y1
                if gapAbove < gapBelow, !rows.isEmpty {
                    rows[rows.count - 1].label.append(wrapped)
                } else {
                    row.label.insert(wrapped, at: row.label.count - (part.label.isEmpty ? 0 : 1))
                }
                diagnostics.append(Diagnostic(
                    code: "repair.rowJoined", message: "joined a wrapped label line to the row beside it",
                    page: line.page, context: wrapped.text))
            }
            pendingLabel = []
            rows.append(row)
        }

        let page = lines[0].page
        let cells: [[GridFragment.Cell]] = rows.map { row in
            let labelText = row.label.map(\.text).reduce("") { LayoutText.joinLines($0, $1) }
            let labelBox = Box.enclosing(row.label.map(\.box))
            var cells = [GridFragment.Cell(
                x0: bounds[0], x1: bounds[1], rowSpan: 1, text: labelText,
                location: Location(page: page, box: labelBox), origin: .text, confidence: nil)]
            for column in 0..<centres.count {
                let own = row.values.filter { $0.box.midX >= bounds[column + 1] && $0.box.midX < bounds[column + 2] }
                cells.append(GridFragment.Cell(
                    x0: bounds[column + 1], x1: bounds[column + 2], rowSpan: 1,
                    text: own.map(\.text).joined(separator: " "),
                    location: Location(page: page, box: Box.enclosing(own.map(\.box))),
                    origin: own.contains { $0.origin == .ocr } ? .ocr : .text,
                    confidence: own.compactMap(\.confidence).min()))
            }
            return cells
        }
        let box = Box.enclosing(lines.map(\.box)) ?? lines[0].box
        diagnostics.append(Diagnostic(
            severity: .note, code: "repair.columnsInferred",
            message: "table without rulings: \(centres.count) value columns inferred from number alignment", page: page))
        return (GridFragment(rows: cells, firstPage: page, lastPage: page, lastBox: box, closedTop: false, closedBottom: false), diagnostics)
    }
}
