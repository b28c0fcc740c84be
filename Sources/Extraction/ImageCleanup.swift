/// Prepares a scanned page for Tesseract: red seals out, straightened, black on white.
///
/// Scans arrive grey-backgrounded, JPEG-noisy, a degree or so askew and stamped with red seals over the signature;
/// Tesseract's own global threshold handles none of that well, so the page is cleaned here first.
public struct ImageCleanup: Sendable {
    /// How much redder than green and blue a pixel must be to count as seal ink.
    public var sealRedMargin: Int
    /// Largest skew searched either way, in degrees.
    public var maxSkewDegrees: Double
    /// Sauvola sensitivity: higher keeps less grey as ink.
    public var sauvolaK: Double

    public init(sealRedMargin: Int = 60, maxSkewDegrees: Double = 2, sauvolaK: Double = 0.2) {
        self.sealRedMargin = sealRedMargin
        self.maxSkewDegrees = maxSkewDegrees
        self.sauvolaK = sauvolaK
    }

    /// The cleaned binary page (0 or 255) and the skew angle that was removed, in degrees (positive = page was turned clockwise).
    public func clean(_ image: RGBImage, dpi: Double) -> (image: GrayImage, skewDegrees: Double) {
        let binary = binarize(suppressingSeals(image), dpi: dpi)
        let angle = estimateSkew(binary)
        guard abs(angle) >= 0.05 else { return (binary, 0) }
        return (rotate(binary, degrees: -angle), angle)
    }

    /// Greyscale in which seal-red pixels are read through a red filter (their red channel), like a drop-out colour in form scanning.
    ///
    /// Red on paper then becomes near-white, while black text printed under a semi-transparent seal keeps a low red channel
    /// and survives; turning seal pixels plain white would erase that text.
    public func suppressingSeals(_ image: RGBImage) -> GrayImage {
        var gray = [UInt8](repeating: 255, count: image.width * image.height)
        let margin = sealRedMargin
        image.bytes.withUnsafeBufferPointer { src in
            gray.withUnsafeMutableBufferPointer { dst in
                for i in 0..<dst.count {
                    let r = Int(src[3 * i]), g = Int(src[3 * i + 1]), b = Int(src[3 * i + 2])
                    if r - max(g, b) >= margin {
                        dst[i] = UInt8(r)
                    } else {
                        dst[i] = UInt8((299 * r + 587 * g + 114 * b) / 1000)
                    }
                }
            }
        }
        return GrayImage(width: image.width, height: image.height, pixels: gray)
    }
}
