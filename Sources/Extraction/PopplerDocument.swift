import CPopplerDrawing
import Foundation
import ReportModel

/// Opens a PDF with poppler-glib, for rendering its pages, for the length of one closure, and turns Poppler's errors
/// into `GovReportsError`: poppler-glib's documents and pages, and cairo's surfaces, are used here and nowhere else.
///
/// The document is only lent to `body` (as an `Open` value holding its pointer privately) and released when it
/// returns, so no C pointer outlives the call or crosses an internal API.
enum PopplerDocument {
    static func withDocument<T>(_ file: PDFFile, password: String?, _ body: (Open) throws -> T) throws -> T {
        let glib = try PopplerGlib.loaded()
        // By file URI, not from the bytes already read: Poppler 22's from-bytes path crashes on a wrong password.
        let absolute = URL(fileURLWithPath: file.path).standardizedFileURL.path
        var error: UnsafeMutableRawPointer?
        guard let cURI = glib.filenameToURI(absolute, nil, &error) else {
            throw openingError(glib, error, path: file.path, passwordGiven: password != nil)
        }
        defer { glib.free(cURI) }
        var opened: OpaquePointer?
        if let password {
            opened = password.withCString { glib.documentNewFromFile(cURI, $0, &error) }
            // A password that opens a file neither as owner nor as user may be meant for another file, and
            // many PDFs are restricted by an owner password only, so they open without any.
            if opened == nil, isEncryptedError(glib, error) {
                var plainError: UnsafeMutableRawPointer?
                opened = glib.documentNewFromFile(cURI, nil, &plainError)
                if let plainError { glib.errorFree(plainError) }
            }
        } else {
            opened = glib.documentNewFromFile(cURI, nil, &error)
        }
        guard let document = opened else {
            throw openingError(glib, error, path: file.path, passwordGiven: password != nil)
        }
        if let error { glib.errorFree(error) }
        defer { glib.objectUnref(document) }
        let pageCount = Int(glib.documentPageCount(document))
        guard pageCount > 0 else { throw GovReportsError.noPages(path: file.path) }
        return try body(Open(glib: glib, document: document, path: file.path, pageCount: pageCount))
    }

    /// An open document, valid only inside `withDocument`.
    struct Open {
        fileprivate let glib: PopplerGlib
        fileprivate let document: OpaquePointer
        let path: String
        let pageCount: Int

        /// Lends page `number` (1-based) to `body`; the page is released when `body` returns.
        func withPage<T>(_ number: Int, _ body: (Page) throws -> T) throws -> T {
            guard (1...pageCount).contains(number) else {
                throw GovReportsError.invalidArgument("\(path): no page \(number), the PDF has \(pageCount)")
            }
            guard let page = glib.documentPage(document, Int32(number - 1)) else {
                throw GovReportsError.corruptPDF(path: path, reason: "page \(number) cannot be read")
            }
            defer { glib.objectUnref(page) }
            return try body(Page(glib: glib, page: page, number: number, path: path))
        }
    }

    private static func isEncryptedError(_ glib: PopplerGlib, _ error: UnsafeMutableRawPointer?) -> Bool {
        guard let error = glib.describe(error) else { return false }
        return error.domain == glib.errorQuark() && error.code == PopplerGlib.errorEncrypted
    }

    /// Reads and frees the GError in the same place it is interpreted.
    private static func openingError(
        _ glib: PopplerGlib, _ error: UnsafeMutableRawPointer?, path: String, passwordGiven: Bool
    ) -> GovReportsError {
        guard let described = glib.describe(error) else { return .corruptPDF(path: path, reason: "Poppler cannot open it") }
        let encrypted = isEncryptedError(glib, error)
        glib.errorFree(error)
        if encrypted { return .encryptedPDF(path: path, passwordGiven: passwordGiven) }
        let message = described.message ?? "Poppler cannot open it"
        return .corruptPDF(path: path, reason: message.replacingOccurrences(of: "\n", with: " "))
    }
}

