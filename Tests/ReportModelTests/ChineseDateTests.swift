import Testing
import ReportModel
import TestSupport

@Suite struct ChineseDateTests {
    /// Every zero is taken wherever a date has one: in the year, the month and the day.
    @Test(arguments: ["〇", "零", "○"])
    func eachZeroInYearMonthAndDay(zero: String) throws {
        #expect(ChineseDate.isDate("二\(zero)二二年一月"))
        #expect(ChineseDate.isDate("二\(zero)二二年一\(zero)月"))
        #expect(ChineseDate.isDate("二\(zero)二二年十二月三\(zero)日"))
        #expect(ChineseDate.yearValue("二\(zero)二\(zero)") == 2020)
        #expect(ChineseDate.endOfMonthOrDay(in: Array("一\(zero)月"), from: 0, before: "月") == 3)
        #expect(ChineseDate.isZero(Character(zero)) && ChineseDate.isYearNumeral(Character(zero)))
    }

    @Test(arguments: ["2022年1月", "2022年1月10日", "２０２２年１２月３１日", "二〇二二年十二月二十一日", "二〇二二年一月"])
    func dates(text: String) {
        #expect(ChineseDate.isDate(text))
    }

    /// A year is four digits, Arabic or Chinese, not mixed and not counted with 十; a date needs its month.
    @Test(arguments: ["22年1月", "二十二年一月", "二十二十年一月", "2〇22年1月", "二〇二二年百月", "2022年", "2022年度报告", "2022年1月10", "2022年1月1000日", "于2022年1月"])
    func notDates(text: String) {
        #expect(!ChineseDate.isDate(text))
    }

    @Test func yearValues() {
        #expect(ChineseDate.yearValue("2021") == 2021)
        #expect(ChineseDate.yearValue("二〇一九") == 2019)
        #expect(ChineseDate.yearValue("二零二三") == 2023)
        #expect(ChineseDate.yearValue("二十二") == nil)
        #expect(ChineseDate.yearValue("二〇二") == nil)
        #expect(ChineseDate.yearValue("202") == nil)
    }

    /// A numeral of a date is not a stray mark, whatever its zero: the class a signature's stray marks exclude.
    @Test func numeralCharacters() {
        #expect("1１〇零○一十".allSatisfy(ChineseDate.isNumeral))
        #expect(!"”.年月日百".contains(where: ChineseDate.isNumeral))
        #expect(!"十百".contains(where: ChineseDate.isYearNumeral))
        #expect(!"一〇十".contains(where: ChineseDate.isDigit))
    }

    /// A month or a day is one to three numerals and its mark, nothing between.
    @Test func monthsAndDays() {
        #expect(ChineseDate.endOfMonthOrDay(in: Array("年十二月"), from: 1, before: "月") == 4)
        #expect(ChineseDate.endOfMonthOrDay(in: Array("年二十一日"), from: 1, before: "日") == 5)
        #expect(ChineseDate.endOfMonthOrDay(in: Array("年1234月"), from: 1, before: "月") == nil)
        #expect(ChineseDate.endOfMonthOrDay(in: Array("年月"), from: 1, before: "月") == nil)
        #expect(ChineseDate.endOfMonthOrDay(in: Array("年12日"), from: 1, before: "月") == nil)
        #expect(ChineseDate.endOfMonthOrDay(in: Array("年12"), from: 1, before: "月") == nil)
    }

    /// `isDate` takes exactly what the grammar's regular expression takes, over strings made of the characters a
    /// date is made of and those it is confused with (the expression is the grammar as it was written before the
    /// scanners, kept here as their specification).
    @Test func takesWhatTheExpressionTakes() throws {
        let digit = "\\p{Nd}", zeros = "〇零○", numerals = digit + zeros + "一二三四五六七八九十"
        let monthOrDay = "[\(numerals)]{1,3}"
        let expression = try Regex("(?:\(digit){4}|[\(zeros)一二三四五六七八九]{4})年\(monthOrDay)月(?:\(monthOrDay)日)?")
        let alphabet = Array("20１〇零○一二十百年月日度”.于")
        var random = SplitMix(seed: 7)
        var taken = 0
        for _ in 0..<4_000 {
            let length = Int.random(in: 6...12, using: &random)
            var text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            // Most random strings are far from a date: start half of them from one and change a character.
            if Bool.random(using: &random) {
                var characters = Array(["2022年1月", "二〇二二年十二月三十一日", "２０２２年１月1日"].randomElement(using: &random)!)
                characters[Int.random(in: 0..<characters.count, using: &random)] = alphabet.randomElement(using: &random)!
                text = String(characters)
            }
            let expected = text.wholeMatch(of: expression) != nil
            #expect(ChineseDate.isDate(text) == expected, "\(text)")
            if expected { taken += 1 }
        }
        #expect(taken > 100)
    }
}
