import Testing
import TestSupport
import ReportModel
@testable import ReportParser

/// A row's label segments, scanned by hand, are what the regular expressions they replaced gave, on seeded random
/// labels over the characters that matter (brackets, numerals, digits, marks) and on printed labels.
@Suite struct SourceRowTests {
    private static let alphabet = Array("（）()一二三十、.．1２3申请公开办理。".unicodeScalars)

    /// The replaced implementation, kept here as the reference.
    private func expected(_ label: String) -> [String] {
        let remark = /\((?![一二三四五六七八九十]+\))[^()]*\)/
        let remarkCutAtEnd = /\((?![一二三四五六七八九十]+\))[^()]*$/
        let remarkCutAtStart = /^[^()]*\)/
        let numbering = /\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、]/
        let folded = PrintedText.removingWhitespace(PrintedText.foldingWidth(label))
        return folded.replacing(remark, with: "").replacing(remarkCutAtEnd, with: "").replacing(remarkCutAtStart, with: "")
            .split(separator: numbering).map { ChineseText.labelKey(String($0)) }.filter { !$0.isEmpty }
    }

    @Test func segmentsAreTheRegularExpressions() {
        var random = SplitMix(seed: 21)
        let labels = (0..<4_000).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...10, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)! }))
        } + [
            "（三）不予公开 1.属于国家秘密", "（区分处理的，只计这一情形，不计其他情形）", "二、收到和处理政府信息公开申请情况",
            "3.危及“三安全一稳定”", "理的，只计这一情形）1.本机关不掌握", "12.重复申请", "123.收到", "（四）无法提供（其他",
        ]
        let disagreeing = labels.filter { SourceRow.segments(of: $0) != expected($0) }
        #expect(Array(disagreeing.prefix(10)) == [])
    }
}

extension SourceRowTests {
    private func field(_ text: String, column: Int) -> SourceRow.Field {
        SourceRow.Field(text: text, value: CellValue(text), column: column, columnSpan: 1, location: nil, origin: .ocr)
    }

    /// Issue 13's recipe: OCR lost the closing bracket of （三）, so the group cell reads `（三不予公开`. Read as one
    /// label, the unclosed bracket took the sub-row label with it; in a grid, remarks end at their cell.
    @Test func aMisreadBracketInOneCellLeavesTheNextCellsLabel() {
        let fields = [field("（三不予公开", column: 0), field("1.属于国家秘密", column: 1), field("3", column: 2)]
        let grid = SourceRow(fields: fields, hasGrid: true)
        #expect(grid.labelSegments == ["属于国家秘密"])
        // Without a grid the fields are one printed line, and the bracket still runs to its end, as before.
        #expect(SourceRow(fields: fields, hasGrid: false).labelSegments == [])
        // A remark wrapped over two cells is still dropped whole, and a remark inside a cell as before.
        let wrapped = [field("不予公开（区分", column: 0), field("处理的）1.属于国家秘密", column: 1), field("3", column: 2)]
        #expect(SourceRow(fields: wrapped, hasGrid: true).labelSegments == ["不予公开", "属于国家秘密"])
        let inside = [field("（三）不予公开（注）", column: 0), field("1.属于国家秘密", column: 1), field("3", column: 2)]
        #expect(SourceRow(fields: inside, hasGrid: true).labelSegments == ["不予公开", "属于国家秘密"])
    }
    /// A scanned row whose label cells read as nothing: the empty cells before its numbers are its label's, as many as
    /// it has cells beyond one a column; anything but empty cells there leaves the row as it is.
    @Test func emptyLabelCellsOfAnUnreadLabelAreNotValueSlots() throws {
        let numbers = ["36", "5", "", "4", "3", "5", "54"].enumerated().map { field($1, column: $0 + 2) }
        let unread = SourceRow(fields: [field("", column: 0), field("", column: 1)] + numbers, hasGrid: true)
        #expect(unread.valueSlots.count == 9)
        let fitted = try #require(unread.fittingUnreadLabel(to: 7))
        #expect(fitted.valueSlots.map(\.text) == ["36", "5", "", "4", "3", "5", "54"])
        // A first value missing as well: still one label cell and seven value cells.
        let missing = SourceRow(fields: [field("", column: 0), field("", column: 1)] + numbers.dropFirst().map { $0 }, hasGrid: true)
        #expect(try #require(missing.fittingUnreadLabel(to: 7)).valueSlots.first?.text == "")
        // A number where the label's cells should be: which cells are the label is not known.
        let crowded = SourceRow(fields: [field("", column: 0), field("1", column: 1)] + numbers, hasGrid: true)
        #expect(crowded.fittingUnreadLabel(to: 7) == nil)
        #expect(SourceRow(fields: numbers, hasGrid: false).fittingUnreadLabel(to: 7) == nil)
    }
}
