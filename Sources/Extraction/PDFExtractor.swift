import ReportModel

/// Reads a PDF with Poppler into a `LayoutDocument`: every page's characters with boxes and fonts,
/// grouped into words and lines from geometry, table rulings, and whether the page needs OCR.
public struct PDFExtractor: Sendable {
    public struct Options: Sendable {
        public var password: String?
        /// Resolution of the rendering searched for rulings: low, because rulings are long and rendering is the slow part.
        public var rulingDPI: Double
        /// Off by default: rulings are searched only on pages whose text is set in columns (a word gap of an
        /// em or more) or that have vertical or little text, since rendering is the slow part and running
        /// prose has no table. On, a border around prose or a rule under a header is found too.
        public var searchRulingsOnEveryPage: Bool
        /// How `needsOCR` pages are recognised (see `OCRRecognizer`); nil leaves them unrecognised, classified only.
        public var ocr: OCROptions?

        public init(
            password: String? = nil, rulingDPI: Double = 100, searchRulingsOnEveryPage: Bool = false,
            ocr: OCROptions? = OCROptions()
        ) {
            self.password = password
            self.rulingDPI = rulingDPI
            self.searchRulingsOnEveryPage = searchRulingsOnEveryPage
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
        let builder = PageBuilder(rulingDPI: options.rulingDPI, searchRulingsOnEveryPage: options.searchRulingsOnEveryPage)
        var diagnostics: [Diagnostic] = []
        let pages = try PopplerDocument.withDocument(file, password: options.password) { document, count in
            try (0..<count).map { index in
                try PopplerDocument.withPage(document, index: index, path: path) { page in
                    let built = try builder.page(from: page, number: index + 1, path: path)
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
