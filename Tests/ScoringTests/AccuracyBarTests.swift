import Foundation
import ReportModel
import TestSupport
import Testing

/// The accuracy bar as `scripts/test` runs it: it must fail on a broken build, on records that match no truth and on
/// any misread number, whatever the other figures say.
@Suite struct AccuracyBarTests {
    @Test func aBrokenBuildFailsTheBarEvenWithAnOldExecutableLeftOver() throws {
        // A package whose build fails, with the real accuracy script, a sample to score and a stale executable that
        // would pass everything.
        let package = try Fixtures.temporaryFolder()
        let files = [
            "Package.swift": "// swift-tools-version:6.0\nimport PackageDescription\nlet package = Package(name: \"broken\", targets: [.executableTarget(name: \"govreports\")])\n",
            "Sources/govreports/main.swift": "let broken: Int = \"not a number\"\n",
            "Samples/a.expected.json": "{}\n",
            "Samples/a.pdf": "%PDF-1.4\n",
            ".build/debug/govreports": "#!/bin/sh\necho 'accuracy: passed'\nexit 0\n",
        ]
        for (path, text) in files {
            let url = package.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: package.appendingPathComponent(".build/debug/govreports").path)
        try FileManager.default.createDirectory(at: package.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.packageRoot.appendingPathComponent("scripts/accuracy"), to: package.appendingPathComponent("scripts/accuracy"))
        let run = try CommandRun(
            "/bin/bash", ["scripts/accuracy", "--debug"], in: package, environment: ["GOVREPORTS_SHARED": package.appendingPathComponent("none").path])
        #expect(run.status != 0)
        #expect(run.text.contains("the debug build failed; nothing was scored"), "\(run.text)")
        #expect(!run.text.contains("accuracy: passed"))
    }

    /// A record and a truth file that agree but for what a test changes.
    static func folders(grantedTotal: Int?, source: String = "report-a.txt") throws -> (records: URL, truth: URL) {
        let records = try Fixtures.temporaryFolder(), truth = try Fixtures.temporaryFolder()
        try Data(ScorerTests.truth.utf8).write(to: truth.appendingPathComponent("report-a.json"))
        try JSONFile.write(ScorerTests.record(path: "/in/\(source)", grantedTotal: grantedTotal), to: records.appendingPathComponent("a.record.json").path)
        return (records, truth)
    }

    @Test(.enabled(if: Fixtures.govreportsExecutable != nil, "needs the built govreports"))
    func theScoreCommandFailsOnNoMatchAndOnAMisreadWhateverTheThresholds() throws {
        let executable = try #require(Fixtures.govreportsExecutable).path
        let lenient = ["--min-numbers", "0", "--max-invented", "100", "--min-text", "0", "--min-metadata", "0", "--ignore-checks"]

        let right = try Self.folders(grantedTotal: 2)
        #expect(try CommandRun(executable, ["score", right.records.path, right.truth.path]).status == 0)

        let unmatched = try Self.folders(grantedTotal: 2, source: "other.txt")
        let none = try CommandRun(executable, ["score", unmatched.records.path, unmatched.truth.path] + lenient)
        #expect(none.status != 0)
        #expect(none.text.contains("no record matches a truth file"), "\(none.text)")

        let misread = try Self.folders(grantedTotal: 3)
        let wrong = try CommandRun(executable, ["score", misread.records.path, misread.truth.path] + lenient)
        #expect(wrong.status == 1)
        #expect(wrong.text.contains("below the bar: numbers misread 1 > 0"), "\(wrong.text)")
    }
}
