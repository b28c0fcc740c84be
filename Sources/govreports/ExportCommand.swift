import ArgumentParser
import CommandSupport
import Corpus
import Foundation
import ReportModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "A corpus's records as tables: reports (one row each, one column per number), numbers (one row each), labels.",
        discussion: """
            Writes reports.EXT, numbers.EXT and labels.EXT (EXT = csv or jsonl) into the output folder.
            CSV is UTF-8 with a byte-order mark (Excel), RFC 4180 quoting; an empty field is a number the report does not give.
            """)

    @Argument(help: "Corpus folder, as made by `govreports build`.") var corpus: String
    @Option(help: "csv or jsonl.") var format: String = "csv"
    @Option(name: .shortAndLong, help: "Output folder (created if needed); default CORPUS/export.") var output: String?

    func run() throws {
        try runReportingErrors {
            guard let format = CorpusExporter.Format(rawValue: format) else {
                throw GovReportsError.invalidArgument("--format \(format): must be csv or jsonl")
            }
            let folder = output ?? URL(fileURLWithPath: corpus).appendingPathComponent("export").path
            for path in try CorpusExporter(corpus: corpus).write(format, to: folder) {
                print(path)
            }
        }
    }
}
