import Foundation
import ReportModel

/// A rectangle on a page image in pixels, origin top-left: where Tesseract is pointed and what it reports.
struct PageImageRect: Hashable, Sendable {
    var x: Int
    var y: Int
    public var width: Int
    public var height: Int

    init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The box (pixel units) with its corner and size rounded to whole pixels.
    init(rounding box: Box) {
        self.init(
            x: Int(box.x0.rounded()), y: Int(box.y0.rounded()),
            width: Int(box.width.rounded()), height: Int(box.height.rounded()))
    }

    var maxX: Int { x + width }
    var maxY: Int { y + height }

    /// Shrunk by `d` pixels on every side (grown when `d` is negative).
    func insetBy(_ d: Int) -> PageImageRect {
        PageImageRect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
    }

    func clamped(width w: Int, height h: Int) -> PageImageRect {
        let x0 = min(max(0, x), w), y0 = min(max(0, y), h)
        let x1 = min(max(0, maxX), w), y1 = min(max(0, maxY), h)
        return PageImageRect(x: x0, y: y0, width: max(0, x1 - x0), height: max(0, y1 - y0))
    }

    /// The same rectangle in PDF points for an image rendered at `dpi`.
    func box(dpi: Double) -> Box {
        let s = 72 / dpi
        return Box(x0: Double(x) * s, y0: Double(y) * s, x1: Double(maxX) * s, y1: Double(maxY) * s)
    }
}

extension GrayImage {
    var bounds: PageImageRect { PageImageRect(x: 0, y: 0, width: width, height: height) }

    /// Paints the rectangle (clipped to the image) one colour, e.g. to hide a table from a whole-page pass.
    mutating func fill(_ rect: PageImageRect, with value: UInt8) {
        let r = rect.clamped(width: width, height: height)
        guard r.width > 0 else { return }
        for y in r.y..<r.maxY {
            pixels.replaceSubrange((y * width + r.x)..<(y * width + r.maxX), with: repeatElement(value, count: r.width))
        }
    }

    /// Copies the rectangle (clipped to both images) from `other`, an image of the same size.
    mutating func copy(_ rect: PageImageRect, from other: GrayImage) {
        let r = rect.clamped(width: min(width, other.width), height: min(height, other.height))
        guard r.width > 0 else { return }
        for y in r.y..<r.maxY {
            pixels.replaceSubrange((y * width + r.x)..<(y * width + r.maxX), with: other.pixels[(y * other.width + r.x)..<(y * other.width + r.maxX)])
        }
    }

    /// The smallest rectangle holding every dark pixel of `rect`, nil when it has none.
    func inkBounds(in rect: PageImageRect) -> PageImageRect? {
        let r = rect.clamped(width: width, height: height)
        var x0 = Int.max, y0 = Int.max, x1 = -1, y1 = -1
        pixels.withUnsafeBufferPointer { p in
            for y in r.y..<r.maxY {
                let row = y * width
                for x in r.x..<r.maxX where p[row + x] < 128 {
                    x0 = min(x0, x)
                    x1 = max(x1, x)
                    y0 = min(y0, y)
                    y1 = max(y1, y)
                }
            }
        }
        return x1 < 0 ? nil : PageImageRect(x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1)
    }

    /// Number of pixels darker than mid-grey inside the rectangle: decides whether a cell is worth recognising.
    func inkCount(in rect: PageImageRect) -> Int {
        let r = rect.clamped(width: width, height: height)
        guard r.width > 0, r.height > 0 else { return 0 }
        return pixels.withUnsafeBufferPointer { p in
            var count = 0
            for y in r.y..<r.maxY {
                let row = y * width
                for x in r.x..<r.maxX where p[row + x] < 128 { count += 1 }
            }
            return count
        }
    }

    /// The image with the rulings (pixel coordinates) painted white, so that no border fragment is read as 1, l or |.
    /// At each step along a ruling the dark run crossing it is cleared, up to `maxHalfWidth` either side, which follows
    /// the stroke's real thickness and any leftover skew without touching text beside it.
    func erasing(_ rulings: [Ruling], maxHalfWidth: Int) -> GrayImage {
        var out = self
        out.pixels.withUnsafeMutableBufferPointer { p in
            for ruling in rulings {
                let horizontal = ruling.orientation == .horizontal
                let along = horizontal ? width : height, across = horizontal ? height : width
                let centre = Int(ruling.position.rounded())
                for a in max(0, Int(ruling.start) - 2)..<min(along, Int(ruling.end.rounded(.up)) + 2) {
                    func index(_ c: Int) -> Int { horizontal ? c * width + a : a * width + c }
                    // Start at the darkest spot near the centre line, then clear outwards while dark.
                    guard let hit = (-2...2).map({ centre + $0 }).first(where: { $0 >= 0 && $0 < across && p[index($0)] < 128 })
                    else { continue }
                    var c = hit
                    while c >= 0, c > hit - maxHalfWidth, p[index(c)] < 128 { p[index(c)] = 255; c -= 1 }
                    c = hit + 1
                    while c < across, c < hit + maxHalfWidth, p[index(c)] < 128 { p[index(c)] = 255; c += 1 }
                }
            }
        }
        return out
    }
}

extension Box {
    /// `[x0,y0,x1,y1]` in points, as boxes appear in the layout JSON: for diagnostics a person reads.
    var pointsDescription: String {
        "[" + [x0, y0, x1, y1].map { String(format: "%.1f", $0) }.joined(separator: ",") + "]"
    }
}
