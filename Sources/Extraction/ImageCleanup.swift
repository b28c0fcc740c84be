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

    /// Greyscale with seal-red pixels (red well above green and blue) dropped out, like a drop-out colour in form scanning.
    ///
    /// A red pixel nearly as bright as the paper (red channel ≥ 80% of the paper's brightness) is seal ink on paper and
    /// becomes white. A darker red pixel is ink showing through a semi-transparent seal and is kept dark (half its red
    /// value, darker than any paper), so text stamped over stays readable; turning all red plain white would erase it.
    public func suppressingSeals(_ image: RGBImage) -> GrayImage {
        var gray = [UInt8](repeating: 255, count: image.width * image.height)
        var histogram = [Int](repeating: 0, count: 256)
        let margin = sealRedMargin
        var red: [Int] = []
        image.bytes.withUnsafeBufferPointer { src in
            gray.withUnsafeMutableBufferPointer { dst in
                for i in 0..<dst.count {
                    let r = Int(src[3 * i]), g = Int(src[3 * i + 1]), b = Int(src[3 * i + 2])
                    let luminance = (299 * r + 587 * g + 114 * b) / 1000
                    dst[i] = UInt8(luminance)
                    histogram[luminance] += 1
                    if r - max(g, b) >= margin { red.append(i) }
                }
                let paper = Self.paperLevel(histogram)
                for i in red {
                    let r = Int(src[3 * i])
                    dst[i] = r * 5 >= paper * 4 ? 255 : UInt8(r / 2)
                }
            }
        }
        return GrayImage(width: image.width, height: image.height, pixels: gray)
    }

    /// The paper's brightness: the most common grey level in the brighter half (scans are mostly paper).
    private static func paperLevel(_ histogram: [Int]) -> Int {
        (128...255).max { histogram[$0] < histogram[$1] } ?? 255
    }
}
