import ReportModel

/// Recognises one scanned page at a time; one instance per worker thread, holding that worker's Tesseract engines.
///
/// Text outside tables is read as a whole region with `chi_sim` (layout analysis, word boxes); inside a ruled table
/// each cell is read on its own (one image per page, a rectangle per cell) so that numbers from neighbouring columns
/// can never run together: label cells with `chi_sim`, numeric cells by `chi_sim` and `eng` restricted to digits (two
/// models must agree), tall one-glyph-per-line cells with `chi_sim_vert`.
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
        let (rendered, messages) = try PageRenderer(dpi: dpi, password: password).rgbImage(ofPage: page.number, inPDFAt: path)
        let (binary, skew) = cleanup.clean(rendered, dpi: dpi)
        var result = try recognize(page, image: binary, skew: skew)
        if messages > 0 {
            // Counted, said once per page: a damaged font can make Poppler complain hundreds of times.
            result.diagnostics.append(Diagnostic(
                severity: .note, code: "ocr.renderMessages",
                message: "Poppler reported \(messages) problem(s) rendering page \(page.number) for OCR; parts of it may be missing",
                page: page.number))
        }
        return result
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
        var lines = chinese.recognize(image.bounds, layout: .auto)
            .compactMap { textLine($0.words, vertical: false) }

        for (t, table) in tables.enumerated() {
            for cell in table.grid.cells {
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
    private func recognize(_ cell: TableGrid.Cell, of image: GrayImage, page: Int, table: Int) throws
        -> (lines: [TextLine], diagnostics: [Diagnostic])
    {
        let dpi = options.dpi
        // Stay clear of the borders: a ruling fragment inside the rectangle reads as 1 or |.
        let inner = PageImageRect(rounding: cell.box).insetBy(Int(dpi / 50))
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
        // A cell with ink that reads as nothing is most often a lone digit the block layout missed: try it as a number,
        // so that it is either read by both models or reported, never dropped silently.
        let value = OCRTextCleanup.numericReading(text)
        guard value != nil || text.isEmpty else {
            return (read.compactMap { textLine($0.words, vertical: false) }, [])
        }
        var free = NumberReading(words: read.flatMap(\.words))
        free.value = value  // the block layout may split one number into several words
        return try readNumber(in: inner, of: image, free: free, fallback: read, place: place, page: page)
    }

    /// One engine's reading of a numeric cell.
    struct NumberReading {
        var words: [TesseractEngine.Word]
        var value: String?
        var confidence: Double

        init(words: [TesseractEngine.Word]) {
            self.words = words
            value = words.count == 1 ? OCRTextCleanup.numericReading(words[0].text) : nil
            confidence = words.map(\.confidence).min() ?? 0
        }
    }

    /// A numeric cell, read by two different models, `chi_sim` and `eng`, each free (the block reading that found the cell
    /// numeric) and restricted to digits, point and signs on a box tight around the ink; `eng` again as a word or single
    /// character when its line reading finds no Chinese match (Tesseract's line mode drops or misreads lone digits).
    /// A number is accepted only when a `chi_sim` and an `eng` reading agree, as sure as the surer of the two; otherwise
    /// the surest reading is kept and reported — one model alone, even a confident one, is not trusted (a digit-restricted
    /// model reads an 8 as a confident 3). Low confidence or no single number is reported too. Nothing is corrected by
    /// guessing: a reported number is kept as read for the parser to null.
    private func readNumber(
        in inner: PageImageRect, of image: GrayImage, free: NumberReading, fallback: [TesseractEngine.Line],
        place: String, page: Int
    ) throws -> (lines: [TextLine], diagnostics: [Diagnostic]) {
        let dpi = options.dpi
        let chineseEngine = try engine(\.chinese, "chi_sim", image: image)
        let digitEngine = try engine(\.digits, "eng", image: image)
        // Tight around the ink with a margin of a quarter of its height: with much more white around it a lone digit
        // reads badly (7 read as 1 at a 20 px margin, right at 4–12 px, on 36 px digits).
        let ink = image.inkBounds(in: inner) ?? inner
        let tight = ink.insetBy(-max(Int(dpi / 75), ink.height / 4)).clamped(width: image.width, height: image.height)
        func reading(_ engine: TesseractEngine, _ layout: TesseractEngine.Layout) -> NumberReading {
            // Signs always allowed: a change column's "+3" would otherwise come out as 43.
            let words = engine.recognize(tight, layout: layout, allowed: "0123456789.+-").flatMap(\.words)
            return NumberReading(words: words)
        }
        let chinese = [free, reading(chineseEngine, .singleLine)].filter { $0.value != nil }
        var digits = [reading(digitEngine, .singleLine)].filter { $0.value != nil }
        if !digits.contains(where: { d in chinese.contains { $0.value == d.value } }) {
            let single = chinese.contains { $0.value?.count == 1 }
            digits += [reading(digitEngine, single ? .singleCharacter : .singleWord)].filter { $0.value != nil }
        }

        let context = "\(place) \(inner.box(dpi: dpi).pointsDescription)"
        if chinese.isEmpty, digits.isEmpty, free.words.isEmpty {
            // Specks, a stray mark, or text no model could read: worth a note, not a number.
            return ([], [Diagnostic(
                severity: .note, code: "ocr.unreadable", message: "page \(page), \(place): ink but no text read",
                page: page, context: context)])
        }
        var chosen: NumberReading
        var doubts: [String] = []
        let agreeing = chinese.flatMap { c in digits.filter { $0.value == c.value }.map { (c, $0) } }
            .max { max($0.0.confidence, $0.1.confidence) < max($1.0.confidence, $1.1.confidence) }
        if let (c, d) = agreeing {
            chosen = d.confidence >= c.confidence ? d : c
        } else {
            let all = chinese + digits
            chosen = all.max { $0.confidence < $1.confidence } ?? free
            let others = Set(all.compactMap(\.value)).subtracting([chosen.value ?? ""])
            doubts.append(others.isEmpty ? "only one model read it" : "other readings \(others.sorted())")
            chosen.confidence = all.map(\.confidence).min() ?? 0
        }
        if chosen.value == nil { doubts.append("not a single number") }
        if chosen.confidence < options.minimumConfidence { doubts.append("confidence \(Int(chosen.confidence))") }

        let read = chosen.words.map(\.text).joined(separator: " ")
        let problem = Diagnostic(
            code: "ocr.lowConfidence", message: "page \(page), \(place): number read as \"\(read)\": \(doubts.joined(separator: ", "))",
            page: page, context: context)
        guard var line = textLine(chosen.words, vertical: false) else {
            return (fallback.compactMap { textLine($0.words, vertical: false) }, [problem])
        }
        if let value = chosen.value, line.words.count == 1 {
            line.words[0].text = value
            line.words[0].glyphs = zip(value, line.words[0].glyphs).map { Glyph(char: String($0), box: $1.box) }
            line.words[0].confidence = chosen.confidence
        }
        return ([line], doubts.isEmpty ? [] : [problem])
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
