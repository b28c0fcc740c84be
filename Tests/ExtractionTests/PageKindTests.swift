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
        #expect(layout.diagnostics.contains { $0.code == "extract.needsOCR" && $0.page == 2 })
        #expect(layout.pages[0].lines.map { $0.words.map(\.text) } == [["Total", "12", "345"]])
        #expect(layout.pages[0].lines[0].words[0].font == "Helvetica")
    }

    @Test func undecodableTextLayerNeedsOCR() {
        let garbage = Array(repeating: Unicode.Scalar(0xE012)!, count: 80) + Array("年度报告".unicodeScalars)
        let (kind, reason) = PageClassifier().classify(characters: garbage, inkOutsideText: 0.01)
        #expect(kind == .needsOCR)
        #expect(reason.contains("private-use"))
    }

    @Test func foreignScriptTextLayerNeedsOCR() {
        // Fonts without a Unicode map often decode to accented Latin or Cyrillic soup.
        let soup = Array(String(repeating: "ЖџђЋѓЉ", count: 20).unicodeScalars)
        #expect(PageClassifier().classify(characters: soup, inkOutsideText: 0).kind == .needsOCR)
    }

    @Test func chineseTextIsUsable() {
        let text = Array(String(repeating: "政府信息公开工作年度报告，", count: 10).unicodeScalars)
        #expect(PageClassifier().classify(characters: text, inkOutsideText: 0.02).kind == .text)
    }

    @Test func scanWithStampedPageNumberNeedsOCR() {
        let pageNumber = Array("- 3 -".unicodeScalars.filter { $0 != " " })
        #expect(PageClassifier().classify(characters: pageNumber, inkOutsideText: 0.12).kind == .needsOCR)
        #expect(PageClassifier().classify(characters: pageNumber, inkOutsideText: 0.001).kind == .text)
    }
}
