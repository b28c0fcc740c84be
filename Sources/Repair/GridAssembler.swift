import ReportModel

/// Joins a table's pieces from consecutive pages into one fragment and turns fragments into `Table`s.
///
/// Columns are settled only at the end, from all the cells' x-ranges, so the pieces of a table split over pages
/// (whose pages may show different inner lines) share one grid.
struct GridAssembler {
    var tolerance = 3.0

    /// Whether `next`, standing first on its page, continues `previous`, standing last on the page before:
    /// same outer left and right edges.
    func continues(_ previous: GridFragment, with next: GridFragment) -> Bool {
        guard next.firstPage == previous.lastPage + 1 else { return false }
        let edges = 2 * tolerance
        return abs(next.firstBox.x0 - previous.lastBox.x0) <= edges && abs(next.firstBox.x1 - previous.lastBox.x1) <= edges
    }

    /// `previous` with `next` appended: a repeated header dropped, merged cells cut by the page break made one again,
    /// and a row split by the break (label above, numbers below) made one row.
    func append(_ next: GridFragment, to previous: GridFragment) -> (GridFragment, [Diagnostic]) {
        var merged = previous
        let frame = FrameMapping(from: next.firstBox, to: previous.lastBox)
        var rows = next.rows.map { $0.map(frame.apply) }
        var diagnostics: [Diagnostic] = []

        let header = repeatedHeaderCount(previous.rows, rows)
        if header > 0 {
            rows.removeFirst(header)
            diagnostics.append(Diagnostic(
                code: .repairHeaderRepeated,
                message: "dropped the table header repeated after the page break", page: next.firstPage))
        }
        if !rows.isEmpty {
            var continued = merged.rows
            rows[0] = continueSpans(from: &continued, into: rows[0])
            if !previous.closedBottom || !next.closedTop, let last = merged.rows.last, complementary(last, rows[0]) {
                // The first row is the rest of the last one, so the merged cells above it do not grow.
                merged.rows[merged.rows.count - 1] = join(last, rows.removeFirst())
                diagnostics.append(Diagnostic(
                    code: .repairRowJoined, message: "joined a table row split by the page break", page: next.firstPage))
            } else {
                merged.rows = continued
            }
            extendOpenSpans(in: &merged.rows, over: rows)
        }
        merged.rows += rows
        merged.lastPage = next.lastPage
        merged.lastBox = frame.apply(next.lastBox)
        merged.closedBottom = next.closedBottom
        return (merged, diagnostics)
    }

    /// The continuation's x-positions put in the frame of the table it continues: the two pieces share their outer
    /// edges (`continues`), but a scan places and straightens each page on its own, so the inner lines of the second
    /// piece may stand a few points off their twins, more than the columns' clustering joins, and a column would be
    /// made of each. Only the positions columns are found from move; every cell keeps its own page box.
    struct FrameMapping {
        let scale: Double
        let offset: Double

        init(from next: Box, to previous: Box) {
            let width = next.x1 - next.x0
            scale = width > 0 ? (previous.x1 - previous.x0) / width : 1
            offset = previous.x0 - next.x0 * scale
        }

        func apply(_ x: Double) -> Double { x * scale + offset }

        func apply(_ cell: GridFragment.Cell) -> GridFragment.Cell {
            var cell = cell
            cell.x0 = apply(cell.x0)
            cell.x1 = apply(cell.x1)
            return cell
        }

        func apply(_ box: Box) -> Box {
            var box = box
            box.x0 = apply(box.x0)
            box.x1 = apply(box.x1)
            return box
        }
    }

    /// The fragment as a `Table`: columns from the clustered x-edges of all cells.
    func table(_ fragment: GridFragment) -> Table {
        let edges = TableGrid.cluster(fragment.rows.joined().flatMap { [$0.x0, $0.x1] }, tolerance: tolerance)
        func column(_ x: Double) -> Int {
            edges.indices.min { abs(edges[$0] - x) < abs(edges[$1] - x) } ?? 0
        }
        let rows = fragment.rows.map { cells in
            TableRow(cells: cells.sorted { $0.x0 < $1.x0 }.map { cell in
                let start = column(cell.x0)
                return Cell(
                    column: start, rowSpan: cell.rowSpan, columnSpan: max(1, column(cell.x1) - start), text: cell.text,
                    location: cell.location, origin: cell.origin, confidence: cell.confidence, lines: cell.lines)
            })
        }
        return Table(rows: rows, columnCount: max(1, edges.count - 1), location: Location(page: fragment.firstPage, box: fragment.firstBox))
    }

