/// Prepares a scanned page for Tesseract: red seals out, straightened, black on white.
///
/// Scans arrive grey-backgrounded, JPEG-noisy, a degree or so askew and stamped with red seals over the signature;
/// Tesseract's own global threshold handles none of that well, so the page is cleaned here first.
struct ImageCleanup: Sendable {
    /// Largest skew searched either way, in degrees.
    var maxSkewDegrees: Double
    /// Sauvola sensitivity: higher keeps less grey as ink.
    var sauvolaK: Double

    init(maxSkewDegrees: Double = 2, sauvolaK: Double = 0.2) {
        self.maxSkewDegrees = maxSkewDegrees
        self.sauvolaK = sauvolaK
    }

    /// The cleaned binary page (0 or 255) and the skew angle that was removed, in degrees (positive = page was turned clockwise).
    func clean(_ image: RGBImage, dpi: Double) -> (image: GrayImage, skewDegrees: Double) {
        let gray = suppressingSeals(image)
        let binary = droppingSealRemnants(binarize(gray, dpi: dpi), gray: gray, colour: image, dpi: dpi)
        let angle = estimateSkew(binary)
        guard abs(angle) >= 0.05 else { return (binary, 0) }
        return (rotate(binary, degrees: -angle), angle)
    }

    /// Greyscale in which red seals drop out, as a drop-out colour does in form scanning.
    ///
    /// A pixel is taken as paper with some seal ink (strength `a`) and some black ink over it; the grey returned is
    /// the paper with the black ink only. With the seal's colour `(Sr, Sg)` (red, and the larger of green and blue)
    /// and the paper's level `P`, a reddish pixel `(r, g)` has `a = (r − g) / (Sr − Sg)` and its grey without the
    /// seal is `g + a · (P − Sg)`: paper for seal ink at any strength, including the pink blends that blur and JPEG
    /// leave round its strokes (a cut-off on redness leaves those as ink, read as text once specks are gone), and
    /// still dark for black text stamped over. Pixels that are not redder than green and blue keep their luminance.
    /// The seal's colour is measured on the page: the mean of its most saturated tenth of clearly red pixels.
    func suppressingSeals(_ image: RGBImage) -> GrayImage {
        let count = image.width * image.height
        var gray = [UInt8](repeating: 255, count: count)
        image.bytes.withUnsafeBufferPointer { src in
            var histogram = [Int](repeating: 0, count: 256)
            var redness = [Int](repeating: 0, count: 256)
            for i in 0..<count {
                let r = Int(src[3 * i]), m = max(Int(src[3 * i + 1]), Int(src[3 * i + 2]))
                histogram[(299 * r + 587 * Int(src[3 * i + 1]) + 114 * Int(src[3 * i + 2])) / 1000] += 1
                if r - m >= Self.clearlyRed { redness[r - m] += 1 }
            }
            let paper = Double(Self.paperLevel(histogram))
            // The seal's colour: the most saturated tenth of the clearly red pixels, if there are any.
            var strength = 1.0
            let reds = redness.reduce(0, +)
            if reds > 0 {
                var above = 0, cut = 255
                while cut > Self.clearlyRed, above + redness[cut] < (reds + 9) / 10 { above += redness[cut]; cut -= 1 }
                var (sumR, sumG, n) = (0.0, 0.0, 0.0)
                for i in 0..<count {
                    let r = Int(src[3 * i]), m = max(Int(src[3 * i + 1]), Int(src[3 * i + 2]))
                    if r - m >= cut { (sumR, sumG, n) = (sumR + Double(r), sumG + Double(m), n + 1) }
                }
                let (sealR, sealG) = (sumR / n, sumG / n)
                strength = max(1, (paper - sealG) / (sealR - sealG))
            }
            gray.withUnsafeMutableBufferPointer { dst in
                for i in 0..<count {
                    let r = Int(src[3 * i]), g = Int(src[3 * i + 1]), b = Int(src[3 * i + 2])
                    let m = max(g, b)
                    if r > m {
                        dst[i] = UInt8(min(255, (Double(m) + strength * Double(r - m)).rounded()))
                    } else {
                        dst[i] = UInt8((299 * r + 587 * g + 114 * b) / 1000)
                    }
                }
            }
        }
        return GrayImage(width: image.width, height: image.height, pixels: gray)
    }

    /// How much redder than green and blue a pixel must be to be measured as seal ink.
    private static let clearlyRed = 60

    /// The paper's brightness: the most common grey level in the brighter half (scans are mostly paper).
    private static func paperLevel(_ histogram: [Int]) -> Int {
        (128...255).max { histogram[$0] < histogram[$1] } ?? 255
    }

    /// The binary page without the marks a dropped-out seal leaves: the edges of its strokes, where blur and JPEG's
    /// coarse colour make pixels a little darker than paper but not red enough to drop out, which the local
    /// threshold then takes for ink (once specks are gone they read as text). A mark touching the seal is kept only
    /// when it is somewhere as dark as print: darker than halfway from the paper to the page's ink (its darkest tenth).
    /// Black text stamped over a seal stays; away from red nothing is touched.
    func droppingSealRemnants(_ binary: GrayImage, gray: GrayImage, colour: RGBImage, dpi: Double) -> GrayImage {
        let (w, h) = (binary.width, binary.height)
        var seal = [Bool](repeating: false, count: w * h)
        var anyRed = false
        colour.bytes.withUnsafeBufferPointer { src in
            for i in 0..<(w * h) where Int(src[3 * i]) - max(Int(src[3 * i + 1]), Int(src[3 * i + 2])) >= Self.clearlyRed {
                seal[i] = true
                anyRed = true
            }
        }
        guard anyRed else { return binary }
        seal = Self.dilated(seal, width: w, height: h, by: max(1, Int(dpi / 30)))
        var histogram = [Int](repeating: 0, count: 256), paperHistogram = [Int](repeating: 0, count: 256)
        for i in 0..<(w * h) {
            if binary.pixels[i] == 0 { histogram[Int(gray.pixels[i])] += 1 } else { paperHistogram[Int(gray.pixels[i])] += 1 }
        }
        let inkPixels = histogram.reduce(0, +)
        guard inkPixels > 0 else { return binary }
        var below = 0, ink = 0
        while ink < 255, below + histogram[ink] < inkPixels / 10 { below += histogram[ink]; ink += 1 }
        let halfway = (Self.paperLevel(paperHistogram) + ink) / 2

        var out = binary
        binary.forEachMark(startsAt: { seal[$0] }) { mark in
            let darkest = mark.pixels.lazy.map { Int(gray.pixels[$0]) }.min() ?? 255
            if darkest > halfway { for i in mark.pixels { out.pixels[i] = 255 } }
        }
        return out
    }

    /// The mask grown by `radius` pixels (a square), rows then columns, each with a running count.
    private static func dilated(_ mask: [Bool], width w: Int, height h: Int, by radius: Int) -> [Bool] {
        func pass(_ input: [Bool], along: Int, across: Int, index: (Int, Int) -> Int) -> [Bool] {
            var output = [Bool](repeating: false, count: input.count)
            for a in 0..<across {
                var count = 0
                for i in 0..<min(radius, along) where input[index(a, i)] { count += 1 }
                for i in 0..<along {
                    if i + radius < along, input[index(a, i + radius)] { count += 1 }
                    if i - radius - 1 >= 0, input[index(a, i - radius - 1)] { count -= 1 }
                    output[index(a, i)] = count > 0
                }
            }
            return output
        }
        let rows = pass(mask, along: w, across: h) { y, x in y * w + x }
        return pass(rows, along: h, across: w) { x, y in y * w + x }
    }
}
