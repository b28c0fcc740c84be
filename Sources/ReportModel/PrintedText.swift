/// Character classes of printed report text, with a fast path for the ASCII and CJK ideograph ranges that make up
/// nearly all of it (and, for whitespace, CJK punctuation and the full-width forms): `Unicode.Scalar.Properties` looks each scalar up in the Unicode tables, which on a whole report
/// was a measurable share of the run. Results are the same as the properties' for every scalar.
public enum PrintedText {
    /// `Unicode.Scalar.Properties.isWhitespace`.
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x3000: return true
        case 0x21..<0x80, 0x3001...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFFEF: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Foundation's `CharacterSet.whitespaces`: the space separators (general category Zs), the tab, and the
    /// zero-width space, which Core Foundation's set keeps from an older Unicode. Not line or page breaks.
    @inlinable
    public static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The text without the spaces and tabs (`isSpaceOrTab`) at its ends: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, without its detour through `NSString`, which cost some
    /// 70,000 instructions a paragraph.
    public static func trimmingSpacesAndTabs(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpaceOrTab($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpaceOrTab($0) })!
        if start == scalars.startIndex, end == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[start...end])
    }

    /// `Unicode.Scalar.Properties.generalCategory == .decimalNumber`: what `\p{Nd}` matches in a regular expression,
    /// full-width digits included, Chinese numerals (一, 四) not (a Swift regular expression's `\d` takes those too:
    /// every character with a numeric value).
    @inlinable
    public static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39: return true
        case 0..<0x80, 0x4E00...0x9FFF: return false
        default: return scalar.properties.generalCategory == .decimalNumber
        }
    }

    /// A letter or a number of any script (`isAlphabetic` or with a numeric type): what a label key keeps.
    @inlinable
    public static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: return true
        case 0..<0x80: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Full-width ASCII forms (`０`, `（`, `．`) folded to ASCII and the ideographic space to a space: the same label
    /// or number is printed in either width.
    public static func foldingWidth(_ text: String) -> String {
        mappingScalars(text, foldedWidth)
    }

    /// One scalar of `foldingWidth`.
    @inlinable
    public static func foldedWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        default: return scalar
        }
    }

    /// The text without its blank scalars, the one definition of "spacing does not matter" for every stage: whitespace
    /// (`isWhitespace`: spaces of any width, the ideographic space, tabs, line and page breaks) and the invisible
    /// zero-width space U+200B, word joiner U+2060 and byte order mark U+FEFF, which converters and word processors
    /// leave inside words. A reader sees none of them, so a label or a title that differs only by them is the same.
    /// Joiners that change how a script is drawn (U+200C, U+200D) are kept.
    public static func removingWhitespace(_ text: String) -> String {
        mappingScalars(text) { isBlank($0) ? nil : $0 }
    }

    /// A string of these scalars, written as UTF-8 bytes (see `mappingScalars`).
    @inlinable
    public static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { utf8.append($0) } }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The text with each scalar replaced by `transform`'s, or dropped where it gives nil; the text itself when
    /// nothing changed, as for most labels and numbers. Written as UTF-8 bytes: appending the scalars to a
    /// `String.UnicodeScalarView` one at a time cost some 450 instructions each, and these foldings run for every
    /// line, cell and label (a tenth of a report's run).
    @inlinable
    public static func mappingScalars(_ text: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        // Nothing is allocated until a scalar changes; the bytes before it are then copied as they are.
        var utf8: [UInt8] = []
        var changed = false
        var unchangedBytes = 0
        for scalar in text.unicodeScalars {
            let mapped = transform(scalar)
            if !changed {
                if mapped == scalar {
                    unchangedBytes += UTF8.width(scalar)
                    continue
                }
                changed = true
                utf8.reserveCapacity(text.utf8.count)
                utf8.append(contentsOf: text.utf8.prefix(unchangedBytes))
            }
            if let mapped { UTF8.encode(mapped) { utf8.append($0) } }
        }
        return changed ? String(decoding: utf8, as: UTF8.self) : text
    }

    /// What `removingWhitespace` removes.
    @inlinable
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0xFEFF: return true
        default: return isWhitespace(scalar)
        }
    }

    /// The text from its heading numeral on, when one or two stray characters stand before it (`” 五、…`, `和六、…`:
    /// specks or a split glyph read by OCR); nil when none or more do. A numeral (一 … 十) is never stray, so `十六、`
    /// stays sixteen; whitespace around the strays is passed over.
    public static func afterStrayMarks(_ text: String) -> Substring? {
        var rest = Substring(text).drop(while: \.isWhitespace)
        var strays = 0
        while strays < 2, let first = rest.first, !first.isWhitespace, !ChineseNumeral.isNumbering(first), !"、.．".contains(first) {
            rest = rest.dropFirst()
            strays += 1
        }
        rest = rest.drop(while: \.isWhitespace)
        guard strays > 0, let first = rest.first, ChineseNumeral.isNumbering(first) else { return nil }
        return rest
    }

    /// Whether `part` occurs in `text`, scalar for scalar. Foundation's `contains` compares by locale-aware
    /// character folding and was most of the parser's table classification; label keys need no folding.
    /// Bytes compared directly: UTF-8 is self-synchronising, so a byte match is a scalar match (the standard
    /// library's generic `firstRange(of:)` was slower still, instantiating type metadata at every step).
    public static func contains(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(part.utf8)
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var offset = 1
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
