import Foundation
import ReportModel

/// An 8-bit greyscale raster of a page (0 = black, 255 = white), rows top to bottom.
///
/// Plain Swift storage so that every clean-up step and the ruling finder are testable without C libraries;
/// the Tesseract wrapper copies it into the engine in one call.
public struct PageImage: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height, "pixel count must be width × height")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// A page of one colour, white unless told otherwise.
    public init(width: Int, height: Int, fill: UInt8 = 255) {
        self.init(width: width, height: height, pixels: [UInt8](repeating: fill, count: width * height))
    }

    public subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// Paints the rectangle (clipped to the image) one colour, e.g. to hide a table from a whole-page pass.
    mutating func fill(_ rect: Rect, with value: UInt8) {
        let r = rect.clamped(width: width, height: height)
        guard r.width > 0 else { return }
        for y in r.y..<r.maxY { pixels.replaceSubrange((y * width + r.x)..<(y * width + r.maxX), with: repeatElement(value, count: r.width)) }
    }

    /// The smallest rectangle holding every dark pixel of `rect`, nil when it has none.
    func inkBounds(in rect: Rect) -> Rect? {
        let r = rect.clamped(width: width, height: height)
        var x0 = Int.max, y0 = Int.max, x1 = -1, y1 = -1
        pixels.withUnsafeBufferPointer { p in
            for y in r.y..<r.maxY {
                let row = y * width
                for x in r.x..<r.maxX where p[row + x] < 128 {
                    x0 = min(x0, x); x1 = max(x1, x); y0 = min(y0, y); y1 = max(y1, y)
                }
            }
        }
        return x1 < 0 ? nil : Rect(x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1)
    }

    /// Number of pixels darker than mid-grey inside the rectangle: decides whether a cell is worth recognising.
    func inkCount(in rect: Rect) -> Int {
        let r = rect.clamped(width: width, height: height)
        guard r.width > 0, r.height > 0 else { return 0 }
        return pixels.withUnsafeBufferPointer { p in
            var count = 0
            for y in r.y..<(r.y + r.height) {
                let row = y * width
                for x in r.x..<(r.x + r.width) where p[row + x] < 128 { count += 1 }
            }
            return count
        }
    }
}

extension PageImage {
/// A rectangle in image pixels, origin top-left.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    func insetBy(_ d: Int) -> Rect {
        Rect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d))
    }

    func clamped(width w: Int, height h: Int) -> Rect {
        let x0 = min(max(0, x), w), y0 = min(max(0, y), h)
        let x1 = min(max(0, maxX), w), y1 = min(max(0, maxY), h)
        return Rect(x: x0, y: y0, width: max(0, x1 - x0), height: max(0, y1 - y0))
    }

    /// The same rectangle in PDF points for an image rendered at `dpi`.
    func box(dpi: Double) -> Box {
        let s = 72 / dpi
        return Box(x0: Double(x) * s, y0: Double(y) * s, x1: Double(maxX) * s, y1: Double(maxY) * s)
    }
}
}

extension Box {
    /// `[x0,y0,x1,y1]` in points, as boxes appear in the layout JSON: for diagnostics a person reads.
    var pointsDescription: String {
        "[" + [x0, y0, x1, y1].map { String(format: "%.1f", $0) }.joined(separator: ",") + "]"
    }
}
