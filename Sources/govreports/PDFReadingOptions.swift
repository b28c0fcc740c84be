import ArgumentParser
import Corpus
import ReportModel

/// The options of the commands that read one PDF, so `extract` and `run` read it alike. `build` takes `--password`
/// alone: its cache keys are the stages' versions, so another OCR resolution would be served outputs made at the old one.
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
