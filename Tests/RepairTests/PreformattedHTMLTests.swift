import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Repair

/// A report pasted into an HTML page as `<pre>` text keeps its lines, so it repairs as the text file would.
struct PreformattedHTMLTests {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    @Test(.enabled(if: Fixtures.shared != nil, "../shared is absent"), arguments: ["001_898e7d926174ce22.txt", "003_f277899e5bf77171.txt"])
    func aSeedInsidePreRepairsLikeTheSeed(_ name: String) throws {
        let seed = try #require(Fixtures.shared("seeds/\(name)"))
        let text = try String(contentsOf: seed, encoding: .utf8)
        let page = "<!DOCTYPE html><html><head><title>年度报告</title></head><body>\n<pre>\(Self.escaped(text))</pre>\n</body></html>"
        let fromText = RepairStage().repair(text: text, source: SourceInfo(path: "a.txt", sha256: "", format: .text))
        let fromHTML = RepairStage().repair(text: page, source: SourceInfo(path: "a.html", sha256: "", format: .html))
        #expect(fromText.blocks.count > 10)
        #expect(fromHTML.blocks == fromText.blocks)
    }

    @Test func preKeepsLineBreaksAndOtherElementsStillCollapse() {
        let page = "<p>一、总体\n情况</p><pre>二、主动公开\r\n政府信息情况\r  规章 0 0 0</pre><p>a  \n b</p>"
        let segments = HTMLReader.segments(of: page)
        guard segments.count == 1, case .text(let text) = segments[0] else {
            Issue.record("expected one text segment, got \(segments)")
            return
        }
        #expect(text == "\n一、总体情况\n\n二、主动公开\n政府信息情况\n  规章 0 0 0\n\na b\n")
    }
}
