import ArgumentParser
import Extraction
import ReportModel

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "PDF → layout JSON: every character with its box and font, table rulings, page kinds.")

    @Argument(help: "The PDF to read.") var input: String
    @Option(name: .shortAndLong, help: "Output file, or - for standard output.") var output: String
    @Option(help: "Password of an encrypted PDF.") var password: String?

    func run() throws {
        try runReportingErrors {
            let layout = try PDFExtractor(options: .init(password: password)).extract(path: input)
            try JSONFile.write(layout, to: output)
        }
    }
}
