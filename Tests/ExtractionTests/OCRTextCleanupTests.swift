import ReportModel
import Testing

@testable import Extraction

struct OCRTextCleanupTests {
    @Test func digitConfusionsAreUndoneOnlyInNumbers() {
        #expect(OCRTextCleanup.numericReading("1O5") == "105")
        #expect(OCRTextCleanup.numericReading("l2〇") == "120")
        #expect(OCRTextCleanup.numericReading("S1") == "51")
        #expect(OCRTextCleanup.numericReading("工") == "1")
        #expect(OCRTextCleanup.numericReading("工作") == nil)
        #expect(OCRTextCleanup.numericReading("367.98") == "367.98")
        #expect(OCRTextCleanup.numericReading("-2") == "-2")
        #expect(OCRTextCleanup.numericReading("-0") == "0")
        #expect(OCRTextCleanup.numericReading("+0.00") == "0.00")
        #expect(OCRTextCleanup.numericReading("-0.5") == "-0.5")
        #expect(OCRTextCleanup.numericReading("Sum") == nil)
        #expect(OCRTextCleanup.numericReading("行政许可") == nil)
        #expect(OCRTextCleanup.numericReading("—") == nil)
        #expect(OCRTextCleanup.numericReading("1.2.3") == nil)
    }

    /// `PrintedNumber` says what a number is; OCR takes its plain form only, of any length.
    @Test func onlyAPlainNumberIsANumericReading() {
        #expect(["1,234", "12件", "95%", "１２", "−3", "-", "+-1", "1-2"].map(OCRTextCleanup.numericReading) == Array(repeating: nil, count: 8))
        #expect(OCRTextCleanup.numericReading("1234567890123456") == "1234567890123456")
        #expect(OCRTextCleanup.numericReading("+7") == "+7")
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

    /// Straight quotes read for Chinese ones open and close in turn; a point after a Chinese character is a full stop,
    /// after a digit it stays; a line with no Chinese is left as read.
    @Test func asciiLookAlikesInChineseTextArePrintedAsChinesePunctuation() {
        func word(_ text: String, _ x: Double) -> Word {
            Word(text: text, box: Box(x0: x, y0: 0, x1: x + 10, y1: 10), origin: .ocr, confidence: 90)
        }
        #expect(OCRTextCleanup.tidy([word("开展\"减证便民\"行动.", 0)]).map(\.text) == ["开展“减证便民”行动。"])
        #expect(OCRTextCleanup.tidy([word("“谁执法谁普法\"责任制", 0)]).map(\.text) == ["“谁执法谁普法”责任制"])
        #expect(OCRTextCleanup.tidy([word("3.危及", 0), word("3.14", 40)]).map(\.text) == ["3.危及", "3.14"])
        #expect(OCRTextCleanup.tidy([word("\"3.\"", 0)]).map(\.text) == ["\"3.\""])
        #expect(OCRTextCleanup.tidy([word("一、.总体情况", 0)]).map(\.text) == ["一、.总体情况"])
        // A point between a Chinese character and the punctuation after it is a speck.
        #expect(OCRTextCleanup.tidy([word("予以答复.，并", 0)]).map(\.text) == ["予以答复，并"])
        #expect(OCRTextCleanup.tidy([word("共3.，", 0)]).map(\.text) == ["共3.，"])
        let glyphs = OCRTextCleanup.tidy([
            Word(text: "办结.", box: Box(x0: 0, y0: 0, x1: 30, y1: 10),
                glyphs: ["办", "结", "."].enumerated().map { Glyph(char: $1, box: Box(x0: Double($0) * 10, y0: 0, x1: Double($0) * 10 + 10, y1: 10)) },
                origin: .ocr, confidence: 90)
        ])
        #expect(glyphs[0].text == "办结。" && glyphs[0].glyphs.map(\.char) == ["办", "结", "。"])
        let speck = OCRTextCleanup.tidy([
            Word(text: "费.，无", box: Box(x0: 0, y0: 0, x1: 40, y1: 10),
                glyphs: ["费", ".", "，", "无"].enumerated().map { Glyph(char: $1, box: Box(x0: Double($0) * 10, y0: 0, x1: Double($0) * 10 + 10, y1: 10)) },
                origin: .ocr, confidence: 90)
        ])
        #expect(speck[0].text == "费，无" && speck[0].glyphs.map(\.box.x0) == [0, 20, 30])
    }

    @Test func numbersSetApartInOneCellAreSeveralWhileSplitPiecesAreOne() {
        func line(_ words: [(String, Int, Int)]) -> TesseractEngine.Line {
            TesseractEngine.Line(words: words.map {
                TesseractEngine.Word(text: $0.0, rect: PageImageRect(x: $0.1, y: 0, width: $0.2 - $0.1, height: 40), confidence: 90, symbols: [])
            })
        }
        // 3 1 204 with gaps of 30 px on 40 px digits: three numbers (joined they were published as 31204).
        #expect(OCRTextCleanup.holdsSeveralNumbers([line([("3", 0, 20), ("1", 50, 70), ("204", 100, 160)])]))
        // One number on each of two lines.
        #expect(OCRTextCleanup.holdsSeveralNumbers([line([("12", 0, 40)]), line([("7", 0, 20)])]))
        // 1057 split by the layout into touching pieces, a number beside a speck or a unit: one number.
        #expect(!OCRTextCleanup.holdsSeveralNumbers([line([("10", 0, 40), ("57", 44, 84)])]))
        #expect(!OCRTextCleanup.holdsSeveralNumbers([line([("12.50", 0, 100), ("机", 140, 180)])]))
        #expect(!OCRTextCleanup.holdsSeveralNumbers([line([("工", 0, 40)])]))
    }
}
