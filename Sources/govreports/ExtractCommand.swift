import ArgumentParser
import CommandSupport
import Corpus
import Extraction
import ReportModel

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "PDF → layout JSON: every character with its box and font, table rulings, page kinds.")

    @Argument(help: "The PDF to read.") var input: String
    @Option(name: .shortAndLong, help: "Output file, or - for standard output.") var output: String
    @OptionGroup var reading: PDFReadingOptions

    func run() throws {
        try runReportingErrors {
            if output != "-" { try JSONFile.checkOutputPath(output) }
            let layout = try PDFExtractor(options: reading.pipeline.extraction).extract(path: input)
            try JSONFile.write(layout, to: output)
        }
    }
}
