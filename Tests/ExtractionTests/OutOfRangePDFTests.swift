import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Numbers a PDF may say that no report does (font widths of 10^40, a page 14,400 pt wide): a page or an error
/// naming the file, never a trap and never memory in proportion to the page's area.
struct OutOfRangePDFTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder()
    }

    /// Every glyph 10^40 (or a 41-digit integer) text-space units wide, as 1.5% of byte-flipped fonts say.
    @Test(arguments: ["1e40", "10000000000000000000000000000000000000000", "-1e40"])
    func fontWidthsBeyondAnyNumberGiveAPage(_ width: String) throws {
        var pdf = MiniPDF(pages: [MiniPDF.textPage(["Page 1", "12 34 56"])])
        let widths = Array(repeating: width, count: 95).joined(separator: " ")
        pdf.font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [\(widths)] >>"
        let path = try pdf.write(to: folder, name: "widths.pdf")
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        #expect(layout.pages.count == 1)
        for word in layout.pages.flatMap(\.lines).flatMap(\.words) {
            let box = word.box
            // Held to the page and a page's size around it.
            #expect(box.x0 >= -595 && box.x1 <= 2 * 595 && box.y0 >= -842 && box.y1 <= 2 * 842, "\(word.text): \(box)")
        }
        // What is written can be read again: no infinity or NaN in the layout JSON.
        let output = folder.appendingPathComponent("widths.layout.json").path
        try JSONFile.write(layout, to: output)
        #expect(try JSONFile.read(LayoutDocument.self, from: output).pages.count == 1)
    }

    /// A 14,400 pt (200 inch) page: its text is read without rendering anything; a scan of that size is refused
    /// by the renderer's limit before any pixel is allocated.
    @Test func aPageOf14400PointsIsReadAsTextOrRefusedAsAScan() throws {
        var text = MiniPDF.textPage(["Page 1", "12 34 56"])
        text.entries = "/MediaBox [0 0 14400 14400]"
        let textPath = try MiniPDF(pages: [text]).write(to: folder, name: "wide-text.pdf")
        let layout = try PDFExtractor().extract(path: textPath)
        #expect(layout.pages.first?.kind == .text)
        #expect(layout.pages.first?.lines.first?.text == "Page 1")

        var scan = MiniPDF.imageOnlyPage()
        scan.entries = "/MediaBox [0 0 14400 14400]"
        scan.content = "q 14400 0 0 14400 0 0 cm /Im1 Do Q"
        let scanPath = try MiniPDF(pages: [scan]).write(to: folder, name: "wide-scan.pdf")
        #expect(throws: GovReportsError.unsupportedInput(
            path: scanPath, reason: "page 1 (14400×14400 pt) is over 20000 pixels a side or 70 million pixels at 300 dpi")) {
            try PDFExtractor().extract(path: scanPath)
        }
    }
}
