import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Rulings read from hand-made pages' drawing operators, at exact positions in the layout's space
/// (points from the top-left corner, y down). Default pages are 595 × 842 pt, so user y maps to 842 − y.
struct PageDrawingTests {
    /// The merged rulings of a one-page PDF drawing `content`, rounded to 0.001 pt.
    private func rulings(_ content: String, entries: String = "") throws -> [Ruling] {
        let drawing = try self.drawing(content, entries: entries)
        return drawing.rulings.map { ruling in
            func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
            return Ruling(orientation: ruling.orientation, position: round(ruling.position), start: round(ruling.start), end: round(ruling.end))
        }.sorted { ($0.orientation.rawValue, $0.position, $0.start) < ($1.orientation.rawValue, $1.position, $1.start) }
    }

    private func drawing(_ content: String, entries: String = "", image: Bool = false) throws -> PageDrawing {
        var page = image ? MiniPDF.imageOnlyPage() : MiniPDF.Page(content: content, entries: entries)
        if image { page.content += "\n" + content }
        let path = try MiniPDF(pages: [page]).write(to: try Fixtures.temporaryFolder(), name: "drawing.pdf")
        let read = try PageContent.read(try PDFFile(path: path), password: nil)
        try #require(read.count == 1)
        return read[0].drawing
    }

    private func h(_ position: Double, _ start: Double, _ end: Double) -> Ruling {
        Ruling(orientation: .horizontal, position: position, start: start, end: end)
    }

    private func v(_ position: Double, _ start: Double, _ end: Double) -> Ruling {
        Ruling(orientation: .vertical, position: position, start: start, end: end)
    }

    @Test func strokedLinesAreRulings() throws {
        let found = try rulings("0.5 w 72 600 m 400 600 l S 72 600 m 72 560 l S 400 600 m 400 560 l S 72 560 m 400 560 l S")
        #expect(found == [h(242, 72, 400), h(282, 72, 400), v(72, 242, 282), v(400, 242, 282)])
    }

    @Test func aStrokedRectangleGivesItsFourSides() throws {
        #expect(try rulings("1 w 72 560 328 40 re S") == [h(242, 72, 400), h(282, 72, 400), v(72, 242, 282), v(400, 242, 282)])
    }

    @Test func aThinFilledRectangleIsARulingAlongItsCentre() throws {
        // Word, WPS and LibreOffice draw borders like this: 0.5 pt filled rectangles.
        let found = try rulings("0 0 0 rg 72 500 328 0.5 re f 200 300 0.5 100 re f")
        #expect(found == [h(341.75, 72, 400), v(200.25, 442, 542)])
    }

    @Test func theTransformationMatrixIsApplied() throws {
        // Scaled 2× and moved by (10, 20): x 50…150 → 110…310, y 100 → 220 (from the top: 622).
        #expect(try rulings("q 2 0 0 2 10 20 cm 0.5 w 50 100 m 150 100 l S Q") == [h(622, 110, 310)])
    }

    @Test func aRotatedPageIsInTheRotatedSpace() throws {
        // /Rotate 90 turns the page clockwise: its bottom edge becomes the left, so user (x, y) shows at (y, x).
        let found = try rulings("0.5 w 72 600 m 400 600 l S", entries: "/Rotate 90")
        #expect(found == [v(600, 72, 400)])
    }

    @Test func rulingsAndTextShareOneSpaceOnRotatedAndOffsetPages() throws {
        // A rule 4 pt under a word's baseline: after /Rotate 90 the glyphs' tops point right, so the rule lies
        // just left of the word and alongside it; with an offset crop box both move together.
        let content = "BT /F1 14 Tf 72 600 Td (Total) Tj ET 0.5 w 72 596 m 200 596 l S"
        let pages = [
            MiniPDF.Page(content: content, entries: "/Rotate 90"),
            MiniPDF.Page(content: content, entries: "/MediaBox [0 0 595 842] /CropBox [50 100 545 742]"),
        ]
        let path = try MiniPDF(pages: pages).write(to: try Fixtures.temporaryFolder(), name: "spaces.pdf")
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        let rotated = try #require(layout.pages[0].lines.first?.box)
        #expect(layout.pages[0].rulings == [v(596, 72, 200)])
        #expect(rotated.x0 > 596 && rotated.x0 < 600 && rotated.y0 >= 72 && rotated.y1 < 200)
        let offset = try #require(layout.pages[1].lines.first?.box)
        #expect(layout.pages[1].rulings == [h(146, 22, 150)])
        #expect(offset.y1 < 146 && offset.y1 > 142 && offset.x0 >= 22 && offset.x1 < 150)
    }

    @Test func aMediaBoxWithAnOffsetOriginIsMeasuredFromItsCorner() throws {
        let found = try rulings("0.5 w 100 250 m 300 250 l S", entries: "/MediaBox [100 200 695 1042]")
        #expect(found == [h(792, 0, 200)])
    }

