import Corpus
import Foundation
import SourceFingerprint
import TestSupport
import Testing

/// The cache keys on fingerprints of the code, made at build time: a change to one stage's sources must rerun that
/// stage and the ones after it, and nothing else, without anyone bumping a version.
@Suite struct StageFingerprintTests {
    /// Each stage's modules as Package.swift wires them: the stage's module and every module it depends on. Kept here
    /// so the test below notices when the build's fingerprints cover other files than these.
    static let modules: [(Stage, [String])] = [
        (.extract, ["Extraction", "ReportModel", "CSHA256", "CPopplerDrawing", "CPopplerCore", "CTesseract"]),
        (.repair, ["Repair", "ReportModel", "CSHA256", "Markup", "CLibXML2", "CZlib"]),
        (.parse, ["ReportParser", "ReportModel", "CSHA256"]),
    ]

    /// The stage versions a build of the package at `root` gets.
    static func versions(sourcesAt root: URL) throws -> StageVersions {
        var fingerprints: [Stage: String] = [:]
        for (stage, names) in modules {
            let folders = names.map { root.appendingPathComponent("Sources/\($0)") }
            fingerprints[stage] = try SourceFingerprint.of(files: folders, relativeTo: root)
        }
        return StageVersions(extract: fingerprints[.extract]!, repair: fingerprints[.repair]!, parse: fingerprints[.parse]!)
    }

    /// A copy of the stage modules' sources, to edit.
    static func copyOfSources() throws -> URL {
        let root = try Fixtures.temporaryFolder()
        for name in Set(modules.flatMap(\.1)) {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Fixtures.packageRoot.appendingPathComponent("Sources/\(name)"), to: root.appendingPathComponent("Sources/\(name)"))
        }
        return root
    }

    static func append(_ text: String, to file: String, in root: URL) throws {
        let url = root.appendingPathComponent(file)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    @Test func theBuiltFingerprintsAreThoseOfTheStagesSources() throws {
        #expect(try Self.versions(sourcesAt: Fixtures.packageRoot) == StageVersions())
    }

    @Test func fingerprintsDependOnContentAndNamesNotOnWhereOrInWhichOrder() throws {
        let root = try Self.copyOfSources()
        let files = [root.appendingPathComponent("Sources/Repair/Prose.swift"), root.appendingPathComponent("Sources/Repair/Numbering.swift")]
        let print = try SourceFingerprint.of(files: files, relativeTo: root)
        #expect(try SourceFingerprint.of(files: files.reversed(), relativeTo: root) == print)
        #expect(try Self.versions(sourcesAt: root) == StageVersions())
        try FileManager.default.moveItem(at: files[1], to: root.appendingPathComponent("Sources/Repair/Numbers.swift"))
        #expect(try SourceFingerprint.of(files: [files[0], root.appendingPathComponent("Sources/Repair/Numbers.swift")], relativeTo: root) != print)
    }

    @Test func changingOneStagesSourceRerunsThatStageAndTheLaterOnesOnly() throws {
        let root = try Self.copyOfSources()
        let fixture = try CorpusFixture()
        try fixture.write("one.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        try fixture.write("two.txt", text: CorpusFixture.report(agency: "乙局", year: 2022, received: 2))
        let fakes = FakeStages()
        var versions = try Self.versions(sourcesAt: root)
        _ = try fixture.build(fakes.stages(versions))
        #expect(fakes.callCounts == [1, 2, 2])

        // Nothing changed: nothing reruns.
        _ = try fixture.build(fakes.stages(try Self.versions(sourcesAt: root)))
        #expect(fakes.callCounts == [1, 2, 2])

        // Each change reruns its stage and the later ones: extract runs for the PDF only, repair and parse for both.
        let changes: [(file: String, fingerprints: Set<Stage>, callCounts: [Int])] = [
            ("Sources/ReportParser/ReportParser.swift", [.parse], [1, 2, 4]),
            ("Sources/Repair/Prose.swift", [.repair], [1, 4, 6]),
            ("Sources/CPopplerDrawing/include/CPopplerDrawing.h", [.extract], [2, 5, 7]),
            ("Sources/ReportModel/Box.swift", [.extract, .repair, .parse], [3, 7, 9]),
        ]
        for change in changes {
            try Self.append("\n// a change\n", to: change.file, in: root)
            let changed = try Self.versions(sourcesAt: root)
            #expect(Set(Stage.allCases.filter { changed[$0] != versions[$0] }) == change.fingerprints, "after changing \(change.file)")
            versions = changed
            _ = try fixture.build(fakes.stages(versions))
            #expect(fakes.callCounts == change.callCounts, "after changing \(change.file)")
        }

        let entry = try #require(try fixture.entry("one.pdf"))
        #expect(entry.fingerprints == ["extract": versions.extract, "repair": versions.repair, "parse": versions.parse])
        #expect(entry.cache["parse"] == "cache/parse/\(entry.id)-e\(versions.extract).r\(versions.repair).p\(versions.parse).json")
    }
}
