import ArgumentParser
import Foundation
import ReportModel

/// The `govreports` command: a thin shell over the stage modules, one subcommand per stage.
@main
struct GovReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govreports",
        abstract: "Turn 政府信息公开工作年度报告 PDFs, text and HTML into normalized JSON records.",
        subcommands: [
            ExtractCommand.self, RepairCommand.self, ParseCommand.self, RunCommand.self, ScoreCommand.self,
            BuildCommand.self, ShowCommand.self, MergeCommand.self,
        ]
    )

    /// A stage command named first is parsed as a command of its own: parsing from the root reflects every
    /// subcommand's arguments (to look for a completion-script request), a tenth of a short `run`. Anything that
    /// does not parse that way (help, a mistake) goes through the root, so messages and usage read as always.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let name = arguments.first,
           let command = configuration.subcommands.first(where: { $0._commandName == name }),
           var parsed = try? command.parseAsRoot(Array(arguments.dropFirst())), type(of: parsed) == command {
            do {
                try parsed.run()
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }
}

/// Runs a stage body, turning any error into the one-line message and non-zero exit the tool promises (control
/// characters of file names escaped, so that the message stays one line).
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as GovReportsError {
        FileHandle.standardError.write(Data("govreports: \(error.description.escapingControlCharacters)\n".utf8))
        throw ExitCode(2)
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("govreports: \(String(describing: error).escapingControlCharacters)\n".utf8))
        throw ExitCode(2)
    }
}
