import Corpus
import Foundation
import GRDB
import ReportModel
import Testing

@Suite struct DatabaseTests {
    @Test func tablesAnswerCommonQuestionsInOneQuery() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        _ = try fixture.build(FakeStages().stages())
        let queue = try DatabaseQueue(path: fixture.corpus + "/corpus.sqlite")
        defer { try? queue.close() }
        try queue.read { db in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 2)
            // Made once every row is in (`CorpusDatabase.complete`), not with the tables.
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            #expect(indexes == ["numbers_by_path", "reports_by_agency", "reports_by_year", "warnings_by_report"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM reports") == 9)
            let statuses = try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM non_reports GROUP BY status ORDER BY status")
                .map { "\($0["status"] as String):\($0["n"] as Int)" }
            #expect(statuses == ["failed:1", "not-a-report:1", "unsupported:2"])
            let codes = try String.fetchAll(db, sql: "SELECT path || ' ' || error_code FROM non_reports ORDER BY path")
            #expect(codes == ["b/broken.pdf damaged", "c/error-page.pdf notPDF", "c/form.docx unsupported", "c/notice.txt notAReport"])

            let pdf = try #require(try Row.fetchOne(db, sql: "SELECT * FROM reports WHERE path = 'b/scan.pdf'"))
            #expect(pdf["agency"] as String? == "丙局")
            #expect(pdf["year"] as Int? == 2021)
            #expect(pdf["template"] as String? == "2021")
            #expect(pdf["format"] as String? == "pdf")
            #expect(pdf["pages"] as Int? == 2)
            #expect(pdf["ocr_pages"] as Int? == 1)

