import CPoppler
import ReportModel

/// Builds one `Page` from a Poppler page lent by `PDFExtractor`: text into lines and words, rulings from the
/// page's own drawing operators, and the page's kind. Nothing here renders the page: pages that need OCR
/// are rendered later by the OCR stage, which finds their rulings in the image.
struct PageBuilder {
    var classifier = PageClassifier()
    var verticalRuns = VerticalRunFinder()
    var lineBuilder = LineBuilder()

    /// `drawing`: what the page draws (see `PageDrawing`); nil when the document's drawing could not be read
    /// (`PDFExtractor` reports that once).
    func page(from page: OpaquePointer, number: Int, drawing: PageDrawing?) -> (page: Page, diagnostics: [Diagnostic]) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        var diagnostics: [Diagnostic] = []

        let text = PageTextReader.read(page: page)
        if let mismatch = text.mismatch {
            diagnostics.append(Diagnostic(
                code: .extractTextLayoutMismatch,
                message: "Poppler gave \(mismatch.characters) characters but \(mismatch.rectangles) boxes; the surplus was dropped",
                page: number))
        }
        let glyphs = text.characters.filter { !$0.isSpace }
        let (runs, rest) = verticalRuns.split(text.characters)
        var lines = lineBuilder.lines(from: rest) + runs.compactMap(LineBuilder.verticalLine(from:))
        lines.sort { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }

        let drawn = drawing ?? PageDrawing()
        if let drawing, !drawing.interpreted {
            // One page whose drawing cannot be read costs its rulings, not the whole document.
            diagnostics.append(Diagnostic(
                code: .extractDrawingUnreadable, message: "the page's drawing cannot be interpreted; no rulings for this page",
                page: number))
        } else if drawn.errors > 0 {
            diagnostics.append(Diagnostic(
                code: .extractDrawingErrors,
                message: "Poppler reported \(drawn.errors) problem(s) interpreting the page's content; rulings may be incomplete",
                page: number))
        }
        let (kind, reason) = classifier.classify(characters: glyphs.map(\.scalar), drawing: drawn)
        if kind == .needsOCR {
            lines = []
            diagnostics.append(Diagnostic(
                code: .extractNeedsOCR,
                message: "page \(number) has no usable text layer (\(reason)); it needs OCR", page: number))
        }
        // A page without a usable text layer gets its rulings from the OCR stage, with its words.
        let rulings = kind == .text ? drawn.rulings : []
        return (Page(number: number, width: width, height: height, kind: kind, kindReason: reason,
                     lines: lines, rulings: rulings), diagnostics)
    }
}
