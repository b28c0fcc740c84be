/// The grammar of a printed date (`二〇二二年一月`, `二○二三年十二月三十一日`, `2022年1月10日`): which numerals a
/// year, a month and a day are written with, with one definition of the zeros (`ChineseNumeral.zeros`). Repair's
/// cover date, the parser's title year and its signature date are built from these pieces, so that a date one of
/// them takes the others do not miss; each adds its own context (a signature's stray marks, a title's 年度).
/// The pieces are regular-expression source, to be put into a pattern of the user's own.
///
/// Digits are `\p{Nd}` (`PrintedText.isDecimalDigit`: `2`, `２`), not `\d`: a Swift regular expression's `\d` takes
/// every character with a numeric value (一, 百, ①, ½), which would let a year be `二十二十` or `2〇22`.
public enum ChineseDate {
    /// One decimal digit, of any width (`2`, `２`).
    public static let digit = "\\p{Nd}"
    /// The numerals of a month or a day, as the body of a character class: decimal digits, one to ten (`十二月`,
    /// `二十一日`) and the zeros.
    public static let numeralCharacters = digit + ChineseNumeral.zeros + ChineseNumeral.numbering
    /// One zero (`二〇二二`, `二零二二`, `二○二二`).
    public static let zero = "[\(ChineseNumeral.zeros)]"
    /// One numeral of a year written in Chinese: a year is spelled digit by digit, so one to nine or a zero, no 十.
    public static let yearNumeral = "[\(ChineseNumeral.zeros)\(ChineseNumeral.digits)]"
    /// A year: four decimal digits or four Chinese numerals, never mixed (`2022`, `二〇二二`).
    public static let year = "(?:\(digit){4}|\(yearNumeral){4})"
    /// The number of a month or a day: up to three numerals (`1`, `12`, `十二`, `二十一`).
    public static let monthOrDay = "[\(numeralCharacters)]{1,3}"
    /// A whole date: year and month, the day optional (`二〇二二年一月`, `2022年1月10日`).
    static let date = "\(year)年\(monthOrDay)月(?:\(monthOrDay)日)?"

    nonisolated(unsafe) private static let dateRegex = try! Regex(date)

    /// Whether `text` is a date and nothing else (spacing counts: remove it first where it does not matter).
    public static func isDate(_ text: String) -> Bool { text.wholeMatch(of: dateRegex) != nil }

    /// The value of a year's digits as a `year` pattern matched them, Arabic or Chinese (`二〇二二` → 2022); nil
    /// for anything that is not four digits.
    public static func yearValue(_ digits: some StringProtocol) -> Int? {
        if digits.count == 4, let value = Int(digits) { return value }
        let values = digits.compactMap(ChineseNumeral.value)
        guard values.count == 4, values.allSatisfy({ $0 < 10 }) else { return nil }
        return values.reduce(0) { $0 * 10 + $1 }
    }
}
