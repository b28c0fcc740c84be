import Foundation
import Testing
import TestSupport

/// `govreports run INPUT -o OUTPUT` is read without ArgumentParser (`RunCommand.plainArguments`): it must do what
/// every other spelling of the same command does, and leave help and mistakes to ArgumentParser.
@Suite(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
struct RunCommandLineTests {
    private func govreports(_ arguments: [String]) throws -> CommandRun {
        try CommandRun(try #require(GovReportsBinary.url).path, arguments)
    }

    @Test func everySpellingOfARunWritesTheSameRecord() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = Fixtures.samples.appendingPathComponent("office-nanhu-audit-2023.pdf").path
        func output(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let spellings: [(arguments: [String], output: String)] = [
            (["run", input, "-o", output("plain.json")], output("plain.json")),
            (["run", input, "--output", output("long.json")], output("long.json")),
            (["run", "-o", output("first.json"), input], output("first.json")),
            (["run", input, "--output=" + output("equals.json")], output("equals.json")),
            (["run", input, "-o", output("dpi.json"), "--ocr-dpi", "300"], output("dpi.json")),
        ]
        var records: [Data] = []
        for spelling in spellings {
            let run = try govreports(spelling.arguments)
            #expect(run.status == 0, "\(spelling.arguments): \(run.error)")
            records.append(try Data(contentsOf: URL(fileURLWithPath: spelling.output)))
        }
        let standardOutput = try govreports(["run", input, "-o", "-"])
        #expect(standardOutput.status == 0)
        #expect(Set(records + [standardOutput.output]).count == 1)
        #expect(!records[0].isEmpty)
    }

    @Test func helpAndMistakesAreArgumentParsers() throws {
        let help = try govreports(["run", "-h", "-o", "x.json"])
        #expect(help.status == 0)
        #expect(help.text.contains("USAGE: govreports run <input> --output <output>"))
        let missing = try govreports(["run", "in.pdf", "-o"])
        #expect(missing.status == 64)
        #expect(missing.error.contains("Missing value for '-o <output>'"))
        let unknown = try govreports(["run", "-x", "-o", "out.json"])
        #expect(unknown.status == 64)
    }

    /// A failing run through the plain path ends as through ArgumentParser: one line, exit status 2.
    @Test func aMissingInputFailsAlikeEitherWay() throws {
        let folder = try Fixtures.temporaryFolder()
        let missing = folder.appendingPathComponent("missing.pdf").path
        let plain = try govreports(["run", missing, "-o", folder.appendingPathComponent("a.json").path])
        let parsed = try govreports(["run", "-o", folder.appendingPathComponent("a.json").path, missing])
        #expect(plain.status == 2)
        #expect(plain.status == parsed.status && plain.error == parsed.error && plain.output == parsed.output)
    }
}
