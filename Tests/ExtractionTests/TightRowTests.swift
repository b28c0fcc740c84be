import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Issue 12's first failure mode: text set low in tight rows reaches the border below it. A ruling found on a
/// rendering with the text masked out lost the border under the text; read from the drawing, it is whole.
struct TightRowTests {
    /// A two-row table of 15 pt rows with 10.5 pt text whose baseline sits half a point above the border between
    /// the rows, so every glyph box of the first row crosses that border.
    static func tightTable() -> MiniPDF.Page {
        let label = String(repeating: "Applications received 21 0 21 ", count: 2)
        let content = """
            0.5 w 72 600 m 330 600 l S 72 585 m 330 585 l S 72 570 m 330 570 l S
            72 600 m 72 570 l S 330 600 m 330 570 l S
            BT /F1 10.5 Tf 74 585.5 Td (\(label)) Tj ET
            BT /F1 10.5 Tf 74 570.5 Td (\(label)) Tj ET
            """
        return MiniPDF.Page(content: content)
    }

    @Test func aBorderUnderTextInATightRowIsOneWholeRuling() throws {
        let path = try MiniPDF(pages: [Self.tightTable()]).write(to: try Fixtures.temporaryFolder(), name: "tight.pdf")
        let page = try #require(try PDFExtractor(options: .init(ocr: nil)).extract(path: path).pages.first)
        let words = page.lines.flatMap(\.words)
        // The premise: the text's boxes reach across the border at y = 842 − 585 = 257.
        #expect(words.contains { $0.box.y0 < 257 && $0.box.y1 > 257 && $0.box.x1 > 200 })
        let horizontal = page.rulings.filter { $0.orientation == .horizontal }.sorted { $0.position < $1.position }
        #expect(horizontal.count == 3)
        for (ruling, y) in zip(horizontal, [242.0, 257, 272]) {
            #expect(abs(ruling.position - y) <= 0.5 && abs(ruling.start - 72) <= 0.5 && abs(ruling.end - 330) <= 0.5, "\(ruling)")
        }
    }
}
