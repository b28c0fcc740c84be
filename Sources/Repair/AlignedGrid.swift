import ReportModel

/// Finds tables printed without rulings and rebuilds their grid from alignment alone.
///
/// A table region is a run of lines in one small type size holding lines that end in number tokens set apart like
/// columns (row lines), with the lines above them (header) and label-only lines among them (wrapped labels, group
/// labels). Value columns are the clusters of the number tokens' x-centres; label columns the clusters of the label
/// words' left edges. Without rulings a group label's extent is a guess (the rows nearest it up to the next label in
/// its column or a restart of the numbering at `1.`), so each one is reported.
struct AlignedGrid {
    /// Tables found in a page's flow lines (in reading order); the lines they use leave `lines`.
    func extract(from lines: inout [LayoutLine]) -> (fragments: [GridFragment], diagnostics: [Diagnostic]) {
        var regions: [Range<Int>] = []
        var index = 0
        while index < lines.count {
            if split(lines[index]) != nil, let region = region(in: lines, from: index, after: regions.last?.upperBound ?? 0) {
                regions.append(region)
                index = region.upperBound
            } else {
                index += 1
            }
        }
        var fragments: [GridFragment] = []
        var diagnostics: [Diagnostic] = []
        for region in regions {
            let (fragment, notes) = fragmentFrom(Array(lines[region]))
            fragments.append(fragment)
            diagnostics += notes
        }
        for region in regions.reversed() { lines.removeSubrange(region) }
        return (fragments, diagnostics)
    }

    /// The label words and the trailing value words of a row line: values set apart from each other and from the label
    /// (a single value only when far from its label, so that prose ending in a number is not a row).
    private func split(_ line: LayoutLine) -> (label: [Word], values: [Word])? {
        guard !line.vertical else { return nil }
        let words = line.words.sorted { $0.box.x0 < $1.box.x0 }
        var firstValue = words.count
        while firstValue > 0, PrintedNumber(PrintedText.removingWhitespace(words[firstValue - 1].text)).isValue { firstValue -= 1 }
        let values = Array(words[firstValue...])
        let label = Array(words[..<firstValue])
        let spacing = 1.2 * line.fontSize
        guard !values.isEmpty, values.count >= 2 || !label.isEmpty else { return nil }
        for (left, right) in zip(values, values.dropFirst()) where right.box.x0 - left.box.x1 < spacing { return nil }
        if let last = label.last {
            let gap = values[0].box.x0 - last.box.x1
            if gap < spacing || (values.count == 1 && gap < 3 * line.fontSize) { return nil }
        }
        return (label, values)
    }

    /// Text that can stand in a table: no sentence ends in it.
    private func isTableText(_ line: LayoutLine) -> Bool {
        line.vertical || !PrintedText.removingWhitespace(line.text).contains { "。；;".contains($0) }
    }

    /// The lines around the row line at `start` that form one table, or nil when they are too few to be one.
    private func region(in lines: [LayoutLine], from start: Int, after floor: Int) -> Range<Int>? {
        let first = lines[start]
        let size = first.fontSize
        let maxGap = 2.5 * size
        func sameKind(_ line: LayoutLine) -> Bool {
            line.page == first.page && abs(line.fontSize - size) <= 0.2 * size && isTableText(line)
        }
        var rowLines = [start]
        var end = start + 1
        var bottom = first.box.y1
        var pending = 0
        while end + pending < lines.count, pending <= 3 {
            let line = lines[end + pending]
            guard sameKind(line), line.box.y0 - bottom <= maxGap else { break }
            bottom = max(bottom, line.box.y1)
            if split(line) != nil {
                rowLines.append(end + pending)
                end += pending + 1
                pending = 0
            } else {
                pending += 1
            }
        }
        // Label lines after the last row (a wrapped last label) stay only if they are left of every value.
        let valueLeft = rowLines.compactMap { split(lines[$0])?.values.first?.box.x0 }.min() ?? 0
        while end < lines.count, sameKind(lines[end]), split(lines[end]) == nil,
            lines[end].box.y0 - bottom <= maxGap, lines[end].box.x1 <= valueLeft {
            bottom = max(bottom, lines[end].box.y1)
            end += 1
        }
        var begin = start
        var top = first.box.y0
        while begin - 1 >= floor, start - begin < 10, sameKind(lines[begin - 1]), top - lines[begin - 1].box.y1 <= maxGap {
            begin -= 1
            top = min(top, lines[begin].box.y0)
        }
        let valueCounts = rowLines.compactMap { split(lines[$0])?.values.count }
        guard rowLines.count >= 2 || (valueCounts.first ?? 0) >= 4 else { return nil }
        return begin..<end
    }

    private struct Row {
        var header: Bool
        var box: Box
        /// Per grid column, the pieces of text that fell there.
        var pieces: [Int: [GridFragment.Piece]] = [:]

