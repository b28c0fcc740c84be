import ReportModel

/// The rulings of a scanned page image and the tables they form, in the image's pixels.
///
/// The same detector as for rendered pages, so repair rebuilds scanned grids exactly like born-digital ones; but longer
/// strokes only, as a scan has no text layer to tell a heading's 一 from a rule. Short strokes must belong to a table,
/// and a vertical shorter still is kept only where it runs from one accepted horizontal to another (the border
/// between two cells of a one-row band), or a little past one (a speck at its corner). Every tolerance is whole
/// pixels, compared with the detector's whole and half pixels exactly: no trip through points on the way.
struct OCRRulings: Sendable {
    /// Rulings kept: long enough to stand alone (an underline, a rule across the page), or part of a table.
    var rulings: [Ruling]
    var tables: [OCRTableGrid]

    /// Shortest ruling found at all, in points: a stroke of ordinary length in a band of one line of text.
    static let minimumLength = 25.0
    /// Shortest vertical kept between two horizontals, in points: lower than any band holding a line of text.
    static let minimumBandHeight = 6.0

    init(in image: GrayImage, dpi: Double) {
        let scale = dpi / 72
        let tolerance = Self.tolerance(dpi: dpi)
        let long = RulingDetector(minLength: Self.minimumLength).rulings(in: image, scale: scale)
        var (rulings, tables) = Self.accepted(long, dpi: dpi)
        let horizontals = rulings.filter { $0.orientation == .horizontal }
        let verticals = long.filter { $0.orientation == .vertical }
        // Looked for only where two horizontals could bound a band (a page of prose has none).
        let candidates = horizontals.count < 2 ? [] : RulingDetector(minLength: Self.minimumBandHeight).verticalRulings(in: image, scale: scale)
        let overshoot = (Self.minimumBandHeight * scale).rounded()
        let bands = candidates.compactMap { short -> Ruling? in
            guard !verticals.contains(where: { Self.overlap($0, short, tolerance: tolerance) }),
                let top = horizontals.first(where: { Self.reaches(short, $0, atStart: true, tolerance: tolerance, overshoot: overshoot) }),
                let bottom = horizontals.first(where: { Self.reaches(short, $0, atStart: false, tolerance: tolerance, overshoot: overshoot) })
            else { return nil }
            // What runs past a horizontal by more than the tolerance is the speck, not the border: cut at the horizontal.
            var border = short
            if top.position - short.start > tolerance { border.start = top.position }
            if short.end - bottom.position > tolerance { border.end = bottom.position }
            return border
        }
        if !bands.isEmpty { (rulings, tables) = Self.accepted(long + bands, dpi: dpi) }
        self.rulings = rulings
        self.tables = tables
    }

    /// dpi / 50 in whole pixels (6 px at 300 dpi, 4 px at 200).
    static func tolerance(dpi: Double) -> Double { (dpi / 50).rounded() }

    /// The rulings that stand alone (at least 1.4 in) or lie on a table's frame or inside it, and the tables.
    ///
    /// Inside a table a shorter stroke is a border only when at least one of its ends meets a crossing ruling: a
    /// cell's border runs into the borders across it, while a row of text strokes in line (三安全一 in a label
    /// hugging its row) stops short of them by the cell's padding. Taken for a ruling, such strokes were erased
    /// from the image and the label read as 三文生.
    private static func accepted(_ found: [Ruling], dpi: Double) -> (rulings: [Ruling], tables: [OCRTableGrid]) {
        let tolerance = tolerance(dpi: dpi)
        let alone = (dpi * 1.4).rounded()
        func kept(_ rulings: [Ruling], in tables: [OCRTableGrid]) -> [Ruling] {
            rulings.filter { ruling in
                ruling.end - ruling.start >= alone
                    || (tables.contains { $0.holds(ruling, tolerance: tolerance) }
                        && rulings.contains { crosses($0, ruling, at: ruling.start, tolerance: tolerance) || crosses($0, ruling, at: ruling.end, tolerance: tolerance) })
            }
        }
        var rulings = found
        var tables = OCRTableGrid.tables(from: rulings, tolerance: tolerance)
        var remaining = kept(rulings, in: tables)
        while remaining.count < rulings.count {
            rulings = remaining
            tables = OCRTableGrid.tables(from: rulings, tolerance: tolerance)
            remaining = kept(rulings, in: tables)
        }
        return (rulings, tables)
    }

    /// Whether `other` runs across `ruling`'s line at `end`: the other orientation, at that place, reaching the line.
    private static func crosses(_ other: Ruling, _ ruling: Ruling, at end: Double, tolerance: Double) -> Bool {
        other.orientation != ruling.orientation && abs(other.position - end) <= tolerance
            && other.start - tolerance <= ruling.position && ruling.position <= other.end + tolerance
    }

    /// Whether two rulings of one orientation are one stroke: the same position and overlapping extents.
    private static func overlap(_ a: Ruling, _ b: Ruling, tolerance: Double) -> Bool {
        abs(a.position - b.position) <= tolerance && a.start <= b.end && b.start <= a.end
    }

    /// Whether the vertical's start (or end) reaches the horizontal, within its extent: ends on it, or runs past it by
    /// less than a band's height, as when a speck just outside the corner was bridged into the stroke (a scan's
    /// 300 dpi q40 part 四 lost a cell border so, and its two numbers were read as one cell's).
    private static func reaches(_ vertical: Ruling, _ horizontal: Ruling, atStart: Bool, tolerance: Double, overshoot: Double) -> Bool {
        guard vertical.position >= horizontal.start - tolerance, vertical.position <= horizontal.end + tolerance else { return false }
        let past = atStart ? horizontal.position - vertical.start : vertical.end - horizontal.position
        return past >= -tolerance && past <= overshoot
    }
}
