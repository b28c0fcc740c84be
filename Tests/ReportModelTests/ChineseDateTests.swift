import Testing
import ReportModel

@Suite struct ChineseDateTests {
    /// Every zero is taken wherever a date has one: in the year, the month and the day.
    @Test(arguments: ["〇", "零", "○"])
    func eachZeroInYearMonthAndDay(zero: String) throws {
        #expect(ChineseDate.isDate("二\(zero)二二年一月"))
        #expect(ChineseDate.isDate("二\(zero)二二年一\(zero)月"))
        #expect(ChineseDate.isDate("二\(zero)二二年十二月三\(zero)日"))
        #expect(ChineseDate.yearValue("二\(zero)二\(zero)") == 2020)
        let monthOrDay = try Regex(ChineseDate.monthOrDay)
        #expect("一\(zero)".wholeMatch(of: monthOrDay) != nil)
        #expect("\(zero)".wholeMatch(of: try Regex(ChineseDate.zero)) != nil)
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
    @Test func numeralCharacters() throws {
        let numeral = try Regex("[\(ChineseDate.numeralCharacters)]")
        #expect("1１〇零○一十".allSatisfy { String($0).wholeMatch(of: numeral) != nil })
        #expect(!"”.年月日百".contains { String($0).wholeMatch(of: numeral) != nil })
    }
}
