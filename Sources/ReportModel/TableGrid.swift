/// A table grid rebuilt from rulings: the boundary positions and the cells they bound.
///
/// Rulings that meet form one table; their positions, clustered, are the grid lines. A cell is a rectangle of the
/// elementary grid; where an inner ruling is absent the neighbouring elementary cells are one merged cell, which is how
/// spanning labels such as 三、本年度办理结果 or （三）不予公开 are drawn. Merged cells are rectangles that never
/// overlap (`invariantViolations()`), so each point of the grid is in exactly one cell. Units are the rulings' own
/// (points for a PDF page, pixels for a page image); the tolerance is in the same units.
public struct TableGrid: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var rowSpan: Int
        public var columnSpan: Int
        public var box: Box
    }

    /// How rulings become tables: text pages and page images differ in what their rulings look like.
    public struct Rules: Sendable {
        /// Rulings that continue one another on one line join one table too, not only crossing ones.
        var joinsCollinear: Bool
        /// The outer edges also come from the rulings' extents: a table cut by a page break may lack its top or bottom line.
        var edgesFromExtents: Bool
        /// Fewer columns than this is no table.
        var minimumColumns: Int
        /// Collinear rulings that overlap count their overlap once when judging whether a boundary is drawn (else twice).
        var overlapsCountOnce: Bool

        init(joinsCollinear: Bool, edgesFromExtents: Bool, minimumColumns: Int, overlapsCountOnce: Bool) {
            self.joinsCollinear = joinsCollinear
            self.edgesFromExtents = edgesFromExtents
            self.minimumColumns = minimumColumns
            self.overlapsCountOnce = overlapsCountOnce
        }

        /// A text page's vector rulings: borders are often drawn cell by cell, and a table may be cut by a page break.
        public static let textPage = Rules(joinsCollinear: true, edgesFromExtents: true, minimumColumns: 2, overlapsCountOnce: true)
        /// A page image's detected strokes: a table is crossing lines, at least two each way.
        public static let pageImage = Rules(joinsCollinear: false, edgesFromExtents: false, minimumColumns: 1, overlapsCountOnce: false)
    }

    /// Column boundaries, left to right (one more than the columns).
    public var xs: [Double]
    /// Row boundaries, top to bottom (one more than the rows).
    public var ys: [Double]
    /// Merged cells, each listed once, in row then column order.
    public var cells: [Cell]
    /// Whether the top and bottom edges carry a ruling over most of the width (a table cut by a page break often has none).
    public var closedTop: Bool
    public var closedBottom: Bool

    public var bounds: Box { Box(x0: xs[0], y0: ys[0], x1: xs[xs.count - 1], y1: ys[ys.count - 1]) }

    /// Every table grid among the rulings, top to bottom; rulings no longer than `tolerance` are ignored.
    public static func detect(in rulings: [Ruling], tolerance: Double, rules: Rules) -> [TableGrid] {
        let rulings = rulings.filter { $0.end - $0.start > tolerance }
        var groups = UnionFind(count: rulings.count)
        for i in rulings.indices {
            for j in rulings.indices where j > i && meet(rulings[i], rulings[j], tolerance: tolerance, rules: rules) {
                groups.union(i, j)
            }
        }
        let components = Dictionary(grouping: rulings.indices, by: { groups.find($0) }).values
        return components
            .compactMap { make(rulings: $0.map { rulings[$0] }, tolerance: tolerance, rules: rules) }
            .sorted { $0.bounds.y0 < $1.bounds.y0 }
    }

    private static func meet(_ a: Ruling, _ b: Ruling, tolerance: Double, rules: Rules) -> Bool {
        if a.orientation == b.orientation {
            return rules.joinsCollinear
                && abs(a.position - b.position) <= tolerance && a.start <= b.end + tolerance && b.start <= a.end + tolerance
        }
        return a.position >= b.start - tolerance && a.position <= b.end + tolerance
            && b.position >= a.start - tolerance && b.position <= a.end + tolerance
    }

    private static func make(rulings: [Ruling], tolerance: Double, rules: Rules) -> TableGrid? {
        let horizontal = rulings.filter { $0.orientation == .horizontal }
        let vertical = rulings.filter { $0.orientation == .vertical }
        let xs = cluster(vertical.map(\.position) + (rules.edgesFromExtents ? extent(horizontal) : []), tolerance: tolerance)
        let ys = cluster(horizontal.map(\.position) + (rules.edgesFromExtents ? extent(vertical) : []), tolerance: tolerance)
        guard xs.count >= max(1, rules.minimumColumns) + 1, ys.count >= 2 else { return nil }
        let rows = ys.count - 1
        let columns = xs.count - 1
        func drawn(_ rulings: [Ruling], at position: Double, from: Double, to: Double) -> Bool {
            coverage(rulings, at: position, from: from, to: to, tolerance: tolerance, overlapsOnce: rules.overlapsCountOnce)
                >= 0.5 * (to - from)
        }

        // Each inner boundary judged once: the joins ask about the same boundaries pass after pass, and measuring a
        // boundary's rulings (`coverage`) was most of detecting a page's tables. The rulings near each line of the
        // grid are picked out once, not again for every cell along it.
        let verticalAt = xs.map { x in vertical.filter { abs($0.position - x) <= tolerance } }
        let horizontalAt = ys.map { y in horizontal.filter { abs($0.position - y) <= tolerance } }
        let openRight = (0..<rows).map { row in
            (0..<(columns - 1)).map { column in
                !drawn(verticalAt[column + 1], at: xs[column + 1], from: ys[row], to: ys[row + 1])
            }
        }
        let openBelow = (0..<(rows - 1)).map { row in
            (0..<columns).map { column in
                !drawn(horizontalAt[row + 1], at: ys[row + 1], from: xs[column], to: xs[column + 1])
            }
        }
        let cells = mergedCells(
            rows: rows, columns: columns,
            openRight: { row, column in openRight[row][column] },
            openBelow: { row, column in openBelow[row][column] }
        ).map { cell in
            Cell(
                row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan,
                box: Box(x0: xs[cell.column], y0: ys[cell.row], x1: xs[cell.column + cell.columnSpan], y1: ys[cell.row + cell.rowSpan]))
        }

        let width = xs[columns] - xs[0]
        func edgeCoverage(_ row: Int) -> Double {
            coverage(horizontalAt[row], at: ys[row], from: xs[0], to: xs[columns], tolerance: tolerance, overlapsOnce: true) / width
        }
        let grid = TableGrid(
            xs: xs, ys: ys, cells: cells, closedTop: edgeCoverage(0) > 0.9, closedBottom: edgeCoverage(rows) > 0.9)
        assert(grid.invariantViolations().isEmpty, "table grid cells: \(grid.invariantViolations())")
        return grid
    }

    /// The merged cells of a `rows` × `columns` grid whose boundary right of / below an elementary cell is open (no
    /// ruling) where the closures say so. Two cells are joined only across an edge they share whole and that is open
    /// all along, so every cell is a rectangle and no two overlap by construction: an open boundary that would make
    /// an L or T shape is left as drawn, not filled out to a bounding box that swallows the cells beside it.
    /// Joins go along rows first, then down columns, until nothing changes (a block open inside becomes one cell).
    static func mergedCells(
        rows: Int, columns: Int, openRight: (Int, Int) -> Bool, openBelow: (Int, Int) -> Bool
    ) -> [(row: Int, column: Int, rowSpan: Int, columnSpan: Int)] {
        typealias Rect = (row: Int, column: Int, rowSpan: Int, columnSpan: Int)
        var rects: [Rect?] = (0..<(rows * columns)).map { (row: $0 / columns, column: $0 % columns, rowSpan: 1, columnSpan: 1) }
        // The rectangle holding each elementary cell.
        var owner = Array(0..<(rows * columns))
        func absorb(_ target: Int, _ other: Int, into rect: Rect) {
            rects[target] = rect
            rects[other] = nil
            for row in rect.row..<(rect.row + rect.rowSpan) {
                for column in rect.column..<(rect.column + rect.columnSpan) { owner[row * columns + column] = target }
            }
        }
        var changed = true
        while changed {
            changed = false
            for index in rects.indices {
                guard let a = rects[index], a.column + a.columnSpan < columns else { continue }
                let next = owner[a.row * columns + a.column + a.columnSpan]
                guard let b = rects[next], b.row == a.row, b.rowSpan == a.rowSpan,
                    (a.row..<(a.row + a.rowSpan)).allSatisfy({ openRight($0, a.column + a.columnSpan - 1) }) else { continue }
                absorb(index, next, into: (a.row, a.column, a.rowSpan, a.columnSpan + b.columnSpan))
                changed = true
            }
            for index in rects.indices {
                guard let a = rects[index], a.row + a.rowSpan < rows else { continue }
                let next = owner[(a.row + a.rowSpan) * columns + a.column]
                guard let b = rects[next], b.column == a.column, b.columnSpan == a.columnSpan,
                    (a.column..<(a.column + a.columnSpan)).allSatisfy({ openBelow(a.row + a.rowSpan - 1, $0) }) else { continue }
                absorb(index, next, into: (a.row, a.column, a.rowSpan + b.rowSpan, a.columnSpan))
                changed = true
            }
        }
        return rects.compactMap { $0 }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    /// What is wrong with the cells, if anything: each elementary cell of the grid must belong to exactly one cell
    /// (no overlap, no gap) and each cell's box must be its rows' and columns' boundaries. Detection guarantees it;
    /// this states the invariant that glyph placement (a glyph goes to the one cell holding its centre) relies on.
    func invariantViolations() -> [String] {
        let rows = ys.count - 1
        let columns = xs.count - 1
        var owners = Array(repeating: [Int](), count: max(0, rows * columns))
        var problems: [String] = []
        for (index, cell) in cells.enumerated() {
            guard cell.row >= 0, cell.column >= 0, cell.rowSpan >= 1, cell.columnSpan >= 1,
                cell.row + cell.rowSpan <= rows, cell.column + cell.columnSpan <= columns else {
                problems.append("cell \(index) (row \(cell.row), column \(cell.column)) lies outside the grid")
                continue
            }
            let expected = Box(x0: xs[cell.column], y0: ys[cell.row], x1: xs[cell.column + cell.columnSpan], y1: ys[cell.row + cell.rowSpan])
            if cell.box != expected { problems.append("cell \(index) has a box that is not its rows' and columns' boundaries") }
            for row in cell.row..<(cell.row + cell.rowSpan) {
                for column in cell.column..<(cell.column + cell.columnSpan) { owners[row * columns + column].append(index) }
            }
        }
        for (position, list) in owners.enumerated() where list.count != 1 {
            let place = "row \(position / columns), column \(position % columns)"
            problems.append(list.isEmpty ? "no cell covers \(place)" : "cells \(list) overlap at \(place)")
        }
        return problems
    }

    /// The lowest start and highest end of the rulings, or nothing when there are none.
    private static func extent(_ rulings: [Ruling]) -> [Double] {
        guard let start = rulings.map(\.start).min(), let end = rulings.map(\.end).max() else { return [] }
        return [start, end]
    }

    /// How much of the segment between `from` and `to` the rulings at `position` cover.
    private static func coverage(
        _ rulings: [Ruling], at position: Double, from: Double, to: Double, tolerance: Double, overlapsOnce: Bool
    ) -> Double {
        let spans = rulings
            .filter { abs($0.position - position) <= tolerance }
            .map { (max($0.start, from), min($0.end, to)) }
            .filter { $0.0 < $0.1 }
        guard overlapsOnce else { return spans.map { $0.1 - $0.0 }.reduce(0, +) }
        var total = 0.0
        var reach = from
        for (start, end) in spans.sorted(by: { $0.0 < $1.0 }) where end > reach {
            total += end - max(start, reach)
            reach = end
        }
        return total
    }

    /// Sorted positions merged where closer than `tolerance` (each cluster → its mean).
    public static func cluster(_ values: [Double], tolerance: Double) -> [Double] {
        var clusters: [[Double]] = []
        for value in values.sorted() {
            if let last = clusters.last?.last, value - last <= tolerance {
                clusters[clusters.count - 1].append(value)
            } else {
                clusters.append([value])
            }
        }
        return clusters.map { $0.reduce(0, +) / Double($0.count) }
    }
}
