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
        try Self.run(input: input, output: output, options: reading.pipeline)
    }

    /// The command's work, whether ArgumentParser read its arguments or `plainArguments` did.
    static func run(input: String, output: String, options: Pipeline.Options) throws {
        try runReportingErrors {
            if output != "-" { try JSONFile.checkOutputPath(output) }
            let record = try Pipeline(options: options).record(forInputAt: input)
            try JSONFile.write(record, to: output)
        }
    }

    /// `INPUT -o OUTPUT` (or `--output OUTPUT`) and nothing else, the form a script calls the command in once a
    /// file: the two values as ArgumentParser reads them (a value is any argument but one that starts with a dash
    /// and has more than dashes, which is an option), the options at their defaults. Nil for anything else (another
    /// order, an option, a flag, `--`, help), which ArgumentParser reads. (`Pipeline.Options()` is what
    /// `PDFReadingOptions` gives when neither of its options is given.)
    static func plainArguments(_ arguments: [String]) -> (input: String, output: String)? {
        func isValue(_ argument: String) -> Bool { argument == "-" || !argument.hasPrefix("-") }
        guard arguments.count == 3, arguments[1] == "-o" || arguments[1] == "--output",
            isValue(arguments[0]), isValue(arguments[2])
        else { return nil }
        return (arguments[0], arguments[2])
    }
}
