import CPoppler
import ReportModel

/// Builds one `Page` from a Poppler page lent by `PDFExtractor`: text into lines and words, rulings from a
/// low-resolution rendering with the text masked out, and the page's kind.
struct PageBuilder {
    var rulingDPI: Double
    var searchRulingsOnEveryPage: Bool
    /// A gap between words this many ems wide or more marks a line as a table row.
    var columnGap = 1.0
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
        let (runs, rest) = verticalRuns.split(text.characters)
        var lines = lineBuilder.lines(from: rest) + runs.compactMap(LineBuilder.verticalLine(from:))
        lines.sort { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }

        // Rendering is most of the stage's cost: skip it on pages of running prose, which have no table
        // and enough text that their kind does not depend on ink.
        let needsImage = searchRulingsOnEveryPage || glyphs.count < classifier.sparseCharacters
            || lines.contains { $0.vertical || hasColumnGap($0) }
        let scale = rulingDPI / 72
        var image: GrayImage?
        if needsImage {
            do {
                image = try PageRenderer.grayImage(of: page, scale: scale, path: path, number: number)
            } catch let error as GovReportsError {
                // One page that cannot be rendered costs its rulings, not the whole document.
                diagnostics.append(Diagnostic(
                    code: "extract.renderFailed", message: "\(error.description); no rulings for this page", page: number))
            }
        }
        if var rendered = image {
            mask(glyphs.map(\.box), in: &rendered, scale: scale)
            image = rendered
        }
        var (kind, reason) = classifier.classify(
            characters: glyphs.map(\.scalar), inkOutsideText: image?.inkCoverage(threshold: detector.darkThreshold) ?? 0)
        if image == nil, glyphs.isEmpty {
            (kind, reason) = (.empty, "no text, and the page cannot be rendered to look for ink")
        }
        if kind == .needsOCR {
            lines = []
            diagnostics.append(Diagnostic(
                severity: .note, code: "extract.needsOCR",
                message: "page \(number) has no usable text layer (\(reason)); it needs OCR", page: number))
        }
        // On a page without a usable text layer nothing can be masked, so character strokes would pass for
        // rulings; the OCR stage finds them once it knows where the words are.
        let rulings = kind == .text
            ? (image.map { detector.rulings(in: $0, scale: scale) } ?? []).filter { !runsAlongText($0, glyphs) }
            : []
        return (Page(number: number, width: width, height: height, kind: kind, kindReason: reason,
                     lines: lines, rulings: rulings), diagnostics)
    }

    /// Table rows put wide gaps between the words of a line (cell to cell); justified prose does not.
    private func hasColumnGap(_ line: TextLine) -> Bool {
        zip(line.words, line.words.dropFirst()).contains { left, right in
            let em = min(left.fontSize ?? left.box.height, right.fontSize ?? right.box.height)
            return right.box.x0 - left.box.x1 >= columnGap * em
        }
    }

    /// True when the ruling lies across glyph boxes for (nearly) all its length: the top or bottom strokes
    /// of a line of characters that the trimmed mask left visible, or a run of underscores. A real rule
    /// runs through gaps and padding.
    private func runsAlongText(_ ruling: Ruling, _ glyphs: [PageCharacter]) -> Bool {
        let horizontal = ruling.orientation == .horizontal
        var covered: [(Double, Double)] = []
        for glyph in glyphs {
            let box = glyph.box
            // Ink reaches a little past Poppler's boxes (underscores, descenders).
            let slack = 0.2 * (horizontal ? box.height : box.width)
            let across = horizontal ? (box.y0, box.y1) : (box.x0, box.x1)
            guard across.0 - slack <= ruling.position, ruling.position <= across.1 + slack else { continue }
            let along = horizontal ? (box.x0, box.x1) : (box.y0, box.y1)
            let start = max(along.0, ruling.start)
            let end = min(along.1, ruling.end)
            if start < end { covered.append((start, end)) }
        }
        var total = 0.0
        var reach = ruling.start
        for (start, end) in covered.sorted(by: { $0.0 < $1.0 }) where end > reach {
            total += end - max(start, reach)
            reach = end
        }
        return total >= 0.9 * (ruling.end - ruling.start)
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
