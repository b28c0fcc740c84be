import ReportModel

/// Repairs what Tesseract's Chinese output typically gets wrong in form, never in content:
/// spaces between CJK characters, half-width or look-alike punctuation, letters read for digits in numeric cells.
///
/// Table labels are left as read; matching them to the national format's rows is the parser's (tolerant) job.
enum OCRTextCleanup {
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF60, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// Whether the text starts or ends (`atEnd`) with a CJK character.
    static func touchesCJK(_ text: String, atEnd: Bool) -> Bool {
        guard let scalar = atEnd ? text.unicodeScalars.last : text.unicodeScalars.first else { return false }
        return isCJK(scalar)
    }

    /// One character normalised: full-width digits and letters to ASCII, and in Chinese context (`cjk`)
    /// ASCII punctuation to its full-width form and the angle brackets Tesseract reads for （） back to parentheses.
    static func normalize(_ char: String, cjk: Bool) -> String {
        guard char.unicodeScalars.count == 1, let scalar = char.unicodeScalars.first else { return char }
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return String(Unicode.Scalar(scalar.value - 0xFEE0)!)
        default:
            break
        }
        guard cjk else { return char }
        let fullWidth: [String: String] = [
            "(": "（", ")": "）", "〈": "（", "〉": "）", ",": "，", ":": "：", ";": "；", "?": "？", "!": "！",
        ]
        return fullWidth[char] ?? char
    }

    /// Words of one line with punctuation normalised and neighbours joined when both sides are Chinese or no visible gap
    /// separates them (Tesseract splits Chinese into arbitrary "words"; keeping them apart would put spaces between
    /// characters). Two numbers are never joined.
    static func tidy(_ words: [Word]) -> [Word] {
        let chineseLine = words.contains { $0.text.unicodeScalars.contains(where: isCJK) }
        var out: [Word] = []
        for word in words {
            var word = word
            word.text = word.text.filter { !$0.isWhitespace }
            guard !word.text.isEmpty else { continue }
            word.glyphs = word.glyphs.filter { !$0.char.allSatisfy(\.isWhitespace) }
            word = normalized(word, chinese: chineseLine)
            guard let last = out.last else {
                out.append(word)
                continue
            }
            let bothChinese = touchesCJK(last.text, atEnd: true) && touchesCJK(word.text, atEnd: false)
            let gap = word.box.x0 - last.box.x1
            let touching = gap < 0.2 * max(word.box.height, last.box.height)
                && !(last.text.last?.isNumber == true && word.text.first?.isNumber == true)
            if bothChinese || touching {
                out[out.count - 1] = joined(last, word)
            } else {
                out.append(word)
            }
        }
        return chineseLine ? chinesePunctuation(out) : out
    }

    /// Marks Tesseract reads in their ASCII look-alikes put back as Chinese text prints them: a straight quote opens
    /// (“) or closes (”) the quotation by the quotes before it on the line, and a point after a Chinese character,
    /// at the end or before another, is a full stop (。). A point between a Chinese character and the punctuation after
    /// it (`处理费.，`) is a speck, as no text prints one there, and goes. A point after a digit (`3.危及`, `3.14`) or
    /// after punctuation (a speck, `一、.总体情况`) stays.
    static func chinesePunctuation(_ words: [Word]) -> [Word] {
        func isIdeograph(_ char: Character) -> Bool { char.unicodeScalars.allSatisfy(\.properties.isIdeographic) }
        var open = false
        var previous: Character?
        func mapped(_ char: Character, next: Character?) -> Character? {
            defer { previous = char }
            switch char {
            case "“": open = true
            case "”": open = false
            case "\"":
                open.toggle()
                return open ? "“" : "”"
            case ".":
                let afterChinese = previous.map(isIdeograph) ?? false
                if afterChinese, let next, "，。、；：！？".contains(next) { return nil }
                let beforeChinese = next.map(isIdeograph) ?? true
                if afterChinese, beforeChinese { return "。" }
            default: break
            }
            return char
        }
        let chars = words.flatMap { $0.glyphs.isEmpty ? Array($0.text) : $0.glyphs.flatMap { Array($0.char) } }
        var index = 0
        func nextMapped(_ char: Character) -> Character? {
            index += 1
            return mapped(char, next: index < chars.count ? chars[index] : nil)
        }
        return words.compactMap { word in
            var word = word
            if word.glyphs.isEmpty {
                word.text = String(word.text.compactMap(nextMapped))
            } else {
                word.glyphs = word.glyphs.compactMap { glyph in
                    let char = String(glyph.char.compactMap(nextMapped))
                    return char.isEmpty ? nil : Glyph(char: char, box: glyph.box)
                }
                word.text = word.glyphs.map(\.char).joined()
            }
            return word.text.isEmpty ? nil : word
        }
    }

    private static func joined(_ a: Word, _ b: Word) -> Word {
        var word = a
        word.text += b.text
        word.box = a.box.union(b.box)
        word.glyphs += b.glyphs
        word.confidence = [a.confidence, b.confidence].compactMap { $0 }.min()
        return word
    }

    private static func normalized(_ word: Word, chinese: Bool) -> Word {
        let cjk = chinese
        var word = word
        word.glyphs = word.glyphs.map { Glyph(char: normalize($0.char, cjk: cjk), box: $0.box) }
        word.text = word.glyphs.isEmpty ? word.text.map { normalize(String($0), cjk: cjk) }.joined() : word.glyphs.map(\.char).joined()
        return word
    }

    /// The text as a number's digits when it reads as one number once typical confusions are undone
    /// (`PrintedNumber.digitLookalikes`), a zero without its sign, else nil. Confusions are only undone when every other
    /// character is numeric: in a label they are letters. `chi_sim` reads a lone 1 with a foot (WenQuanYi Zen Hei's)
    /// as 工; as for every confusion, `eng` must read the cell as 1 too before it is published.
    ///
    /// What a number is, is `PrintedNumber`'s; OCR takes only its plain form (ASCII digits, one sign, one decimal
    /// point: no grouping comma, unit, full-width form or `−`), and any count of digits, since the reading is
    /// compared with others before it is published and the parser judges its size.
    static func numericReading(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }
        let mapped = String(compact.map { PrintedNumber.digitLookalikes[$0] ?? $0 })
        guard mapped.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.".contains($0)) }) else { return nil }
        switch PrintedNumber(mapped) {
        case .number(_, unit: nil), .tooManyDigits: break
        default: return nil
        }
        // A sign on zero says nothing (a speck before a 0 reads as a minus): `-0` is the number 0, and two readings
        // of it agree with `0`.
        let body = mapped.first == "-" || mapped.first == "+" ? mapped.dropFirst() : Substring(mapped)
        return body.allSatisfy { $0 == "0" || $0 == "." } ? String(body) : mapped
    }
}

extension OCRTextCleanup {
    /// Whether a cell's reading holds several numbers set apart: on different lines, or with a visible gap (over 0.2
    /// of their height) between them. Touching pieces are one number the layout split.
    static func holdsSeveralNumbers(_ lines: [TesseractEngine.Line]) -> Bool {
        let numbers = lines.map { line in
            line.words.filter { numericReading($0.text) != nil }.map(\.rect).sorted { $0.x < $1.x }
        }.filter { !$0.isEmpty }
        guard numbers.count < 2 else { return true }
        guard let line = numbers.first else { return false }
        return zip(line, line.dropFirst()).contains { a, b in 5 * (b.x - a.maxX) > max(a.height, b.height) }
    }
}
