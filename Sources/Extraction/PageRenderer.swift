import ReportModel

/// Renders PDF pages to rasters with poppler-glib and cairo (`PopplerGlib`), for OCR (text pages are never rendered).
struct PageRenderer: Sendable {
    /// Largest width or height in pixels: beyond it cairo cannot allocate the surface.
    static let maxSide = 20_000
    /// Largest page in pixels: eight A4 pages at 300 dpi, about 0.3 GB as the surface and its grey copy. A page
    /// beyond it is no page of a report, and rendering it would cost memory without bound.
    static let maxPixels = 70_000_000

    public var dpi: Double
    var password: String?

    init(dpi: Double = 300, password: String? = nil) {
        self.dpi = dpi
        self.password = password
    }

    /// Renders the given pages (1-based; all when nil) one at a time, so only one page image is held at once.
    func forEachPage(
        ofPDFAt path: String, pages: [Int]? = nil, _ body: (_ number: Int, _ image: GrayImage) throws -> Void
    ) throws {
        try PopplerDocument.withDocument(try PDFFile(path: path), password: password) { document in
            for number in pages ?? Array(1...document.pageCount) {
                let image = try document.withPage(number) { try Self.grayImage(of: $0, scale: dpi / 72) }
                try body(number, image)
            }
        }
    }

    /// One page (1-based) as grayscale.
    func grayImage(ofPage number: Int, inPDFAt path: String) throws -> GrayImage {
        var result: GrayImage?
        try forEachPage(ofPDFAt: path, pages: [number]) { _, image in result = image }
        return result ?? GrayImage(width: 0, height: 0)
    }

    /// One page (1-based) in colour, and how many messages Poppler reported rendering it (counted, never printed).
    func rgbImage(ofPage number: Int, inPDFAt path: String) throws -> (image: RGBImage, libraryMessages: Int) {
        try withDocument(ofPDFAt: path) { try $0.rgbImage(ofPage: number) }
    }

    /// Opens the PDF once and lends it to `body`, which renders as many of its pages as it needs from it: OCR's
    /// workers each open the document once, not once a page. The document is closed when `body` returns.
    func withDocument<T>(ofPDFAt path: String, _ body: (OpenDocument) throws -> T) throws -> T {
        try PopplerDocument.withDocument(try PDFFile(path: path), password: password) { document in
            try body(OpenDocument(document: document, scale: dpi / 72))
        }
    }

    /// A PDF open for rendering, lent by `withDocument` and valid only inside it.
    struct OpenDocument {
        fileprivate let document: PopplerDocument.Open
        fileprivate let scale: Double

        var pageCount: Int { document.pageCount }

        /// Page `number` (1-based) in colour, and how many messages Poppler reported rendering it.
        func rgbImage(ofPage number: Int) throws -> (image: RGBImage, libraryMessages: Int) {
            try document.withPage(number) { page in
                try PageRenderer.withPixels(of: page, scale: scale) { pixels, width, height, stride, messages in
                    var bytes = [UInt8](repeating: 0, count: width * height * 3)
                    for y in 0..<height {
                        for x in 0..<width {
                            let value = pixels.load(fromByteOffset: y * stride + x * 4, as: UInt32.self)
                            let offset = (y * width + x) * 3
                            bytes[offset] = UInt8(truncatingIfNeeded: value >> 16)
                            bytes[offset + 1] = UInt8(truncatingIfNeeded: value >> 8)
                            bytes[offset + 2] = UInt8(truncatingIfNeeded: value)
                        }
                    }
                    return (RGBImage(width: width, height: height, bytes: bytes), messages)
                }
            }
        }
    }

    /// Renders a page lent by the caller; `scale` is pixels per point.
    static func grayImage(of page: PopplerDocument.Page, scale: Double) throws -> GrayImage {
        try withPixels(of: page, scale: scale) { source, width, height, stride, _ in
            var pixels = [UInt8](repeating: 255, count: width * height)
            pixels.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    let row = source + y * stride
                    for x in 0..<width {
                        let value = row.load(fromByteOffset: x * 4, as: UInt32.self)
                        let red = (value >> 16) & 0xFF
                        let green = (value >> 8) & 0xFF
                        let blue = value & 0xFF
                        target[y * width + x] = UInt8(truncatingIfNeeded: (red * 77 + green * 150 + blue * 29) >> 8)
                    }
                }
            }
            return GrayImage(width: width, height: height, pixels: pixels)
        }
    }

    /// The page's size in pixels at `scale`, or the error for a page over `maxSide` or `maxPixels`. Sizes are
    /// checked as the PDF gives them, before any conversion: a MediaBox can be wider than any Int.
    static func pixelSize(of page: PopplerDocument.Page, scale: Double) throws -> (width: Int, height: Int) {
        let (pageWidth, pageHeight) = page.size
        let sides = [pageWidth * scale, pageHeight * scale].map { $0.rounded(.up) }
        guard sides.allSatisfy({ $0.isFinite && $0 >= 1 && $0 <= Double(maxSide) }), sides[0] * sides[1] <= Double(maxPixels),
            let width = Int(exactly: sides[0]), let height = Int(exactly: sides[1])
        else {
            let size = String(format: "%.0f×%.0f pt", pageWidth, pageHeight)
            throw GovReportsError.unsupportedInput(
                path: page.path,
                reason: "page \(page.number) (\(size)) is over \(maxSide) pixels a side or \(maxPixels / 1_000_000) million pixels at \(String(format: "%.0f", scale * 72)) dpi")
        }
        return (width, height)
    }

    /// Paints the page on white and lends `body` the surface's rows of native-endian 0x00RRGGBB pixels,
    /// `stride` bytes apart; the surface is freed on return.
    fileprivate static func withPixels<T>(
        of page: PopplerDocument.Page, scale: Double,
        _ body: (_ pixels: UnsafeRawPointer, _ width: Int, _ height: Int, _ stride: Int, _ libraryMessages: Int) -> T
    ) throws -> T {
        let (width, height) = try pixelSize(of: page, scale: scale)
        return try page.withCanvas(
            width: width, height: height, scale: scale, alpha: false,
            failure: GovReportsError.unsupportedInput(path: page.path, reason: "page \(page.number): out of memory rendering it")
        ) { canvas in
            try canvas.withPixels { pixels, stride in body(pixels, width, height, stride, canvas.libraryMessages) }
        }
    }
}
