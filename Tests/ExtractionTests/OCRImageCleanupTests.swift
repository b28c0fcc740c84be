import Foundation
import ReportModel
import Testing

@testable import Extraction

/// Clean-up before recognition on synthetic rasters whose truth is known.
struct OCRImageCleanupTests {
    /// Grey paper with text-like black bars in lines, like a page of body text at 300 dpi (but smaller).
    static func textPage(width: Int = 1200, height: Int = 1400, paper: UInt8 = 200) -> GrayImage {
        var image = GrayImage(width: width, height: height, pixels: [UInt8](repeating: paper, count: width * height))
        var seed: UInt64 = 42
        func random(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for line in 0..<20 {
            let top = 100 + line * 60
            var x = 100
            while x < width - 150 {
                let glyph = 30 + random(12)
                for y in top..<(top + 34) { for dx in 0..<glyph where dx % 7 < 4 || y % 9 < 3 { image[x + dx, y] = 30 } }
                x += glyph + 8
            }
        }
        return image
    }

    @Test(arguments: [1.3, -0.7, 0.3])
    func deskewRecoversAKnownAngle(degrees: Double) {
        let cleanup = ImageCleanup()
        let straight = cleanup.binarize(Self.textPage(), dpi: 300)
        let turned = cleanup.rotate(straight, degrees: degrees)
        let estimate = cleanup.estimateSkew(turned)
        #expect(abs(estimate - degrees) <= 0.2, "estimated \(estimate)° for \(degrees)°")
        #expect(abs(cleanup.estimateSkew(straight)) <= 0.05)
    }

    /// A 300 × 300 colour image of grey paper, each pixel then painted by `paint` (nil leaves the paper): the pixel's
    /// distance from the centre, where seal rings are drawn, and its place.
    static func sealPage(_ paint: (_ r: Double, _ x: Int, _ y: Int) -> (UInt8, UInt8, UInt8)?) -> [UInt8] {
        let (w, h) = (300, 300)
        var bytes = [UInt8](repeating: 0, count: 3 * w * h)
        for y in 0..<h {
            for x in 0..<w {
                let r = ((Double(x) - 150) * (Double(x) - 150) + (Double(y) - 150) * (Double(y) - 150)).squareRoot()
                let i = 3 * (y * w + x)
                (bytes[i], bytes[i + 1], bytes[i + 2]) = paint(r, x, y) ?? (215, 213, 208)
            }
        }
        return bytes
    }

    @Test func redSealIsSuppressedAndInkUnderItKept() {
        let (w, h) = (300, 300)
        // Black "text", a fifth of it ink as in print (a denser block darkens the local threshold below ink under a
        // seal); a seal ring, pure red on paper, dark red where it lies over the text (semi-transparent).
        let bytes = Self.sealPage { r, x, y in
            let text = y >= 100 && y < 200 && x >= 20 && x < 280 && x % 20 < 4
            if r > 100, r < 125 { return text ? (150, 20, 20) : (220, 40, 35) }
            return text ? (25, 25, 25) : nil
        }
        let cleanup = ImageCleanup()
        let binary = cleanup.binarize(cleanup.suppressingSeals(RGBImage(width: w, height: h, bytes: bytes)), dpi: 300)

        var sealBlack = 0, sealTotal = 0, textBlack = 0, textTotal = 0, paperBlack = 0
        for y in 0..<h {
            for x in 0..<w {
                let i = 3 * (y * w + x)
                let (r, g) = (bytes[i], bytes[i + 1])
                let black = binary[x, y] == 0
                if r == 220 && g == 40 { sealTotal += 1; if black { sealBlack += 1 } }
                if r < 160 && g <= 25 { textTotal += 1; if black { textBlack += 1 } }
                if r == 215 && black { paperBlack += 1 }
            }
        }
        #expect(sealTotal > 1000 && textTotal > 4000)
        #expect(sealBlack == 0, "\(sealBlack) of \(sealTotal) seal pixels stayed black")
        #expect(Double(textBlack) >= 0.95 * Double(textTotal), "text kept: \(textBlack) of \(textTotal)")
        #expect(paperBlack == 0)
    }

    /// Round a seal's strokes blur and JPEG leave a rim darker than paper and only a little red (`(175, 140, 138)`),
    /// which a cut-off on redness kept as ink: a ring of marks that read as text once specks were gone. Dropped out
    /// with the seal now, while black text stamped over it stays.
    @Test func theRimOfASealsStrokesIsNoInk() {
        let (w, h) = (300, 300)
        func isText(_ x: Int, _ y: Int) -> Bool { y >= 130 && y < 170 && x >= 20 && x < 280 && x % 20 < 8 }
        let bytes = Self.sealPage { r, x, y in
            if isText(x, y) { return r > 100 && r < 125 ? (60, 10, 10) : (25, 25, 25) }
            if r > 102, r < 123 { return (200, 40, 40) }
            return r > 100 && r < 125 ? (175, 140, 138) : nil  // the rim
        }
        let cleaned = ImageCleanup().clean(RGBImage(width: w, height: h, bytes: bytes), dpi: 300)
        #expect(cleaned.skewDegrees == 0)
        var rimBlack = 0, rimTotal = 0, textBlack = 0, textTotal = 0
        for y in 0..<h {
            for x in 0..<w {
                let i = 3 * (y * w + x)
                let black = cleaned.image[x, y] == 0
                if bytes[i] == 175 { rimTotal += 1; if black { rimBlack += 1 } }
                if isText(x, y) { textTotal += 1; if black { textBlack += 1 } }
            }
        }
        #expect(rimTotal > 500)
        #expect(rimBlack == 0, "\(rimBlack) of \(rimTotal) rim pixels stayed black")
        #expect(Double(textBlack) >= 0.95 * Double(textTotal), "text kept: \(textBlack) of \(textTotal)")
    }

    @Test func sauvolaSeparatesTextFromGreyNoisyPaper() {
        var page = Self.textPage(paper: 170)
        var seed: UInt64 = 7
        for i in page.pixels.indices {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let noise = Int((seed >> 33) % 41) - 20  // ±20, like JPEG noise on a scan
            page.pixels[i] = UInt8(clamping: Int(page.pixels[i]) + noise)
        }
        let binary = ImageCleanup().binarize(page, dpi: 300)
        let truth = Self.textPage(paper: 170)
        var wrong = 0
        for i in truth.pixels.indices where (truth.pixels[i] < 100) != (binary.pixels[i] == 0) { wrong += 1 }
        #expect(Double(wrong) / Double(truth.pixels.count) < 0.01, "\(wrong) pixels misclassified")
    }
}
