import ArgumentParser
import Foundation
import ReportModel
import Scoring

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Compare records with truth files: numbers, text, metadata, checks.")

    @Argument(help: "Folder of *.record.json (or *.json) records.") var records: String
    @Argument(help: "Folder of truth files (shared/truth).") var truth: String
    @Option(help: "Also write the figures as JSON here.") var json: String?

    func run() throws {
        try runReportingErrors {
            let report = try Scorer().score(recordsFolder: records, truthFolder: truth)
            print(report.table())
            if let json { try JSONFile.write(report, to: json) }
        }
    }
}
