import ReportModel

/// Finds the straight strokes of table grids in a raster: long runs of dark pixels along rows (horizontal
/// rulings) and along columns (vertical ones). Works on any `GrayImage`, rendered page or scan; the OCR stage
/// uses it on scanned pages, while text pages read their rulings from the PDF's drawing (`PageDrawing`).
///
/// Adjacent rows of one thick line merge into a single ruling; a stroke thicker than `maxThickness` is a
/// filled area, not a rule, and is dropped. Rulings come in the image's own pixels: a position is a stroke's centre
/// line (a whole or half pixel), an end a pixel edge, so that callers compare them with whole-pixel tolerances exactly.
struct RulingDetector: Sendable {
    /// Pixels darker than this count as ink; high enough to keep light grey borders and anti-aliased hairlines.
    var darkThreshold: UInt8
    /// Shortest ruling, in points: longer than the strokes of one character.
    var minLength: Double
    /// Thickest ruling, in points.
    var maxThickness: Double
    /// Largest break, in points, tolerated inside one stroke (dashes, anti-aliasing).
    var maxGap: Double
    /// Largest share of a stroke's length with ink just beside it on one side (crossing rules, touching text).
    var maxSideInk = 0.3

    init(darkThreshold: UInt8 = 200, minLength: Double = 15, maxThickness: Double = 4, maxGap: Double = 1.5) {
        self.darkThreshold = darkThreshold
        self.minLength = minLength
        self.maxThickness = maxThickness
        self.maxGap = maxGap
    }

    /// Rulings in pixels; `scale`, the image's pixels per point (dpi / 72), turns the lengths above into whole pixels.
    public func rulings(in image: GrayImage, scale: Double) -> [Ruling] {
        horizontalRulings(in: image, scale: scale) + verticalRulings(in: image, scale: scale)
    }

    func horizontalRulings(in image: GrayImage, scale: Double) -> [Ruling] {
        strokes(alongRowsOf: image, scale: scale).map {
            Ruling(orientation: .horizontal, position: $0.position, start: $0.start, end: $0.end)
        }
    }

    func verticalRulings(in image: GrayImage, scale: Double) -> [Ruling] {
        strokes(alongRowsOf: image.transposed(), scale: scale).map {
            Ruling(orientation: .vertical, position: $0.position, start: $0.start, end: $0.end)
        }
    }

    private struct Stroke {
        var start: Int
        var end: Int
        var firstRow: Int
        var lastRow: Int
    }

    private func strokes(alongRowsOf image: GrayImage, scale: Double) -> [(position: Double, start: Double, end: Double)] {
        let minPixels = max(2, Int((minLength * scale).rounded()))
        let gapPixels = max(1, Int((maxGap * scale).rounded()))
        let maxRows = max(1, Int((maxThickness * scale).rounded(.up)))
        var open: [Stroke] = []
        var finished: [Stroke] = []
        for y in 0..<image.height {
            let runs = runs(inRow: y, of: image, minPixels: minPixels, gapPixels: gapPixels)
            var next: [Stroke] = []
            var used = [Bool](repeating: false, count: open.count)
            for run in runs {
                if let index = open.indices.first(where: { !used[$0] && overlaps(open[$0], run) }) {
                    used[index] = true
                    var stroke = open[index]
                    stroke.start = min(stroke.start, run.start)
                    stroke.end = max(stroke.end, run.end)
                    stroke.lastRow = y
                    next.append(stroke)
                } else {
                    next.append(Stroke(start: run.start, end: run.end, firstRow: y, lastRow: y))
                }
            }
            for index in open.indices where !used[index] { finished.append(open[index]) }
            open = next
        }
        finished.append(contentsOf: open)
        let kept = finished.filter { $0.lastRow - $0.firstRow + 1 <= maxRows && isClear($0, in: image) }
        return mergeCollinear(kept.map {
            (position: Double($0.firstRow + $0.lastRow + 1) / 2, start: Double($0.start), end: Double($0.end + 1))
        }, scale: scale)
    }

    /// A rule has white on both sides along most of its length; strokes of stacked characters that line
    /// up have other strokes right beside them. (A double rule is dark all along one side and is kept.)
    private func isClear(_ stroke: Stroke, in image: GrayImage) -> Bool {
        let above = stroke.firstRow - 2
        let below = stroke.lastRow + 2
        guard above >= 0, below < image.height else { return true }
        let length = Double(stroke.end - stroke.start + 1)
        func inked(_ row: Int) -> Double {
            Double((stroke.start...stroke.end).filter { image.pixels[row * image.width + $0] < darkThreshold }.count) / length
        }
        let (a, b) = (inked(above), inked(below))
        return [a, b].allSatisfy { $0 <= maxSideInk || $0 >= 0.9 }
    }

    /// Dark runs of one row, bridging gaps up to `gapPixels`.
    private func runs(inRow y: Int, of image: GrayImage, minPixels: Int, gapPixels: Int) -> [(start: Int, end: Int)] {
        var result: [(start: Int, end: Int)] = []
        var start: Int?
        var lastDark = 0
        let row = y * image.width
        for x in 0..<image.width where image.pixels[row + x] < darkThreshold {
            if let runStart = start, x - lastDark - 1 > gapPixels {
                if lastDark - runStart + 1 >= minPixels { result.append((runStart, lastDark)) }
                start = x
            } else if start == nil {
                start = x
            }
            lastDark = x
        }
        if let runStart = start, lastDark - runStart + 1 >= minPixels { result.append((runStart, lastDark)) }
        return result
    }

    private func overlaps(_ stroke: Stroke, _ run: (start: Int, end: Int)) -> Bool {
        let overlap = min(stroke.end, run.end) - max(stroke.start, run.start) + 1
        return overlap * 2 >= min(stroke.end - stroke.start, run.end - run.start) + 1
    }

    /// Joins pieces of one line broken by a crossing or a short gap: strokes within 1 pt of the same
    /// position form a group, and a group's pieces merge when they touch along it, at the group's mean position
    /// to the nearest half pixel.
    private func mergeCollinear(_ strokes: [(position: Double, start: Double, end: Double)], scale: Double)
        -> [(position: Double, start: Double, end: Double)]
    {
        var groups: [[(position: Double, start: Double, end: Double)]] = []
        for stroke in strokes.sorted(by: { $0.position < $1.position }) {
            if let last = groups.last?.last, stroke.position - last.position <= scale {
                groups[groups.count - 1].append(stroke)
            } else {
                groups.append([stroke])
            }
        }
        var merged: [(position: Double, start: Double, end: Double)] = []
        for group in groups {
            let position = (group.map(\.position).reduce(0, +) / Double(group.count) * 2).rounded() / 2
            var current: (position: Double, start: Double, end: Double)?
            for stroke in group.sorted(by: { $0.start < $1.start }) {
                if let piece = current, stroke.start - piece.end <= 2 * maxGap * scale {
                    current?.end = max(piece.end, stroke.end)
                } else {
                    if let piece = current { merged.append(piece) }
                    current = (position, stroke.start, stroke.end)
                }
            }
            if let piece = current { merged.append(piece) }
        }
        return merged
    }
}
