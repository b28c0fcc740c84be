import ReportModel

/// The cells of one ruled table on a page image, rebuilt from its rulings (pixel units).
///
/// Grid lines give atomic cells; two neighbours are one merged cell when the ruling between them is missing,
/// which is how spanning labels such as 三、本年度办理结果 or （三）不予公开 are drawn.
struct OCRTableGrid: Sendable {
    struct Cell: Sendable {
        var row: Int
        var column: Int
        var rowSpan: Int
        var rect: PageImageRect
    }

    var frame: PageImageRect
    var cells: [Cell]

    /// Whether the ruling (pixels) lies on this table's frame or inside it.
    func holds(_ ruling: Ruling, tolerance: Double) -> Bool {
        let (x0, y0) = (Double(frame.x) - tolerance, Double(frame.y) - tolerance)
        let (x1, y1) = (Double(frame.maxX) + tolerance, Double(frame.maxY) + tolerance)
        return ruling.orientation == .horizontal
            ? ruling.position >= y0 && ruling.position <= y1 && ruling.start >= x0 && ruling.end <= x1
            : ruling.position >= x0 && ruling.position <= x1 && ruling.start >= y0 && ruling.end <= y1
    }

    /// Every table on the page: groups of crossing rulings with at least two lines each way.
    static func tables(from rulings: [Ruling], tolerance: Double) -> [OCRTableGrid] {
        groups(of: rulings, tolerance: tolerance).compactMap { grid(from: $0, tolerance: tolerance) }
    }

    private static func crosses(_ h: Ruling, _ v: Ruling, _ tol: Double) -> Bool {
        h.position >= v.start - tol && h.position <= v.end + tol && v.position >= h.start - tol && v.position <= h.end + tol
    }

    /// Connected components of the "crosses" relation.
    private static func groups(of rulings: [Ruling], tolerance: Double) -> [[Ruling]] {
        var parent = Array(rulings.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for i in rulings.indices where rulings[i].orientation == .horizontal {
            for j in rulings.indices where rulings[j].orientation == .vertical && crosses(rulings[i], rulings[j], tolerance) {
                parent[root(i)] = root(j)
            }
        }
        return Dictionary(grouping: rulings.indices, by: root).values.map { $0.map { rulings[$0] } }
    }

    private static func lines(_ positions: [Double], _ tol: Double) -> [Double] {
        var merged: [[Double]] = []
        for p in positions.sorted() {
            if let last = merged.last?.last, p - last <= tol { merged[merged.count - 1].append(p) } else { merged.append([p]) }
        }
        return merged.map { $0.reduce(0, +) / Double($0.count) }
    }

    /// Whether rulings of one orientation near `position` cover most of `from...to`.
    private static func drawn(_ rulings: [Ruling], at position: Double, from: Double, to: Double, _ tol: Double) -> Bool {
        let covered = rulings.filter { abs($0.position - position) <= tol }
            .map { max(0, min($0.end, to) - max($0.start, from)) }.reduce(0, +)
        return covered >= 0.5 * (to - from)
    }

    private static func grid(from group: [Ruling], tolerance tol: Double) -> OCRTableGrid? {
        let horizontal = group.filter { $0.orientation == .horizontal }
        let vertical = group.filter { $0.orientation == .vertical }
        let ys = lines(horizontal.map(\.position), tol), xs = lines(vertical.map(\.position), tol)
        guard ys.count >= 2, xs.count >= 2 else { return nil }
        let rows = ys.count - 1, columns = xs.count - 1
        var parent = Array(0..<(rows * columns))
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for r in 0..<rows {
            for c in 0..<columns {
                if c + 1 < columns, !drawn(vertical, at: xs[c + 1], from: ys[r], to: ys[r + 1], tol) {
                    parent[root(r * columns + c)] = root(r * columns + c + 1)
                }
                if r + 1 < rows, !drawn(horizontal, at: ys[r + 1], from: xs[c], to: xs[c + 1], tol) {
                    parent[root(r * columns + c)] = root((r + 1) * columns + c)
                }
            }
        }
        let cells = Dictionary(grouping: 0..<(rows * columns), by: root).values.map { members -> Cell in
            let r0 = members.map { $0 / columns }.min()!, r1 = members.map { $0 / columns }.max()!
            let c0 = members.map { $0 % columns }.min()!, c1 = members.map { $0 % columns }.max()!
            let rect = PageImageRect(
                x: Int(xs[c0].rounded()), y: Int(ys[r0].rounded()),
                width: Int((xs[c1 + 1] - xs[c0]).rounded()), height: Int((ys[r1 + 1] - ys[r0]).rounded()))
            return Cell(row: r0, column: c0, rowSpan: r1 - r0 + 1, rect: rect)
        }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        let frame = PageImageRect(
            x: Int(xs[0].rounded()), y: Int(ys[0].rounded()),
            width: Int((xs[columns] - xs[0]).rounded()), height: Int((ys[rows] - ys[0]).rounded()))
        return OCRTableGrid(frame: frame, cells: cells)
    }
}
