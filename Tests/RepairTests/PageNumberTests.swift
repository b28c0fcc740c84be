import Testing
import ReportModel
@testable import Repair

/// One recogniser of page numbers for text and layout inputs: the union of the forms either accepted before.
@Suite struct PageNumberTests {
    typealias F = LayoutFixture

    @Test(arguments: [
        "-3-", "- 5 -", "— 5 —", "—5—", "－3－", "– 12 –", "~3~", "·3·", "第3页", "第 5 页", "第3页 共6页", "共6页 第3页",
        "3/6", "5/12", "Page 3 of 6", "page 3", "－５－", "５/１２", "第三页",
    ])
    func pageNumberFormsAreRecognised(_ text: String) {
        #expect(PageNumber.matches(text))
        #expect(PageNumber.matches(text, bareNumbers: true))
    }

    @Test(arguments: ["3", "12", "-3", "3-", "— 5"])
    func bareNumbersOnlyWhereThePlaceSaysSo(_ text: String) {
        #expect(!PageNumber.matches(text))
        #expect(PageNumber.matches(text, bareNumbers: true))
    }

    @Test(arguments: ["7/3", "0/5", "第页", "-12345-", "367.98", "+11", "3 1 204", "1.属于国家秘密", "第二十条"])
    func valuesAndLabelsAreNotPageNumbers(_ text: String) {
        #expect(!PageNumber.matches(text, bareNumbers: true))
    }

    @Test func aLandscapePageNumberIsDroppedAtThePortraitPagesDistanceFromTheBottom() {
        // Portrait pages 842 points high, a landscape one 595 high; each prints "— N —" 80 points above its bottom edge.
        func page(_ number: Int, height: Double) -> Page {
            Page(
                number: number, width: height == 842 ? 595 : 842, height: height, kind: .text,
                lines: F.prose("第\(number)页的正文。", y: 120).lines + [F.line([("—", 270), ("\(number)", 290), ("—", 302)], y: height - 80, size: 14)],
                rulings: [])
        }
        let document = LayoutRepairer().repair(F.document([page(1, height: 842), page(2, height: 595), page(3, height: 842)]))
        #expect(document.paragraphs == ["第1页的正文。第2页的正文。第3页的正文。"] || document.paragraphs == ["第1页的正文。", "第2页的正文。", "第3页的正文。"])
        #expect(!document.paragraphs.joined().contains("—"))
    }
}
