import ReportModel

/// Builds one `Page` from what Poppler read of it (`PageContent`): text into lines and words, rulings from the
/// page's own drawing operators, and the page's kind. Nothing here renders the page: pages that need OCR
/// are rendered later by the OCR stage, which finds their rulings in the image.
struct PageBuilder {
    var classifier = PageClassifier()
    var verticalRuns = VerticalRunFinder()
    var lineBuilder = LineBuilder()

    func page(from content: PageContent, number: Int) -> (page: Page, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let glyphs = content.characters.filter { !$0.isSpace }
        let (runs, rest) = verticalRuns.split(content.characters)
        var lines = lineBuilder.lines(from: rest) + runs.compactMap(LineBuilder.verticalLine(from:))
        lines.sort { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }

        let drawn = content.drawing
        if !drawn.interpreted {
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
        return (Page(number: number, width: content.width, height: content.height, kind: kind, kindReason: reason,
                     lines: lines, rulings: rulings), diagnostics)
    }
}