    @Test func theCropBoxIsTheLayoutsPageAndHidesWhatIsOutside() throws {
        // Crop box x 150…545, y 250…792: a line at y 600 shows 192 pt from its top; one at y 800 is cut away.
        let found = try rulings("0.5 w 200 600 m 300 600 l S 200 800 m 300 800 l S", entries: "/CropBox [150 250 545 792]")
        #expect(found == [h(192, 50, 150)])
    }

    @Test func aDashedLineIsOneRulingOverItsLength() throws {
        #expect(try rulings("0.5 w [3 2] 0 d 72 400 m 400 400 l S") == [h(442, 72, 400)])
    }

    @Test func aShadedAreaGivesItsEdgesButIsNoRulingItself() throws {
        // A 200 × 40 grey area: its four edges (where the colour changes, as pdfplumber counts them), nothing along its middle.
        let found = try rulings("0.8 g 72 300 200 40 re f")
        #expect(found == [h(502, 72, 272), h(542, 72, 272), v(72, 502, 542), v(272, 502, 542)])
    }

    @Test func aShadedAreaEndsWhereItsClipEnds() throws {
        // Clipped to y 310…330 (from the top: 512…532), the grey shows only there.
        let found = try rulings("q 72 310 200 20 re W n 0.8 g 72 300 200 40 re f Q")
        #expect(found == [h(512, 72, 272), h(532, 72, 272), v(72, 512, 532), v(272, 512, 532)])
    }

    @Test func whitePaintIsInvisible() throws {
        // Word and WPS paint every cell's white background, and white borders for "no border".
        #expect(try rulings("1 g 72 100 300 50 re f 1 G 1 w 72 60 m 400 60 l S").isEmpty)
        #expect(try drawing("1 g 72 100 300 50 re f").visiblePaths == 0)
    }

    @Test func cellByCellPiecesJoinButAGapBreaksTheLine() throws {
        let found = try rulings("0.5 w 72 200 m 172 200 l S 172 200 m 272 200 l S 72 150 m 100 150 l S 110 150 m 200 150 l S")
        #expect(found == [h(642, 72, 272), h(692, 72, 100), h(692, 110, 200)])
    }

    @Test func whatTheClipHidesIsDropped() throws {
        let found = try rulings("q 0 0 100 100 re W n 0.5 w 300 500 m 400 500 l S Q 0.5 w 72 900 m 400 900 l S")
        #expect(found.isEmpty)
    }

    @Test func slantedLinesAndCurvesAreNoRulings() throws {
        #expect(try rulings("0.5 w 72 600 m 400 620 l S 72 500 m 100 550 200 550 400 500 c S").isEmpty)
    }

    @Test func imagesAndPathsAreCounted() throws {
        let page = try drawing("0.5 w 72 600 m 400 600 l S", image: true)
        #expect(page.images == 1 && page.visiblePaths == 1)
        // The image covers 400 × 200 pt of the 595 × 842 pt page.
        #expect(abs(page.imageShare - 400.0 * 200 / (595 * 842)) < 1e-9)
        let blank = try drawing("")
        #expect(!blank.hasInk && blank.pieces.isEmpty && blank.interpreted)
    }

    @Test func aShadingIsInkButNoRuling() throws {
        // A gradient (`sh`) over the clip: Poppler must not cut it into stripes that pass for thin rectangles.
        let shading = """
            /Shading << /Sh1 << /ShadingType 2 /ColorSpace /DeviceGray /Coords [72 0 400 0] \
            /Function << /FunctionType 2 /Domain [0 1] /C0 [0] /C1 [1] /N 1 >> >> >>
            """
        let page = MiniPDF.Page(content: "q 72 300 328 200 re W n /Sh1 sh Q", resources: shading)
        let path = try MiniPDF(pages: [page]).write(to: try Fixtures.temporaryFolder(), name: "shading.pdf")
        let drawing = try #require(try PageContent.read(try PDFFile(path: path), password: nil).first?.drawing)
        #expect(drawing.pieces.isEmpty && drawing.visiblePaths == 1 && drawing.errors == 0)
        #expect(try PDFExtractor(options: .init(ocr: nil)).extract(path: path).pages[0].kind == .needsOCR)
    }

    @Test func aDocumentPopplerCannotOpenIsAnErrorThatSaysWhy() throws {
        let url = try Fixtures.temporaryFolder().appendingPathComponent("junk.pdf")
        try Data("%PDF-1.4\nnot really".utf8).write(to: url)
        #expect {
            try PageContent.read(try PDFFile(path: url.path), password: nil)
        } throws: { error in
            guard case .corruptPDF(_, let reason)? = error as? GovReportsError else { return false }
            return reason == "PDF document is damaged"
        }
    }
}
