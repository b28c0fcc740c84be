/// A 24-bit colour raster, three bytes (red, green, blue) per pixel, row by row without padding.
struct RGBImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var bytes: [UInt8]

    init(width: Int, height: Int, bytes: [UInt8]) {
        precondition(width >= 0 && height >= 0 && bytes.count == width * height * 3, "byte count must be width × height × 3")
        self.width = width
        self.height = height
        self.bytes = bytes
    }
}
