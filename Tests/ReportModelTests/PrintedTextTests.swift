import Testing
import ReportModel

/// The fast paths of `PrintedText` give what the Unicode properties give, for every scalar there is.
@Suite struct PrintedTextTests {
    private var everyScalar: some Sequence<Unicode.Scalar> {
        (0...0x10FFFF).lazy.compactMap(Unicode.Scalar.init(_:) as (UInt32) -> Unicode.Scalar?)
    }

    @Test func whitespaceIsThePropertys() {
        let disagreeing = everyScalar.filter { PrintedText.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(Array(disagreeing.prefix(5)) == [])
    }

    @Test func decimalDigitIsTheGeneralCategorys() {
        let disagreeing = everyScalar.filter { PrintedText.isDecimalDigit($0) != ($0.properties.generalCategory == .decimalNumber) }
        #expect(Array(disagreeing.prefix(5)) == [])
        #expect(PrintedText.isDecimalDigit("５") && !PrintedText.isDecimalDigit("五"))
    }

    @Test func letterOrNumberIsTheProperties() {
        let disagreeing = everyScalar.filter {
            PrintedText.isLetterOrNumber($0) != ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        }
        #expect(Array(disagreeing.prefix(5)) == [])
    }

    @Test func removingWhitespaceKeepsEverythingElse() {
        #expect(PrintedText.removingWhitespace(" 一、\u{3000}收到 申请\t12 件\n") == "一、收到申请12件")
    }
}

extension PrintedTextTests {
    @Test func containsFindsScalarSequences() {
        #expect(PrintedText.contains("二收到和处理政府信息公开申请情况", "政府信息公开"))
        #expect(PrintedText.contains("abc", ""))
        #expect(!PrintedText.contains("政府信息", "信息公开"))
    }
}