            let received = try Row.fetchOne(db, sql: """
                SELECT sum(value) AS n, typeof(sum(value)) AS type FROM numbers JOIN reports ON id = report_id
                WHERE numbers.path = 'applications.newReceived.total' AND year = 2022
                """)
            #expect(received?["n"] as Int? == 1 + 2 + 5)  // a/agency1, d/r2 and d/r5
            #expect(received?["type"] as String? == "integer")
            let number = try #require(try Row.fetchOne(db, sql: """
                SELECT numbers.* FROM numbers JOIN reports ON id = report_id
                WHERE reports.path = 'd/r0.txt' AND numbers.path = 'applications.newReceived.total'
                """))
            #expect(number["part"] as String == "applications")
            #expect(number["row"] as String == "newReceived")
            #expect(number["column"] as String == "total")
            #expect(number["value"] as Int? == 0)
            #expect(number["unit"] as String? == nil)
            #expect(number["printed"] as String? == "0")
            #expect(number["origin"] as String? == "text")
            #expect(number["page"] as Int? == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM numbers WHERE path = 'reviewLitigation.review.total'") == 9)

            let failedChecks = try Int.fetchOne(db, sql: "SELECT count(*) FROM checks WHERE ok = 0")
            #expect(failedChecks == 7)  // every report but the two with received = 1
            let warnings = try Row.fetchAll(db, sql: "SELECT agency, severity, code FROM warnings JOIN reports ON id = report_id")
            #expect(warnings.map { "\($0["agency"] as String):\($0["severity"] as String):\($0["code"] as String)" }
                == ["乙局:warning:parse.notANumber"])

            let label = try #require(try Row.fetchOne(db, sql: "SELECT * FROM labels WHERE path = 'applications.denied.stateSecret.naturalPerson'"))
            #expect(label["row_label"] as String == "三、（三）不予公开 1.属于国家秘密")
            #expect(label["column_label"] as String == "自然人")
            #expect(try String.fetchOne(db, sql: "SELECT unit FROM labels WHERE path = 'proactive.fees.amount'") == "万元")
        }
    }

    /// Counts are integers and amounts carry their unit; every view runs and answers with integers.
    @Test func viewsAnswerTheReadmeQuestions() throws {
        let fixture = try CorpusFixture()
        try fixture.write("x/2021.txt", text: CorpusFixture.report(agency: "戊局", year: 2021, received: 4, extra: "fees=12.5\nforward=3\noverview=本年度依申请公开工作平稳推进"))
        try fixture.write("x/2022.txt", text: CorpusFixture.report(agency: "戊局", year: 2022, received: 1, extra: "over=3\nforward=2"))
        try fixture.write("x/2023.txt", text: CorpusFixture.report(agency: "戊局", year: 2023, received: 6, extra: "over=5"))
        try fixture.write("x/2023-scan.txt", text: CorpusFixture.report(agency: "戊局", year: 2023, received: 6, extra: "over=5\n"))
        _ = try fixture.build(FakeStages().stages())
        let queue = try DatabaseQueue(path: fixture.corpus + "/corpus.sqlite")
        defer { try? queue.close() }
        try queue.read { db in
            let perYear = try Row.fetchAll(db, sql: "SELECT * FROM applications_per_year ORDER BY year")
            #expect(perYear.map { "\($0["year"] as Int):\($0["reports"] as Int):\($0["received"] as Int)" } == ["2021:1:4", "2022:1:1", "2023:2:12"])
            #expect(try String.fetchOne(db, sql: "SELECT DISTINCT typeof(received) FROM applications_per_year") == "integer")

            let fee = try #require(try Row.fetchOne(db, sql: "SELECT value, typeof(value) AS type, unit FROM numbers WHERE path = 'proactive.fees.amount'"))
            #expect(fee["value"] as Double == 12.5)
            #expect(fee["type"] as String == "real")
            #expect(fee["unit"] as String? == "万元")

            let continuity = try Row.fetchAll(db, sql: "SELECT * FROM continuity ORDER BY year, next_report_id")
            #expect(continuity.map { "\($0["year"] as Int)→\($0["next_year"] as Int):\($0["carried_forward"] as Int)/\($0["next_carried_over"] as Int):\($0["ok"] as Int)" }
                == ["2021→2022:3/3:1", "2022→2023:2/5:0", "2022→2023:2/5:0"])
            let twice = try #require(try Row.fetchOne(db, sql: "SELECT * FROM same_agency_year"))
            #expect(twice["year"] as Int == 2023)
            #expect(twice["reports"] as Int == 2)

            let failed = try Row.fetchAll(db, sql: "SELECT * FROM failed_checks WHERE check_id = 'applications.rowTotal.newReceived' ORDER BY year, path")
            #expect(failed.map { "\($0["year"] as Int):\($0["printed"] as Int):\($0["summed"] as Int)" } == ["2021:1:4", "2023:1:6", "2023:1:6"])

            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM outcomes") == 0)  // the fake reports give no outcome
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM denial_reasons") == 0)
            let review = try #require(try Row.fetchOne(db, sql: "SELECT * FROM review_litigation WHERE year = 2021"))
            #expect(review["row_label"] as String == "行政复议")
            #expect(review["total"] as Int? == 0)
            #expect(review["maintained"] as Int? == nil)

            let found = try String.fetchAll(db, sql: """
                SELECT reports.path FROM sections_fts JOIN sections ON sections.rowid = sections_fts.rowid
                JOIN reports ON id = report_id WHERE sections_fts MATCH '依申请公开'
                """)
            #expect(found == ["x/2021.txt"])
        }
        let metadata = try JSONSerialization.jsonObject(with: try #require(fixture.bytes("metadata.json"))) as? [String: Any]
        let tables = (metadata?["databases"] as? [String: Any]).flatMap { $0["corpus"] as? [String: Any] }?["tables"] as? [String: Any]
        #expect(tables?["numbers"] != nil && tables?["continuity"] != nil)
    }

    @Test func jsonBesideTheReportsIsNoInput() throws {
        let fixture = try CorpusFixture()
        try fixture.write("a/report.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        try fixture.write("a/report.expected.json", text: "{}")
        try fixture.write("a/README.md", text: "# notes")
        _ = try fixture.build(FakeStages().stages())
        #expect(try fixture.manifest().map(\.path) == ["a/README.md", "a/report.txt"])
    }

    @Test func summaryIsAboutTheReportsAndSelfContained() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        _ = try fixture.build(FakeStages().stages())
        let html = String(decoding: try #require(fixture.bytes("summary.html")), as: UTF8.self)
        #expect(html.contains("<svg"))
        // Nothing is fetched: no src, and every link is to a record beside the page.
        #expect(!html.contains("src="))
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("://") == false)
        let links = html.matches(of: /href="([^"]*)"/).map { String($0.output.1) }
        #expect(links.count == 9 + 7)  // the reports table, and the seven failed checks
        #expect(links.allSatisfy { $0.hasPrefix("records/") && $0.hasSuffix(".json") })
        for link in links { #expect(FileManager.default.fileExists(atPath: fixture.corpus + "/" + link), "\(link)") }
        for heading in ["Applications received per year", "How the applications ended", "Reasons for not disclosing",
                        "Administrative review", "do not add up", "Continuity", "Inputs by status", "PDF pages", "Warnings by code"] {
            #expect(html.contains(heading), "\(heading)")
        }
        let perYear = try #require(html.firstRange(of: "data-chart=\"received-per-year\"")).upperBound
        let chart = String(try #require(html[perYear...].split(separator: "</svg>").first))
        let bars = chart.matches(of: /data-label="([^"]*)" data-value="(\d+)"/).prefix(4).map { "\($0.output.1)=\($0.output.2)" }
        #expect(bars == ["2020 (2 reports)=3", "2021 (3 reports)=8", "2022 (3 reports)=8", "2023 (1 reports)=5"])
        #expect(html.contains("<td>乙局</td>"))
        #expect(html.contains("data-label=\"not-a-report\" data-value=\"1\""))
        #expect(html.contains("<td>c/error-page.pdf</td><td>unsupported</td><td>notPDF</td>"))
        #expect(html.contains("data-label=\"parse.notANumber\" data-value=\"1\""))
        #expect(html.contains("and 0 notes"))
        #expect(html.contains("govreports \(ToolVersion.number)"))
    }

    @Test func showSaysWhereTheIntermediatesAre() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        _ = try fixture.build(FakeStages().stages())
        let entry = try #require(try fixture.entry("b/scan.pdf"))
        let text = try DocumentDescription(id: String(entry.id.prefix(6)), corpus: fixture.corpus).description
        let layout = CorpusLayout(root: fixture.corpus)
        #expect(text.contains("status   ok"))
        #expect(text.contains(layout.path("cache/extract/\(entry.id)-e\(FakeStages.versions.extract).json")))
        #expect(text.contains(layout.path("records/\(entry.id).json")))
        let original = try #require(try fixture.entry("a/agency1.txt"))
        #expect(try DocumentDescription(id: original.id, corpus: fixture.corpus).description.contains("copy     b/copy-of-agency1.txt"))
    }
}
