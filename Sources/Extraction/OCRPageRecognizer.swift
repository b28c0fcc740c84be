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
    /// Which image each language's engine holds: the page's cells, or a table's digits only.
    private var holding: [String: ImageToken] = [:]
    /// A label reading at least this sure (mean word confidence) is not read a second time. Chosen on the calibration
    /// scans (`scripts/scan-stress`): reading every label twice gained nothing over this, for a fifth more CPU.
    static let sureText = 85.0
    /// A cell's place in its table's grid.
    struct GridPlace: Hashable {
        var row: Int
        var column: Int
    }
    /// Names an image set on an engine, so that it is set once and not per cell.
    enum ImageToken: Equatable {
        case page
        case numbers(table: Int)
        /// The page pass's numbers outside ruled tables (`confirmLooseNumbers`).
        case looseNumbers
        /// One numeric cell enlarged on an image of its own.
        case enlarged
    }
    /// How the current page was straightened: what turns the image's boxes back into the page's.
    private var pageSkew: PageSkew?

    init(options: OCROptions, tessdata: TesseractData) {
        self.options = options
        self.tessdata = tessdata
    }

    /// Renders page `page.number` of the open PDF at `options.dpi`, cleans it and recognises it.
    func recognize(_ page: Page, in document: PageRenderer.OpenDocument) throws -> Result {
        let dpi = options.dpi
        let (rendered, messages) = try document.rgbImage(ofPage: page.number)
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
        // Specks out too: on the page they break Tesseract's layout analysis (a heading read as 二 /是 人), in a
        // cell they read as stray punctuation beside a number.
        let image = cleanup.despeckle(image.erasing(pixelRulings, maxHalfWidth: Int(dpi / 72 * RulingDetector().maxThickness)))
        var diagnostics: [Diagnostic] = []

        // Outside tables: one pass over the page with the tables painted out, read as one column of lines: the
        // automatic layout's block analysis dropped whole short lines of a clean page (`够精准。` ending a paragraph).
        var masked = image
        for table in tables { masked.fill(table.frame.insetBy(-Int(dpi / 50)), with: 255) }
        holding = [:]
        let chinese = try engine(\.chinese, "chi_sim")
        chinese.setImage(masked.smoothed(), dpi: dpi)
        let confirmed = try confirmLooseNumbers(in: chinese.recognize(image.bounds, layout: .column), of: image, page: page.number)
        var lines = confirmed.lines.compactMap { textLine($0.words, vertical: false) }
        diagnostics += confirmed.diagnostics

        // Cells are read on a white page holding only their interiors, through their whole boxes: text that hugs a
        // border (tight rows) then has white round it, and nothing of a border or a neighbour comes in.
        var interiors = GrayImage(width: image.width, height: image.height)
        for cell in tables.flatMap(\.grid.cells) {
            interiors.copy(PageImageRect(rounding: cell.box).insetBy(Int(dpi / 50)), from: image)
        }
        let smoothed = interiors.smoothed()
        for (t, table) in tables.enumerated() {
            let read = try recognize(table, of: image, smoothed: smoothed, page: page.number, number: t + 1)
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
    private func recognize(_ table: OCRTableGrid, of image: GrayImage, smoothed: GrayImage, page: Int, number: Int) throws
        -> (lines: [TextLine], diagnostics: [Diagnostic])
    {
        var lines: [TextLine] = []
        var diagnostics: [Diagnostic] = []
        var first: [(cell: TableGrid.Cell, inner: PageImageRect, read: [TesseractEngine.Line])] = []
        for cell in table.grid.cells {
            guard let inner = inkedInterior(of: cell, in: image) else { continue }
            let whole = PageImageRect(rounding: cell.box).clamped(width: image.width, height: image.height)
            if inner.height >= 3 * inner.width, cell.rowSpan >= 3 {
                let read = try engine(\.vertical, "chi_sim_vert", image: smoothed).recognize(whole, layout: .verticalBlock)
                lines += [textLine(read.flatMap(\.words), vertical: true)].compactMap { $0 }
                continue
            }
            first.append((cell, inner, try readText(in: whole, inner: inner, of: smoothed)))
        }
        let readings = first.map {
            OCRValueColumns.Reading(
                row: $0.cell.row, column: $0.cell.column, columnSpan: $0.cell.columnSpan,
                text: $0.read.flatMap(\.words).map(\.text).joined(separator: " "))
        }
        let valueColumns = OCRValueColumns(readings)
        var numeric: [(cell: TableGrid.Cell, inner: PageImageRect, read: [TesseractEngine.Line], value: String?)] = []
        for ((cell, inner, read), reading) in zip(first, readings) {
            // Numbers set apart in one cell (a missing ruling): kept apart, for the parser to null as ambiguous;
            // joined they would be a number nobody printed (3 1 204 → 31204).
            // A cell with ink that reads as nothing is most often a lone digit the block layout missed: try it as a
            // number, so that it is either read by both models or reported, never dropped silently.
            let value = OCRTextCleanup.numericReading(reading.text)
            if OCRTextCleanup.holdsSeveralNumbers(read)
                || !(value != nil || reading.text.isEmpty || valueColumns.readsAsNumber(reading))
            {
                lines += read.compactMap { textLine($0.words, vertical: false) }
            } else {
                numeric.append((cell, inner, read, value))
            }
        }
        // Numeric cells are read again on a white page holding only their digits (`keepNumberGlyphs`), so that a
        // generous margin round a number never takes in a neighbour's label or a ruling's remnant.
        var digitsOnly = GrayImage(width: image.width, height: image.height)
        for cell in numeric {
            digitsOnly.copy(cell.inner, from: image)
            digitsOnly.keepNumberGlyphs(in: cell.inner)
        }
        let token = ImageToken.numbers(table: number)
        let digitsSmoothed = digitsOnly.smoothed()
        let inRows = try rowReadings(
            of: numeric.filter { $0.cell.rowSpan == 1 }.map { (GridPlace(row: $0.cell.row, column: $0.cell.column), $0.inner) },
            in: digitsOnly, smoothed: digitsSmoothed, token: token)
        for (cell, inner, read, value) in numeric {
            var free = OCRNumberVerdict.Reading(words: read.flatMap(\.words))
            free.value = value  // the block layout may split one number into several words
            let place = "table \(number) row \(cell.row + 1) column \(cell.column + 1)"
            guard let ink = digitsOnly.inkBounds(in: inner) else {
                diagnostics.append(Diagnostic(
                    code: .ocrUnreadable, message: "page \(page), \(place): ink but no digits", page: page,
                    context: "\(place) \(placed(inner.box(dpi: options.dpi)).pointsDescription)"))
                continue
            }
            let numberRead = try readNumber(
                ink: ink, in: inner, of: digitsOnly, smoothed: digitsSmoothed, token: token, free: free,
                inRow: inRows[GridPlace(row: cell.row, column: cell.column)] ?? ([], []), fallback: read, place: place, page: page)
            lines += numberRead.lines
            diagnostics += numberRead.diagnostics
        }
        return (lines, diagnostics)
    }

    /// Each numeric cell's readings as part of its row: the row's numeric cells read as one line by each model (a
    /// line model reads a lone digit best among others), every word given to the cell it lies in. A word reaching
    /// into two cells is given to neither. Rows with one numeric cell are left out, and so must cells over several rows.
    private func rowReadings(
        of cells: [(place: GridPlace, inner: PageImageRect)], in image: GrayImage, smoothed: GrayImage, token: ImageToken
    ) throws -> [GridPlace: (chinese: [OCRNumberVerdict.Reading], digits: [OCRNumberVerdict.Reading])] {
        var result: [GridPlace: (chinese: [OCRNumberVerdict.Reading], digits: [OCRNumberVerdict.Reading])] = [:]
        let rows = Dictionary(grouping: cells, by: \.place.row).values.filter { $0.count >= 2 }
        guard !rows.isEmpty else { return result }
        let chineseEngine = try engine(\.chinese, "chi_sim", image: smoothed, token: token)
        let digitEngine = try engine(\.digits, "eng", image: smoothed, token: token)
        for row in rows {
            let x0 = row.map(\.inner.x).min()!, x1 = row.map(\.inner.maxX).max()!
            let y0 = row.map(\.inner.y).min()!, y1 = row.map(\.inner.maxY).max()!
            let line = PageImageRect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
            for (engine, chinese) in [(chineseEngine, true), (digitEngine, false)] {
                let words = engine.recognize(line, layout: .singleLine, allowed: "0123456789.+-").flatMap(\.words)
                for word in words {
                    let inside = row.filter { $0.inner.x < word.rect.maxX && word.rect.x < $0.inner.maxX }
                    guard inside.count == 1, let place = inside.first?.place else { continue }
                    let reading = OCRNumberVerdict.Reading(words: [word])
                    guard reading.value != nil else { continue }
                    if chinese { result[place, default: ([], [])].chinese.append(reading) } else { result[place, default: ([], [])].digits.append(reading) }
                }
            }
        }
        return result
    }

    /// A cell's text by `chi_sim`, read through its interior and, unless that reading is sure (`sureText`), through the
    /// cell's whole box too, the surer of the two kept (by the mean word confidence): the white margin the whole box
    /// gives text that hugs a border helps in tight rows and sometimes misleads elsewhere (行政处罚 read as 行政处神).
    /// A block that reads as nothing is tried once more as one line, which now and then reads a short label
    /// (（七）总计) that the block layout finds no text in.
    private func readText(in whole: PageImageRect, inner: PageImageRect, of image: GrayImage) throws -> [TesseractEngine.Line] {
        let chinese = try engine(\.chinese, "chi_sim", image: image)
        func surety(_ lines: [TesseractEngine.Line]) -> Double {
            let words = lines.flatMap(\.words)
            return words.isEmpty ? -1 : words.map(\.confidence).reduce(0, +) / Double(words.count)
        }
        var best = chinese.recognize(inner, layout: .block)
        if surety(best) < Self.sureText {
            let throughWhole = chinese.recognize(whole, layout: .block)
            if surety(throughWhole) > surety(best) { best = throughWhole }
        }
        return best.isEmpty ? chinese.recognize(whole, layout: .singleLine) : best
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

    /// A numeric cell, read by two different models, `chi_sim` and `eng`: first its first (block) reading and its row's
    /// line readings (`inRow`); while they do not agree, each model restricted to digits, point and signs on a box
    /// round the cell's digits; then `eng` (restricted, then for a lone digit free) and `chi_sim` again as a word or
    /// single character (Tesseract's line mode drops or misreads lone digits).
    /// `OCRNumberVerdict` decides; a disputed reading is kept as read (for provenance) with confidence 0, so it is never
    /// published, and reported. Nothing is corrected by guessing.
    private func judgeNumber(
        ink: PageImageRect, in inner: PageImageRect, of image: GrayImage, smoothed: GrayImage, token: ImageToken,
        free: OCRNumberVerdict.Reading, inRow: (chinese: [OCRNumberVerdict.Reading], digits: [OCRNumberVerdict.Reading]),
        place: String, page: Int
    ) throws -> (verdict: OCRNumberVerdict?, diagnostics: [Diagnostic]) {
        let dpi = options.dpi
        let chineseEngine = try engine(\.chinese, "chi_sim", image: smoothed, token: token)
        let digitEngine = try engine(\.digits, "eng", image: smoothed, token: token)
        // Round the ink with a margin of half its height (at least dpi/30): on the smoothed digits-only image that
        // reads lone digits best (a quarter of the height, right for hard binary edges, lost 14 of 386 numbers).
        let tight = ink.insetBy(-max(Int(dpi / 30), ink.height / 2)).clamped(width: image.width, height: image.height)
        func reading(
            _ engine: TesseractEngine, _ layout: TesseractEngine.Layout, allowed: String = "0123456789.+-"
        ) -> OCRNumberVerdict.Reading {
            // Signs always allowed: a change column's "+3" would otherwise come out as 43.
            let words = engine.recognize(tight, layout: layout, allowed: allowed).flatMap(\.words)
            return OCRNumberVerdict.Reading(words: words)
        }
        // The row's line readings first: when they agree the cell need not be read again on its own.
        var chinese = [free].filter { $0.value != nil } + inRow.chinese
        var digits = inRow.digits
        func agree() -> Bool { digits.contains { d in chinese.contains { $0.value == d.value } } }
        if !agree() {
            chinese += [reading(chineseEngine, .singleLine)].filter { $0.value != nil }
            digits += [reading(digitEngine, .singleLine)].filter { $0.value != nil }
        }
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
        if !agree(), digits.contains(where: { $0.value?.count == 1 }) {
            // A lone digit `chi_sim` still did not read as `eng` did (a 1 read as nothing, 4 or 工): read once more at
            // twice the size, where it reads most of them. `eng` must still agree for it to count.
            chinese += [try enlargedReading(tight, of: smoothed)].filter { $0.value != nil }
        }

        let context = "\(place) \(placed(inner.box(dpi: dpi)).pointsDescription)"
        if chinese.isEmpty, digits.isEmpty, free.words.isEmpty {
            // Specks, a stray mark, or text no model could read: worth a note, not a number.
            return (nil, [Diagnostic(
                code: .ocrUnreadable, message: "page \(page), \(place): ink but no text read",
                page: page, context: context)])
        }
        let verdict = OCRNumberVerdict(
            chinese: chinese, digits: digits, free: free, shape: DigitShape(of: ink, in: image), minimumConfidence: options.minimumConfidence)
        let read = verdict.chosen.words.map(\.text).joined(separator: " ")
        let problem = Diagnostic(
            code: .ocrLowConfidence, message: "page \(page), \(place): number read as \"\(read)\": \(verdict.doubts.joined(separator: ", "))",
            page: page, context: context)
        let settled = Diagnostic(
            code: .ocrShapeSettled,
            message: "page \(page), \(place): models read \((chinese + digits).compactMap(\.value).sorted()); the digit's shape settles \"\(read)\"",
            page: page, context: context)
        return (verdict, (verdict.doubts.isEmpty ? [] : [problem]) + (verdict.settledByShape ? [settled] : []))
    }

    /// A numeric cell's line: the number its readings decide (`judgeNumber`), disputed ones kept as read with
    /// confidence 0; the cell's first reading when no model gave words.
    private func readNumber(
        ink: PageImageRect, in inner: PageImageRect, of image: GrayImage, smoothed: GrayImage, token: ImageToken,
        free: OCRNumberVerdict.Reading, inRow: (chinese: [OCRNumberVerdict.Reading], digits: [OCRNumberVerdict.Reading]),
        fallback: [TesseractEngine.Line], place: String, page: Int
    ) throws -> (lines: [TextLine], diagnostics: [Diagnostic]) {
        let (judged, diagnostics) = try judgeNumber(
            ink: ink, in: inner, of: image, smoothed: smoothed, token: token, free: free, inRow: inRow, place: place, page: page)
        guard let verdict = judged else { return ([], diagnostics) }
        let (chosen, disputed) = (verdict.chosen, verdict.disputed)
        guard var line = textLine(chosen.words, vertical: false) else {
            return (fallback.compactMap { textLine($0.words, vertical: false) }.map { disputed ? Self.unconfirmed($0) : $0 }, diagnostics)
        }
        if let value = chosen.value, line.words.count == 1 {
            line.words[0].text = value
            line.words[0].glyphs = zip(value, line.words[0].glyphs).map { Glyph(char: String($0), box: $1.box) }
            line.words[0].confidence = chosen.confidence
        }
        return ([disputed ? Self.unconfirmed(line) : line], diagnostics)
    }

    /// Which words of a line of the page pass are values to judge as numbers: those that read as numbers and stand
    /// apart, since a figure in prose sits against its characters (2021年, 11 件) while a table's value stands apart by
    /// a column's gap, at least its own height on each side; and in a row of two such numbers or more, marks standing
    /// apart (`Q`, `1f`, `oo`), what a digit with a speck reads as, as in a ruled table's value column
    /// (`OCRValueColumns`).
    static func looseValues(in words: [TesseractEngine.Word]) -> [Int] {
        let apart = words.indices.filter { w in
            let (word, em) = (words[w], words[w].rect.height)
            let before = w > 0 ? word.rect.x - words[w - 1].rect.maxX : em
            let after = w + 1 < words.count ? words[w + 1].rect.x - word.rect.maxX : em
            return before >= em && after >= em
        }
        let numbers = apart.filter { OCRTextCleanup.numericReading(words[$0].text) != nil }
        guard numbers.count >= 2 else { return numbers }
        return apart.filter { numbers.contains($0) || OCRValueColumns.isMarksForDigits(words[$0].text) }
    }

    /// The page pass's words that read as numbers and stand apart, outside ruled tables (a table without rulings),
    /// judged like a table's numeric cells: each word a cell, each line a row, read again by both models on an
    /// image holding only their digits. An agreed number replaces a misread one; a disputed one keeps its text with
    /// confidence 0, so that one model's reading is never published, whether or not the table had rulings.
    private func confirmLooseNumbers(
        in lines: [TesseractEngine.Line], of image: GrayImage, page: Int
    ) throws -> (lines: [TesseractEngine.Line], diagnostics: [Diagnostic]) {
        let margin = Int(options.dpi / 50)
        var cells: [(place: GridPlace, inner: PageImageRect)] = []
        for (l, line) in lines.enumerated() {
            for w in Self.looseValues(in: line.words) {
                let inner = line.words[w].rect.insetBy(-margin).clamped(width: image.width, height: image.height)
                cells.append((GridPlace(row: l, column: w), inner))
            }
        }
        guard !cells.isEmpty else { return (lines, []) }
        var digitsOnly = GrayImage(width: image.width, height: image.height)
        for (_, inner) in cells {
            digitsOnly.copy(inner, from: image)
            digitsOnly.keepNumberGlyphs(in: inner)
        }
        let smoothed = digitsOnly.smoothed()
        let inRows = try rowReadings(of: cells, in: digitsOnly, smoothed: smoothed, token: .looseNumbers)
        var lines = lines
        var diagnostics: [Diagnostic] = []
        var disputed = 0
        for (cell, inner) in cells {
            let word = lines[cell.row].words[cell.column]
            let place = "text line \(cell.row + 1) word \(cell.column + 1)"
            guard let ink = digitsOnly.inkBounds(in: inner) else { continue }
            var free = OCRNumberVerdict.Reading(words: [word])
            free.value = OCRTextCleanup.numericReading(word.text)
            let (judged, found) = try judgeNumber(
                ink: ink, in: inner, of: digitsOnly, smoothed: smoothed, token: .looseNumbers, free: free,
                inRow: inRows[cell] ?? ([], []), place: place, page: page)
            diagnostics += found
            guard let verdict = judged else { continue }
            var confirmed = word
            if verdict.disputed {
                confirmed.confidence = 0
            } else if let value = verdict.chosen.value {
                if value != free.value, let read = verdict.chosen.words.first, verdict.chosen.words.count == 1 {
                    confirmed = read
                    confirmed.text = value
                    confirmed.symbols = zip(value, read.symbols).map { TesseractEngine.Symbol(text: String($0), rect: $1.rect) }
                }
                confirmed.confidence = verdict.chosen.confidence
            }
            lines[cell.row].words[cell.column] = confirmed
            if verdict.disputed { disputed += 1 }
        }
        diagnostics.append(Diagnostic(
            code: .ocrLooseNumbers,
            message: "page \(page): \(cells.count) number(s) outside ruled tables read by both models, \(disputed) disputed",
            page: page))
        return (lines, diagnostics)
    }

    /// `chi_sim`'s reading of one character in `rect`, enlarged twice on its own image, its boxes given back in the
    /// page image's pixels.
    private func enlargedReading(_ rect: PageImageRect, of image: GrayImage) throws -> OCRNumberVerdict.Reading {
        let margin = rect.height / 2
        let enlarged = image.enlarged(rect, margin: margin)
        let engine = try engine(\.chinese, "chi_sim", image: enlarged, token: .enlarged)
        // Set apart at once: the next cell's reading must give the engine its table's image again.
        holding["chi_sim"] = nil
        func back(_ r: PageImageRect) -> PageImageRect {
            PageImageRect(x: rect.x + (r.x - margin) / 2, y: rect.y + (r.y - margin) / 2, width: (r.width + 1) / 2, height: (r.height + 1) / 2)
        }
        let words = engine.recognize(enlarged.bounds, layout: .singleCharacter, allowed: "0123456789.+-").flatMap(\.words).map { word in
            var word = word
            word.rect = back(word.rect)
            word.symbols = word.symbols.map { TesseractEngine.Symbol(text: $0.text, rect: back($0.rect)) }
            return word
        }
        return OCRNumberVerdict.Reading(words: words)
    }

    /// The line with every word's confidence 0: what no two models agreed on is below any threshold.
    private static func unconfirmed(_ line: TextLine) -> TextLine {
        var line = line
        for i in line.words.indices { line.words[i].confidence = 0 }
        return line
    }

    /// A box of the straightened image in the page's own coordinates.
    private func placed(_ box: Box) -> Box { pageSkew?.toPage(box) ?? box }

    /// The engine stored at `slot`, created on first use (loading a model is the expensive part); given `image`,
    /// makes sure the engine holds it (set once per page or table, named by `token`, not per cell).
    private func engine(
        _ slot: ReferenceWritableKeyPath<OCRPageRecognizer, TesseractEngine?>, _ language: String,
        image: GrayImage? = nil, token: ImageToken = .page
    ) throws -> TesseractEngine {
        let engine = try self[keyPath: slot] ?? TesseractEngine(language: language, tessdata: tessdata.directory)
        self[keyPath: slot] = engine
        if let image, holding[language] != token {
            engine.setImage(image, dpi: options.dpi)
            holding[language] = token
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
