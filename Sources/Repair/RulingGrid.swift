import ReportModel

/// A table grid rebuilt from a page's rulings: the boundary positions and the cells they bound.
///
/// Rulings that touch form one table; their positions, clustered, are the grid lines. A cell is a rectangle
/// of the elementary grid; where an inner ruling is absent the neighbouring elementary cells are one merged cell.
struct RulingGrid: Sendable {
    struct Cell: Sendable, Equatable {
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
        var box: Box
    }

    var page: Int
    /// Column boundaries, left to right (one more than the columns).
    var xs: [Double]
    /// Row boundaries, top to bottom (one more than the rows).
    var ys: [Double]
    /// Merged cells, each listed once, in row then column order.
    var cells: [Cell]
    /// Whether the top and bottom edges carry a ruling over most of the width (a table cut by a page break often has none).
    var closedTop: Bool
    var closedBottom: Bool

    var bounds: Box { Box(x0: xs[0], y0: ys[0], x1: xs[xs.count - 1], y1: ys[ys.count - 1]) }

    /// The cell holding a point, if the point is inside the grid.
    func cellIndex(x: Double, y: Double) -> Int? {
        guard bounds.contains(x: x, y: y) else { return nil }
        return cells.firstIndex { $0.box.contains(x: x, y: y) }
    }

    /// Every table grid on a page: groups of touching rulings with at least two columns and one row.
    static func detect(in page: Page, tolerance: Double = 3) -> [RulingGrid] {
        let rulings = page.rulings.filter { $0.end - $0.start > tolerance }
        var groups = UnionFind(count: rulings.count)
        for i in rulings.indices {
            for j in rulings.indices where j > i && touch(rulings[i], rulings[j], tolerance: tolerance) {
                groups.union(i, j)
            }
        }
        let components = Dictionary(grouping: rulings.indices, by: { groups.find($0) }).values
        return components
            .compactMap { make(page: page.number, rulings: $0.map { rulings[$0] }, tolerance: tolerance) }
            .sorted { $0.bounds.y0 < $1.bounds.y0 }
    }

    private static func touch(_ a: Ruling, _ b: Ruling, tolerance: Double) -> Bool {
        if a.orientation == b.orientation {
            return abs(a.position - b.position) <= tolerance && a.start <= b.end + tolerance && b.start <= a.end + tolerance
        }
        return a.position >= b.start - tolerance && a.position <= b.end + tolerance
            && b.position >= a.start - tolerance && b.position <= a.end + tolerance
    }

    private static func make(page: Int, rulings: [Ruling], tolerance: Double) -> RulingGrid? {
        let horizontal = rulings.filter { $0.orientation == .horizontal }
        let vertical = rulings.filter { $0.orientation == .vertical }
        guard !vertical.isEmpty, !horizontal.isEmpty || vertical.count >= 2 else { return nil }
        // The outer edges come from the rulings' extents too: a table cut by a page break may lack its top or bottom line.
        let xs = cluster(vertical.map(\.position) + extent(horizontal), tolerance: tolerance)
        let ys = cluster(horizontal.map(\.position) + extent(vertical), tolerance: tolerance)
        guard xs.count >= 3, ys.count >= 2 else { return nil }
        let rows = ys.count - 1
        let columns = xs.count - 1

        func verticalPresent(_ column: Int, row: Int) -> Bool {
            column == 0 || column == columns
                || covered(vertical, at: xs[column], from: ys[row], to: ys[row + 1], tolerance: tolerance)
        }
        func horizontalPresent(_ row: Int, column: Int) -> Bool {
            row == 0 || row == rows
                || covered(horizontal, at: ys[row], from: xs[column], to: xs[column + 1], tolerance: tolerance)
        }

        var merged = UnionFind(count: rows * columns)
        for row in 0..<rows {
            for column in 0..<columns {
                if column + 1 < columns, !verticalPresent(column + 1, row: row) {
                    merged.union(row * columns + column, row * columns + column + 1)
                }
                if row + 1 < rows, !horizontalPresent(row + 1, column: column) {
                    merged.union(row * columns + column, (row + 1) * columns + column)
                }
            }
        }
        let cells = Dictionary(grouping: 0..<(rows * columns), by: { merged.find($0) }).values.map { members in
            let rowRange = members.map { $0 / columns }
            let columnRange = members.map { $0 % columns }
            let (r0, r1, c0, c1) = (rowRange.min()!, rowRange.max()!, columnRange.min()!, columnRange.max()!)
            return Cell(
                row: r0, column: c0, rowSpan: r1 - r0 + 1, columnSpan: c1 - c0 + 1,
                box: Box(x0: xs[c0], y0: ys[r0], x1: xs[c1 + 1], y1: ys[r1 + 1]))
        }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }

        let width = xs[columns] - xs[0]
        func edgeCoverage(_ y: Double) -> Double {
            coverage(horizontal, at: y, from: xs[0], to: xs[columns], tolerance: tolerance) / width
        }
        return RulingGrid(
            page: page, xs: xs, ys: ys, cells: cells,
            closedTop: edgeCoverage(ys[0]) > 0.9, closedBottom: edgeCoverage(ys[rows]) > 0.9)
    }

    /// The lowest start and highest end of the rulings, or nothing when there are none.
    private static func extent(_ rulings: [Ruling]) -> [Double] {
        guard let start = rulings.map(\.start).min(), let end = rulings.map(\.end).max() else { return [] }
        return [start, end]
    }

    /// Whether rulings at `position` cover most of the segment between `from` and `to`.
    private static func covered(_ rulings: [Ruling], at position: Double, from: Double, to: Double, tolerance: Double) -> Bool {
        coverage(rulings, at: position, from: from, to: to, tolerance: tolerance) >= 0.5 * (to - from)
    }

    private static func coverage(_ rulings: [Ruling], at position: Double, from: Double, to: Double, tolerance: Double) -> Double {
        let spans = rulings
            .filter { abs($0.position - position) <= tolerance }
            .map { (max($0.start, from), min($0.end, to)) }
            .filter { $0.0 < $0.1 }
            .sorted { $0.0 < $1.0 }
        var total = 0.0
        var reach = from
        for (start, end) in spans where end > reach {
            total += end - max(start, reach)
            reach = end
        }
        return total
    }

    /// Sorted positions merged where closer than `tolerance` (each cluster → its mean).
    static func cluster(_ values: [Double], tolerance: Double) -> [Double] {
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

/// Disjoint sets over 0..<count, for grouping touching rulings and merged grid cells.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ item: Int) -> Int {
        var root = item
        while parent[root] != root { root = parent[root] }
        var node = item
        while parent[node] != root { (node, parent[node]) = (parent[node], root) }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
