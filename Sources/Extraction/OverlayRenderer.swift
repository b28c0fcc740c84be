import CPoppler
import Foundation
import ReportModel

/// Draws what a stage detected over the page images of the PDF it came from: a debugging aid for people.
///
/// Lives in Extraction because only this module may use Poppler and cairo; the shapes come from the caller.
public struct OverlayRenderer: Sendable {
    public var dpi: Double

    public init(dpi: Double = 100) {
        self.dpi = dpi
    }

    /// Renders every page that has an overlay to `folder/page-N.png` and returns the paths written.
    public func render(pdf path: String, password: String? = nil, overlays: [PageOverlay], into folder: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            defer { g_error_free(error) }
            throw GovReportsError.unreadable(path: path, reason: error.map { String(cString: $0.pointee.message) } ?? "bad path")
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "cannot open"
            if error != nil { g_error_free(error) }
            throw GovReportsError.corruptPDF(path: path, reason: reason)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw GovReportsError.writeFailed(path: folder, reason: error.localizedDescription)
        }
        let pageCount = Int(poppler_document_get_n_pages(document))
        var written: [String] = []
        for overlay in overlays where overlay.page >= 1 && overlay.page <= pageCount {
            guard let page = poppler_document_get_page(document, Int32(overlay.page - 1)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let output = (folder as NSString).appendingPathComponent("page-\(overlay.page).png")
            try render(page, shapes: overlay.shapes, to: output)
            written.append(output)
        }
        return written
    }

    private func render(_ page: OpaquePointer, shapes: [OverlayShape], to output: String) throws {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        let scale = dpi / 72
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((width * scale).rounded(.up)), Int32((height * scale).rounded(.up))) else {
            throw GovReportsError.writeFailed(path: output, reason: "cannot create an image surface")
        }
        defer { cairo_surface_destroy(surface) }
        let cairo = cairo_create(surface)
        defer { cairo_destroy(cairo) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        poppler_page_render(page, cairo)
        for shape in shapes {
            cairo_set_source_rgba(cairo, shape.color.red, shape.color.green, shape.color.blue, shape.color.alpha)
            cairo_set_line_width(cairo, shape.lineWidth)
            cairo_rectangle(cairo, shape.box.x0, shape.box.y0, shape.box.width, shape.box.height)
            cairo_stroke(cairo)
        }
        cairo_surface_flush(surface)
        // Through a temporary file, so that an interrupted run leaves no half-written PNG.
        let temporary = (output as NSString).deletingLastPathComponent + "/.\(UUID().uuidString).png.tmp"
        let status = cairo_surface_write_to_png(surface, temporary)
        guard status == CAIRO_STATUS_SUCCESS, rename(temporary, output) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw GovReportsError.writeFailed(path: output, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
