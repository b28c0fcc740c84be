import Corpus
import Foundation
import ReportModel
import Testing
import TestSupport

@Suite struct InspectTests {
    private func corpus() throws -> CorpusFixture {
        try CorpusFixture.ofSamples(["qinghe-market-2022.pdf"], text: ["notice.txt": "第1号通知\n"])
    }

    @Test func tablesCarryTheFormatsLabelsAndNullsTheirReasons() throws {
        let fixture = try corpus()
        let entry = try #require(try fixture.entry("qinghe-market-2022.pdf"))
        let page = try ReportInspector(corpus: fixture.corpus, inbox: fixture.inbox).write(id: String(entry.id.prefix(6)), to: fixture.folder("out"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        for label in ["二、主动公开政府信息情况", "三、（三）不予公开 1.属于国家秘密", "法人或其他组织 商业企业", "行政诉讼 复议后起诉", "本年收费金额（万元）"] {
            #expect(html.contains(label), "\(label)")
        }
        // 规章 prints '/' in this sample: null, with the parser's warning beside it, and no link to a box.
        let cell = try #require(html.firstMatch(of: /<td class="n" id="cell-proactive\.regulations\.issued"[^>]*>(.*?)<\/td>/))
        #expect(cell.output.1.contains("<span class=\"null\">null</span>"))
        #expect(cell.output.1.contains("parse.noValue"))
        #expect(!html.contains("href=\"#box-proactive.regulations.issued\""))
        #expect(html.contains("href=\"#box-proactive.fees.amount\""))
    }

    @Test func pageImagesAreRenderedOnceAndOnlyFromTheSameBytes() throws {
        let fixture = try corpus()
        let entry = try #require(try fixture.entry("qinghe-market-2022.pdf"))
        let inspector = ReportInspector(corpus: fixture.corpus, inbox: fixture.inbox)
        try inspector.write(id: entry.id, to: fixture.folder("one"))
        let cached = fixture.corpus + "/cache/pages/\(entry.id)-100dpi/page-1.png"
        let first = try FileManager.default.attributesOfItem(atPath: cached)[.modificationDate] as? Date
        try inspector.write(id: entry.id, to: fixture.folder("two"))
        #expect(try FileManager.default.attributesOfItem(atPath: cached)[.modificationDate] as? Date == first)
        #expect(FileManager.default.contents(atPath: fixture.folder("two") + "/\(entry.id)/page-4.png") == FileManager.default.contents(atPath: fixture.corpus + "/cache/pages/\(entry.id)-100dpi/page-4.png"))

        // Another file under the same name is not rendered as this report's pages.
        try FileManager.default.removeItem(atPath: fixture.corpus + "/cache/pages")
        try fixture.write("qinghe-market-2022.pdf", try Data(contentsOf: Fixtures.samples.appendingPathComponent("qinghe-market-2021.pdf")))
        #expect(throws: GovReportsError.self) { try inspector.write(id: entry.id, to: fixture.folder("three")) }
        #expect(!FileManager.default.fileExists(atPath: fixture.folder("three") + "/\(entry.id).html"))

        // Without the inbox the page is written, without images, and says how to get them.
        let page = try ReportInspector(corpus: fixture.corpus, inbox: nil).write(id: entry.id, to: fixture.folder("four"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("give --inbox"))
        #expect(!html.contains("<img"))
    }

    @Test(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
    func aNonReportIsAOneLineError() throws {
        let fixture = try corpus()
        let notice = try #require(try fixture.entry("notice.txt"))
        let run = try CommandRun(try #require(GovReportsBinary.url).path, ["inspect", notice.id, "--corpus", fixture.corpus])
        #expect(run.status == 2)
        #expect(run.error == "govreports: \(notice.id): notice.txt is not-a-report, not a report: no record to show\n")
        #expect(!FileManager.default.fileExists(atPath: fixture.corpus + "/inspect"))
    }
}
