import Extraction
import Foundation
import Repair
import ReportModel
import ReportParser

/// All stages for one input file: extract (PDFs only) → repair → parse.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        public var password: String?
        /// Resolution at which pages without a usable text layer are rendered for OCR.
        public var ocrDPI: Double
        /// Pages one document recognises at once (each worker its own Tesseract engines).
        public var ocrWorkers: Int

        public init(password: String? = nil, ocrDPI: Double = OCROptions().dpi, ocrWorkers: Int = OCROptions().workers) {
            self.password = password
            self.ocrDPI = ocrDPI
            self.ocrWorkers = max(1, ocrWorkers)
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

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The repaired document of a PDF, text or HTML file, chosen by the file's name as in a corpus build.
    public func document(forInputAt path: String) throws -> Document {
        guard InputKind(fileName: path) == .pdf else { return try RepairStage().repair(path: path) }
        let layout = try PDFExtractor(options: options.extraction).extract(path: path)
        return RepairStage().repair(layout: layout)
    }

    /// The record of the input; a record with no part of a report and no number is `notAnAnnualReport`, as in a corpus build.
    public func record(forInputAt path: String) throws -> ReportRecord {
        let record = try ReportParser().parse(document(forInputAt: path))
        if let reason = record.notAReportReason { throw GovReportsError.notAnAnnualReport(path: path, reason: reason) }
        return record
    }
}
