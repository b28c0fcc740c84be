import ReportModel
import TestSupport
import Testing

/// The one grammar of printed values: the forms that the four copies accepted between them, read the same way.
@Suite struct PrintedNumberTests {
    @Test func numbersWithTheirUnits() {
        #expect(PrintedNumber("12") == .number(12, unit: nil))
        #expect(PrintedNumber("+11") == .number(11, unit: nil))
        #expect(PrintedNumber("－3") == .number(-3, unit: nil))
        #expect(PrintedNumber("−3") == .number(-3, unit: nil))
        #expect(PrintedNumber("367.98万元") == .number(367.98, unit: "万元"))
        #expect(PrintedNumber("1,234") == .number(1234, unit: nil))
        #expect(PrintedNumber("1，234．5元") == .number(1234.5, unit: "元"))
        #expect(PrintedNumber("１２件") == .number(12, unit: "件"))
        #expect(PrintedNumber("95％") == .number(95, unit: "%"))
    }

    /// Plain digits are read from their bytes; with a sign in front they go the grammar's whole way. Both give one
    /// value, leading zeros and the longest numbers included, and too many digits stay too many.
    @Test func plainDigitsReadAsTheGrammarReadsThem() {
        var random = SplitMix(seed: 15)
        for _ in 0..<3000 {
            let count = Int(random.next() % 17) + 1
            let digits = String((0..<count).map { _ in Character(String(random.next() % 10)) })
            #expect(PrintedNumber(digits) == PrintedNumber("+" + digits), "\(digits)")
            if count <= 15 { #expect(PrintedNumber(digits) == .number(Double(digits)!, unit: nil), "\(digits)") }
        }
        #expect(PrintedNumber("007") == .number(7, unit: nil))
        #expect(PrintedNumber("0") == .number(0, unit: nil))
    }

    @Test func placeholdersStandForNoValue() {
        for mark in ["—", "——", "-", "－", "−", "―", "─", "/", "／", "-/", "\\", "…", "……", "无", "空", "×"] {
            #expect(PrintedNumber(mark) == .placeholder, "\(mark)")
        }
    }

    @Test func whatIsNotANumber() {
        for text in ["", "一", "1.", ".5", "12,34", "1,2345", "1.2.3", "12人", "%", "约3件", "3 1", "١٢"] {
            #expect(PrintedNumber(text) == .text, "\(text)")
        }
        #expect(PrintedNumber(String(repeating: "9", count: 16)) == .tooManyDigits)
        #expect(PrintedNumber(String(repeating: "9", count: 15)) == .number(999_999_999_999_999, unit: nil))
    }
}
