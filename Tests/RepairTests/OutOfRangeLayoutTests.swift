import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Repair

/// A layout file's numbers that no page has give an error naming the file and the place, or a document: never a trap.
struct OutOfRangeLayoutTests {
    typealias F = LayoutFixture

    /// Pages 10^300 pt tall, each with a page number near its bottom: the margin arithmetic stays in Doubles.
    @Test func pagesTallerThanAnyIntGiveADocument() {
        let pages = (1...2).map { number -> Page in
            var page = F.page(number, lines: F.prose("本年度主动公开信息十二条。", y: 100).lines + [F.line([("- \(number) -", 280)], y: 800)])
            page.height = 1e300
            return page
        }
        let document = RepairStage().repair(layout: F.document(pages))
        #expect(!document.blocks.isEmpty)
    }

    @Test(arguments: ["1e300", "-2000000", "1e400"])
    func aBoxCoordinateOutOfRangeIsAnErrorNamingTheFileAndThePlace(_ literal: String) throws {
        let layout = F.document([F.page(1, lines: [F.line([("一、总体情况", 72)], y: 100)])])
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.layout.json").path
        let text = try #require(String(data: try JSONFile.encode(layout, pretty: false), encoding: .utf8))
        // The first line's box: [x0, y0, …]; its y0 becomes the literal.
        let boxStart = try #require(text.range(of: "\"box\":["))
        let y0Start = try #require(text[boxStart.upperBound...].firstIndex(of: ",")).utf16Offset(in: text) + 1
        let y0End = try #require(text[text.index(text.startIndex, offsetBy: y0Start)...].firstIndex(of: ","))
        let broken = String(text[..<text.index(text.startIndex, offsetBy: y0Start)]) + literal + String(text[y0End...])
        try Data(broken.utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try RepairStage().repair(path: path)
        } throws: { error in
            guard case .invalidStageFile(let errorPath, let reason)? = error as? GovReportsError else { return false }
            // 1e400 is no JSON number at all (beyond a Double): refused as not JSON.
            return errorPath == path && (reason.contains("lines.0.box.1: ") || (literal == "1e400" && reason.contains("not JSON")))
        }
    }
}
