import ArgumentParser
import Repair
import ReportModel

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Layout JSON, plain text or HTML → document JSON: headings, paragraphs and tables as a person reads them.")

    @Argument(help: "A .layout.json from extract, or a .txt / .html file another tool extracted.") var input: String
    @Option(name: .shortAndLong, help: "Output file, or - for standard output.") var output: String

    func run() throws {
        try runReportingErrors {
            let document = try RepairStage().repair(path: input)
            try JSONFile.write(document, to: output)
        }
    }
}
