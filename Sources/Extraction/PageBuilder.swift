import CPoppler
import ReportModel

/// Builds one `Page` from a Poppler page lent by `PDFExtractor`: text into lines and words, rulings from a
/// low-resolution rendering with the text masked out, and the page's kind.
struct PageBuilder {
    var rulingDPI: Double
    var detector = RulingDetector()
    var classifier = PageClassifier()
    var verticalRuns = VerticalRunFinder()
    var lineBuilder = LineBuilder()

    func page(from page: OpaquePointer, number: Int, path: String) throws -> (page: Page, diagnostics: [Diagnostic]) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        var diagnostics: [Diagnostic] = []

        let text = PageTextReader.read(page: page)
        if let mismatch = text.mismatch {
            diagnostics.append(Diagnostic(
                code: "extract.textLayoutMismatch",
                message: "Poppler gave \(mismatch.characters) characters but \(mismatch.rectangles) boxes; the surplus was dropped",
                page: number))
        }
        let glyphs = text.characters.filter { !$0.isSpace }

        let scale = rulingDPI / 72
        var image = try PageRenderer.grayImage(of: page, scale: scale, path: path, number: number)
        mask(glyphs.map(\.box), in: &image, scale: scale)
        let inkOutsideText = image.inkCoverage(threshold: detector.darkThreshold)
        let (kind, reason) = classifier.classify(characters: glyphs.map(\.scalar), inkOutsideText: inkOutsideText)

        var lines: [TextLine] = []
        if kind == .text {
            let (runs, rest) = verticalRuns.split(text.characters)
            lines = lineBuilder.lines(from: rest) + runs.compactMap(LineBuilder.verticalLine(from:))
            lines.sort { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        } else if kind == .needsOCR {
            diagnostics.append(Diagnostic(
                severity: .note, code: "extract.needsOCR",
                message: "page \(number) has no usable text layer (\(reason)); it needs OCR", page: number))
        }
        let rulings = detector.rulings(in: image, scale: scale)
        return (Page(number: number, width: width, height: height, kind: kind, kindReason: reason,
                     lines: lines, rulings: rulings), diagnostics)
    }

    /// Whitens the glyph boxes so that strokes of adjacent characters cannot line up into a false ruling.
    /// Boxes are trimmed at the edges, where they reach into spacing that a table border may cross.
    private func mask(_ boxes: [Box], in image: inout GrayImage, scale: Double) {
        for box in boxes {
            let trimX = box.width * 0.1
            let trimY = box.height * 0.1
            let x0 = max(0, Int(((box.x0 + trimX) * scale).rounded(.down)))
            let x1 = min(image.width - 1, Int(((box.x1 - trimX) * scale).rounded(.up)))
            let y0 = max(0, Int(((box.y0 + trimY) * scale).rounded(.down)))
            let y1 = min(image.height - 1, Int(((box.y1 - trimY) * scale).rounded(.up)))
            guard x0 <= x1, y0 <= y1 else { continue }
            for y in y0...y1 {
                let row = y * image.width
                for x in x0...x1 { image.pixels[row + x] = 255 }
            }
        }
    }
}
