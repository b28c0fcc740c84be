import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Every PDF in `Samples/`: each page with a text layer gives exactly the characters `pdftotext` gives.
@Suite(.enabled(if: ExternalTool.path("pdftotext") != nil, "pdftotext not installed"))
struct SamplePDFTests {
    static let samples: [String] = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path))?
        .filter { $0.hasSuffix(".pdf") }.sorted() ?? []

    @Test func thereAreSamples() {
        #expect(Self.samples.count >= 5)
    }

    @Test(arguments: samples)
    func textPagesMatchPdftotext(_ name: String) throws {
        let path = Fixtures.samples.appendingPathComponent(name).path
        // Classification only: scanned pages have no text layer to compare, and OCR is tested on its own.
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        let pdftotext = try #require(ExternalTool.path("pdftotext"))
        for page in layout.pages where page.kind == .text {
            let comparison = try PdftotextComparison(pdftotext: pdftotext, path: path, page: page)
            #expect(comparison.actual == comparison.expected, "\(name) page \(page.number)")
        }
    }
}
