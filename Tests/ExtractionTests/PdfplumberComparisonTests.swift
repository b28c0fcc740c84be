import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Extraction

/// Our vector rulings against pdfplumber's edges (`scripts/pdfplumber-edges`) on every text page of the
/// born-digital samples and the real PDF: after joining collinear pieces on both sides with the same rule
/// (`RulingMerger`), each ruling on one side lies on rulings of the other, within 0.5 pt in position and at both ends.
///
/// Runs when `GOVREPORTS_PDFPLUMBER_PYTHON` names a python with pdfplumber, or `out/venv-pdfplumber` exists
/// (`scripts/test` makes it); skipped otherwise.
@Suite(.enabled(if: PdfplumberEdges.python != nil, "no pdfplumber: set GOVREPORTS_PDFPLUMBER_PYTHON or run scripts/pdfplumber-edges --setup"))
struct PdfplumberComparisonTests {
    static let pdfs: [String] = {
        let samples = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path)) ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted().map { Fixtures.samples.appendingPathComponent($0).path }
        let realFolder = Fixtures.shared("corpus/real")
        let real = realFolder.flatMap { folder in
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".pdf") }.sorted()
                .map { folder.appendingPathComponent($0).path }
        } ?? []
        return samples + real
    }()

    /// The tolerance the comparison allows, in points.
    static let tolerance = 0.5

    @Test func thereArePDFsToCompare() {
        #expect(Self.pdfs.count >= 5)
    }

    @Test(arguments: pdfs)
    func rulingsMatchPdfplumbersEdges(_ path: String) throws {
        let reference = try #require(try PdfplumberEdges.reference(of: Self.pdfs).get()[path])
        let layout = try PDFExtractor(options: .init(ocr: nil)).extract(path: path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        for page in layout.pages where page.kind == .text {
            let theirs = Self.merged(reference[page.number] ?? [])
            let onlyOurs = page.rulings.filter { !Self.covered($0, by: theirs) }
            let onlyTheirs = theirs.filter { !Self.covered($0, by: page.rulings) }
            #expect(onlyOurs.isEmpty && onlyTheirs.isEmpty, """
                \(name) page \(page.number): \(page.rulings.count) rulings, pdfplumber \(theirs.count); \
                only ours: \(onlyOurs.prefix(5)), only pdfplumber's: \(onlyTheirs.prefix(5))
                """)
        }
    }

    /// pdfplumber's visible edges joined like ours; pieces no longer than they are thick are dots, as for us.
    private static func merged(_ edges: [PdfplumberEdges.Edge]) -> [Ruling] {
        var pieces: [RulingMerger.Piece] = []
        for edge in edges where edge.visible && edge.end - edge.start > max(edge.width, RulingMerger.noise) {
            pieces.append(RulingMerger.Piece(
                orientation: edge.orientation, position: edge.position, start: edge.start, end: edge.end, width: edge.width))
        }
        return RulingMerger.merge(pieces)
    }

    /// True when rulings within `tolerance` of `ruling`'s line cover its length, ends within `tolerance`.
    /// Coverage rather than one-to-one matching: we trim shaded areas to their clip and pdfplumber does not, so
    /// a shading edge may join a border on one side and stay apart, within the tolerance, on the other.
    private static func covered(_ ruling: Ruling, by others: [Ruling]) -> Bool {
        let onLine = others.filter { $0.orientation == ruling.orientation && abs($0.position - ruling.position) <= tolerance }
        var reach = ruling.start
        for other in onLine.sorted(by: { $0.start < $1.start }) where other.start <= reach + tolerance {
            reach = max(reach, other.end)
        }
        return reach >= ruling.end - tolerance
    }
}
