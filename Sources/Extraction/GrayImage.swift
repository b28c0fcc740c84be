/// An 8-bit grayscale raster (0 = black, 255 = white), row by row without padding.
///
/// Plain Swift storage so that rendered PDF pages and scanned images go through the same analysis code.
struct GrayImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    var pixels: [UInt8]

    /// A white image.
    init(width: Int, height: Int) {
        self.init(width: width, height: height, pixels: Array(repeating: 255, count: width * height))
    }

    init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height, "pixel count must be width × height")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// Columns become rows, so a scan along rows can serve for both directions.
    /// Copied in tiles so that reads and writes both stay in cache.
    func transposed() -> GrayImage {
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

extension GrayImage {
    /// Blurred with the binomial kernel 1 2 1 across and down (about a Gaussian of σ = 0.7 px): edges as a scanner or
    /// renderer leaves them. Tesseract's LSTM models read grey edges; on the hard edges of a binary image they read
    /// 0 as `(@)` and 11 as 4 even when the digits are clean.
    func smoothed() -> GrayImage {
        guard width > 2, height > 2 else { return self }
        var across = [UInt16](repeating: 0, count: pixels.count)
        var out = [UInt8](repeating: 255, count: pixels.count)
        let (w, h) = (width, height)
        pixels.withUnsafeBufferPointer { p in
            for y in 0..<h {
                let row = y * w
                for x in 0..<w {
                    across[row + x] = UInt16(p[row + max(x - 1, 0)]) + 2 * UInt16(p[row + x]) + UInt16(p[row + min(x + 1, w - 1)])
                }
            }
        }
        for y in 0..<h {
            let (above, here, below) = (max(y - 1, 0) * w, y * w, min(y + 1, h - 1) * w)
            for x in 0..<w {
                let sum = UInt32(across[above + x]) + 2 * UInt32(across[here + x]) + UInt32(across[below + x])
                out[here + x] = UInt8((sum + 8) / 16)
            }
        }
        return GrayImage(width: w, height: h, pixels: out)
    }
}

extension GrayImage {
    /// The rectangle `rect` at twice its size (bilinear, each new pixel a blend of its four nearest), on a white
    /// margin of `margin` pixels of the new size: a lone digit is as tall again, which Tesseract's models read better.
    func enlarged(_ rect: PageImageRect, margin: Int) -> GrayImage {
        let r = rect.clamped(width: width, height: height)
        var out = GrayImage(width: 2 * r.width + 2 * margin, height: 2 * r.height + 2 * margin)
        guard r.width > 0, r.height > 0 else { return out }
        for y in 0..<(2 * r.height) {
            // The source position of the new pixel's centre, clamped to the rectangle.
            let sy = min(max(Double(y) / 2 - 0.25, 0), Double(r.height - 1))
            let y0 = Int(sy), y1 = min(y0 + 1, r.height - 1), fy = sy - Double(y0)
            for x in 0..<(2 * r.width) {
                let sx = min(max(Double(x) / 2 - 0.25, 0), Double(r.width - 1))
                let x0 = Int(sx), x1 = min(x0 + 1, r.width - 1), fx = sx - Double(x0)
                func at(_ px: Int, _ py: Int) -> Double { Double(self[r.x + px, r.y + py]) }
                let top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx
                let bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx
                out[margin + x, margin + y] = UInt8((top * (1 - fy) + bottom * fy).rounded())
            }
        }
        return out
    }
}
