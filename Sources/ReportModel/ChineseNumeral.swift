/// The Chinese numerals a report numbers its parts and rows with (`一、`, `（三）`, `十六、`) and writes its dates
/// in (`二〇二二年一月`, whose grammar is `ChineseDate`'s): one list for Repair's numbering and vertical labels and
/// the parser's outline, rows and dates, so that a numeral one stage reads the other does not miss.
public enum ChineseNumeral {
    /// The digits one to nine, in order.
    static let digits = "一二三四五六七八九"
    /// What a part's or row's numbering is written with: the digits and 十.
    static let numbering = digits + "十"
    /// The zeros of a date written in numerals (`二〇二二`, `二零二二`, and `○`, the circle printed for 〇).
    static let zeros = "〇零○"

    private static let numberingScalars = Set(numbering.unicodeScalars)

    /// One of 一 … 十.
    public static func isNumbering(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && numberingScalars.contains(character.unicodeScalars.first!)
    }

    /// One of 一 … 十.
    public static func isNumbering(_ scalar: Unicode.Scalar) -> Bool { numberingScalars.contains(scalar) }

    /// The value of one numeral (`一` … `十`, a zero, or `Ｏ` misprinted for one), nil for anything else.
    public static func value(_ character: Character) -> Int? { values[character] }

    private static let values: [Character: Int] = {
        var values: [Character: Int] = ["Ｏ": 0]
        for zero in zeros { values[zero] = 0 }
        for (index, numeral) in numbering.enumerated() { values[numeral] = index + 1 }
        return values
    }()

    /// The value of a heading's number (`三`, `十`, `十二`, `二十`, `二十三`), nil when the text is not one.
    public static func smallNumber(_ text: String) -> Int? {
        let values = text.map(value)
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
