import Testing

@testable import Extraction

/// A lone digit's shape names it only when no other digit has that shape: a ring from top to bottom is a 0, a ring in
/// the lower part a 6, an upright with a flag a 1; every other digit, in fonts other than the scans' it was calibrated
/// on, is left unnamed.
struct DigitShapeTests {
    @Test(arguments: ["DejaVu Sans", "DejaVu Serif", "WenQuanYi Zen Hei"])
    func onlyZeroOneAndSixAreNamed(font: String) {
        for digit in "0123456789" {
            let image = OCRDespeckleTests.drawn(String(digit), size: 40, width: 120, height: 80, font: font)
            let shape = DigitShape(of: image.bounds, in: image)
            let expected: String? = "016".contains(digit) ? String(digit) : nil
            #expect(shape?.digit == expected, "\(digit) in \(font)")
        }
    }

    @Test func aSpeckTouchingTheRingDoesNotChangeIt() {
        var image = OCRDespeckleTests.drawn("0", size: 40, width: 120, height: 80)
        let box = image.inkBounds(in: image.bounds)!
        OCRNumberGlyphsTests.blot(&image, box.maxX - 1, box.y + box.height / 2, 3)
        #expect(DigitShape(of: image.bounds, in: image)?.digit == "0")
    }

    /// What is left of a ruling in a cell is an upright too, but with no flag: a model that reads it as 1 is not
    /// seconded. Nor is a 1 with a speck beside its stroke, or the letter l.
    @Test func anUprightWithoutAFlagIsNoOne() {
        var bar = GrayImage(width: 60, height: 80)
        bar.fill(PageImageRect(x: 27, y: 10, width: 6, height: 50), with: 0)
        #expect(DigitShape(of: bar.bounds, in: bar)?.digit == nil)
        var specked = OCRDespeckleTests.drawn("1", size: 40, width: 120, height: 80)
        let box = specked.inkBounds(in: specked.bounds)!
        let y = box.y + box.height * 3 / 5
        let strokeEnd = (box.x...box.maxX).last { specked[$0, y] < 128 }!
        OCRNumberGlyphsTests.blot(&specked, strokeEnd + 1, y, 3)
        #expect(DigitShape(of: specked.bounds, in: specked)?.digit == nil)
        let letter = OCRDespeckleTests.drawn("l", size: 40, width: 120, height: 80)
        #expect(DigitShape(of: letter.bounds, in: letter)?.digit == nil)
    }

    @Test func twoDigitsOrNoneHaveNoShape() {
        let two = OCRDespeckleTests.drawn("00", size: 40, width: 160, height: 80)
        #expect(DigitShape(of: two.bounds, in: two) == nil)
        let blank = GrayImage(width: 60, height: 60)
        #expect(DigitShape(of: blank.bounds, in: blank) == nil)
    }
}
