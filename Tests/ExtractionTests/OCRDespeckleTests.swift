import CCairo
import Testing

@testable import Extraction

/// Specks go, decimal points stay: `3.1416` drawn at 300 dpi with small specks beside its digits and on the paper.
struct OCRDespeckleTests {
    /// The text drawn black on white at `size` px, thresholded to a binary image.
    static func drawn(_ text: String, size: Double, width: Int = 700, height: Int = 160, font: String = "DejaVu Sans") -> GrayImage {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_select_font_face(cr, font, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, size)
        cairo_move_to(cr, 40, Double(height) * 0.7)
        cairo_show_text(cr, text)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var image = GrayImage(width: width, height: height)
        for y in 0..<height { for x in 0..<width where data[y * stride + 4 * x + 1] < 128 { image[x, y] = 0 } }
        return image
    }

    static func ink(_ image: GrayImage, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> Int {
        var n = 0
        for y in y0..<y1 { for x in x0..<x1 where image[x, y] == 0 { n += 1 } }
        return n
    }

    /// The columns where the image has no ink at all between the first and the last inked column: the gaps between glyphs.
    static func inkColumns(_ image: GrayImage) -> [Bool] {
        (0..<image.width).map { x in (0..<image.height).contains { image[x, $0] == 0 } }
    }

    @Test(arguments: [44.0, 26.0])  // 10.5 pt at 300 dpi, and at about 180 dpi
    func specksBesideDigitsAndOnPaperGoWhileTheDecimalPointStays(size: Double) {
        let clean = Self.drawn("3.1416", size: size)
        var specked = clean
        let columns = Self.inkColumns(clean)
        let first = columns.firstIndex(of: true)!, last = columns.lastIndex(of: true)!
        // A 2×2 speck on the paper far from the text, one just after the last digit, one above the text.
        let specks = [(600, 20), (last + 4, Int(Double(clean.height) * 0.68)), (first + 20, 8)]
        for (x, y) in specks { for dy in 0..<2 { for dx in 0..<2 { specked[x + dx, y + dy] = 0 } } }

        let cleaned = ImageCleanup().despeckle(specked)
        for (x, y) in specks { #expect(Self.ink(cleaned, x, y, x + 2, y + 2) == 0, "speck at \(x),\(y) kept") }
        // Everything drawn survives, the point between 3 and 1416 included.
        #expect(cleaned == clean)
    }

    @Test func aPointNoBiggerThanASpeckSurvivesBetweenDigits() throws {
        // The drawn point (the second run of inked columns) shrunk to a 2×2 mark at its centre: smaller than the speck
        // limit, kept for the digits on either side.
        var image = Self.drawn("3.1416", size: 44)
        let columns = Self.inkColumns(image)
        let runs = zip(columns.indices.dropFirst(), zip(columns, columns.dropFirst())).compactMap { x, pair in pair.0 != pair.1 ? x : nil }
        try #require(runs.count >= 4)
        let (x0, x1) = (runs[2], runs[3])  // where the ink of the point starts and ends
        let rows = (0..<image.height).filter { y in (x0..<x1).contains { image[$0, y] == 0 } }
        let (top, bottom) = (try #require(rows.first), try #require(rows.last))
        for y in rows { for x in x0..<x1 { image[x, y] = 255 } }
        let point = ((x0 + x1) / 2 - 1, (top + bottom) / 2 - 1)
        for dy in 0..<2 { for dx in 0..<2 { image[point.0 + dx, point.1 + dy] = 0 } }
        #expect(x1 - x0 >= 3)
        let cleaned = ImageCleanup().despeckle(image)
        #expect(Self.ink(cleaned, point.0, point.1, point.0 + 2, point.1 + 2) == 4)
        // The same mark with the digits after it gone is a speck.
        for y in 0..<image.height { for x in x1..<image.width { image[x, y] = 255 } }
        #expect(Self.ink(ImageCleanup().despeckle(image), point.0, point.1, point.0 + 2, point.1 + 2) == 0)
    }

    @Test func strokeWidthIsTheCommonRunOfInk() {
        #expect((3...7).contains(ImageCleanup.strokeWidth(Self.drawn("3.1416", size: 44))))
    }
}
