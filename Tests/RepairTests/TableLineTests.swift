import ReportModel
import Testing
@testable import Repair

/// Text and layout tables decide where a row's values start by one test, the parser's grammar (`PrintedNumber`); before, each took
/// tokens the other did not (`12件` and `−3` only in layout tables, `95％`, `－3` and `-/` only in text ones), and
/// neither took `1,234` or `12项`, which the parser reads.
@Suite struct TableLineTests {
    @Test(arguments: ["0", "+11", "－3", "−3", "367.98万元", "12.5%", "95％", "12件", "3条", "2个", "１２", "1,234", "12项", "3次", "1．5", "—", "——", "/", "／", "-/", "……", "无", "空"])
    func valuesAsPrinted(_ token: String) {
        #expect(PrintedNumber(token).isValue)
    }

    @Test(arguments: ["", "一", "（一）", "1.", "1.属于国家秘密", "12人", "3 1", "12,34", "第二十条", "+", "%", "无法提供"])
    func notValues(_ token: String) {
        #expect(!PrintedNumber(token).isValue)
    }

    /// The same row printed as text and laid out on a page splits its label from its values at the same place.
    @Test func aTextRowAndALayoutRowAgreeWhereTheValuesStart() {
        let text = TableLine(SourceLine("（一）予以公开 12件 －3 95％"))
        #expect(text.labels == ["（一）予以公开"])
        #expect(text.values == ["12件", "－3", "95％"])
    }
}
