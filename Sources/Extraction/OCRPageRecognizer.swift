import ReportModel

/// Recognises one scanned page at a time; one instance per worker thread, holding that worker's Tesseract engines.
///
/// Text outside tables is read as a whole region with `chi_sim` (layout analysis, word boxes); inside a ruled table
/// each cell is read on its own so that numbers from neighbouring columns can never run together:
/// numeric cells again with `eng` restricted to digits, tall one-glyph-per-line cells with `chi_sim_vert`.
final class OCRPageRecognizer {
    /// What recognising a page gave: the page (kind `.ocr`) and the problems met.
    struct Result: Sendable {
        var page: Page
        var diagnostics: [Diagnostic]
    }

    private let options: OCROptions
    private let tessdata: TesseractData
    private let cleanup = ImageCleanup()
    private var chinese: TesseractEngine?
    private var digits: TesseractEngine?
    private var vertical: TesseractEngine?
    /// Languages whose engine already holds the current page's table image.
    private var holdingPage: Set<String> = []

    init(options: OCROptions, tessdata: TesseractData) {
        self.options = options
        self.tessdata = tessdata
    }

    /// Renders page `page.number` of the PDF at `options.dpi`, cleans it and recognises it.
    func recognize(_ page: Page, inPDFAt path: String, password: String?) throws -> Result {
        let dpi = options.dpi
        let rendered = try PageRenderer(dpi: dpi, password: password).rgbImage(ofPage: page.number, inPDFAt: path)
        let (binary, skew) = cleanup.clean(rendered, dpi: dpi)
        return try recognize(page, image: binary, skew: skew)
    }

    /// Recognises an already cleaned binary page image rendered at `options.dpi`.
    func recognize(_ page: Page, image: GrayImage, skew: Double = 0) throws -> Result {
        let dpi = options.dpi
        // The same detector as for text pages, so repair rebuilds scanned grids exactly like born-digital ones; but longer
        // strokes only, as a scan has no text layer to tell a heading's 一 from a rule. Short strokes must belong to a table.
        let tolerance = dpi / 50
        let found = RulingDetector(minLength: 25).rulings(in: image, scale: dpi / 72).map {
            Ruling(orientation: $0.orientation, position: $0.position * dpi / 72, start: $0.start * dpi / 72, end: $0.end * dpi / 72)
        }
        let tables = OCRTableGrid.tables(from: found, tolerance: tolerance)
        let pixelRulings = found.filter { ruling in
            ruling.end - ruling.start >= dpi * 1.4 || tables.contains { $0.holds(ruling, tolerance: tolerance) }
        }
        let rulings = pixelRulings.map {
            Ruling(orientation: $0.orientation, position: $0.position * 72 / dpi, start: $0.start * 72 / dpi, end: $0.end * 72 / dpi)
        }
        let image = image.erasing(pixelRulings, maxHalfWidth: Int(dpi / 72 * RulingDetector().maxThickness))
        var diagnostics: [Diagnostic] = []

        // Outside tables: one pass over the page with the tables painted out.
        var masked = image
        for table in tables { masked.fill(table.frame.insetBy(-Int(dpi / 50)), with: 255) }
        holdingPage = []
        let chinese = try engine(\.chinese, "chi_sim")
        chinese.setImage(masked, dpi: dpi)
        var lines = chinese.recognize(PageImageRect(x: 0, y: 0, width: image.width, height: image.height), layout: .auto)
            .compactMap { textLine($0.words, vertical: false) }

        for (t, table) in tables.enumerated() {
            for cell in table.cells {
                let read = try recognize(cell, of: image, page: page.number, table: t + 1)
                lines += read.lines
                diagnostics += read.diagnostics
            }
        }

        let words = lines.flatMap(\.words)
        let confidences = words.compactMap(\.confidence)
        let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        var reason = "OCR at \(Int(dpi)) dpi: \(words.count) words, mean confidence \(Int(mean.rounded()))"
        if skew != 0 { reason += ", skew \(skew)° removed" }
        if words.isEmpty {
            diagnostics.append(Diagnostic(code: "ocr.noText", message: "page \(page.number): OCR found no text", page: page.number))
        }
        let ocrPage = Page(
            number: page.number, width: page.width, height: page.height, kind: .ocr, kindReason: reason,
            lines: Self.readingOrder(lines), rulings: rulings)
        return Result(page: ocrPage, diagnostics: diagnostics)
    }

