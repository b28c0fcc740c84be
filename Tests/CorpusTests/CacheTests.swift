import Corpus
import Foundation
import ReportModel
import Testing

@Suite struct CacheTests {
    @Test func unchangedRerunDoesNoStageWorkAndChangesNothing() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let fakes = FakeStages()
        let first = try fixture.build(fakes.stages())
        let calls = fakes.totalCalls
        #expect(first.stagesRun == calls && calls > 0)
        let before = try fixture.comparable(fixture.corpus)
        let manifest = fixture.bytes("manifest.json")

        let second = try fixture.build(fakes.stages())
        #expect(fakes.totalCalls == calls)
        #expect(second.stagesRun == 0)
        #expect(second.assembled == false)
        #expect(try fixture.comparable(fixture.corpus) == before)
        // Timings of cached stages are carried over, so even the manifest keeps its bytes.
        #expect(fixture.bytes("manifest.json") == manifest)
    }

    /// A corpus assembled by other code (an older schema of the database, another summary: another fingerprint of the
    /// `Corpus` module) is assembled again from the cache, with no stage run.
    @Test func aCorpusAssembledByOtherCodeIsAssembledAgain() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages())
        let calls = fakes.totalCalls
        let before = try fixture.comparable(fixture.corpus)
        let state = fixture.corpus + "/cache/assembled.json"
        let remembered = try String(contentsOfFile: state, encoding: .utf8)
        let fingerprint = try #require(remembered.firstMatch(of: /"fingerprint" : "([0-9a-f]+)"/)?.output.1)
        try remembered.replacingOccurrences(of: String(fingerprint), with: String(repeating: "0", count: fingerprint.count))
            .write(toFile: state, atomically: true, encoding: .utf8)
        let again = try fixture.build(fakes.stages())
        #expect(again.assembled)
        #expect(again.stagesRun == 0 && fakes.totalCalls == calls)
        #expect(try fixture.comparable(fixture.corpus) == before)
        #expect(try String(contentsOfFile: state, encoding: .utf8).contains("\"fingerprint\" : \"\(fingerprint)\""))
    }

    @Test func aDeletedDatabaseDescriptionIsMadeAgain() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        _ = try fixture.build(FakeStages().stages())
        let metadata = try #require(fixture.bytes("metadata.json"))
        try FileManager.default.removeItem(atPath: fixture.corpus + "/metadata.json")
        #expect(try fixture.build(FakeStages().stages()).assembled)
        #expect(fixture.bytes("metadata.json") == metadata)
    }

    @Test func aDeletedOutputIsRemadeFromTheCache() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages())
        let before = try fixture.comparable(fixture.corpus)
        let id = try #require(try fixture.entry("b/scan.pdf")?.id)
        try FileManager.default.removeItem(atPath: fixture.corpus + "/records/\(id).json")
        try FileManager.default.removeItem(atPath: fixture.corpus + "/corpus.sqlite")
        let calls = fakes.totalCalls
        let report = try fixture.build(fakes.stages())
        #expect(fakes.totalCalls == calls)
        #expect(report.assembled)
        #expect(try fixture.comparable(fixture.corpus) == before)
    }

    @Test func onlyNewAndChangedInputsRunAndGoneOnesLeave() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages())
        let oldID = try #require(try fixture.entry("d/r1.txt")?.id)
        try fixture.write("d/r1.txt", text: CorpusFixture.report(agency: "戊局", year: 2024, received: 9))
        try fixture.write("d/new.txt", text: CorpusFixture.report(agency: "己局", year: 2024, received: 7))
        let calls = fakes.totalCalls
        let report = try fixture.build(fakes.stages())
        #expect(fakes.totalCalls - calls == 4)  // repair + parse for each of the two
        #expect(report.stagesRun == 4)
        #expect(report.assembled)
        #expect(fixture.bytes("records/\(oldID).json") == nil)
        let jsonl = String(decoding: try #require(fixture.bytes("corpus.jsonl")), as: UTF8.self)
        #expect(jsonl.contains("戊局") && jsonl.contains("己局") && !jsonl.contains("\"\(oldID)\""))
    }

    @Test func stageVersionBumpRerunsThatStageAndLaterOnly() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        try fixture.write("two.txt", text: CorpusFixture.report(agency: "乙局", year: 2022, received: 2))
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages(StageVersions(extract: "1", repair: "1", parse: "1")))
        #expect(fakes.callCounts == [Int]([1, 2, 2]))

        _ = try fixture.build(fakes.stages(StageVersions(extract: "1", repair: "1", parse: "2")))
        #expect(fakes.callCounts == [Int]([1, 2, 4]))

        _ = try fixture.build(fakes.stages(StageVersions(extract: "1", repair: "2", parse: "2")))
        #expect(fakes.callCounts == [Int]([1, 4, 6]))

        _ = try fixture.build(fakes.stages(StageVersions(extract: "3", repair: "2", parse: "2")))
        #expect(fakes.callCounts == [Int]([2, 5, 7]))
        let entry = try #require(try fixture.entry("one.pdf"))
        #expect(entry.cache["parse"] == "cache/parse/\(entry.id)-e3.r2.p2.json")
        #expect(FileManager.default.fileExists(atPath: fixture.corpus + "/" + entry.cache["extract"]!))
    }

    @Test func onlyAndFromRerunWhatTheySay() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages())
        let pdf = try #require(try fixture.entry("b/scan.pdf"))
        let before = fakes.callCounts

        _ = try fixture.build(fakes.stages(), BuildOptions(jobs: 2, only: String(pdf.id.prefix(8))))
        #expect(fakes.callCounts == [Int]([before[0] + 1, before[1] + 1, before[2] + 1]))

        _ = try fixture.build(fakes.stages(), BuildOptions(jobs: 2, only: pdf.id, from: .parse))
        #expect(fakes.callCounts == [Int]([before[0] + 1, before[1] + 1, before[2] + 2]))

        // --from alone: every document that reaches that stage (the 10 distinct readable inputs).
        let parses = fakes.calls(.parse)
        _ = try fixture.build(fakes.stages(), BuildOptions(jobs: 2, from: .parse))
        #expect(fakes.calls(.parse) == parses + 10)

        #expect(throws: GovReportsError.invalidArgument("--only ffffffffffffffff: no input has that id")) {
            try fixture.build(fakes.stages(), BuildOptions(only: "ffffffffffffffff"))
        }
    }

    @Test func failuresOfTheDocumentAreCachedButFailuresOfTheMachineAreRetried() throws {
        let fixture = try CorpusFixture()
        try fixture.write("flaky.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1, extra: "flaky"))
        try fixture.write("broken.pdf", text: "%PDF-1.4\ncorrupt")
        let fakes = FakeStages()
        fakes.failFlaky(times: 1)
        let first = try fixture.build(fakes.stages())
        #expect(first.count(.failed) == 2)
        let broken = try #require(try fixture.entry("broken.pdf"))
        #expect(broken.cache["extract"] == "cache/extract/\(broken.id)-e\(FakeStages.versions.extract).failed.json")
        #expect(try fixture.entry("flaky.txt")?.cache["parse"] == nil)

        let second = try fixture.build(fakes.stages())
        #expect(fakes.calls(.extract) == 1)  // the damaged PDF is not read again
        #expect(second.stagesRun == 1)  // only the retried parse
        #expect(try fixture.entry("flaky.txt")?.status == .ok)
        #expect(second.count(.failed) == 1)
    }
}
