import ArgumentParser
import Corpus
import ReportModel

/// The options of every command that reads PDFs, so `extract`, `run` and `build` read them alike.
struct PDFReadingOptions: ParsableArguments {
    @Option(help: "Password of an encrypted PDF.") var password: String?
    @Option(help: "Resolution (dpi) at which pages without a usable text layer are rendered for OCR.")
    var ocrDPI: Double = Pipeline.Options().ocrDPI

    func validate() throws {
        guard (72...1200).contains(ocrDPI) else {
            throw ValidationError("--ocr-dpi \(ocrDPI): must be between 72 and 1200")
        }
    }

    var pipeline: Pipeline.Options { Pipeline.Options(password: password, ocrDPI: ocrDPI) }
}
