import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// One page of a committed scanned sample (300 dpi, grey, skewed, JPEG, seal) against its born-digital twin: the
/// second and last full OCR run of the suite. What matters is not only how many numbers are exact but that no wrong
/// number goes out silently: every mismatch must be covered by an `ocr.lowConfidence` diagnostic.
struct OCRSampleScanTests {
    @Test func tablePageNumbersAreExactOrFlagged() throws {
        let scan = Fixtures.samples.appendingPathComponent("qinghe-market-2022-scan300.pdf").path
        let twin = Fixtures.samples.appendingPathComponent("qinghe-market-2022.pdf").path
        try #require(FileManager.default.fileExists(atPath: scan) && FileManager.default.fileExists(atPath: twin))
        let pageNumber = 3

        var classified = try PDFExtractor(options: .init(ocr: nil)).extract(path: scan)
        #expect(classified.pages.allSatisfy { $0.kind == .needsOCR })
        // Only the table page is recognised, to keep the suite fast.
        for i in classified.pages.indices where i != pageNumber - 1 { classified.pages[i].kind = .empty }
        let layout = try OCRRecognizer().recognize(classified, path: scan)
        let page = layout.pages[pageNumber - 1]
        #expect(page.kind == .ocr)
        #expect(page.rulings.count >= 20)
        #expect(page.lines.contains { $0.vertical && $0.text.contains("本年度办理结果") })

        let truth = try PDFExtractor(options: .init(ocr: nil)).extract(path: twin).pages[pageNumber - 1]
        let numbers = truth.lines.flatMap(\.words).filter { OCRTextCleanup.numericReading($0.text) == $0.text }
        // The scan is the twin turned: its boxes, in the scan's own coordinates, are compared straightened.
        let skew = PageSkew(of: page)
        let words = page.straightened().lines.flatMap(\.words)
        let flagged = layout.diagnostics.filter { $0.code == .ocrLowConfidence && $0.page == pageNumber }
        var exact = 0
        for number in numbers {
            let here = words.filter { $0.box.x0 - 4 <= number.box.midX && number.box.midX <= $0.box.x1 + 4
                && $0.box.y0 - 4 <= number.box.midY && number.box.midY <= $0.box.y1 + 4 }
            if here.contains(where: { $0.text == number.text }) {
                exact += 1
            } else {
                let covered = flagged.contains { diagnostic in
                    guard let box = diagnostic.context.flatMap(Self.box(in:)) else { return false }
                    return (skew?.toStraight(box) ?? box).contains(x: number.box.midX, y: number.box.midY)
                }
                #expect(covered, "\(number.text) at \(number.box.pointsDescription) read as \(here.map(\.text)) without a diagnostic")
            }
        }
        #expect(numbers.count >= 100)
        #expect(Double(exact) >= 0.97 * Double(numbers.count), "\(exact) of \(numbers.count) numbers exact")
    }

    /// The `[x0,y0,x1,y1]` at the end of a diagnostic's context.
    static func box(in context: String) -> Box? {
        guard let open = context.lastIndex(of: "["), context.hasSuffix("]") else { return nil }
        let values = context[context.index(after: open)..<context.index(before: context.endIndex)]
            .split(separator: ",").compactMap { Double($0) }
        return values.count == 4 ? Box(x0: values[0], y0: values[1], x1: values[2], y1: values[3]) : nil
    }
}