        func text(_ column: Int) -> String { GridFragment.text(of: pieces[column] ?? []) }

        func labelColumns(before valueColumn: Int) -> [Int] {
            pieces.keys.filter { $0 < valueColumn && !text($0).isEmpty }.sorted()
        }

        mutating func add(_ word: Word, at column: Int) {
            pieces[column, default: []].append(
                GridFragment.Piece(text: word.text, box: word.box, origin: word.origin, confidence: word.confidence))
        }
    }

    /// A group label's piece: its grid column, the data row it was found beside, the word.
    private typealias GroupPiece = (column: Int, anchor: Int, word: Word)
    /// A group label's cell, by the first row it covers: its column, how many rows it spans, its pieces.
    private typealias GroupSpan = (column: Int, rowSpan: Int, pieces: [GridFragment.Piece])

    private func fragmentFrom(_ lines: [LayoutLine]) -> (GridFragment, [Diagnostic]) {
        let page = lines[0].page
        let parts = lines.map(split)
        let size = lines.first { split($0) != nil }?.fontSize ?? lines[0].fontSize
        let values = parts.compactMap { $0?.values }.joined()
        let valueLeft = values.map(\.box.x0).min() ?? 0
        var firstRow = parts.firstIndex { $0 != nil } ?? 0
        // A label line just above the first row (closer than a line gap) is that row's wrapped label, not header.
        if firstRow > 0, lines[firstRow - 1].box.x1 < valueLeft, lines[firstRow].box.y0 - lines[firstRow - 1].box.y1 <= 0.6 * size {
            firstRow -= 1
        }
        let columns = AlignedGridColumns(
            labels: Array(parts.compactMap { $0?.label }.joined()), values: Array(values), lines: lines, size: size)
        let bounds = columns.bounds

        var (rows, loose) = placeRows(Array(zip(lines, parts).dropFirst(firstRow)), columns: columns, valueLeft: valueLeft, size: size)
        var diagnostics: [Diagnostic] = []
        let dataRows = rows.indices.filter { !rows[$0].header }
        var groups = joinLabelLines(loose, into: &rows, dataRows: dataRows, columns: columns, page: page, diagnostics: &diagnostics)
        // A row with labels in several label columns: all but the rightmost label group the rows around it.
        for index in dataRows {
            let labels = rows[index].labelColumns(before: columns.labelColumnCount)
            for group in labels.dropLast() {
                for piece in rows[index].pieces[group] ?? [] {
                    groups.append((group, index, Word(text: piece.text, box: piece.box, origin: piece.origin, confidence: piece.confidence)))
                }
                rows[index].pieces[group] = nil
            }
        }
        let spans = groupSpans(groups, rows: rows, dataRows: dataRows, columns: columns, size: size, page: page, diagnostics: &diagnostics)
        let cells = rows.enumerated().map { index, row in self.cells(of: row, spans: spans[index] ?? [], columns: columns, page: page) }
        diagnostics.append(Diagnostic(
            code: .repairColumnsInferred,
            message: "table without rulings: \(bounds.count - 1 - columns.labelColumnCount) value columns inferred from number alignment", page: page))
        let box = Box(x0: bounds[0], y0: lines.map(\.box.y0).min() ?? 0, x1: bounds[bounds.count - 1], y1: lines.map(\.box.y1).max() ?? 0)
        let heads = columns.heads(lines[..<firstRow], page: page)
        return (GridFragment(rows: heads + cells, firstPage: page, lastPage: page, firstBox: box, lastBox: box, closedTop: false, closedBottom: false), diagnostics)
    }

    /// The grid's rows from its lines, a line's words each in its column; label-only lines standing at a label's
    /// start (or vertical) are left aside, loose, for `joinLabelLines`.
    private func placeRows(
        _ lines: [(LayoutLine, (label: [Word], values: [Word])?)], columns: AlignedGridColumns, valueLeft: Double, size: Double
    ) -> (rows: [Row], loose: [LayoutLine]) {
        var rows: [Row] = []
        var loose: [LayoutLine] = []
        for (line, part) in lines {
            if part == nil, line.words.allSatisfy({ word in
                word.box.midX < valueLeft && (line.vertical || columns.labelStarts.contains { abs($0 - word.box.x0) <= size })
            }) {
                loose.append(line)
                continue
            }
            // Text among the rows that is not a label (a sub-table's title or column heads) is a header row of its own.
            var row = Row(header: part == nil, box: line.box)
            for word in line.words { row.add(word, at: columns.column(of: word)) }
            rows.append(row)
        }
        return (rows, loose)
    }

