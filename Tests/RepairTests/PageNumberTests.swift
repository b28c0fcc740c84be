import Testing
import ReportModel
@testable import Repair

/// One recogniser of page numbers for text and layout inputs: the union of the forms either accepted before.
@Suite struct PageNumberTests {
    @Test(arguments: [
        "-3-", "- 5 -", "— 5 —", "—5—", "－3－", "– 12 –", "~3~", "·3·", "第3页", "第 5 页", "第3页 共6页", "共6页 第3页",
        "3/6", "5/12", "Page 3 of 6", "page 3", "－５－", "５/１２", "第三页",
    ])
    func pageNumberFormsAreRecognised(_ text: String) {
        #expect(PageNumber.matches(text))
        #expect(PageNumber.matches(text, bareNumbers: true))
    }

    /// A scan's footer as OCR reads it: a 1 with a foot is 工, an l or an I; between 第 and 页 only digits belong.
    @Test(arguments: ["第工页", "第l页 共3页", "共3页 第I页", "第1O页"])
    func ocrLookalikesInAPageNumberAreItsDigits(_ text: String) {
        #expect(PageNumber.matches(text))
    }

    @Test(arguments: ["3", "12", "-3", "3-", "— 5"])
    func bareNumbersOnlyWhereThePlaceSaysSo(_ text: String) {
        #expect(!PageNumber.matches(text))
        #expect(PageNumber.matches(text, bareNumbers: true))
    }

    @Test(arguments: ["7/3", "0/5", "第页", "-12345-", "367.98", "+11", "3 1 204", "1.属于国家秘密", "第二十条", "第工作页", "工"])
    func valuesAndLabelsAreNotPageNumbers(_ text: String) {
        #expect(!PageNumber.matches(text, bareNumbers: true))
    }

    /// First or last on a text page, a bare number is that page's number only when it is close to the page's place.
    @Test func aBareNumberAtAPageEdgeIsThePagesNumberGiveOrTakeOne() {
        #expect(PageNumber.isBare("5", onPage: 5))
        #expect(PageNumber.isBare("4", onPage: 5))
        #expect(PageNumber.isBare("6", onPage: 5))
        #expect(!PageNumber.isBare("7", onPage: 5))
        #expect(!PageNumber.isBare("0", onPage: 1))
        #expect(!PageNumber.isBare("-5-", onPage: 5))
        #expect(!PageNumber.isBare("1.5", onPage: 1))
        #expect(!PageNumber.isBare("1 204", onPage: 1))
    }
}
