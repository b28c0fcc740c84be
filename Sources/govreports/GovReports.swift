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
}