    /// Label-only lines: a wrapped label of the nearest row, or a group label (returned) when that row's label stands
    /// further right.
    private func joinLabelLines(
        _ loose: [LayoutLine], into rows: inout [Row], dataRows: [Int], columns: AlignedGridColumns, page: Int, diagnostics: inout [Diagnostic]
    ) -> [GroupPiece] {
        var groups: [GroupPiece] = []
        for line in loose {
            for word in line.words {
                let target = columns.column(of: word)
                guard let nearest = dataRows.min(by: { distance(word.box, rows[$0].box) < distance(word.box, rows[$1].box) }) else { continue }
                let labels = rows[nearest].labelColumns(before: columns.labelColumnCount)
                if !labels.contains(target), let deeper = labels.last, deeper > target {
                    groups.append((target, nearest, word))
                } else {
                    rows[nearest].add(word, at: target)
                    diagnostics.append(Diagnostic(
                        code: .repairRowJoined, message: "joined a wrapped label line to the nearest table row",
                        page: page, context: word.text))
                }
            }
        }
        return groups
    }

    /// The rows each group label covers: from the data row nearest it, up and down while the rows' labels stand
    /// further right and no numbering restarts at 1.
    private func groupSpans(
        _ groups: [GroupPiece], rows: [Row], dataRows: [Int], columns: AlignedGridColumns, size: Double, page: Int,
        diagnostics: inout [Diagnostic]
    ) -> [Int: [GroupSpan]] {
        var spans: [Int: [GroupSpan]] = [:]
        for members in stackedGroups(groups, size: size) {
            let column = members[0].column
            let box = Box.enclosing(members.map(\.word.box)) ?? members[0].word.box
            let anchor = members.count == 1
                ? members[0].anchor
                : dataRows.min { distance(box, rows[$0].box) < distance(box, rows[$1].box) } ?? members[0].anchor
            func eligible(_ row: Int) -> Bool {
                dataRows.contains(row) && rows[row].labelColumns(before: columns.labelColumnCount).allSatisfy { $0 > column }
            }
            func restarts(_ row: Int) -> Bool {
                let text = PrintedText.removingWhitespace(rows[row].text(column + 1))
                return text.unicodeScalars.first == "1" && LayoutText.numbering(text) == 1
            }
            var first = anchor
            while !restarts(first), eligible(first - 1) { first -= 1 }
            var last = anchor
            while eligible(last + 1), !restarts(last + 1) { last += 1 }
            let pieces = members.map { GridFragment.Piece(text: $0.word.text, box: $0.word.box, origin: $0.word.origin, confidence: $0.word.confidence) }
            spans[first, default: []].append((column, last - first + 1, pieces))
            diagnostics.append(Diagnostic(
                code: .repairGroupSpanInferred, message: "table without rulings: the rows a group label covers were inferred",
                page: page, context: GridFragment.text(of: pieces)))
        }
        return spans
    }

    /// A row's cells in column order: the group labels starting at it, its labels, its values (a header row's where
    /// it has text).
    private func cells(of row: Row, spans: [GroupSpan], columns: AlignedGridColumns, page: Int) -> [GridFragment.Cell] {
        let bounds = columns.bounds
        let labelColumnCount = columns.labelColumnCount
        var cells: [GridFragment.Cell] = []
        for group in spans {
            cells.append(GridFragment.Cell(GridFragment.text(of: group.pieces), group.pieces, x0: bounds[group.column], x1: bounds[group.column + 1], rowSpan: group.rowSpan, page: page))
        }
        let labels = row.labelColumns(before: labelColumnCount)
        for (position, label) in labels.enumerated() {
            let end = position + 1 < labels.count ? labels[position + 1] : labelColumnCount
            cells.append(GridFragment.Cell(row.text(label), row.pieces[label] ?? [], x0: bounds[label], x1: bounds[end], rowSpan: 1, page: page))
        }
        for valueColumn in labelColumnCount..<(bounds.count - 1) where !row.header || !row.text(valueColumn).isEmpty {
            let pieces = row.pieces[valueColumn] ?? []
            cells.append(GridFragment.Cell(row.text(valueColumn), pieces, x0: bounds[valueColumn], x1: bounds[valueColumn + 1], rowSpan: 1, page: page))
        }
        return cells.sorted { $0.x0 < $1.x0 }
    }

    /// Group label pieces joined where they stand in one column one above the other (a label set one glyph per line).
    private func stackedGroups(_ groups: [GroupPiece], size: Double) -> [[GroupPiece]] {
        var joined: [[GroupPiece]] = []
        for group in groups.sorted(by: { ($0.column, $0.word.box.y0) < ($1.column, $1.word.box.y0) }) {
            if let last = joined.last?.last, last.column == group.column, group.word.box.y0 - last.word.box.y1 <= size {
                joined[joined.count - 1].append(group)
            } else {
                joined.append([group])
            }
        }
        return joined
    }

    /// Vertical distance between two boxes (0 when they overlap), the centres' distance breaking ties.
    private func distance(_ a: Box, _ b: Box) -> Double {
        max(0, max(a.y0, b.y0) - min(a.y1, b.y1)) + abs(a.midY - b.midY) / 1000
    }
}
