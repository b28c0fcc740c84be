import ArgumentParser
import Corpus
import Foundation
import ReportModel

/// The `govreports` command: a thin shell over the stage modules, one subcommand per stage.
@main
struct GovReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govreports",
        abstract: "Turn 政府信息公开工作年度报告 PDFs, Word files, text, HTML and Markdown into normalized JSON records.",
        version: ToolVersion.description,
        subcommands: [
            ExtractCommand.self, RepairCommand.self, ParseCommand.self, RunCommand.self, ScoreCommand.self,
            BuildCommand.self, ShowCommand.self, MergeCommand.self, FetchCommand.self, ExportCommand.self, InspectCommand.self,
        ]
    )
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
