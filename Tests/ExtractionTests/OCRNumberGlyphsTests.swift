import Testing

@testable import Extraction

/// A numeric cell is read on its digits alone: marks too small to be a digit go, unless a number has them there (a
/// point or comma low between digits, a minus before them), and so does a border fragment as tall as the cell.
struct OCRNumberGlyphsTests {
    static func blot(_ image: inout GrayImage, _ x: Int, _ y: Int, _ size: Int) {
        for dy in 0..<size { for dx in 0..<size { image[x + dx, y + dy] = 0 } }
    }

    @Test(arguments: ["3.1416", "1,234", "-12", "0"])
    func specksAndBorderFragmentsGoWhatTheNumberHasStays(number: String) {
        let clean = OCRDespeckleTests.drawn(number, size: 44)
        let columns = OCRDespeckleTests.inkColumns(clean)
        let first = columns.firstIndex(of: true)!, last = columns.lastIndex(of: true)!
        var cell = clean
        // Specks bigger than the page's despeckling removes (4 px, more than a stroke's square), above, beside and
        // below the number, and a ruling's remnant down the cell's left edge.
        for (x, y) in [(last + 12, 60), (first + 6, 20), (last + 30, 130), ((first + last) / 2, 140)] {
            Self.blot(&cell, x, y, 4)
        }
        for y in 2..<158 { cell[5, y] = 0; cell[6, y] = 0 }
        cell.keepNumberGlyphs(in: PageImageRect(x: 2, y: 2, width: 696, height: 156))
        #expect(cell == clean)
    }

    @Test func aMarkLowBetweenDigitsIsKeptAndOneAboveThemIsNot() {
        let clean = OCRDespeckleTests.drawn("31", size: 44)
        let columns = OCRDespeckleTests.inkColumns(clean)
        let first = columns.firstIndex(of: true)!, last = columns.lastIndex(of: true)!
        let rows = (0..<clean.height).filter { y in (0..<clean.width).contains { clean[$0, y] == 0 } }
        var cell = clean
        let middle = (first + last) / 2
        Self.blot(&cell, middle, rows.last! - 4, 4)  // on the baseline between the digits: a point
        Self.blot(&cell, middle, rows.first! + 2, 4)  // near the top: a speck
        cell.keepNumberGlyphs(in: cell.bounds)
        #expect(OCRDespeckleTests.ink(cell, middle, rows.last! - 4, middle + 4, rows.last!) == 16)
        #expect(OCRDespeckleTests.ink(cell, middle, rows.first! + 2, middle + 4, rows.first! + 6) == 0)
    }

    @Test func aRoundSpeckBeforeTheDigitsIsNotAMinus() {
        let clean = OCRDespeckleTests.drawn("0", size: 44)
        let columns = OCRDespeckleTests.inkColumns(clean)
        let first = columns.firstIndex(of: true)!
        let rows = (0..<clean.height).filter { y in (0..<clean.width).contains { clean[$0, y] == 0 } }
        let middle = (rows.first! + rows.last!) / 2
        var cell = clean
        Self.blot(&cell, first - 14, middle - 2, 5)  // where a minus stands, but as tall as it is wide
        cell.keepNumberGlyphs(in: cell.bounds)
        #expect(cell == clean)
    }
}
