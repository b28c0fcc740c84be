import Corpus
import Foundation
import ReportModel
import Testing

@Suite struct CorpusBuilderTests {
    /// Of inputs with the same bytes, the one that can be read stands for the others, whatever their path order.
    @Test func deduplicationKeepsTheReadableCopy() throws {
        let fixture = try CorpusFixture()
        let pdf = "%PDF-1.7\n" + CorpusFixture.report(agency: "甲局", year: 2022, received: 1)
        try fixture.write("report.html", text: pdf)
        try fixture.write("report.pdf", text: pdf)
        let report = try fixture.build(FakeStages().stages())
        #expect(try fixture.entry("report.pdf")?.status == .ok)
        let html = try #require(try fixture.entry("report.html"))
        #expect(html.status == .duplicate)
        #expect(html.duplicateOf == "report.pdf")
        #expect(report.count(.ok) == 1)
    }

    /// Empty files have nothing in common but their emptiness: each gets its own status, none is a duplicate.
    @Test func emptyFilesAreNotDuplicatesOfEachOther() throws {
        let fixture = try CorpusFixture()
        try fixture.write("a.txt", Data())
        try fixture.write("b.pdf", Data())
        _ = try fixture.build(FakeStages().stages())
        for path in ["a.txt", "b.pdf"] {
            let entry = try #require(try fixture.entry(path))
            #expect(entry.status.rawValue == "empty")
            #expect(entry.error == "\(path): empty file (0 bytes)")
            #expect(entry.duplicateOf == nil)
        }
    }

    /// A corpus in (or equal to) the inbox would ingest its own outputs.
    @Test func aCorpusInsideTheInboxIsRefused() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        for corpus in [fixture.inbox, fixture.inbox + "/corpus", fixture.inbox + "/./sub/../corpus"] {
            #expect(throws: GovReportsError.self) { try fixture.build(FakeStages().stages(), into: corpus) }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.inbox + "/corpus"))
        #expect(!FileManager.default.fileExists(atPath: fixture.inbox + "/manifest.json"))
    }

    /// Truncated outputs are noticed on the next build and remade from the cache, without running a stage.
    @Test func damagedOutputsAreRepairedFromTheCache() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages())
        let before = try fixture.comparable(fixture.corpus)
        let id = try #require(try fixture.entry("b/scan.pdf")?.id)
        for file in ["records/\(id).json", "corpus.jsonl", "corpus.sqlite"] {
            let data = try #require(fixture.bytes(file))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: fixture.corpus + "/" + file))
        }
        let calls = fakes.totalCalls
        let report = try fixture.build(fakes.stages())
        #expect(report.repaired == ["corpus.jsonl", "corpus.sqlite", "records/\(id).json"])
        #expect(fakes.totalCalls == calls)
        #expect(try fixture.comparable(fixture.corpus) == before)
    }

    /// An output overwritten with other bytes of the same size is noticed too.
    @Test func anOverwrittenOutputOfTheSameSizeIsRemade() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        _ = try fixture.build(FakeStages().stages())
        let jsonl = try #require(fixture.bytes("corpus.jsonl"))
        try Data(repeating: UInt8(ascii: "x"), count: jsonl.count).write(to: URL(fileURLWithPath: fixture.corpus + "/corpus.jsonl"))
        let report = try fixture.build(FakeStages().stages())
        #expect(report.repaired == ["corpus.jsonl"])
        #expect(fixture.bytes("corpus.jsonl") == jsonl)
    }

    /// A truncated record must not stop later builds that reassemble the corpus.
    @Test func aTruncatedRecordDoesNotStopTheNextBuild() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        _ = try fixture.build(FakeStages().stages())
        let id = try #require(try fixture.entry("one.txt")?.id)
        let record = try #require(fixture.bytes("records/\(id).json"))
        try record.prefix(10).write(to: URL(fileURLWithPath: fixture.corpus + "/records/\(id).json"))
        try fixture.write("two.txt", text: CorpusFixture.report(agency: "乙局", year: 2022, received: 2))
        let report = try fixture.build(FakeStages().stages())
        #expect(report.count(.ok) == 2)
        #expect(fixture.bytes("records/\(id).json") == record)
    }
}
