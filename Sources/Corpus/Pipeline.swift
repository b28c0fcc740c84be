import Extraction
import Foundation
import Repair
import ReportModel
import ReportParser

/// All stages for one input file: extract (PDFs only) → repair → parse.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        public var password: String?

        public init(password: String? = nil) {
            self.password = password
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The repaired document of a PDF, text or HTML file, chosen by the file's extension.
    public func document(forInputAt path: String) throws -> Document {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "pdf":
            let layout = try PDFExtractor(options: .init(password: options.password)).extract(path: path)
            return RepairStage().repair(layout: layout)
        default:
            return try RepairStage().repair(path: path)
        }
    }

    public func record(forInputAt path: String) throws -> ReportRecord {
        try ReportParser().parse(document(forInputAt: path))
    }
}
