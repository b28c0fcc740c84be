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
    /// How the current page was straightened: what turns the image's boxes back into the page's.
    private var pageSkew: PageSkew?

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
                code: .ocrRenderMessages,
                message: "Poppler reported \(messages) problem(s) rendering page \(page.number) for OCR; parts of it may be missing",
                page: page.number))
        }
        return result
    }

    /// Recognises an already cleaned binary page image rendered at `options.dpi`, straightened by turning it `skew`
    /// degrees back; the page's boxes are given in its own coordinates, the skew undone (`Page.placed(skew:)`).
    func recognize(_ page: Page, image: GrayImage, skew: Double = 0) throws -> Result {
        let dpi = options.dpi
        pageSkew = PageSkew(degrees: skew, centreX: page.width / 2, centreY: page.height / 2)
        let found = OCRRulings(in: image, dpi: dpi)
        let (pixelRulings, tables) = (found.rulings, found.tables)
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

        // Table cells without specks (and what erasing the rulings left of them), which read as stray punctuation
        // beside a number. Only there: on the rest of the page, a seal's remnants without their specks read as text.
        let cellImage = cleanup.despeckle(image)
        for (t, table) in tables.enumerated() {
            let read = try recognize(table, of: cellImage, page: page.number, number: t + 1)
            lines += read.lines
            diagnostics += read.diagnostics
        }

        let words = lines.flatMap(\.words)
        let confidences = words.compactMap(\.confidence)
        let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        var reason = "OCR at \(Int(dpi)) dpi: \(words.count) words, mean confidence \(Int(mean.rounded()))"
        if skew != 0 { reason += ", skew \(skew)° removed" }
        if words.isEmpty {
            diagnostics.append(Diagnostic(code: .ocrNoText, message: "page \(page.number): OCR found no text", page: page.number))
        }
        let ocrPage = Page(
            number: page.number, width: page.width, height: page.height, kind: .ocr, kindReason: reason,
            lines: Self.readingOrder(lines), rulings: rulings)
        return Result(page: ocrPage.placed(skew: skew), diagnostics: diagnostics)
    }

    /// One table, cell by cell: every cell first by the engine its shape calls for, then the cells that are numbers, or
    /// that stand in a value column (`OCRValueColumns`) whatever they first read as, by both models.
    private func recognize(_ table: OCRTableGrid, of image: GrayImage, page: Int, number: Int) throws
        -> (lines: [TextLine], diagnostics: [Diagnostic])
    {
        var lines: [TextLine] = []
        var diagnostics: [Diagnostic] = []
        var first: [(cell: TableGrid.Cell, inner: PageImageRect, read: [TesseractEngine.Line])] = []
        for cell in table.grid.cells {
            guard let inner = inkedInterior(of: cell, in: image) else { continue }
            if inner.height >= 3 * inner.width, cell.rowSpan >= 3 {
                let read = try engine(\.vertical, "chi_sim_vert", image: image).recognize(inner, layout: .verticalBlock)
                lines += [textLine(read.flatMap(\.words), vertical: true)].compactMap { $0 }
                continue
            }
            first.append((cell, inner, try engine(\.chinese, "chi_sim", image: image).recognize(inner, layout: .block)))
        }
        let readings = first.map {
            OCRValueColumns.Reading(
                row: $0.cell.row, column: $0.cell.column, columnSpan: $0.cell.columnSpan,
                text: $0.read.flatMap(\.words).map(\.text).joined(separator: " "))
        }
        let valueColumns = OCRValueColumns(readings)
        for ((cell, inner, read), reading) in zip(first, readings) {
            let asText = read.compactMap { textLine($0.words, vertical: false) }
            // Numbers set apart in one cell (a missing ruling): kept apart, for the parser to null as ambiguous;
            // joined they would be a number nobody printed (3 1 204 → 31204).
            if OCRTextCleanup.holdsSeveralNumbers(read) {
                lines += asText
                continue
            }
            // A cell with ink that reads as nothing is most often a lone digit the block layout missed: try it as a
            // number, so that it is either read by both models or reported, never dropped silently.
            let value = OCRTextCleanup.numericReading(reading.text)
            guard value != nil || reading.text.isEmpty || valueColumns.readsAsNumber(reading) else {
                lines += asText
                continue
            }
            var free = OCRNumberVerdict.Reading(words: read.flatMap(\.words))
            free.value = value  // the block layout may split one number into several words
            let place = "table \(number) row \(cell.row + 1) column \(cell.column + 1)"
            let numberRead = try readNumber(in: inner, of: image, free: free, fallback: read, place: place, page: page)
            lines += numberRead.lines
            diagnostics += numberRead.diagnostics
        }
        return (lines, diagnostics)
    }

    /// A cell's rectangle clear of its borders (a ruling fragment inside it reads as 1 or |), nil when it has too
    /// little ink to hold anything.
    private func inkedInterior(of cell: TableGrid.Cell, in image: GrayImage) -> PageImageRect? {
        let dpi = options.dpi
        let inner = PageImageRect(rounding: cell.box).insetBy(Int(dpi / 50))
        let dot = Int(dpi / 100)
        guard inner.width > 2 * dot, inner.height > 2 * dot, image.inkCount(in: inner) >= 8 * dot * dot else { return nil }
        return inner
    }

    /// A numeric cell, read by two different models, `chi_sim` and `eng`, each free (the block reading that found the cell
    /// numeric) and restricted to digits, point and signs on a box tight around the ink; `eng` (restricted, then for a
    /// lone digit free), then `chi_sim`, again as a word or single character while the two do not agree (Tesseract's
    /// line mode drops or misreads lone digits).
    /// `OCRNumberVerdict` decides; a disputed reading is kept as read (for provenance) with confidence 0, so it is never
    /// published, and reported. Nothing is corrected by guessing.
    private func readNumber(
        in inner: PageImageRect, of image: GrayImage, free: OCRNumberVerdict.Reading, fallback: [TesseractEngine.Line],
        place: String, page: Int
    ) throws -> (lines: [TextLine], diagnostics: [Diagnostic]) {
        let dpi = options.dpi
        let chineseEngine = try engine(\.chinese, "chi_sim", image: image)
        let digitEngine = try engine(\.digits, "eng", image: image)
        // Tight around the ink with a margin of a quarter of its height: with much more white around it a lone digit
        // reads badly (7 read as 1 at a 20 px margin, right at 4–12 px, on 36 px digits).
        let ink = image.inkBounds(in: inner) ?? inner
        let tight = ink.insetBy(-max(Int(dpi / 75), ink.height / 4)).clamped(width: image.width, height: image.height)
        func reading(
            _ engine: TesseractEngine, _ layout: TesseractEngine.Layout, allowed: String = "0123456789.+-"
        ) -> OCRNumberVerdict.Reading {
            // Signs always allowed: a change column's "+3" would otherwise come out as 43.
            let words = engine.recognize(tight, layout: layout, allowed: allowed).flatMap(\.words)
            return OCRNumberVerdict.Reading(words: words)
        }
        var chinese = [free, reading(chineseEngine, .singleLine)].filter { $0.value != nil }
        var digits = [reading(digitEngine, .singleLine)].filter { $0.value != nil }
        func agree() -> Bool { digits.contains { d in chinese.contains { $0.value == d.value } } }
        if !agree() {
            let single = chinese.contains { $0.value?.count == 1 }
            digits += [reading(digitEngine, single ? .singleCharacter : .singleWord)].filter { $0.value != nil }
        }
        if !agree(), chinese.contains(where: { $0.value?.count == 1 }) {
            // Restricted to digits, `eng` often reads a lone 0 or 9 as nothing at all; free, it reads it right.
            digits += [reading(digitEngine, .singleCharacter, allowed: "")].filter { $0.value != nil }
        }
        if !agree() {
            // And `chi_sim` the same way, when it is the one that missed a lone digit `eng` read.
            let single = digits.contains { $0.value?.count == 1 }
            chinese += [reading(chineseEngine, single ? .singleCharacter : .singleWord)].filter { $0.value != nil }
        }

        let box = inner.box(dpi: dpi)
        let context = "\(place) \((pageSkew?.toPage(box) ?? box).pointsDescription)"
        if chinese.isEmpty, digits.isEmpty, free.words.isEmpty {
            // Specks, a stray mark, or text no model could read: worth a note, not a number.
            return ([], [Diagnostic(
                code: .ocrUnreadable, message: "page \(page), \(place): ink but no text read",
                page: page, context: context)])
        }
        let verdict = OCRNumberVerdict(chinese: chinese, digits: digits, free: free, minimumConfidence: options.minimumConfidence)
        let (chosen, doubts, disputed) = (verdict.chosen, verdict.doubts, verdict.disputed)

        let read = chosen.words.map(\.text).joined(separator: " ")
        let problem = Diagnostic(
            code: .ocrLowConfidence, message: "page \(page), \(place): number read as \"\(read)\": \(doubts.joined(separator: ", "))",
            page: page, context: context)
        guard var line = textLine(chosen.words, vertical: false) else {
            return (fallback.compactMap { textLine($0.words, vertical: false) }.map { disputed ? Self.unconfirmed($0) : $0 }, [problem])
        }
        if let value = chosen.value, line.words.count == 1 {
            line.words[0].text = value
            line.words[0].glyphs = zip(value, line.words[0].glyphs).map { Glyph(char: String($0), box: $1.box) }
            line.words[0].confidence = chosen.confidence
        }
        return ([disputed ? Self.unconfirmed(line) : line], doubts.isEmpty ? [] : [problem])
    }

    /// The line with every word's confidence 0: what no two models agreed on is below any threshold.
    private static func unconfirmed(_ line: TextLine) -> TextLine {
        var line = line
        for i in line.words.indices { line.words[i].confidence = 0 }
        return line
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
