import Corpus
import Foundation
import ReportModel
import TestSupport
import Testing

@Suite struct ShardTests {
    @Test func shardSpecParsesAndPartitions() throws {
        #expect(try ShardSpec(parsing: "1/3") == ShardSpec(index: 1, count: 3))
        #expect(throws: GovReportsError.self) { try ShardSpec(parsing: "3/3") }
        #expect(throws: GovReportsError.self) { try ShardSpec(parsing: "x") }
        let shards = try (0..<3).map { try ShardSpec(index: $0, count: 3) }
        for id in ["0000000000000000", "ffffffffffffffff", "65e19ad09a604186", "94a211353fb046b7"] {
            #expect(shards.filter { $0.contains(id: id) }.count == 1)
        }
    }

    @Test func threeShardsMergedEqualOneBuild() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        for index in 0..<20 {
            try fixture.write("e/more\(index).txt", text: CorpusFixture.report(agency: "局\(index % 4)", year: 2019 + index % 5, received: index))
        }
        let fakes = FakeStages()
        let single = try fixture.build(fakes.stages())
        var shardFolders: [String] = []
        var inputs = 0
        for index in 0..<3 {
            let folder = fixture.folder("shard\(index)")
            let report = try fixture.build(fakes.stages(), into: folder, BuildOptions(jobs: 1, shard: try ShardSpec(index: index, count: 3)))
            inputs += report.inputs
            shardFolders.append(folder)
        }
        #expect(inputs == single.inputs)
        let merged = fixture.folder("merged")
        try CorpusMerger().merge(shards: shardFolders, into: merged)
        let expected = try fixture.comparable(fixture.corpus)
        let actual = try fixture.comparable(merged)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for key in expected.keys.sorted() {
            #expect(actual[key] == expected[key], "\(key) differs")
        }
        #expect(expected.keys.filter { $0.hasPrefix("records/") }.count == 29)
        // The merged corpus still says where each document's intermediates are.
        let entry = try #require(try fixture.entry("b/scan.pdf", in: merged))
        #expect(FileManager.default.fileExists(atPath: merged + "/" + entry.cache["extract"]!))
    }

    /// N shards of one inbox built on one machine split its documents: each document in exactly one shard, each
    /// shard about 1/N of them (inputs are split by a hash, so "about" is checked, not "exactly").
    @Test(arguments: [2, 3, 5])
    func shardsPartitionTheDocumentsEvenly(_ count: Int) throws {
        let fixture = try CorpusFixture()
        let documents = 300
        for index in 0..<documents {
            try fixture.write("r/\(index).txt", text: CorpusFixture.report(agency: "局\(index)", year: 2019 + index % 5, received: index))
        }
        let fakes = FakeStages()
        _ = try fixture.build(fakes.stages())
        let all = try fixture.manifest().map(\.id)
        #expect(Set(all).count == documents)
        var seen: [String: Int] = [:]
        for index in 0..<count {
            let folder = fixture.folder("shard\(index)")
            _ = try fixture.build(fakes.stages(), into: folder, BuildOptions(jobs: 2, shard: try ShardSpec(index: index, count: count)))
            let ids = try fixture.manifest(folder).map(\.id)
            let share = Double(ids.count) / Double(documents / count)
            #expect(share > 0.75 && share < 1.25, "shard \(index)/\(count) holds \(ids.count) of \(documents) documents")
            for id in ids { seen[id, default: 0] += 1 }
        }
        #expect(Set(all).subtracting(seen.keys).isEmpty, "in no shard")
        #expect(seen.filter { $0.value > 1 }.isEmpty, "in several shards")
        #expect(seen.count == documents)
    }

    /// The same through the command line and the real stages: three `build --shard K/3` of the born-digital
    /// samples on one machine, then `merge`, give the corpus of one unsharded build (records, numbers rows, all).
    @Test(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
    func threeShardBuildsOfTheSamplesMergeToTheUnshardedBuild() throws {
        let fixture = try CorpusFixture()
        let samples = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path).filter { name in
            name.hasSuffix(".pdf") && !name.contains("-scan") && !name.contains("-mixed")
                && FileManager.default.fileExists(atPath: Fixtures.samples.appendingPathComponent(name.dropLast(4) + ".expected.json").path)
        }
        #expect(samples.count >= 12)
        for name in samples {
            try fixture.write(name, try Data(contentsOf: Fixtures.samples.appendingPathComponent(name)))
        }
        func build(_ extra: [String], into folder: String) throws {
            let arguments = ["build", fixture.inbox, "--out", folder, "--jobs", "2"] + extra
            #expect(try GovReportsBinary.run(arguments, log: folder + ".log") == 0)
        }
        try build([], into: fixture.corpus)
        let single = try fixture.manifest()
        #expect(single.count == samples.count && single.allSatisfy { $0.status == .ok })
        var shards: [String] = []
        var listed: [String] = []
        for index in 0..<3 {
            let folder = fixture.folder("shard\(index)")
            try build(["--shard", "\(index)/3"], into: folder)
            let entries = try fixture.manifest(folder)
            #expect(!entries.isEmpty && entries.count < samples.count, "shard \(index)/3 holds \(entries.count) documents")
            listed += entries.map(\.path)
            shards.append(folder)
        }
        #expect(listed.count == single.count && Set(listed) == Set(single.map(\.path)), "each document in exactly one shard")
        let merged = fixture.folder("merged")
        #expect(try GovReportsBinary.run(["merge"] + shards + ["--out", merged], log: merged + ".log") == 0)
        let expected = try fixture.comparable(fixture.corpus)
        let actual = try fixture.comparable(merged)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for key in expected.keys.sorted() {
            #expect(actual[key] == expected[key], "\(key) differs")
        }
        let numbers = try #require(expected["sqlite"]).split(separator: "\n--\n", omittingEmptySubsequences: false)[2]
        #expect(numbers.split(separator: "\n").count > 100 * samples.count)
    }

    @Test func mergeRefusesAFolderThatIsNoCorpus() throws {
        let fixture = try CorpusFixture()
        #expect(throws: GovReportsError.invalidArgument("\(fixture.inbox): not a built corpus folder (no manifest.json)")) {
            try CorpusMerger().merge(shards: [fixture.inbox], into: fixture.corpus)
        }
    }

    /// Merge takes exactly the shards 0..<N of one N over one inbox, and says what is wrong with any other set.
    @Test func mergeRefusesAPartialOrMixedSetOfShards() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let fakes = FakeStages()
        func shard(_ index: Int, of count: Int, _ name: String) throws -> String {
            let folder = fixture.folder(name)
            _ = try fixture.build(fakes.stages(), into: folder, BuildOptions(jobs: 1, shard: try ShardSpec(index: index, count: count)))
            return folder
        }
        let zero = try shard(0, of: 2, "s0")
        let one = try shard(1, of: 2, "s1")
        let otherN = try shard(1, of: 3, "t1")
        let merged = fixture.folder("merged")
        #expect(throws: GovReportsError.self) { try CorpusMerger().merge(shards: [zero], into: merged) }
        #expect(throws: GovReportsError.self) { try CorpusMerger().merge(shards: [zero, otherN], into: merged) }
        #expect(throws: GovReportsError.self) { try CorpusMerger().merge(shards: [zero, zero, one], into: merged) }
        // A shard of another inbox: one more file.
        try fixture.write("z/late.txt", text: CorpusFixture.report(agency: "壬局", year: 2024, received: 8))
        let late = try shard(1, of: 2, "late1")
        #expect(throws: GovReportsError.self) { try CorpusMerger().merge(shards: [zero, late], into: merged) }
        #expect(!FileManager.default.fileExists(atPath: merged + "/manifest.json"))
        #expect(try CorpusMerger().merge(shards: [one, zero], into: merged) == 15)
    }
}
