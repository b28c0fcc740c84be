import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Page rasters for OCR and for the ruling finder.
struct PageRendererTests {
    let path: String

    init() throws {
        let pdf = MiniPDF(pages: [MiniPDF.Page(content: ""), MiniPDF.imageOnlyPage()])
        path = try pdf.write(to: try Fixtures.temporaryFolder(), name: "pages.pdf")
    }

    /// Share of the image's pixels that are ink.
    static func darkShare(_ image: GrayImage) -> Double {
        Double(image.pixels.lazy.filter { $0 < 200 }.count) / Double(max(1, image.pixels.count))
    }

    @Test func rendersAtTheRequestedResolution() throws {
        let image = try PageRenderer(dpi: 144).grayImage(ofPage: 1, inPDFAt: path)
        #expect(image.width == 1190 && image.height == 1684)
        #expect(Self.darkShare(image) == 0)
    }

    @Test func inkLandsWhereThePDFPaintedIt() throws {
        let image = try PageRenderer(dpi: 72).grayImage(ofPage: 2, inPDFAt: path)
        // The image covers x 97…497 pt and, from the top, y 142…342 pt.
        #expect(Self.darkShare(image) > 0.02)
        #expect(image[300, 200] < 200 || image[301, 200] < 200 || image[300, 201] < 200)
        #expect(image[50, 50] == 255 && image[300, 600] == 255)
    }

    @Test func colourAndGrayAgree() throws {
        let renderer = PageRenderer(dpi: 36)
        let gray = try renderer.grayImage(ofPage: 2, inPDFAt: path)
        let rgb = try renderer.rgbImage(ofPage: 2, inPDFAt: path).image
        #expect(rgb.width == gray.width && rgb.height == gray.height)
        #expect(rgb.bytes.count == gray.pixels.count * 3)
        let darkInColour = stride(from: 0, to: rgb.bytes.count, by: 3).filter { rgb.bytes[$0] < 128 }.count
        #expect(darkInColour == gray.pixels.filter { $0 < 128 }.count)
    }

    @Test func visitsPagesInOrderAndRejectsMissingOnes() throws {
        var visited: [Int] = []
        try PageRenderer(dpi: 20).forEachPage(ofPDFAt: path) { number, _ in visited.append(number) }
        #expect(visited == [1, 2])
        #expect(throws: GovReportsError.self) { try PageRenderer(dpi: 20).grayImage(ofPage: 3, inPDFAt: path) }
    }

    /// OCR's workers render every page they take from one open document; the file is not read again for each.
    @Test func oneOpenDocumentRendersEachOfItsPages() throws {
        let renderer = PageRenderer(dpi: 36)
        let (count, first, second) = try renderer.withDocument(ofPDFAt: path) { document in
            (document.pageCount, try document.rgbImage(ofPage: 1).image, try document.rgbImage(ofPage: 2).image)
        }
        #expect(count == 2)
        #expect(first == (try renderer.rgbImage(ofPage: 1, inPDFAt: path).image))
        #expect(second == (try renderer.rgbImage(ofPage: 2, inPDFAt: path).image))
        #expect(first != second)
        #expect(throws: GovReportsError.self) { try renderer.withDocument(ofPDFAt: path) { try $0.rgbImage(ofPage: 3) } }
    }

    /// A MediaBox wider than any Int is refused with a reason before any conversion could trap.
    @Test func aPageLargerThanAnyIntIsAnErrorNotATrap() throws {
        let page = MiniPDF.Page(content: "0 g 0 0 100 100 re f", entries: "/MediaBox [0 0 100000000000000000000 842]")
        let huge = try MiniPDF(pages: [page]).write(to: try Fixtures.temporaryFolder(), name: "huge.pdf")
        #expect {
            try PageRenderer(dpi: 300).grayImage(ofPage: 1, inPDFAt: huge)
        } throws: { ($0 as? GovReportsError)?.description.contains("is over 20000 pixels a side") == true }
        // The debug overlays (`repair --debug-dir`) render under the same limits; an unchecked Int32 trapped there.
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("overlays").path
        #expect {
            try OverlayRenderer().render(pdf: huge, overlays: [PageOverlay(page: 1, shapes: [])], into: folder)
        } throws: { ($0 as? GovReportsError)?.description.contains("is over 20000 pixels a side") == true }
    }

    /// A 4,790 pt square page is under the side limit at 300 dpi but 400 million pixels: refused, not rendered.
    @Test func aPageOfTooManyPixelsIsAnError() throws {
        let page = MiniPDF.Page(content: "0 g 0 0 100 100 re f", entries: "/MediaBox [0 0 4790 4790]")
        let large = try MiniPDF(pages: [page]).write(to: try Fixtures.temporaryFolder(), name: "large.pdf")
        #expect {
            try PageRenderer(dpi: 300).grayImage(ofPage: 1, inPDFAt: large)
        } throws: { ($0 as? GovReportsError)?.description.contains("70 million pixels") == true }
    }
}
