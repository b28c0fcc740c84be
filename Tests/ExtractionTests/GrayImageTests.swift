import Testing

@testable import Extraction

struct GrayImageTests {
    @Test func transposingSwapsRowsAndColumns() {
        var image = GrayImage(width: 3, height: 2)
        image[2, 0] = 0
        let transposed = image.transposed()
        #expect(transposed.width == 2 && transposed.height == 3)
        #expect(transposed[0, 2] == 0)
        #expect(transposed[1, 2] == 255)
    }

    /// A cell enlarged for a second reading: twice as wide and tall, on its white margin, ink where the cell had ink
    /// and a blend at the edges, nothing of the page outside the cell.
    @Test func enlargingDoublesTheRectangleOnAWhiteMargin() {
        var image = GrayImage(width: 6, height: 4)
        for x in 2..<4 { image[x, 1] = 0; image[x, 2] = 0 }
        image[5, 0] = 0  // outside the rectangle
        let enlarged = image.enlarged(PageImageRect(x: 1, y: 1, width: 4, height: 2), margin: 3)
        #expect(enlarged.width == 14 && enlarged.height == 10)
        #expect((0..<enlarged.width).allSatisfy { enlarged[$0, 0] == 255 && enlarged[$0, 9] == 255 })
        #expect(enlarged[3 + 3, 3 + 1] == 0 && enlarged[3 + 4, 3 + 2] == 0)
        #expect(enlarged[3, 3] == 255 && enlarged[3 + 7, 3] == 255)
        #expect(enlarged[3 + 2, 3] > 0 && enlarged[3 + 2, 3] < 255)
    }
}
