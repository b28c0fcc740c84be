import ReportModel

/// A ruled table on a page image: the shared grid rebuilt from the image's rulings, in pixel units.
struct OCRTableGrid: Sendable {
    var grid: TableGrid

    /// The table's outer frame, in whole pixels.
    var frame: PageImageRect { PageImageRect(rounding: grid.bounds) }

    /// Whether the ruling (pixels) lies on this table's frame or inside it.
    func holds(_ ruling: Ruling, tolerance: Double) -> Bool {
        let (x0, y0) = (Double(frame.x) - tolerance, Double(frame.y) - tolerance)
        let (x1, y1) = (Double(frame.maxX) + tolerance, Double(frame.maxY) + tolerance)
        return ruling.orientation == .horizontal
            ? ruling.position >= y0 && ruling.position <= y1 && ruling.start >= x0 && ruling.end <= x1
            : ruling.position >= x0 && ruling.position <= x1 && ruling.start >= y0 && ruling.end <= y1
    }

    /// Every table on the page: groups of crossing rulings (pixels) with at least two lines each way.
    static func tables(from rulings: [Ruling], tolerance: Double) -> [OCRTableGrid] {
        TableGrid.detect(in: rulings, tolerance: tolerance, rules: .pageImage).map { OCRTableGrid(grid: $0) }
    }
}
