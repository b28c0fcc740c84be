import ReportModel

/// Text folding for matching printed Chinese reports: the same label is printed with full- or half-width
/// digits and brackets, stray spaces and varying punctuation, so matching works on a folded key.
enum ChineseText {
    /// Width-folded, whitespace and punctuation removed: the key labels are compared by.
    static func labelKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in PrintedText.foldingWidth(text).unicodeScalars where !PrintedText.isWhitespace(scalar) && PrintedText.isLetterOrNumber(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Value of a Chinese numeral digit (`一`…`十`, `〇`/`零`), nil for anything else.
    static func numeralValue(_ character: Character) -> Int? {
        numerals[character]
    }

    private static let numerals: [Character: Int] = [
        "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// Value of a short Chinese number such as `三`, `十`, `十二` (for heading numbers), nil when not one.
    static func smallNumber(_ text: String) -> Int? {
        let values = text.map(numeralValue)
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        let digits = values.compactMap { $0 }
        switch digits.count {
        case 1: return digits[0]
        case 2 where digits[0] == 10: return 10 + digits[1]
        case 2 where digits[1] == 10: return digits[0] * 10
        case 3 where digits[1] == 10: return digits[0] * 10 + digits[2]
        default: return nil
        }
    }
}