    /// One table cell: skipped when blank, else read by the engine its shape and content call for.
    private func recognize(_ cell: OCRTableGrid.Cell, of image: GrayImage, page: Int, table: Int) throws
        -> (lines: [TextLine], diagnostics: [Diagnostic])
    {
        let dpi = options.dpi
        // Stay clear of the borders: a ruling fragment inside the rectangle reads as 1 or |.
        let inner = cell.rect.insetBy(Int(dpi / 50))
        let dot = Int(dpi / 100)
        guard inner.width > 2 * dot, inner.height > 2 * dot, image.inkCount(in: inner) >= 8 * dot * dot else { return ([], []) }
        let place = "table \(table) row \(cell.row + 1) column \(cell.column + 1)"

        if inner.height >= 3 * inner.width, cell.rowSpan >= 3 {
            let engine = try engine(\.vertical, "chi_sim_vert", image: image)
            let read = engine.recognize(inner, layout: .verticalBlock)
            let words = read.flatMap(\.words)
            return ([textLine(words, vertical: true)].compactMap { $0 }, [])
        }

        let chinese = try engine(\.chinese, "chi_sim", image: image)
        let read = chinese.recognize(inner, layout: .block)
        let text = read.flatMap(\.words).map(\.text).joined()
        guard let first = OCRTextCleanup.numericReading(text) else {
            return (read.compactMap { textLine($0.words, vertical: false) }, [])
        }

        let chineseConfidence = read.flatMap(\.words).map(\.confidence).min() ?? 0
        return try readNumber(
            in: inner, of: image, chinese: (first, chineseConfidence), fallback: read, place: place, page: page)
    }

    /// A reading of a numeric cell by the digit engine.
    private struct NumberReading {
        var words: [TesseractEngine.Word]
        var value: String?
        var confidence: Double
    }

