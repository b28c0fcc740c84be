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

    @Test func redSealIsSuppressedAndInkUnderItKept() {
        let (w, h) = (300, 300)
        var bytes = [UInt8](repeating: 0, count: 3 * w * h)
        func set(_ x: Int, _ y: Int, _ rgb: (UInt8, UInt8, UInt8)) {
            let i = 3 * (y * w + x)
            (bytes[i], bytes[i + 1], bytes[i + 2]) = rgb
        }
        for y in 0..<h { for x in 0..<w { set(x, y, (215, 213, 208)) } }   // grey paper
        for y in 100..<200 { for x in 20..<280 where x % 20 < 12 { set(x, y, (25, 25, 25)) } }  // black "text"
        // A seal ring: pure red on paper, dark red where it lies over the text (semi-transparent).
        for y in 0..<h {
            for x in 0..<w {
                let r = ((Double(x) - 150) * (Double(x) - 150) + (Double(y) - 150) * (Double(y) - 150)).squareRoot()
                guard r > 100, r < 125 else { continue }
                let overText = y >= 100 && y < 200 && x >= 20 && x < 280 && x % 20 < 12
                set(x, y, overText ? (150, 20, 20) : (220, 40, 35))
            }
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
        #expect(sealTotal > 1000)
        #expect(sealBlack == 0, "\(sealBlack) of \(sealTotal) seal pixels stayed black")
        #expect(Double(textBlack) >= 0.95 * Double(textTotal), "text kept: \(textBlack) of \(textTotal)")
        #expect(paperBlack == 0)
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
