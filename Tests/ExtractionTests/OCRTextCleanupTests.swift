import ReportModel
import Testing

@testable import Extraction

struct OCRTextCleanupTests {
    @Test func digitConfusionsAreUndoneOnlyInNumbers() {
        #expect(OCRTextCleanup.numericReading("1O5") == "105")
        #expect(OCRTextCleanup.numericReading("l2〇") == "120")
        #expect(OCRTextCleanup.numericReading("S1") == "51")
        #expect(OCRTextCleanup.numericReading("367.98") == "367.98")
        #expect(OCRTextCleanup.numericReading("-2") == "-2")
        #expect(OCRTextCleanup.numericReading("Sum") == nil)
        #expect(OCRTextCleanup.numericReading("行政许可") == nil)
        #expect(OCRTextCleanup.numericReading("—") == nil)
        #expect(OCRTextCleanup.numericReading("1.2.3") == nil)
    }

    @Test func chineseWordsJoinWithoutSpacesAndPunctuationIsFullWidth() {
        func word(_ text: String, _ x: Double) -> Word {
            Word(text: text, box: Box(x0: x, y0: 0, x1: x + 10, y1: 10), origin: .ocr, confidence: 90)
        }
        let tidy = OCRTextCleanup.tidy([word("第二十条第〈八", 0), word(")", 15), word("项", 80), word("2023", 95), word("年", 120)])
        #expect(tidy.map(\.text) == ["第二十条第（八）项", "2023", "年"])
        #expect(tidy[0].box.x1 == 90)
        // No visible gap: one word; a visible gap between two numbers: never joined.
        #expect(OCRTextCleanup.tidy([word("3.", 0), word("危及", 11)]).map(\.text) == ["3.危及"])
        #expect(OCRTextCleanup.tidy([word("12", 0), word("34", 11)]).map(\.text) == ["12", "34"])
        #expect(OCRTextCleanup.tidy([word("１２", 0)]).map(\.text) == ["12"])
    }
}
