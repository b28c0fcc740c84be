import Corpus
import Foundation
import ReportModel
import TestSupport
import Testing

/// The stage caches, records and `corpus.jsonl` are written by `JSONOutput`: on the samples' own layouts, documents
/// and records they must be Foundation's bytes, read back as the same values, and a build served from the cache
/// must give what a build that ran every stage gave.
@Suite struct StageCacheTests {
    /// The born-digital report samples (those with a truth file, not scanned), and a text report.
    static func sampleCorpus() throws -> CorpusFixture {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path).sorted()
            .filter { $0.hasSuffix(".pdf") && !$0.contains("-scan") && !$0.contains("mixed") }
            .filter { FileManager.default.fileExists(atPath: Fixtures.samples.appendingPathComponent($0.replacingOccurrences(of: ".pdf", with: ".expected.json")).path) }
        #expect(names.count >= 20)
        return try CorpusFixture.ofSamples(names, text: ["t/report.txt": CorpusFixture.report(agency: "甲局", year: 2023, received: 7)])
    }

    private func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") && !$0.hasSuffix(".failed.json") }
            .sorted().map { folder + "/" + $0 }
    }

    /// A file of the cache decodes to a value that encodes to the file's bytes, through `JSONOutput` and through
    /// Foundation alike, and that decodes again to the same value.
    private func expectRoundTrip<T: Codable & Hashable>(_ type: T.Type, _ path: String, pretty: Bool) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        let value = try JSONDecoder().decode(T.self, from: data)
        let ours = try JSONFile.encode(value, pretty: pretty) + Data([0x0A])
        #expect(ours == data, "\(path)")
        #expect(try JSONFile.encoder(pretty: pretty).encode(value) + Data([0x0A]) == data, "\(path)")
        #expect(try JSONDecoder().decode(T.self, from: ours) == value, "\(path)")
    }

    @Test func theSamplesStageFilesAreFoundationsBytesAndReadBackTheSame() throws {
        let fixture = try Self.sampleCorpus()
        let cache = fixture.corpus + "/cache"
        let layouts = try files(cache + "/extract")
        #expect(layouts.count >= 20)
        for path in layouts { try expectRoundTrip(LayoutDocument.self, path, pretty: false) }
        let documents = try files(cache + "/repair")
        #expect(documents.count == layouts.count + 1)
        for path in documents { try expectRoundTrip(Document.self, path, pretty: true) }
        let records = try files(fixture.corpus + "/records")
        #expect(records.count >= 20)
        for path in try files(cache + "/parse") + records { try expectRoundTrip(ReportRecord.self, path, pretty: true) }
        let manifest = try #require(fixture.bytes("manifest.json"))
        #expect(try JSONFile.encoder().encode(try fixture.manifest()) + Data([0x0A]) == manifest)
        let lines = try #require(fixture.bytes("corpus.jsonl")).split(separator: 0x0A)
        #expect(lines.count == records.count)
        for line in lines {
            let record = try JSONDecoder().decode(ReportRecord.self, from: Data(line))
            #expect(try JSONFile.encoder(pretty: false).encode(record) == Data(line))
        }
    }

    /// Stages served from the cache (every one, or the layouts only, with repair and parse run again) give the
    /// records, JSON Lines, database and summary of the build that ran them all.
    @Test func aBuildFromTheCacheGivesTheOutputsOfOneThatRanEveryStage() throws {
        let fixture = try Self.sampleCorpus()
        let built = try fixture.comparable(fixture.corpus)
        for output in ["records", "corpus.jsonl", "corpus.sqlite", "summary.html", "manifest.json"] {
            try FileManager.default.removeItem(atPath: fixture.corpus + "/" + output)
        }
        let fromCache = try fixture.build(.live(), BuildOptions(jobs: 2))
        #expect(fromCache.stagesRun == 0)
        #expect(try fixture.comparable(fixture.corpus) == built)
        let documents = try files(fixture.corpus + "/cache/repair").map { FileManager.default.contents(atPath: $0) }
        let fromLayouts = try fixture.build(.live(), BuildOptions(jobs: 2, from: .repair))
        #expect(fromLayouts.stagesRun > 0)
        #expect(try fixture.comparable(fixture.corpus) == built)
        #expect(try files(fixture.corpus + "/cache/repair").map { FileManager.default.contents(atPath: $0) } == documents)
    }

    /// A manifest entry with every key set, and one with none of the optional ones, as Foundation writes them.
    @Test func manifestEntriesAreFoundationsBytes() throws {
        var full = ManifestEntry(
            path: "a/\u{1B}b.pdf", id: "0123", sha256: "ff", status: .failed, format: .pdf, pages: 3, warnings: 2,
            error: "a \"reason\"", errorCode: .writeFailed, duplicateOf: "z.pdf",
            cache: ["parse": "cache/parse/x.json", "extract": "cache/extract/x.json"], timings: ["repair": 0.125, "extract": 1e-3])
        full.fingerprints = ["extract": "0a", "Parse": "0b"]
        let bare = ManifestEntry(path: "", id: "", sha256: "", status: .ok)
        for pretty in [true, false] {
            #expect(try JSONFile.encode([full, bare], pretty: pretty) == JSONFile.encoder(pretty: pretty).encode([full, bare]))
            #expect(try JSONFile.encode([ManifestEntry](), pretty: pretty) == JSONFile.encoder(pretty: pretty).encode([ManifestEntry]()))
        }
    }
}
