import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Which pages go to OCR: exactly the `needsOCR` ones. A Tesseract pointed at a folder without models throws on first
/// use, so a run that succeeds with it proves that no page was sent to OCR at all, and one that throws proves routing.
struct OCRRoutingTests {
    static let noModels = OCROptions(tessdata: "/nonexistent-tessdata")

    @Test func bornDigitalPDFIsNeverSentToOCR() throws {
        let path = Fixtures.samples.appendingPathComponent("qinghe-market-2022.pdf").path
        try #require(FileManager.default.fileExists(atPath: path))
        let layout = try PDFExtractor(options: .init(ocr: Self.noModels)).extract(path: path)

        #expect(OCRRecognizer().pagesToRecognize(in: layout).isEmpty)
        #expect(layout.pages.allSatisfy { $0.kind == .text })
        #expect(layout.pages.flatMap(\.lines).flatMap(\.words).allSatisfy { $0.origin == .text && $0.confidence == nil })
        #expect(!layout.source.pageOrigins.contains(.ocr))
    }

    @Test func mixedPDFRoutesOnlyItsScannedPages() throws {
        let path = Fixtures.samples.appendingPathComponent("yunling-resources-2019-mixed.pdf").path
        try #require(FileManager.default.fileExists(atPath: path))
        let classified = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        #expect(classified.pages.map(\.kind) == [.text, .needsOCR, .needsOCR, .text])
        #expect(OCRRecognizer().pagesToRecognize(in: classified) == [1, 2])

        #expect(throws: GovReportsError.self) { try PDFExtractor(options: .init(ocr: Self.noModels)).extract(path: path) }
    }

    @Test func missingModelIsAOneLineError() {
        do {
            _ = try TesseractData.locate(languages: ["chi_sim"], explicit: "/nonexistent-tessdata")
            Issue.record("a folder without models was accepted")
        } catch let error as GovReportsError {
            guard case .ocrUnavailable = error else { Issue.record("wrong error \(error)"); return }
            #expect(error.description.contains("chi_sim.traineddata"))
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func documentWithoutScannedPagesComesBackUnchanged() throws {
        let page = Page(number: 1, width: 595, height: 842, kind: .text)
        let input = LayoutDocument(source: SourceInfo(path: "x.pdf", sha256: "", format: .pdf, pages: 1, pageOrigins: [.text]), pages: [page])
        // The path does not exist: nothing may be opened or rendered.
        #expect(try OCRRecognizer(options: Self.noModels).recognize(input, path: "/nonexistent.pdf") == input)
    }
}