    private func sameX(_ a: GridFragment.Cell, _ b: GridFragment.Cell) -> Bool {
        abs(a.x0 - b.x0) <= tolerance && abs(a.x1 - b.x1) <= tolerance
    }

    private func texts(_ row: [GridFragment.Cell]) -> [String] {
        row.map { PrintedText.removingWhitespace($0.text) }.filter { !$0.isEmpty }
    }

    /// How many leading rows of `next` repeat the leading rows of `previous` (0 when they differ).
    private func repeatedHeaderCount(_ previous: [[GridFragment.Cell]], _ next: [[GridFragment.Cell]]) -> Int {
        var count = 0
        while count < min(10, previous.count - 1, next.count - 1), !texts(next[count]).isEmpty,
            texts(next[count]) == texts(previous[count]) {
            count += 1
        }
        return count
    }

    /// Cells at the top of the continuation that sit under a merged cell reaching the previous page's bottom are that
    /// merged cell continued (a row group label such as （四）无法提供, printed in either part): its row span grows
    /// and they go. Two parts that both hold text stay apart, as a new group may start at the top of a page. An empty
    /// cell left of the row's first text continues the cell above only when that text is a label (a sub-row of the
    /// group above): a row that starts with its numbers is a row of its own whose label was not read (a seal over
    /// it on a scan), which the cell above must not take.
    private func continueSpans(from rows: inout [[GridFragment.Cell]], into first: [GridFragment.Cell]) -> [GridFragment.Cell] {
        // Where the row's labels end: at its first text when that is a label; a row that starts with a value has none
        // (−∞), an empty row has nothing but labels to continue (+∞).
        let firstText = first.filter { !$0.text.isEmpty }.min { $0.x0 < $1.x0 }
        let labelsEnd = firstText.map { PrintedNumber(PrintedText.removingWhitespace($0.text)).isValue ? -Double.infinity : $0.x0 } ?? .infinity
        return first.filter { cell in
            for rowIndex in rows.indices.reversed() {
                guard let index = rows[rowIndex].firstIndex(where: { sameX($0, cell) }) else { continue }
                let above = rows[rowIndex][index]
                let reachesBottom = rowIndex + above.rowSpan == rows.count
                let spans = above.rowSpan > 1 || cell.rowSpan > 1
                let continued: Bool
                if cell.text.isEmpty {
                    continued = !above.text.isEmpty && (spans || cell.x1 <= labelsEnd + tolerance)
                } else {
                    continued = above.text.isEmpty && spans
                }
                guard reachesBottom, continued else { return true }
                rows[rowIndex][index].rowSpan += cell.rowSpan
                if above.text.isEmpty {
                    rows[rowIndex][index].text = cell.text
                    rows[rowIndex][index].location = cell.location
                    rows[rowIndex][index].lines = cell.lines
                }
                return false
            }
            return true
        }
    }

    /// A merged cell reaching the previous part's bottom also covers the continuation's leading rows that have no cell
    /// of their own under it: a table without rulings prints a group label once, in neither part's empty rows.
    private func extendOpenSpans(in rows: inout [[GridFragment.Cell]], over next: [[GridFragment.Cell]]) {
        for rowIndex in rows.indices {
            for index in rows[rowIndex].indices {
                let cell = rows[rowIndex][index]
                guard rowIndex + cell.rowSpan == rows.count, !cell.text.isEmpty else { continue }
                let free = next.prefix { row in !row.contains { $0.x0 < cell.x1 - tolerance && cell.x0 < $0.x1 - tolerance } }.count
                rows[rowIndex][index].rowSpan += free
            }
        }
    }

    /// Two rows that never both have text in the same place: the halves of one row.
    private func complementary(_ upper: [GridFragment.Cell], _ lower: [GridFragment.Cell]) -> Bool {
        guard !texts(upper).isEmpty, !texts(lower).isEmpty else { return false }
        return !upper.contains { a in !a.text.isEmpty && lower.contains { b in !b.text.isEmpty && a.x0 < b.x1 - tolerance && b.x0 < a.x1 - tolerance } }
    }

    private func join(_ upper: [GridFragment.Cell], _ lower: [GridFragment.Cell]) -> [GridFragment.Cell] {
        var row = upper
        for cell in lower where !cell.text.isEmpty {
            if let index = row.firstIndex(where: { sameX($0, cell) }) {
                if row[index].text.isEmpty { row[index].location = cell.location }
                row[index].text = LayoutText.joinLines(row[index].text, cell.text)
                // The text now stands on two pages: its lines no longer say where each stands.
                row[index].lines = nil
            } else {
                row.append(cell)
            }
        }
        return row
    }
}
