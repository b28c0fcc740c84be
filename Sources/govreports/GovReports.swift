import ArgumentParser
import CommandSupport
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

    /// `govreports run INPUT -o OUTPUT` (`RunCommand.plainArguments`) runs without ArgumentParser reading the
    /// command line: its reflection over the commands' options, and its parse of the completion-script commands
    /// before them, were a tenth of such a run (15 of 126 million instructions on a 4-page report). Every other
    /// command line, help and mistakes included, is read by ArgumentParser as before.
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.first == "run", let plain = RunCommand.plainArguments(Array(arguments.dropFirst())) else {
            return main(nil)
        }
        do {
            try RunCommand.run(input: plain.input, output: plain.output, options: Pipeline.Options())
        } catch {
            exit(withError: error)
        }
    }
}
