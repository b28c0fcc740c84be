import ReportModel
import Testing

@testable import Extraction

/// The ruling finder on synthetic rasters, the way OCR will use it on scans.
struct RulingDetectorTests {
    /// A 4 × 4 grid of 1-px lines, 40 px apart, at 2 px per point.
    private func grid() -> GrayImage {
        var image = GrayImage(width: 200, height: 220)
        for row in 0...3 { for x in 20...140 { image[x, 20 + row * 40] = 0 } }
        for column in 0...3 { for y in 20...140 { image[20 + column * 40, y] = 0 } }
        return image
    }

    /// In pixels, exactly: a 1-px line's centre is on a half pixel, its ends on pixel edges.
    @Test func findsEveryLineOfAGridInPixels() {
        let rulings = RulingDetector().rulings(in: grid(), scale: 2)
        let horizontal = rulings.filter { $0.orientation == .horizontal }
        let vertical = rulings.filter { $0.orientation == .vertical }
        #expect(horizontal.count == 4)
        #expect(vertical.count == 4)
        for (index, ruling) in horizontal.sorted(by: { $0.position < $1.position }).enumerated() {
            #expect(ruling.position == Double(20 + index * 40) + 0.5)
            #expect(ruling.start == 20)
            #expect(ruling.end == 141)
        }
    }

    @Test func thickLineIsOneRulingAndAFilledBlockNone() {
        var image = GrayImage(width: 200, height: 200)
        for y in 10...12 { for x in 10...150 { image[x, y] = 20 } }
        for y in 60...120 { for x in 10...150 { image[x, y] = 0 } }
        let rulings = RulingDetector().rulings(in: image, scale: 1)
        #expect(rulings.filter { $0.orientation == .horizontal }.map(\.position) == [11.5])
        #expect(rulings.filter { $0.orientation == .vertical }.isEmpty)
    }

    @Test func smallGapsAreBridgedAndShortStrokesIgnored() {
        var image = GrayImage(width: 200, height: 60)
        for x in 10...150 where x % 10 != 0 { image[x, 10] = 0 }  // dark from 11 to 149, 1-px breaks
        for x in 10...20 { image[x, 40] = 0 }
        let rulings = RulingDetector().rulings(in: image, scale: 1)
        #expect(rulings.count == 1)
        #expect(rulings.first?.start == 11)
        #expect(rulings.first?.end == 150)
    }

    @Test func strokesWithInkAlongsideAreNotRules() {
        // A long stroke with a comb of ink just beside it: stacked characters, not a table border.
        var image = GrayImage(width: 200, height: 40)
        for x in 10...150 { image[x, 20] = 0 }
        for x in 10...150 where x % 3 != 0 { image[x, 18] = 0 }
        for x in 10...150 where x % 3 == 0 { image[x, 17] = 0 }
        #expect(RulingDetector().rulings(in: image, scale: 1).filter { $0.position == 20.5 }.isEmpty)
    }

    @Test func lightGreyBordersCountAndPaleShadingDoesNot() {
        var image = GrayImage(width: 200, height: 60)
        for x in 10...150 { image[x, 10] = 190 }
        for y in 30...50 { for x in 10...150 { image[x, y] = 225 } }
        #expect(RulingDetector().rulings(in: image, scale: 1).map(\.position) == [10.5])
    }
}
