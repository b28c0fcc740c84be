import ReportModel

/// Reads a PDF with Poppler into a `LayoutDocument`: every page's characters with boxes and fonts,
/// grouped into words and lines from geometry, table rulings from the page's drawing operators, and whether
/// the page needs OCR.
public struct PDFExtractor: Sendable {
    public struct Options: Sendable {
        var password: String?
        /// How `needsOCR` pages are recognised (see `OCRRecognizer`); nil leaves them unrecognised, classified only.
        public var ocr: OCROptions?

        public init(
            password: String? = nil, ocr: OCROptions? = OCROptions()
        ) {
            self.password = password
            self.ocr = ocr
        }
    }

    var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Throws `GovReportsError` for a missing, non-PDF, damaged, encrypted or page-less file. `sha256` is the file's
    /// digest when the caller has it already (a corpus build hashed every input when it scanned them and checks after
    /// the stage that the file still holds those bytes), so that the file is not hashed again here.
    public func extract(path: String, sha256: String? = nil) throws -> LayoutDocument {
        let file = try PDFFile(path: path)
        let builder = PageBuilder()
        var diagnostics: [Diagnostic] = []
        let pages = try PageContent.read(file, password: options.password).enumerated().map { index, content in
            let built = builder.page(from: content, number: index + 1)
            diagnostics += built.diagnostics
            return built.page
        }
        let source = SourceInfo(
            path: path, sha256: sha256 ?? SHA256.hex(of: file.data), format: .pdf, pages: pages.count,
            pageOrigins: pages.map(Self.origin(of:)))
        let layout = LayoutDocument(source: source, pages: pages, diagnostics: diagnostics)
        // OCR hook: only pages classified `needsOCR` are rendered again and recognised; text pages never are.
        guard let ocr = options.ocr else { return layout }
        return try OCRRecognizer(options: ocr).recognize(layout, path: path, password: options.password)
    }

    /// Pages still waiting for OCR count as `.empty` until the OCR stage fills them and marks them `.ocr`.
    static func origin(of page: Page) -> PageOrigin {
        page.kind == .text ? .text : page.kind == .ocr ? .ocr : .empty
    }
}
