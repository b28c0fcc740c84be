import Corpus
import Foundation
import ReportModel
import Testing
import TestSupport

/// What a user sees for a bad `-o` or `--out`: one line naming what they gave and what is wrong, exit status 2,
/// and nothing created.
@Suite(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
struct CommandLineMessageTests {
    private func run(_ arguments: [String], in fixture: CorpusFixture) throws -> (status: Int32, message: String) {
        let log = fixture.folder("stderr-\(UUID().uuidString).log")
        let status = try GovReportsBinary.run(arguments, log: log)
        return (status, try String(contentsOfFile: log, encoding: .utf8))
    }

    @Test func versionNamesTheReleaseAndTheCodeOfEachStage() throws {
        let run = try CommandRun(try #require(GovReportsBinary.url).path, ["--version"])
        #expect(run.status == 0)
        #expect(run.text == ToolVersion.description + "\n")
        #expect(run.text.hasPrefix(ToolVersion.number + " (extract "))
        #expect(run.text.contains("parse \(StageVersions().parse.prefix(8))"))
    }

    @Test func anEmptyOrFolderOutputPathIsRefusedByName() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: "第1号通知\n")
        let input = fixture.inbox + "/one.txt"
        let empty = try run(["run", input, "-o", ""], in: fixture)
        #expect(empty == (2, "govreports: the output path is empty\n"))
        let folder = fixture.folder("newdir") + "/"
        let slash = try run(["run", input, "-o", folder], in: fixture)
        #expect(slash.status == 2)
        #expect(slash.message.hasPrefix("govreports: \(folder): "))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder("newdir")))
    }

    @Test func aCorpusInsideTheInboxIsRefusedBeforeAnythingIsCreated() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: "第1号通知\n")
        let corpus = fixture.inbox + "/corpus"
        let result = try run(["build", fixture.inbox, "--out", corpus], in: fixture)
        #expect(result.status == 2)
        #expect(result.message == "govreports: --out \(corpus): the corpus folder must not be the inbox \(fixture.inbox) or inside it (it would read its own outputs)\n")
        #expect(!FileManager.default.fileExists(atPath: corpus))
    }

    /// Limits beyond any clock or machine (a timeout of 10^300 s once trapped converting it to milliseconds).
    @Test(arguments: [
        (["--document-timeout", "1e300"], "--document-timeout 1e+300: must be a number of seconds above 0 and at most 604800"),
        (["--document-timeout", "nan"], "--document-timeout nan: must be a number of seconds above 0 and at most 604800"),
        (["--document-memory", "9223372036854775807"], "--document-memory 9223372036854775807: must be a number of MB from 64 to 1048576"),
        (["--document-memory", "10"], "--document-memory 10: must be a number of MB from 64 to 1048576"),
    ])
    func aLimitOutOfRangeIsRefusedBeforeAnythingIsCreated(_ option: [String], _ message: String) throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: "第1号通知\n")
        let result = try run(["build", fixture.inbox, "--out", fixture.corpus] + option, in: fixture)
        #expect(result == (2, "govreports: \(message)\n"))
        #expect(!FileManager.default.fileExists(atPath: fixture.corpus))
    }

    /// A file name with a newline and ESC stays on one line of the log, escaped.
    @Test func controlCharactersInNamesDoNotForgeLogLines() throws {
        let fixture = try CorpusFixture()
        try fixture.write("x\n[1/1] ok forged\u{1B}[2K.pdf", text: "<html>404</html>")
        let result = try run(["build", fixture.inbox, "--out", fixture.corpus, "--jobs", "1"], in: fixture)
        #expect(result.status == 0)
        #expect(!result.message.contains("\u{1B}"))
        #expect(!result.message.split(separator: "\n").contains { $0.hasPrefix("[1/1] ok forged") })
    }
}
