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
        try PopplerDocument.withDocument(try PDFFile(path: path), password: password) { document in
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw GovReportsError.writeFailed(path: folder, reason: error.localizedDescription)
            }
            var written: [String] = []
            for overlay in overlays where overlay.page >= 1 && overlay.page <= document.pageCount {
                let output = (folder as NSString).appendingPathComponent("page-\(overlay.page).png")
                try document.withPage(overlay.page) { try render($0, shapes: overlay.shapes, to: output) }
                written.append(output)
            }
            return written
        }
    }

    private func render(_ page: PopplerDocument.Page, shapes: [OverlayShape], to output: String) throws {
        let scale = dpi / 72
        // The renderer's limits: a page no report has is refused, not allocated.
        let (width, height) = try PageRenderer.pixelSize(of: page, scale: scale)
        try page.withCanvas(
            width: width, height: height, scale: scale, alpha: true,
            failure: GovReportsError.writeFailed(path: output, reason: "cannot create an image surface")
        ) { canvas in
            for shape in shapes { canvas.stroke(shape.box, color: shape.color, lineWidth: shape.lineWidth) }
            // Through a temporary file, so that an interrupted run leaves no half-written PNG.
            let temporary = (output as NSString).deletingLastPathComponent + "/.\(UUID().uuidString).png.tmp"
            let failure = canvas.writePNG(to: temporary)
            guard failure == nil, rename(temporary, output) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                throw GovReportsError.writeFailed(path: output, reason: failure ?? "cannot rename \(temporary)")
            }
        }
    }
}
