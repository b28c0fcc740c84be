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
        // The renderer's limits: a page no report has is refused, not allocated. Poppler's complaints about a
        // damaged page are counted, not printed: this is a picture for people.
        try PageRenderer.withSurface(
            glib, of: page, scale: dpi / 72, format: PopplerGlib.formatARGB32, path: path, number: number,
            failure: GovReportsError.writeFailed(path: output, reason: "cannot create an image surface"),
            over: { cairo in
                for shape in shapes {
                    glib.setSourceRGBA(cairo, shape.color.red, shape.color.green, shape.color.blue, shape.color.alpha)
                    glib.setLineWidth(cairo, shape.lineWidth)
                    glib.rectangle(cairo, shape.box.x0, shape.box.y0, shape.box.width, shape.box.height)
                    glib.stroke(cairo)
                }
            }
        ) { surface, _, _, _ in try write(glib, surface, to: output) }
    }

    private func write(_ glib: PopplerGlib, _ surface: OpaquePointer, to output: String) throws {
        // Through a temporary file, so that an interrupted run leaves no half-written PNG.
        let temporary = (output as NSString).deletingLastPathComponent + "/.\(UUID().uuidString).png.tmp"
        let status = glib.surfaceWriteToPNG(surface, temporary)
        guard status == PopplerGlib.statusSuccess, rename(temporary, output) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw GovReportsError.writeFailed(path: output, reason: glib.statusToString(status).map { String(cString: $0) } ?? "cairo status \(status)")
        }
    }
}
