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

    /// Several glyphs are named together, each by its own shape, or not at all; a point between them keeps the
    /// number from being named (3.1 is no 31, 1.0 no 10).
    @Test(arguments: ["DejaVu Sans", "WenQuanYi Zen Hei"])
    func numbersOfNamedDigitsAreNamedWhole(font: String) {
        for (text, named) in [("10", "10"), ("16", "16"), ("11", "11"), ("00", "00"), ("1.0", nil), ("13", nil), ("61", "61")] {
            let image = OCRDespeckleTests.drawn(text, size: 40, width: 200, height: 80, font: font)
            #expect(DigitShape(of: image.bounds, in: image)?.digit == named, "\(text) in \(font)")
        }
    }

    /// A closed 4 drawn with a low triangle (yunling's probe scan at 200 dpi): its hole starts below 40% of the height
    /// like a 6's, but ends at the bar, two-thirds down, where a 6's bowl goes on to the glyph's lower quarter.
    @Test func aHoleEndingTwoThirdsDownIsNoSix() {
        var four = GrayImage(width: 60, height: 60)
        four.fill(PageImageRect(x: 30, y: 10, width: 5, height: 40), with: 0)  // the upright, top to bottom
        four.fill(PageImageRect(x: 14, y: 26, width: 21, height: 3), with: 0)  // the triangle's top
        four.fill(PageImageRect(x: 14, y: 26, width: 3, height: 12), with: 0)  // its left side
        four.fill(PageImageRect(x: 10, y: 36, width: 30, height: 4), with: 0)  // the bar
        let shape = DigitShape(of: four.bounds, in: four)
        #expect(shape != nil)
        #expect(shape?.digit == nil)
    }

    @Test func noneHasNoShape() {
        let blank = GrayImage(width: 60, height: 60)
        #expect(DigitShape(of: blank.bounds, in: blank) == nil)
    }
}
