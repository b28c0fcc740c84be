@testable import Corpus
import Foundation
import ReportModel
import Testing

@Suite struct DocumentProcessorTests {
    /// A PDF rewritten between the scan (which hashed it) and the extract stage (which reads it) must not have the new
    /// content cached under the old id: restoring the file must give the original record back.
    @Test func aPDFChangedDuringTheBuildDoesNotPoisonTheCache() throws {
        let fixture = try CorpusFixture()
        let original = "%PDF-1.7\n" + CorpusFixture.report(agency: "甲局", year: 2022, received: 1)
        try fixture.write("one.pdf", text: original)
        let fakes = FakeStages()
        var stages = fakes.stages()
        let extract = stages.extract
        let changes = Locked(0)
        stages.extract = { path, sha256 in
            if changes.withLock({ $0 += 1; return $0 }) == 1 {
                try fixture.write("one.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "乙局", year: 2023, received: 2))
            }
            return try extract(path, sha256)
        }
        let first = try fixture.build(stages)
        let changed = try #require(try fixture.entry("one.pdf"))
        #expect(changed.status == .failed)
        #expect(changed.error == "one.pdf: changed while the build was reading it; it is read again by the next build")
        #expect(first.count(.ok) == 0)

        try fixture.write("one.pdf", text: original)
        _ = try fixture.build(fakes.stages())
        let entry = try #require(try fixture.entry("one.pdf"))
        #expect(entry.status == .ok)
        let record = try JSONFile.read(ReportRecord.self, from: fixture.corpus + "/records/\(entry.id).json")
        #expect(record.agency == "甲局")
    }

    /// The same for a text input rewritten after the scan but before the build reads it.
    @Test func aTextChangedAfterTheScanIsNotCachedUnderItsOldID() throws {
        let fixture = try CorpusFixture()
        let original = CorpusFixture.report(agency: "丙局", year: 2022, received: 3)
        try fixture.write("a.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        try fixture.write("b.txt", text: original)
        var stages = FakeStages().stages()
        let repair = stages.repairText
        stages.repairText = { text, source in
            if text.contains("甲局") { try fixture.write("b.txt", text: CorpusFixture.report(agency: "丁局", year: 2023, received: 4)) }
            return try repair(text, source)
        }
        _ = try fixture.build(stages, BuildOptions(jobs: 1))
        #expect(try fixture.entry("b.txt")?.status == .failed)

        try fixture.write("b.txt", text: original)
        _ = try fixture.build(FakeStages().stages())
        let entry = try #require(try fixture.entry("b.txt"))
        #expect(entry.status == .ok)
        #expect(try JSONFile.read(ReportRecord.self, from: fixture.corpus + "/records/\(entry.id).json").agency == "丙局")
    }

    /// A record with no part of a report and no number is not a report.
    @Test func anEmptyRecordIsNotAReport() throws {
        let fixture = try CorpusFixture()
        try fixture.write("blank.txt", text: "政府信息公开\n")
        var stages = FakeStages().stages()
        stages.parse = { document in ReportRecord(id: document.source.id, source: document.source) }
        let report = try fixture.build(stages)
        let entry = try #require(try fixture.entry("blank.txt"))
        #expect(entry.status == .notAReport)
        #expect(entry.error == "blank.txt: not an annual report: no part of a report (一 to 六) and no number found")
        #expect(report.count(.ok) == 0)
    }

    /// A write into the corpus that fails names the input it was for, and what could not be written.
    @Test func aFailedCacheWriteNamesTheInput() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        try FileManager.default.createDirectory(atPath: fixture.corpus + "/cache", withIntermediateDirectories: true)
        // A file where the repair stage's cache folder should be: its outputs cannot be stored.
        try Data().write(to: URL(fileURLWithPath: fixture.corpus + "/cache/repair"))
        _ = try fixture.build(FakeStages().stages())
        let entry = try #require(try fixture.entry("one.txt"))
        #expect(entry.status == .failed)
        let error = try #require(entry.error)
        #expect(error.hasPrefix("one.txt: cannot store its repair output in the corpus (cache/repair/"), "\(error)")
    }
}
