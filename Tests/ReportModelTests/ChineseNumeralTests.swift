import Testing
import ReportModel

@Suite struct ChineseNumeralTests {
    @Test func numberingIsOneToTen() {
        #expect("一二三四五六七八九十".allSatisfy(ChineseNumeral.isNumbering))
        #expect(!"〇零○1１、百".contains(where: ChineseNumeral.isNumbering))
        #expect(ChineseNumeral.isNumbering("十" as Unicode.Scalar) && !ChineseNumeral.isNumbering("〇" as Unicode.Scalar))
    }

    @Test func valuesIncludeTheZeros() {
        #expect("〇零○Ｏ一五十".map(ChineseNumeral.value) == [0, 0, 0, 0, 1, 5, 10])
        #expect(ChineseNumeral.value("百") == nil)
    }

    @Test(arguments: [("三", 3), ("十", 10), ("十六", 16), ("二十", 20), ("二十三", 23)])
    func smallNumbers(text: String, value: Int) {
        #expect(ChineseNumeral.smallNumber(text) == value)
    }

    @Test func notSmallNumbers() {
        #expect(["", "三三三", "一二", "三、", "十二三"].map(ChineseNumeral.smallNumber) == [nil, nil, nil, nil, nil])
    }
}
