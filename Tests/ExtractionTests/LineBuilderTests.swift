import ReportModel
import Testing

@testable import Extraction

/// Words and lines come from geometry, whatever order the characters arrive in.
struct LineBuilderTests {
    private func character(_ scalar: Unicode.Scalar, x: Double, y: Double, width: Double = 6, size: Double = 12,
                           font: String = "宋体") -> PageCharacter {
        PageCharacter(scalar: scalar, box: Box(x0: x, y0: y, x1: x + width, y1: y + size), font: font, fontSize: size)
    }

    private func characters(_ text: String, x: Double, y: Double, width: Double = 6) -> [PageCharacter] {
        text.unicodeScalars.enumerated().map { character($1, x: x + Double($0) * width, y: y, width: width) }
    }

    @Test func numbersInNeighbouringCellsStaySeparateWhateverTheInputOrder() {
        // Poppler's block order: the numbers of one row arrive glued together, after the label below.
        let row = characters("340", x: 300, y: 100) + characters("0", x: 340, y: 100) + characters("34", x: 380, y: 100)
        let label = characters("申请", x: 80, y: 100.5, width: 12)
        let below = characters("下行", x: 80, y: 130, width: 12)
        let lines = LineBuilder().lines(from: (below + row + label).reversed())
        #expect(lines.map { $0.words.map(\.text) } == [["申请", "340", "0", "34"], ["下行"]])
    }

    @Test func fontChangeAndSpacesSplitWords() {
        var line = characters("2023", x: 100, y: 50)
        line += [character("年", x: 124, y: 50, width: 12, font: "黑体")]
        line += [character(" ", x: 136, y: 50, width: 3)]
        line += characters("AB", x: 139, y: 50)
        let words = LineBuilder().lines(from: line)[0].words
        #expect(words.map(\.text) == ["2023", "年", "AB"])
        #expect(words.map(\.font) == ["宋体", "黑体", "宋体"])
    }

    @Test func superscriptJoinsItsLineButTheNextLineDoesNot() {
        let base = characters("abc", x: 100, y: 100)
        let superscript = [character("2", x: 118, y: 96, width: 4, size: 8)]
        let next = characters("def", x: 100, y: 114)
        let lines = LineBuilder().lines(from: base + superscript + next)
        #expect(lines.count == 2)
        #expect(lines[0].words.flatMap(\.glyphs).map(\.char).joined() == "abc2")
    }

    @Test func stackedGlyphsInReadingOrderAreAVerticalRun() {
        let column = "办理结果".unicodeScalars.enumerated().map {
            character($1, x: 90, y: 600 + Double($0) * 10.1, width: 10, size: 10)
        }
        let row = characters("12", x: 200, y: 605)
        let (runs, rest) = VerticalRunFinder().split(column + row)
        #expect(runs.count == 1)
        #expect(runs.first?.count == 4)
        #expect(rest.map { Character($0.scalar) } == ["1", "2"])
        let line = LineBuilder.verticalLine(from: runs[0])
        #expect(line?.vertical == true)
        #expect(line?.text == "办理结果")
    }

    @Test func stackedDigitsOfAMergedCellAreNotAVerticalRun() {
        let digits = "100".unicodeScalars.enumerated().map {
            character($1, x: 320, y: 100 + Double($0) * 17, width: 7, size: 14)
        }
        let (runs, rest) = VerticalRunFinder().split(digits)
        #expect(runs.isEmpty)
        #expect(LineBuilder().lines(from: rest).map(\.text) == ["1", "0", "0"])
    }

    @Test func wrappedParagraphLinesAreNotVertical() {
        let first = characters("政府信息", x: 80, y: 100, width: 12)
        let second = characters("公开", x: 80, y: 120, width: 12)
        #expect(VerticalRunFinder().split(first + second).runs.isEmpty)
    }
}

extension LineBuilderTests {
    @Test func bottomToTopColumnIsAVerticalRunInWritingOrder() {
        let glyphs = "合计数".unicodeScalars.enumerated().map {
            PageCharacter(scalar: $1, box: Box(x0: 50, y0: 300 - Double($0) * 10, x1: 60, y1: 310 - Double($0) * 10),
                          font: "宋体", fontSize: 10)
        }
        let runs = VerticalRunFinder().split(glyphs).runs
        #expect(runs.count == 1)
        #expect(runs.first.flatMap(LineBuilder.verticalLine(from:))?.text == "合计数")
    }
}
