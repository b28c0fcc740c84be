import Testing

@testable import Extraction

/// Which words of a scanned page's own reading (outside ruled tables) are judged as numbers by both models: values
/// standing apart like a table's, never a figure in prose.
struct OCRLooseValuesTests {
    /// Words at the given left edges, 30 px tall, each `width` px wide.
    static func line(_ words: [(String, Int)], width: Int = 30) -> [TesseractEngine.Word] {
        words.map { TesseractEngine.Word(text: $0.0, rect: PageImageRect(x: $0.1, y: 100, width: width, height: 30), confidence: 90, symbols: []) }
    }

    @Test func valuesStandingApartInARowAreJudged() {
        let row = Self.line([("行政处罚", 0), ("143", 400), ("12", 520)], width: 60)
        #expect(OCRTextCleanup.numericReading(row[0].text) == nil)
        #expect(OCRPageRecognizer.looseValues(in: row) == [1, 2])
    }

    @Test func figuresInProseAreNot() {
        // 2021年 and 建议11件: the figure sits against its characters.
        let prose = Self.line([("全年", 0), ("2021", 34), ("年", 68)])
        #expect(OCRPageRecognizer.looseValues(in: prose).isEmpty)
    }

    @Test func marksAmongNumbersAreJudgedAndAloneAreNot() {
        let row = Self.line([("属于国家秘密", 0), ("1", 300), ("Q", 400), ("1f", 500), ("0", 600)])
        #expect(OCRPageRecognizer.looseValues(in: row) == [1, 2, 3, 4])
        let header = Self.line([("申请人情况", 0), ("RE", 300), ("3", 400)])
        #expect(OCRPageRecognizer.looseValues(in: header) == [2])
    }
}
