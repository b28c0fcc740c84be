import CPopplerDrawing
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
        try PopplerDocument.withDocument(try PDFFile(path: path), password: password) { glib, document, pageCount in
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw GovReportsError.writeFailed(path: folder, reason: error.localizedDescription)
            }
            var written: [String] = []
            for overlay in overlays where overlay.page >= 1 && overlay.page <= pageCount {
                let output = (folder as NSString).appendingPathComponent("page-\(overlay.page).png")
                try PopplerDocument.withPage(glib, document, index: overlay.page - 1, path: path) { page in
                    try render(glib, page, number: overlay.page, pdf: path, shapes: overlay.shapes, to: output)
                }
                written.append(output)
            }
            return written
        }
    }

    private func render(
        _ glib: PopplerGlib, _ page: OpaquePointer, number: Int, pdf path: String, shapes: [OverlayShape], to output: String
    ) throws {
        let scale = dpi / 72
        // The renderer's limits: a page no report has is refused, not allocated.
        let (width, height) = try PageRenderer.pixelSize(glib, of: page, scale: scale, path: path, number: number)
        let surface = glib.imageSurfaceCreate(PopplerGlib.formatARGB32, Int32(width), Int32(height))
        defer { glib.surfaceDestroy(surface) }
        guard glib.surfaceStatus(surface) == PopplerGlib.statusSuccess, let cairo = glib.create(surface) else {
            throw GovReportsError.writeFailed(path: output, reason: "cannot create an image surface")
        }
        defer { glib.destroy(cairo) }
        glib.setSourceRGB(cairo, 1, 1, 1)
        glib.paint(cairo)
        glib.scale(cairo, scale, scale)
        // Poppler's complaints about a damaged page are counted, not printed: this is a picture for people.
        gr_messages_route()
        glib.pageRender(page, cairo)
        _ = gr_messages_take()
        for shape in shapes {
            glib.setSourceRGBA(cairo, shape.color.red, shape.color.green, shape.color.blue, shape.color.alpha)
            glib.setLineWidth(cairo, shape.lineWidth)
            glib.rectangle(cairo, shape.box.x0, shape.box.y0, shape.box.width, shape.box.height)
            glib.stroke(cairo)
        }
        glib.surfaceFlush(surface)
        // Through a temporary file, so that an interrupted run leaves no half-written PNG.
        let temporary = (output as NSString).deletingLastPathComponent + "/.\(UUID().uuidString).png.tmp"
        let status = glib.surfaceWriteToPNG(surface, temporary)
        guard status == PopplerGlib.statusSuccess, rename(temporary, output) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw GovReportsError.writeFailed(path: output, reason: glib.statusToString(status).map { String(cString: $0) } ?? "cairo status \(status)")
        }
    }
}
