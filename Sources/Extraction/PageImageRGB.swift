/// A 24-bit colour raster of a page (interleaved R, G, B), rows top to bottom.
///
/// Kept only until the red-seal filter has turned it into greyscale: colour is what tells a seal from ink.
public struct PageImageRGB: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// `3 * width * height` bytes.
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == 3 * width * height, "pixel count must be 3 × width × height")
        self.width = width
        self.height = height
        self.pixels = pixels
    }
}
