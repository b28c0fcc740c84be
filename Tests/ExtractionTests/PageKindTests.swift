import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Pages are sorted into usable text, pages that need OCR, and blank pages.
struct PageKindTests {
    @Test func imageOnlyPageNeedsOCRAndBlankPageIsEmpty() throws {
        let folder = try Fixtures.temporaryFolder()
        let pdf = MiniPDF(pages: [MiniPDF.textPage(["Total 12 345"]), MiniPDF.imageOnlyPage(), MiniPDF.Page(content: "")])
        // OCR off: this test is about classification (OCR routing is tested in OCRRoutingTests).
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: try pdf.write(to: folder, name: "mixed.pdf"))

        #expect(layout.pages.map(\.kind) == [.text, .needsOCR, .empty])
        #expect(layout.source.pageOrigins == [.text, .empty, .empty])
        #expect(layout.pages[1].lines.isEmpty)
        #expect(layout.pages[1].kindReason?.contains("no text layer") == true)
        #expect(layout.diagnostics.contains { $0.code == .extractNeedsOCR && $0.page == 2 })
        #expect(layout.pages[0].lines.map { $0.words.map(\.text) } == [["Total", "12", "345"]])
        #expect(layout.pages[0].lines[0].words[0].font == "Helvetica")
    }

    @Test func aPageTooLargeToRenderStillGetsItsRulings() throws {
        // Nothing is rendered for a text page: a 14 000 pt banner is read like any other.
        let banner = MiniPDF.Page(content: "BT /F1 14 Tf 72 50 Td (Banner 2023) Tj ET 0.5 w 72 40 m 13000 40 l S", size: (14_000, 100))
        let pdf = MiniPDF(pages: [MiniPDF.textPage(["First page"]), banner])
        let layout = try PDFExtractor(options: .init(ocr: nil))
            .extract(path: try pdf.write(to: try Fixtures.temporaryFolder(), name: "banner.pdf"))
        #expect(layout.pages.map(\.kind) == [.text, .text])
        #expect(layout.pages[1].lines.first?.words.map(\.text) == ["Banner", "2023"])
        #expect(layout.pages[1].rulings == [Ruling(orientation: .horizontal, position: 60, start: 72, end: 13000)])
        #expect(layout.diagnostics.isEmpty)
    }

    @Test func aContentStreamPopplerComplainsAboutKeepsWhatItDrewAndSaysSo() throws {
        // An unknown operator: Poppler reports it (counted, not printed) and goes on with the rest.
        let page = MiniPDF.Page(content: "BT /F1 12 Tf 72 700 Td (Total 3) Tj ET 0.5 w 72 600 m 400 600 l S 1 2 bogus 3 4 5")
        let path = try MiniPDF(pages: [page]).write(to: try Fixtures.temporaryFolder(), name: "bogus.pdf")
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        #expect(layout.pages[0].kind == .text)
        #expect(layout.pages[0].rulings == [Ruling(orientation: .horizontal, position: 242, start: 72, end: 400)])
        #expect(layout.diagnostics.contains { $0.code == .extractDrawingErrors && $0.page == 1 })
    }

    @Test func undecodableTextLayerNeedsOCR() {
        let garbage = Array(repeating: Unicode.Scalar(0xE012)!, count: 80) + Array("年度报告".unicodeScalars)
        let (kind, reason) = PageClassifier().classify(characters: garbage, drawing: PageDrawing())
        #expect(kind == .needsOCR)
        #expect(reason.contains("private-use"))
    }

    @Test func foreignScriptTextLayerNeedsOCR() {
        // Fonts without a Unicode map often decode to accented Latin or Cyrillic soup.
        let soup = Array(String(repeating: "ЖџђЋѓЉ", count: 20).unicodeScalars)
        #expect(PageClassifier().classify(characters: soup, drawing: PageDrawing()).kind == .needsOCR)
    }

    @Test func chineseTextIsUsable() {
        let text = Array(String(repeating: "政府信息公开工作年度报告，", count: 10).unicodeScalars)
        #expect(PageClassifier().classify(characters: text, drawing: drawn(images: 1, share: 0.02)).kind == .text)
    }

    @Test func scanWithStampedPageNumberNeedsOCR() {
        let pageNumber = Array("- 3 -".unicodeScalars.filter { $0 != " " })
        #expect(PageClassifier().classify(characters: pageNumber, drawing: drawn(images: 1, share: 0.98)).kind == .needsOCR)
        // A small picture (a logo) beside a few words is no scan.
        #expect(PageClassifier().classify(characters: pageNumber, drawing: drawn(images: 1, share: 0.05)).kind == .text)
    }

    @Test func aPageWithoutTextIsEmptyOnlyWhenItDrawsNothing() {
        #expect(PageClassifier().classify(characters: [], drawing: PageDrawing()).kind == .empty)
        #expect(PageClassifier().classify(characters: [], drawing: drawn(paths: 3)).kind == .needsOCR)
        #expect(PageClassifier().classify(characters: [], drawing: drawn(images: 1, share: 0.2)).kind == .needsOCR)
    }

    private func drawn(images: Int = 0, share: Double = 0, paths: Int = 0) -> PageDrawing {
        var drawing = PageDrawing()
        drawing.images = images
        drawing.imageShare = share
        drawing.visiblePaths = paths
        return drawing
    }

    @Test func drawnLinesAreRulingsButUnderscoresAreText() throws {
        let page = MiniPDF.Page(content: """
            BT /F1 14 Tf 72 700 Td (Name ______________________ Date 2023) Tj ET
            0.5 w 72 600 m 400 600 l S 72 560 m 400 560 l S 72 600 m 72 560 l S 400 600 m 400 560 l S
            """)
        let path = try MiniPDF(pages: [page]).write(to: try Fixtures.temporaryFolder(), name: "form.pdf")
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        let rulings = layout.pages[0].rulings
        #expect(Set(rulings.filter { $0.orientation == .horizontal }.map(\.position)) == [242, 282])
        #expect(Set(rulings.filter { $0.orientation == .vertical }.map(\.position)) == [72, 400])
        #expect(rulings.count == 4)
    }

    @Test func everyTextPageGetsItsRulings() throws {
        // Reading the drawing costs little, so prose pages are searched too: a border around prose is found.
        let border = "0.5 w 72 600 m 400 600 l S 72 560 m 400 560 l S 72 600 m 72 560 l S 400 600 m 400 560 l S"
        let prose = MiniPDF.Page(content: "BT /F1 12 Tf 72 700 Td (A paragraph of running text, nothing else.) Tj ET\n" + border)
        let table = MiniPDF.Page(content: """
            BT /F1 12 Tf 80 580 Td (Applications) Tj ET BT /F1 12 Tf 300 580 Td (21) Tj ET
            """ + "\n" + border)
        let path = try MiniPDF(pages: [prose, table]).write(to: try Fixtures.temporaryFolder(), name: "columns.pdf")
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        #expect(layout.pages.map(\.rulings.count) == [4, 4])
    }
}
