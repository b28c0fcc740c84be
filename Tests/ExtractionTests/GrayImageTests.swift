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
}
