import ReportModel

/// Reads a PDF with Poppler into a `LayoutDocument`.
public struct PDFExtractor: Sendable {
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

    public func extract(path: String) throws -> LayoutDocument {
        throw GovReportsError.unsupportedInput(path: path, reason: "extraction is not implemented yet")
    }
}
