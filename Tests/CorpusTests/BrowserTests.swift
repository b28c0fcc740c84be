import Corpus
import Foundation
import GRDB
import ReportModel
import Testing
import TestSupport

/// `summary.html` and an inspect page opened in headless Chromium: they render without script errors, the charts
/// hold the corpus's figures, and a number's link shows its box. Screenshots are left in `out/test/`.
@Suite(.enabled(if: Chromium.unavailable == nil, "\(Chromium.unavailable ?? "")"))
struct BrowserTests {
    private func corpus() throws -> CorpusFixture {
        try CorpusFixture.ofSamples(CorpusFixture.qingheYears, text: ["notes.txt": "第1号通知\n"])
    }

    private func noScriptErrors(_ dom: String) {
        #expect(dom.contains("<pre id=\"script-errors\" hidden=\"\"></pre>"), "script errors: \(dom.firstMatch(of: /<pre id="script-errors"[^>]*>[^<]*/)?.output ?? "")")
    }

    @Test func summaryRendersTheCorpusFigures() throws {
        let fixture = try corpus()
        let url = URL(fileURLWithPath: fixture.corpus + "/summary.html").absoluteString
        let dom = try Chromium.dom(url)
        noScriptErrors(dom)
        let queue = try DatabaseQueue(path: fixture.corpus + "/corpus.sqlite")
        defer { try? queue.close() }
        let perYear = try queue.read { db in try Row.fetchAll(db, sql: "SELECT year, received FROM applications_per_year ORDER BY year") }
        #expect(perYear.count == 3)
        let chart = String(try #require(dom.split(separator: "data-chart=\"received-per-year\"").dropFirst().first?.split(separator: "</svg>").first))
        let bars = chart.matches(of: /data-value="(\d+)"/).map { Int($0.output.1)! }
        #expect(bars == perYear.map { $0["received"] as Int })
        #expect(dom.contains("2022→2023"))
        #expect(dom.contains("legalService: 3 carried forward, 1 carried over"))
        // The script sorted nothing yet, and every record link is there.
        #expect(dom.matches(of: /href="records\/[0-9a-f]{16}\.json"/).count >= 3)
        try Chromium.screenshot(url, name: "summary", height: 2200)
    }

    @Test func aNumbersLinkShowsItsBoxOnThePage() throws {
        let fixture = try corpus()
        let entry = try #require(try fixture.entry("qinghe-market-2022.pdf"))
        let folder = fixture.folder("inspect")
        let page = try ReportInspector(corpus: fixture.corpus, inbox: fixture.inbox).write(id: entry.id, to: folder)
        let record = try JSONFile.read(ReportRecord.self, from: fixture.corpus + "/records/\(entry.id).json")
        let path = "applications.newReceived.total"
        let provenance = try #require(record.provenance[path])
        let box = try #require(provenance.box)

        let url = URL(fileURLWithPath: page).absoluteString + "#box-" + path
        let dom = try Chromium.dom(url)
        noScriptErrors(dom)
        #expect(dom.contains("data-shown=\"box-\(path)\""))
        let shown = try #require(dom.firstMatch(of: /<a class="box shown" id="([^"]+)"[^>]*style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%;height:([\d.]+)%"/))
        #expect(shown.output.1 == "box-\(path)")
        // Where the page draws the box is where the record says the number was printed (A4: 595.3 × 841.9 pt).
        let left = try #require(Double(shown.output.2)), top = try #require(Double(shown.output.3))
        #expect(abs(left / 100 * 595.3 - box.x0) < 1.5)
        #expect(abs(top / 100 * 841.9 - box.y0) < 1.5)
        // The number in the table links to that box, and shows the value the record has.
        let value = try #require(record.applications["newReceived"]?["total"] ?? nil)
        #expect(dom.contains("<a class=\"num\" href=\"#box-\(path)\" data-path=\"\(path)\""))
        #expect(dom.contains("data-path=\"\(path)\" title=\"\(path) · printed: \(provenance.text) · page \(provenance.page ?? 0)\">\(value)</a>"))
        #expect(dom.contains("src=\"\(entry.id)/page-\(provenance.page ?? 0).png\""))
        try Chromium.screenshot(url, name: "inspect", height: 2200)
    }
}
