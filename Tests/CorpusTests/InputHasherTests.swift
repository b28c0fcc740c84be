@testable import Corpus
import Foundation
import ReportModel
import Testing

@Suite struct InputHasherTests {
    /// A counting hasher whose stamps vouch at once (a file just written counts as settled).
    private static func counting(_ counts: Locked<[String: Int]>) -> InputHasher {
        InputHasher(
            digest: { data in
                let digest = SHA256.hex(of: data)
                counts.withLock { $0[digest, default: 0] += 1 }
                return digest
            },
            settled: .zero)
    }

    /// A first build reads every input's bytes for its id and then has the stages read them again: the check that
    /// they are still the bytes hashed is the file's stamp, not a second SHA-256 of a PDF or text; and extraction is
    /// given the digest for its layout's `sha256`, so it does not hash the PDF either.
    @Test func aFirstBuildHashesEachInputOnce() throws {
        let fixture = try CorpusFixture()
        try fixture.write("a.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        try fixture.write("b/c.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "乙局", year: 2023, received: 2))
        try fixture.write("d.txt", text: CorpusFixture.report(agency: "丙局", year: 2021, received: 3))
        let counts = Locked([String: Int]())
        let given = Locked([String?]())
        var stages = FakeStages().stages()
        let extract = stages.extract
        stages.extract = { path, sha256 in
            given.withLock { $0.append(sha256) }
            return try extract(path, sha256)
        }
        var builder = CorpusBuilder(stages: stages, options: BuildOptions(jobs: 2))
        builder.hasher = Self.counting(counts)
        let report = try builder.build(inbox: fixture.inbox, corpus: fixture.corpus)
        #expect(report.count(.ok) == 3)
        let hashed = counts.withLock { $0 }
        #expect(hashed.count == 3)
        #expect(hashed.values.allSatisfy { $0 == 1 }, "\(hashed)")
        for entry in try fixture.manifest() { #expect(hashed[entry.sha256] == 1) }
        let pdfs = try fixture.manifest().filter { $0.format == .pdf }.map(\.sha256)
        let digests = given.withLock { $0 }
        #expect(pdfs.count == 2 && digests.count == 2 && Set(digests.compactMap { $0 }) == Set(pdfs))
    }

    /// A settled file rewritten after it was hashed has another stamp, so it is hashed again and found changed.
    @Test func aPDFRewrittenAfterItsHashIsCaughtByItsStamp() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        let counts = Locked([String: Int]())
        var stages = FakeStages().stages()
        let extract = stages.extract
        stages.extract = { path, sha256 in
            try fixture.write("one.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "乙局", year: 2023, received: 12))
            return try extract(path, sha256)
        }
        var builder = CorpusBuilder(stages: stages, options: BuildOptions(jobs: 1))
        builder.hasher = Self.counting(counts)
        _ = try builder.build(inbox: fixture.inbox, corpus: fixture.corpus)
        #expect(try fixture.entry("one.pdf")?.errorCode == .changedWhileReading)
        #expect(counts.withLock { $0.values.reduce(0, +) } == 2)
    }

    /// A file changed within `settled` of its hashing gets no stamp: only its bytes can say it was not rewritten.
    @Test func aFileChangedJustNowIsNotVouchedForByItsStamp() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.pdf", text: "%PDF-1.7\n")
        let file = try #require(InputScanner.scan(inbox: fixture.inbox).files.first)
        #expect(try InputHasher().hash(file).stamp == nil)
        #expect(try InputHasher(settled: .zero).hash(file).stamp == InputStamp(systemPath: file.systemPath))
    }
}
