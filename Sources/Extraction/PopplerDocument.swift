import CPoppler
import Foundation
import ReportModel

/// Opens a PDF with Poppler for the length of one closure and turns Poppler's errors into `GovReportsError`.
///
/// The document pointer is only lent to `body` and released when it returns, so no C pointer outlives the call.
enum PopplerDocument {
    static func withDocument<T>(
        _ file: PDFFile, password: String?, _ body: (_ document: OpaquePointer, _ pageCount: Int) throws -> T
    ) throws -> T {
        // By file URI, not from the bytes already read: Poppler 22's from-bytes path crashes on a wrong password.
        let absolute = URL(fileURLWithPath: file.path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let cURI = g_filename_to_uri(absolute, nil, &error) else {
            throw openingError(error, path: file.path, passwordGiven: password != nil)
        }
        defer { g_free(cURI) }
        var opened: OpaquePointer?
        if let password {
            opened = password.withCString { poppler_document_new_from_file(cURI, $0, &error) }
            // A password that opens a file neither as owner nor as user may be meant for another file, and
            // many PDFs are restricted by an owner password only, so they open without any.
            if opened == nil, isEncryptedError(error) {
                var plainError: UnsafeMutablePointer<GError>?
                opened = poppler_document_new_from_file(cURI, nil, &plainError)
                if let plainError { g_error_free(plainError) }
            }
        } else {
            opened = poppler_document_new_from_file(cURI, nil, &error)
        }
        guard let document = opened else {
            throw openingError(error, path: file.path, passwordGiven: password != nil)
        }
        if let error { g_error_free(error) }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let pageCount = Int(poppler_document_get_n_pages(document))
        guard pageCount > 0 else { throw GovReportsError.noPages(path: file.path) }
        return try body(document, pageCount)
    }

    /// Lends page `index` (0-based) to `body`; the page is released when `body` returns.
    static func withPage<T>(
        _ document: OpaquePointer, index: Int, path: String, _ body: (_ page: OpaquePointer) throws -> T
    ) throws -> T {
        guard let page = poppler_document_get_page(document, Int32(index)) else {
            throw GovReportsError.corruptPDF(path: path, reason: "page \(index + 1) cannot be read")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return try body(page)
    }

    private static func isEncryptedError(_ error: UnsafeMutablePointer<GError>?) -> Bool {
        guard let error else { return false }
        return error.pointee.domain == poppler_error_quark() && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
    }

    /// Reads and frees the GError in the same place it is interpreted.
    private static func openingError(
        _ error: UnsafeMutablePointer<GError>?, path: String, passwordGiven: Bool
    ) -> GovReportsError {
        guard let error else { return .corruptPDF(path: path, reason: "Poppler cannot open it") }
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "Poppler cannot open it"
        if isEncryptedError(error) { return .encryptedPDF(path: path, passwordGiven: passwordGiven) }
        return .corruptPDF(path: path, reason: message.replacingOccurrences(of: "\n", with: " "))
    }
}
