/// An 8-bit grayscale raster (0 = black, 255 = white), row by row without padding.
///
/// Plain Swift storage so that rendered PDF pages and scanned images go through the same analysis code.
public struct GrayImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    /// A white image.
    public init(width: Int, height: Int) {
        self.init(width: width, height: height, pixels: Array(repeating: 255, count: width * height))
    }

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height, "pixel count must be width × height")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    public subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// Columns become rows, so a scan along rows can serve for both directions.
    /// Copied in tiles so that reads and writes both stay in cache.
    public func transposed() -> GrayImage {
        let tile = 64
        var result = [UInt8](repeating: 255, count: pixels.count)
        pixels.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                for top in stride(from: 0, to: height, by: tile) {
                    for left in stride(from: 0, to: width, by: tile) {
                        for y in top..<min(top + tile, height) {
                            let row = y * width
                            for x in left..<min(left + tile, width) { target[x * height + y] = source[row + x] }
                        }
                    }
                }
            }
        }
        return GrayImage(width: height, height: width, pixels: result)
    }
}
