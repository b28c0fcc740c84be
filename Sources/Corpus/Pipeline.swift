import Extraction
import Foundation
import ReportModel

/// All stages for one input file, as `govreports run` runs them: extract (PDFs only) → repair → parse.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        var password: String?
        /// Resolution at which pages without a usable text layer are rendered for OCR.
        public var ocrDPI: Double
        /// Pages one document recognises at once (each worker its own Tesseract engines); nil for one per core.
        public var ocrWorkers: Int?

        public init(password: String? = nil, ocrDPI: Double = OCROptions().dpi, ocrWorkers: Int? = nil) {
            self.password = password
            self.ocrDPI = ocrDPI
            self.ocrWorkers = ocrWorkers.map { max(1, $0) }
        }

        /// OCR workers per document when `jobs` documents run at once: together at most one engine per core.
        public static func ocrWorkers(jobs: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
            max(1, cores / max(1, jobs))
        }

        /// The extraction options these pipeline options stand for.
        public var extraction: PDFExtractor.Options {
            var ocr = OCROptions()
            ocr.dpi = ocrDPI
            ocr.workers = ocrWorkers
            return PDFExtractor.Options(password: password, ocr: ocr)
        }
    }

    /// The stages it runs, the ones a build runs.
    var stages: Stages

    public init(options: Options = Options()) {
        stages = .live(options: options)
    }

    /// The repaired document of a PDF, text or HTML file, chosen by the file's name as in a corpus build.
    func document(forInputAt path: String) throws -> Document {
        guard InputKind(fileName: path) == .pdf else { return try stages.repairFile(path) }
        return try stages.repairLayout(stages.extract(path, nil))
    }

    /// The record of the input, judged a report or not as in a corpus build.
    public func record(forInputAt path: String) throws -> ReportRecord {
        try stages.report(from: document(forInputAt: path))
    }
}
