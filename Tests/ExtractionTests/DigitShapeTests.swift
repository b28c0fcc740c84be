import Testing

@testable import Extraction

/// A lone digit's shape names it only when no other digit has that shape: a ring from top to bottom is a 0, a ring in
/// the lower part a 6; every other digit, in fonts other than the scans' it was calibrated on, is left unnamed.
struct DigitShapeTests {
    @Test(arguments: ["DejaVu Sans", "DejaVu Serif", "WenQuanYi Zen Hei"])
    func onlyZeroAndSixAreNamed(font: String) {
        for digit in "0123456789" {
            let image = OCRDespeckleTests.drawn(String(digit), size: 40, width: 120, height: 80, font: font)
            let shape = DigitShape(of: image.bounds, in: image)
            let expected: String? = digit == "0" || digit == "6" ? String(digit) : nil
            #expect(shape?.digit == expected, "\(digit) in \(font)")
        }
    }

    @Test func aSpeckTouchingTheRingDoesNotChangeIt() {
        var image = OCRDespeckleTests.drawn("0", size: 40, width: 120, height: 80)
        let box = image.inkBounds(in: image.bounds)!
        OCRNumberGlyphsTests.blot(&image, box.maxX - 1, box.y + box.height / 2, 3)
        #expect(DigitShape(of: image.bounds, in: image)?.digit == "0")
    }

    @Test func twoDigitsOrNoneHaveNoShape() {
        let two = OCRDespeckleTests.drawn("00", size: 40, width: 160, height: 80)
        #expect(DigitShape(of: two.bounds, in: two) == nil)
        let blank = GrayImage(width: 60, height: 60)
        #expect(DigitShape(of: blank.bounds, in: blank) == nil)
    }
}