    /// A numeric cell: `eng` restricted to digits and signs reads it as one line; when that disagrees with `chi_sim`, `eng`
    /// reads it again as one word or character (Tesseract's line mode misreads or drops lone digits, e.g. 7 as 1) and two
    /// agreeing readings of three decide.
    /// Whatever is doubtful (no agreement, low confidence, not one number) is kept as read and reported, never corrected.
    private func readNumber(
        in inner: PageImageRect, of image: GrayImage, chinese: (value: String, confidence: Double),
        fallback: [TesseractEngine.Line], place: String, page: Int
    ) throws -> (lines: [TextLine], diagnostics: [Diagnostic]) {
        let dpi = options.dpi
        let engine = try engine(\.digits, "eng", image: image)
        // Tight around the ink with a margin of about a character's width: a lone digit in a wide empty cell reads worse.
        let margin = Int(dpi / 12)
        let tight = (image.inkBounds(in: inner)?.insetBy(-margin) ?? inner).clamped(width: image.width, height: image.height)
        func reading(_ layout: TesseractEngine.Layout) -> NumberReading {
            // Signs always allowed: chi_sim often drops the + of a change column's "+3", and eng then reads it as 4.
            let words = engine.recognize(tight, layout: layout, allowed: "0123456789.+-").flatMap(\.words)
            return NumberReading(
                words: words, value: words.count == 1 ? OCRTextCleanup.numericReading(words[0].text) : nil,
                confidence: words.map(\.confidence).min() ?? 0)
        }
        // When readings agree, the number is as sure as the surest of them (lone digits get low scores from one engine
        // or the other even when read right).
        var chosen = reading(.singleLine)
        var agreed = chosen.value == chinese.value
        if agreed {
            chosen.confidence = max(chosen.confidence, chinese.confidence)
        } else {
            let second = reading(chinese.value.count == 1 ? .singleCharacter : .singleWord)
            if second.value != nil, second.value == chosen.value || second.value == chinese.value {
                agreed = true
                let other = second.value == chinese.value ? chinese.confidence : chosen.confidence
                chosen = second
                chosen.confidence = max(second.confidence, other)
            }
        }
        var doubts: [String] = []
        if chosen.value == nil { doubts.append("not a single number") }
        if chosen.confidence < options.minimumConfidence { doubts.append("confidence \(Int(chosen.confidence))") }
        if !agreed { doubts.append("chi_sim read \"\(chinese.value)\" (confidence \(Int(chinese.confidence)))") }
        let context = "\(place) \(inner.box(dpi: dpi).pointsDescription)"
        func problem(_ read: String) -> Diagnostic {
            Diagnostic(
                code: "ocr.lowConfidence", message: "page \(page), \(place): number read as \"\(read)\": \(doubts.joined(separator: ", "))",
                page: page, context: context)
        }
        guard var line = textLine(chosen.words, vertical: false) else {
            return (fallback.compactMap { textLine($0.words, vertical: false) }, [problem("")])
        }
        if let value = chosen.value {
            line.words[0].text = value
            line.words[0].glyphs = zip(value, line.words[0].glyphs).map { Glyph(char: String($0), box: $1.box) }
        }
        // Disagreeing engines are themselves a low confidence: the word carries the lower of the two.
        let confidence = agreed ? chosen.confidence : min(chosen.confidence, chinese.confidence)
        line.words = line.words.map { var w = $0; w.confidence = min(w.confidence ?? 0, confidence); return w }
        if agreed, line.words.count == 1 { line.words[0].confidence = chosen.confidence }
        return ([line], doubts.isEmpty ? [] : [problem(chosen.words.map(\.text).joined(separator: " "))])
    }

    /// The engine stored at `slot`, created on first use (loading a model is the expensive part); given `image`,
    /// makes sure the engine holds it (set once per page, not per cell).
    private func engine(
        _ slot: ReferenceWritableKeyPath<OCRPageRecognizer, TesseractEngine?>, _ language: String, image: GrayImage? = nil
    ) throws -> TesseractEngine {
        let engine = try self[keyPath: slot] ?? TesseractEngine(language: language, tessdata: tessdata.directory)
        self[keyPath: slot] = engine
        if let image, !holdingPage.contains(language) {
            engine.setImage(image, dpi: options.dpi)
            holdingPage.insert(language)
        }
        return engine
    }

    /// Tesseract words (pixels) as a layout line (points), tidied.
    private func textLine(_ words: [TesseractEngine.Word], vertical: Bool) -> TextLine? {
        let dpi = options.dpi
        let converted = words.map { word in
            Word(
                text: word.text, box: word.rect.box(dpi: dpi),
                glyphs: word.symbols.map { Glyph(char: $0.text, box: $0.rect.box(dpi: dpi)) },
                origin: .ocr, confidence: word.confidence)
        }
        let tidy = OCRTextCleanup.tidy(converted)
        guard let box = Box.enclosing(tidy.map(\.box)) else { return nil }
        return TextLine(box: box, words: tidy, vertical: vertical)
    }

    /// Top to bottom; lines that share most of their height are one visual row, read left to right.
    static func readingOrder(_ lines: [TextLine]) -> [TextLine] {
        var rows: [[TextLine]] = []
        for line in lines.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let anchor = rows.last?.first,
                line.box.verticalOverlap(with: anchor.box) > 0.5 * min(line.box.height, anchor.box.height)
            {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows.flatMap { $0.sorted { $0.box.x0 < $1.box.x0 } }
    }
}
