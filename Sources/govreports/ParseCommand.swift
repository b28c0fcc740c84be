import ArgumentParser
import CommandSupport
import ReportModel
import ReportParser

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Document JSON → report record JSON (shared/spec/report-record.md).")

    @Argument(help: "A .doc.json from repair.") var input: String
    @Option(name: .shortAndLong, help: "Output file, or - for standard output.") var output: String

    func run() throws {
        try runReportingErrors {
            if output != "-" { try JSONFile.checkOutputPath(output) }
            let document = try JSONFile.read(Document.self, from: input)
            let record = try ReportParser().parse(document)
            try JSONFile.write(record, to: output)
        }
    }
}
