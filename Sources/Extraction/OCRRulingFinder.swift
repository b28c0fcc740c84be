import ReportModel

/// Finds long straight dark strokes (table borders) on a binary page image, in pixels.
///
/// A gap of a few pixels inside a stroke is bridged (scans break thin lines), adjacent rows of one thick line become
/// one ruling, and anything shorter than `minLength` (a CJK 一 at body size is far shorter) is ignored.
struct OCRRulingFinder: Sendable {
    var minLength: Int
    var maxGap: Int

    init(dpi: Double) {
        minLength = Int(dpi * 0.35)
        maxGap = max(2, Int(dpi / 100))
    }

    /// A ruling in pixel coordinates (position, start, end) and how many pixels thick it is drawn.
    struct Found: Sendable {
        var ruling: Ruling
        var thickness: Int
    }

    func rulings(in image: PageImage) -> [Found] {
        let horizontal = strokes(image.pixels, width: image.width, height: image.height).map {
            Found(ruling: Ruling(orientation: .horizontal, position: $0.position, start: $0.start, end: $0.end), thickness: $0.thickness)
        }
        let vertical = strokes(transposed(image), width: image.height, height: image.width).map {
            Found(ruling: Ruling(orientation: .vertical, position: $0.position, start: $0.start, end: $0.end), thickness: $0.thickness)
        }
        return horizontal + vertical
    }

    /// The image with the rulings painted white, so that no border fragment is read as 1, l or |.
    func erasing(_ found: [Found], from image: PageImage) -> PageImage {
        var out = image
        for f in found {
            let half = f.thickness / 2 + 2
            let along = Int(f.ruling.start.rounded(.down)), length = Int((f.ruling.end - f.ruling.start).rounded(.up))
            let across = Int(f.ruling.position.rounded()) - half
            let rect = f.ruling.orientation == .horizontal
                ? PageImage.Rect(x: along, y: across, width: length, height: 2 * half + 1)
                : PageImage.Rect(x: across, y: along, width: 2 * half + 1, height: length)
            out.fill(rect, with: 255)
        }
        return out
    }

    private struct Stroke {
        var firstRow: Int
        var lastRow: Int
        var rowSum: Int
        var rows: Int
        var start: Int
        var end: Int
        var position: Double { Double(rowSum) / Double(rows) }
    }

    /// Long runs along rows, grouped across adjacent rows.
    private func strokes(_ pixels: [UInt8], width: Int, height: Int) -> [(position: Double, start: Double, end: Double, thickness: Int)] {
        var done: [Stroke] = []
        var open: [Stroke] = []
        pixels.withUnsafeBufferPointer { p in
            for y in 0..<height {
                let row = y * width
                var runs: [(Int, Int)] = []
                var x = 0
                while x < width {
                    guard p[row + x] < 128 else { x += 1; continue }
                    let start = x
                    var last = x
                    var gap = 0
                    x += 1
                    while x < width, gap <= maxGap {
                        if p[row + x] < 128 { last = x; gap = 0 } else { gap += 1 }
                        x += 1
                    }
                    if last - start + 1 >= minLength { runs.append((start, last + 1)) }
                    x = last + 1
                }
                var stillOpen: [Stroke] = []
                for (start, end) in runs {
                    if let i = open.firstIndex(where: { $0.lastRow == y - 1 && min($0.end, end) - max($0.start, start) > (end - start) / 2 }) {
                        var stroke = open.remove(at: i)
                        stroke.lastRow = y
                        stroke.rowSum += y
                        stroke.rows += 1
                        stroke.start = min(stroke.start, start)
                        stroke.end = max(stroke.end, end)
                        stillOpen.append(stroke)
                    } else {
                        stillOpen.append(Stroke(firstRow: y, lastRow: y, rowSum: y, rows: 1, start: start, end: end))
                    }
                }
                done.append(contentsOf: open)
                open = stillOpen
            }
        }
        done.append(contentsOf: open)
        return done.map { (position: $0.position, start: Double($0.start), end: Double($0.end), thickness: $0.rows) }
    }

    private func transposed(_ image: PageImage) -> [UInt8] {
        var out = [UInt8](repeating: 255, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<image.height {
                    for x in 0..<image.width { o[x * image.height + y] = p[y * image.width + x] }
                }
            }
        }
        return out
    }
}
