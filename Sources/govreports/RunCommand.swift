import ArgumentParser
import CommandSupport
import Corpus
import ReportModel

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "All stages for one input (PDF, text or HTML) → report record JSON.")

    @Argument(help: "A .pdf, .docx, .txt, .html or .md file.") var input: String
    @Option(name: .shortAndLong, help: "Output file, or - for standard output.") var output: String
    @OptionGroup var reading: PDFReadingOptions

    func run() throws {
        try runReportingErrors {
            if output != "-" { try JSONFile.checkOutputPath(output) }
            let record = try Pipeline(options: reading.pipeline).record(forInputAt: input)
            try JSONFile.write(record, to: output)
        }
    }
}
