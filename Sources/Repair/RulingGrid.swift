import ReportModel

/// A table grid on one page of a PDF, rebuilt from the page's vector rulings (points).
struct RulingGrid: Sendable {
    var page: Int
    var table: TableGrid

    /// The cell holding a point, if the point is inside the grid.
    func cellIndex(x: Double, y: Double) -> Int? {
        guard table.bounds.contains(x: x, y: y) else { return nil }
        return table.cells.firstIndex { $0.box.contains(x: x, y: y) }
    }

    /// Every table grid on a page: groups of touching rulings with at least two columns and one row.
    static func detect(in page: Page, tolerance: Double = 3) -> [RulingGrid] {
        TableGrid.detect(in: page.rulings, tolerance: tolerance, rules: .textPage).map { RulingGrid(page: page.number, table: $0) }
    }
}
