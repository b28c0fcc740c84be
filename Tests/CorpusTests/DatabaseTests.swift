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
            let statuses = try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM reports GROUP BY status ORDER BY status")
                .map { "\($0["status"] as String):\($0["n"] as Int)" }
            #expect(statuses == ["failed:1", "not-a-report:1", "ok:9", "unsupported:2"])

            let pdf = try #require(try Row.fetchOne(db, sql: "SELECT * FROM reports WHERE path = 'b/scan.pdf'"))
            #expect(pdf["agency"] as String? == "丙局")
            #expect(pdf["year"] as Int? == 2021)
            #expect(pdf["template"] as String? == "2021")
            #expect(pdf["pages"] as Int? == 2)
            #expect(pdf["ocr_pages"] as Int? == 1)

            let received = try Int.fetchOne(db, sql: """
                SELECT sum(value) FROM numbers JOIN reports ON id = report_id
                WHERE numbers.path = 'applications.newReceived.total' AND year = 2022
                """)
            #expect(received == 1 + 2 + 5)  // a/agency1, d/r2 and d/r5
            let number = try #require(try Row.fetchOne(db, sql: """
                SELECT * FROM numbers JOIN reports ON id = report_id
                WHERE reports.path = 'd/r0.txt' AND numbers.path = 'applications.newReceived.naturalPerson'
                """))
            #expect(number["part"] as String == "applications")
            #expect(number["row"] as String == "newReceived")
            #expect(number["column"] as String == "naturalPerson")
            #expect(number["value"] as Double? == -1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM numbers WHERE path = 'reviewLitigation.review.total'") == 9)

            let failedChecks = try Int.fetchOne(db, sql: "SELECT count(*) FROM checks WHERE ok = 0")
            #expect(failedChecks == 7)  // every report but the two with received = 1
            let warnings = try Row.fetchAll(db, sql: "SELECT agency, code FROM warnings JOIN reports ON id = report_id")
            #expect(warnings.map { "\($0["agency"] as String):\($0["code"] as String)" } == ["乙局:table.cellUnreadable"])
        }
    }

    @Test func summaryIsSelfContained() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        _ = try fixture.build(FakeStages().stages())
        let html = String(decoding: try #require(fixture.bytes("summary.html")), as: UTF8.self)
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
        for heading in ["Inputs by status", "Reports per year", "Reports per template", "Pages by how", "Failed checks", "Agencies"] {
            #expect(html.contains(heading))
        }
        #expect(html.contains(">乙局</text>"))
        #expect(html.contains(">not-a-report</text>"))
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
