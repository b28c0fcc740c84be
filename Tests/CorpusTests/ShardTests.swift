import Corpus
import Foundation
import ReportModel
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
