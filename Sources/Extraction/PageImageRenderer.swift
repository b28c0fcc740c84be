import CPoppler
import Foundation
import ReportModel

/// Renders one PDF page to a colour raster with Poppler and cairo, for OCR.
///
/// Every C object is created and freed inside `render`; only Swift bytes leave it.
/// The document is opened per call so that workers on different threads never share a Poppler object.
struct PageImageRenderer: Sendable {
    var path: String
    var password: String?

    /// - Parameter pageNumber: 1-based.
    func render(pageNumber: Int, dpi: Double) throws -> PageImageRGB {
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolutePath, nil, &error) else {
            defer { g_error_free(error) }
            throw GovReportsError.unreadable(path: path, reason: Self.message(error))
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            defer { if error != nil { g_error_free(error) } }
            throw GovReportsError.corruptPDF(path: path, reason: Self.message(error))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        guard pageNumber >= 1, pageNumber <= Int(poppler_document_get_n_pages(document)),
            let page = poppler_document_get_page(document, Int32(pageNumber - 1))
        else {
            throw GovReportsError.corruptPDF(path: path, reason: "page \(pageNumber) cannot be opened")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }

        var widthPt = 0.0, heightPt = 0.0
        poppler_page_get_size(page, &widthPt, &heightPt)
        let scale = dpi / 72
        let width = Int((widthPt * scale).rounded()), height = Int((heightPt * scale).rounded())
        guard width > 0, height > 0, width * height <= 200_000_000 else {
            throw GovReportsError.corruptPDF(path: path, reason: "page \(pageNumber) has an unusable size \(widthPt)×\(heightPt) pt")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw GovReportsError.unsupportedInput(path: path, reason: "cannot allocate a \(width)×\(height) image for page \(pageNumber)")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            throw GovReportsError.unsupportedInput(path: path, reason: "cannot allocate a \(width)×\(height) image for page \(pageNumber)")
        }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        poppler_page_render(page, cr)
        cairo_surface_flush(surface)

        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else {
            throw GovReportsError.unsupportedInput(path: path, reason: "page \(pageNumber) did not render")
        }
        // CAIRO_FORMAT_RGB24 is one native-endian 32-bit word per pixel: 0x00RRGGBB.
        var pixels = [UInt8](repeating: 255, count: 3 * width * height)
        data.withMemoryRebound(to: UInt8.self, capacity: stride * height) { src in
            pixels.withUnsafeMutableBufferPointer { dst in
                for y in 0..<height {
                    let row = UnsafeRawPointer(src + y * stride)
                    for x in 0..<width {
                        let word = row.loadUnaligned(fromByteOffset: 4 * x, as: UInt32.self)
                        let o = 3 * (y * width + x)
                        dst[o] = UInt8(truncatingIfNeeded: word >> 16)
                        dst[o + 1] = UInt8(truncatingIfNeeded: word >> 8)
                        dst[o + 2] = UInt8(truncatingIfNeeded: word)
                    }
                }
            }
        }
        return PageImageRGB(width: width, height: height, pixels: pixels)
    }

    private var absolutePath: String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    private static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error, let text = error.pointee.message else { return "unknown Poppler error" }
        return String(cString: text)
    }
}
