import Foundation
import ReportModel

/// Opens a PDF with poppler-glib, for rendering its pages, for the length of one closure, and turns Poppler's errors
/// into `GovReportsError`.
///
/// The document pointer is only lent to `body` and released when it returns, so no C pointer outlives the call.
enum PopplerDocument {
    static func withDocument<T>(
        _ file: PDFFile, password: String?, _ body: (_ library: PopplerGlib, _ document: OpaquePointer, _ pageCount: Int) throws -> T
    ) throws -> T {
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
        return try body(glib, document, pageCount)
    }

    /// Lends page `index` (0-based) to `body`; the page is released when `body` returns.
    static func withPage<T>(
        _ glib: PopplerGlib, _ document: OpaquePointer, index: Int, path: String, _ body: (_ page: OpaquePointer) throws -> T
    ) throws -> T {
        guard let page = glib.documentPage(document, Int32(index)) else {
            throw GovReportsError.corruptPDF(path: path, reason: "page \(index + 1) cannot be read")
        }
        defer { glib.objectUnref(page) }
        return try body(page)
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
