import Foundation
import Testing
import Extraction
import ReportModel
import TestSupport
@testable import Repair

/// The debug overlays: what repair found, drawn over the rendered pages.
struct LayoutOverlayTests {
    @Test func overlaysOutlineTheCellsOfEveryTableAndTheDroppedPageNumbers() throws {
        let layout = try PDFExtractor().extract(path: Fixtures.samples.appendingPathComponent("qinghe-market-2022.pdf").path)
        let overlays = LayoutRepairer().overlays(for: layout)
        #expect(overlays.map(\.page) == layout.pages.map(\.number))
        let document = LayoutRepairer().repair(layout)
        let cells = document.tables.flatMap(\.rows).flatMap(\.cells).count
        let drawn = overlays.flatMap(\.shapes).filter { $0.color == .cell || $0.color == .mergedCell }.count
        // A table split over pages has its merged cell drawn once per page, so at least as many outlines as cells.
        #expect(drawn >= cells)
        #expect(overlays.allSatisfy { overlay in overlay.shapes.contains { $0.color == .dropped } }, "page numbers are marked on every page")
    }

    @Test func renderedPagesArePNGFilesAtAbout100dpi() throws {
        let pdf = Fixtures.samples.appendingPathComponent("songchuan-district-2023.pdf").path
        let layout = try PDFExtractor().extract(path: pdf)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try OverlayRenderer().render(pdf: pdf, overlays: LayoutRepairer().overlays(for: layout), into: folder.path)
        #expect(written.count == layout.pages.count)
        for path in written {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            // IHDR width and height (big-endian) follow the signature and chunk header: A4 at 100 dpi is 827 × 1170.
            let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(abs(width - 827) <= 2 && abs(height - 1170) <= 2, "\(width)×\(height)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aMissingPDFIsAOneLineError() {
        #expect(throws: GovReportsError.fileNotFound(path: "/nonexistent/report.pdf")) {
            try OverlayRenderer().render(pdf: "/nonexistent/report.pdf", overlays: [], into: NSTemporaryDirectory())
        }
    }
}
