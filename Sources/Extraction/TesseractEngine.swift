import CTesseract
import ReportModel

/// One Tesseract instance for one language, owned by one worker thread. All of the module's Tesseract calls are here,
/// through the library `TesseractLibrary` loads when OCR is first needed.
///
/// Loading a language model costs far more than recognising a cell, so a worker creates its engines once and then only
/// moves the rectangle (`TessBaseAPISetRectangle`) over the page image it set once. The handle never leaves this class,
/// results are copied into Swift values before the iterator is freed, and `deinit` ends the engine.
final class TesseractEngine {
    /// Page segmentation modes used by the recogniser (values of Tesseract's `PageSegMode`).
    enum Layout {
        /// One column of text of varying sizes, its lines found but no blocks or columns.
        case column
        /// One uniform block of horizontal text.
        case block
        /// One uniform block of vertically aligned text.
        case verticalBlock
        /// One line of text.
        case singleLine
        /// One word.
        case singleWord
        /// One character.
        case singleCharacter

        fileprivate var mode: TessPageSegMode {
            switch self {
            case .column: PSM_SINGLE_COLUMN
            case .block: PSM_SINGLE_BLOCK
            case .verticalBlock: PSM_SINGLE_BLOCK_VERT_TEXT
            case .singleLine: PSM_SINGLE_LINE
            case .singleWord: PSM_SINGLE_WORD
            case .singleCharacter: PSM_SINGLE_CHAR
            }
        }
    }

    /// One recognised character with its pixel box.
    struct Symbol {
        var text: String
        var rect: PageImageRect
    }

    /// A word as Tesseract segmented it, with its confidence (0–100).
    struct Word {
        var text: String
        var rect: PageImageRect
        var confidence: Double
        var symbols: [Symbol]
    }

    /// A text line, words in Tesseract's reading order.
    struct Line {
        var words: [Word]
    }

    private let api: TesseractLibrary
    private let handle: OpaquePointer
    private var whitelist = ""

    /// - Throws: `GovReportsError.ocrUnavailable` when the library or the model cannot be loaded.
    init(language: String, tessdata: String) throws {
        let api = try TesseractLibrary.shared.get()
        guard let handle = api.create() else {
            throw GovReportsError.ocrUnavailable(reason: "Tesseract could not be created")
        }
        guard api.initialize(handle, tessdata, language, OEM_LSTM_ONLY) == 0 else {
            api.delete(handle)
            throw GovReportsError.ocrUnavailable(reason: "Tesseract could not load language \(language) from \(tessdata)")
        }
        // Tesseract reports "Empty page!!" and similar on stderr for blank cells; those are expected here.
        _ = api.setVariable(handle, "debug_file", "/dev/null")
        self.api = api
        self.handle = handle
    }

    deinit {
        api.end(handle)
        api.delete(handle)
    }

    /// Gives the engine its page (Tesseract copies the pixels); later calls only choose rectangles on it.
    func setImage(_ image: GrayImage, dpi: Double) {
        image.pixels.withUnsafeBufferPointer { p in
            api.setImage(handle, p.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        api.setSourceResolution(handle, Int32(dpi.rounded()))
    }

    /// Recognises the rectangle of the current image. `allowed` limits the characters (empty = any).
    func recognize(_ rect: PageImageRect, layout: Layout, allowed: String = "") -> [Line] {
        if allowed != whitelist {
            _ = api.setVariable(handle, "tessedit_char_whitelist", allowed)
            whitelist = allowed
        }
        api.setPageSegMode(handle, layout.mode)
        api.setRectangle(handle, Int32(rect.x), Int32(rect.y), Int32(rect.width), Int32(rect.height))
        guard api.recognize(handle, nil) == 0, let iterator = api.iterator(handle) else { return [] }
        defer { api.deleteIterator(iterator) }
        let page = api.pageIterator(iterator)

        var lines: [Line] = []
        repeat {
            guard let cText = api.text(iterator, RIL_SYMBOL) else { continue }
            let text = String(cString: cText)
            api.deleteText(cText)
            guard let symbolRect = box(page, RIL_SYMBOL) else { continue }
            if lines.isEmpty || api.isAtBeginningOf(page, RIL_TEXTLINE) != 0 {
                lines.append(Line(words: []))
            }
            if lines[lines.count - 1].words.isEmpty || api.isAtBeginningOf(page, RIL_WORD) != 0 {
                let word = Word(
                    text: "", rect: box(page, RIL_WORD) ?? symbolRect,
                    confidence: Double(api.confidence(iterator, RIL_WORD)), symbols: [])
                lines[lines.count - 1].words.append(word)
            }
            let w = lines[lines.count - 1].words.count - 1
            lines[lines.count - 1].words[w].text += text
            lines[lines.count - 1].words[w].symbols.append(Symbol(text: text, rect: symbolRect))
        } while api.next(iterator, RIL_SYMBOL) != 0
        return lines.filter { !$0.words.isEmpty }
    }

    private func box(_ page: OpaquePointer?, _ level: TessPageIteratorLevel) -> PageImageRect? {
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        guard api.boundingBox(page, level, &left, &top, &right, &bottom) != 0 else { return nil }
        return PageImageRect(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))
    }
}
