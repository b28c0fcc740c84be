/// The grammar of a printed date (`二〇二二年一月`, `二○二三年十二月三十一日`, `2022年1月10日`): which numerals a
/// year, a month and a day are written with, with one definition of the zeros (`ChineseNumeral.zeros`). Repair's
/// cover date, the parser's title year and its signature date are read with these pieces, so that a date one of
/// them takes the others do not miss; each adds its own context (a signature's stray marks, a title's 年度).
///
/// The pieces are small scanners over characters rather than regular-expression source: a Swift `Regex` built
/// from a string is parsed and compiled at its first use, which cost a born-digital run more than reading all of
/// its sections (about 6 of its 107 million instructions).
///
/// Digits are decimal digits of any width (`2`, `２`: `PrintedText.isDecimalDigit`), not what a Swift regular
/// expression's `\d` takes (every character with a numeric value: 一, 百, ①, ½), so a year is never `二十二十` or
/// `2〇22`.
public enum ChineseDate {
    /// One decimal digit, of any width (`2`, `２`).
    public static func isDigit(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && PrintedText.isDecimalDigit(scalars.first!)
    }

    /// A numeral of a month or a day: a decimal digit, one to ten (`十二月`, `二十一日`) or a zero.
    public static func isNumeral(_ character: Character) -> Bool {
        isDigit(character) || ChineseNumeral.isNumbering(character) || isZero(character)
    }

    /// One zero (`二〇二二`, `二零二二`, `二○二二`).
    public static func isZero(_ character: Character) -> Bool { ChineseNumeral.zeros.contains(character) }

    /// One numeral of a year written in Chinese: a year is spelled digit by digit, so one to nine or a zero, no 十.
    public static func isYearNumeral(_ character: Character) -> Bool {
        isZero(character) || ChineseNumeral.digits.contains(character)
    }

    /// Whether `characters` are a year: four decimal digits or four Chinese numerals, never mixed (`2022`, `二〇二二`).
    public static func isYear(_ characters: ArraySlice<Character>) -> Bool {
        characters.count == 4 && (characters.allSatisfy(isDigit) || characters.allSatisfy(isYearNumeral))
    }

    /// The end of the number of a month or a day starting at `start` and ended by `mark` (月, 日): up to three
    /// numerals (`1`, `12`, `十二`, `二十一`), then the mark. Nil when the numerals are missing, too many or not
    /// followed by the mark; the index returned is past the mark.
    public static func endOfMonthOrDay(in characters: [Character], from start: Int, before mark: Character) -> Int? {
        var end = start
        while end < characters.count, isNumeral(characters[end]) { end += 1 }
        guard (1...3).contains(end - start), end < characters.count, characters[end] == mark else { return nil }
        return end + 1
    }

    /// Whether `text` is a date and nothing else: year and month, the day optional (`二〇二二年一月`,
    /// `2022年1月10日`). Spacing counts: remove it first where it does not matter.
    public static func isDate(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 7, isYear(characters[0..<4]), characters[4] == "年",
            let afterMonth = endOfMonthOrDay(in: characters, from: 5, before: "月")
        else { return false }
        if afterMonth == characters.count { return true }
        return endOfMonthOrDay(in: characters, from: afterMonth, before: "日") == characters.count
    }

    /// The value of a year's digits as `isYear` takes them, Arabic or Chinese (`二〇二二` → 2022); nil for anything
    /// that is not four digits.
    public static func yearValue(_ digits: some StringProtocol) -> Int? {
        if digits.count == 4, let value = Int(digits) { return value }
        let values = digits.compactMap(ChineseNumeral.value)
        guard values.count == 4, values.allSatisfy({ $0 < 10 }) else { return nil }
        return values.reduce(0) { $0 * 10 + $1 }
    }
}
