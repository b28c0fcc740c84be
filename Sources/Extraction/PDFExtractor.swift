import ReportModel

/// Reads a PDF with Poppler into a `LayoutDocument`: every page's characters with boxes and fonts,
/// grouped into words and lines from geometry, table rulings from the page's drawing operators, and whether
/// the page needs OCR.
public struct PDFExtractor: Sendable {
    public struct Options: Sendable {
        public var password: String?
        /// How `needsOCR` pages are recognised (see `OCRRecognizer`); nil leaves them unrecognised, classified only.
        public var ocr: OCROptions?

        public init(
            password: String? = nil, ocr: OCROptions? = OCROptions()
        ) {
            self.password = password
            self.ocr = ocr
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Throws `GovReportsError` for a missing, non-PDF, damaged, encrypted or page-less file.
    public func extract(path: String) throws -> LayoutDocument {
        let file = try PDFFile(path: path)
        let builder = PageBuilder()
        var diagnostics: [Diagnostic] = []
        let pages = try PopplerDocument.withDocument(file, password: options.password) { document, count in
            // Opened second, by Poppler's core library: poppler-glib has vouched for the file and password.
            let drawings = PageDrawing.read(path: file.path, password: options.password)
            if drawings == nil || drawings?.pages.count != count {
                diagnostics.append(Diagnostic(
                    code: .extractDrawingUnreadable, message: "the document's drawing cannot be read; no rulings"))
            }
            return try (0..<count).map { index in
                try PopplerDocument.withPage(document, index: index, path: path) { page in
                    let drawing = drawings.flatMap { index < $0.pages.count ? $0.pages[index] : nil }
                    let built = builder.page(from: page, number: index + 1, drawing: drawing)
                    diagnostics += built.diagnostics
                    return built.page
                }
            }
        }
        let source = SourceInfo(
            path: path, sha256: SHA256.hex(of: file.data), format: .pdf, pages: pages.count,
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