extension PopplerDocument {
    /// One page of a PDF open with poppler-glib, lent by `Open.withPage`: its size, and its rendering on
    /// a cairo surface. With `Canvas`, the one place that calls cairo; the pointers stay private to this file.
    struct Page {
        fileprivate let glib: PopplerGlib
        fileprivate let page: OpaquePointer
        let number: Int
        let path: String

        fileprivate init(glib: PopplerGlib, page: OpaquePointer, number: Int, path: String) {
            (self.glib, self.page, self.number, self.path) = (glib, page, number, path)
        }

        /// The page's size in points, as the PDF gives it.
        var size: (width: Double, height: Double) {
            var width = 0.0
            var height = 0.0
            glib.pageSize(page, &width, &height)
            return (width, height)
        }

        /// A surface `width` × `height` pixels (with an alpha channel or without), painted white, the page rendered on
        /// it at `scale` pixels per point, lent to `body` as a `Canvas`; surface and context are freed on return.
        /// `failure` is the error when cairo cannot make the surface.
        func withCanvas<T>(
            width: Int, height: Int, scale: Double, alpha: Bool, failure: @autoclosure () -> GovReportsError,
            _ body: (Canvas) throws -> T
        ) throws -> T {
            let created = glib.imageSurfaceCreate(alpha ? PopplerGlib.formatARGB32 : PopplerGlib.formatRGB24, Int32(width), Int32(height))
            defer { glib.surfaceDestroy(created) }
            guard let surface = created, glib.surfaceStatus(surface) == PopplerGlib.statusSuccess, let context = glib.create(surface) else {
                throw failure()
            }
            defer { glib.destroy(context) }
            glib.setSourceRGB(context, 1, 1, 1)
            glib.paint(context)
            glib.scale(context, scale, scale)
            // Poppler's complaints about a damaged page are counted, not printed.
            gr_messages_route()
            _ = gr_messages_take()
            glib.pageRender(page, context)
            let messages = Int(gr_messages_take())
            return try body(Canvas(
                glib: glib, surface: surface, context: context, page: number, path: path, libraryMessages: messages))
        }

        /// A rendered page's surface, valid only inside `withCanvas`; drawing on it is in the page's points.
        struct Canvas {
            fileprivate let glib: PopplerGlib
            fileprivate let surface: OpaquePointer
            fileprivate let context: OpaquePointer
            fileprivate let page: Int
            fileprivate let path: String
            /// How many messages Poppler gave rendering the page.
            let libraryMessages: Int

            /// Strokes the outline of `box` (page points).
            func stroke(_ box: Box, color: OverlayColor, lineWidth: Double) {
                glib.setSourceRGBA(context, color.red, color.green, color.blue, color.alpha)
                glib.setLineWidth(context, lineWidth)
                glib.rectangle(context, box.x0, box.y0, box.width, box.height)
                glib.stroke(context)
            }

            /// Lends `body` the surface's rows of native-endian 0x00RRGGBB (or 0xAARRGGBB) pixels, `stride` bytes apart.
            func withPixels<T>(_ body: (_ pixels: UnsafeRawPointer, _ stride: Int) throws -> T) throws -> T {
                glib.surfaceFlush(surface)
                guard let data = glib.imageSurfaceData(surface) else {
                    throw GovReportsError.unsupportedInput(path: path, reason: "page \(page): cairo returned no pixels")
                }
                return try body(UnsafeRawPointer(data), Int(glib.imageSurfaceStride(surface)))
            }

            /// Writes the surface as a PNG to `file`; nil on success, else cairo's reason.
            func writePNG(to file: String) -> String? {
                glib.surfaceFlush(surface)
                let status = glib.surfaceWriteToPNG(surface, file)
                guard status != PopplerGlib.statusSuccess else { return nil }
                return glib.statusToString(status).map { String(cString: $0) } ?? "cairo status \(status)"
            }
        }
    }
}
