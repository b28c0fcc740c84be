import Testing
import ReportModel
@testable import Repair

/// Page furniture on portrait and landscape pages alike: the margin band and running texts go by distance from the edge.
@Suite struct PageFurnitureTests {
    typealias F = LayoutFixture

    /// A page of body text and one margin line at `fromBottom` points above the bottom edge.
    private func page(_ number: Int, landscape: Bool, margin: [(String, Double)], fromBottom: Double) -> Page {
        let height = landscape ? 595.0 : 842.0
        return Page(
            number: number, width: landscape ? 842 : 595, height: height, kind: .text,
            lines: F.prose("第\(number)页的正文。", y: 120).lines + (margin.isEmpty ? [] : [F.line(margin, y: height - fromBottom, size: 14)]),
            rulings: [])
    }

    @Test func aLandscapePageNumberIsDroppedAtThePortraitPagesDistanceFromTheBottom() {
        // Portrait pages 842 points high, a landscape one 595 high; each prints "— N —" 80 points above its bottom edge.
        let pages = [false, true, false].enumerated().map { index, landscape in
            page(index + 1, landscape: landscape, margin: [("—", 270), ("\(index + 1)", 290), ("—", 302)], fromBottom: 80)
        }
        let document = LayoutRepairer().repair(F.document(pages))
        #expect(document.paragraphs.joined() == "第1页的正文。第2页的正文。第3页的正文。")
    }

    @Test func aFooterAtTheSameDistanceFromTheBottomOfPortraitAndLandscapePagesIsARunningText() {
        let footer = [("示例县人民政府办公室", 200.0)]
        let document = LayoutRepairer().repair(F.document([
            page(1, landscape: false, margin: footer, fromBottom: 40), page(2, landscape: true, margin: footer, fromBottom: 40),
        ]))
        #expect(!document.paragraphs.joined().contains("办公室"))
        #expect(document.diagnostics.contains { $0.code == .repairRunningTextDropped })
    }

    @Test func aPageNumberOutsideTheBandIsDroppedWhereOtherPagesPrintItAtTheSameDistance() {
        // A document with wide margins: "- N -" 130 points above the bottom edge on every page.
        let pages = (1...3).map { page($0, landscape: $0 == 2, margin: [("-", 280), ("\($0)", 286), ("-", 294)], fromBottom: 130) }
        let document = LayoutRepairer().repair(F.document(pages))
        #expect(document.paragraphs.joined() == "第1页的正文。第2页的正文。第3页的正文。")
    }

    @Test func aPageNumberShapeOutsideTheBandOnOnePageOnlyStaysText() {
        let pages = [page(1, landscape: false, margin: [("-", 280), ("1", 286), ("-", 294)], fromBottom: 130), page(2, landscape: false, margin: [], fromBottom: 0)]
        let document = LayoutRepairer().repair(F.document(pages))
        #expect(document.paragraphs.contains { $0.contains("1") && $0.contains("-") })
    }

    /// A page of body text under a running header `fromTop` points below the top edge.
    private func page(_ number: Int, header: String, fromTop: Double) -> Page {
        Page(
            number: number, width: 595, height: 842, kind: .text,
            lines: [F.line([(header, 150)], y: fromTop, size: 10)] + F.prose("第\(number)页的正文。", y: 160).lines,
            rulings: [])
    }

    @Test func aRunningHeaderReadWithACharacterWrongOnOnePageIsStillDropped() {
        // Three pages print the header; OCR read one character of it wrong on the second (区 as 巨), a point before
        // it on the fourth, and a skewed scan put both a few points lower.
        let header = "示例区交通运输局政府信息公开年报"
        let pages = [
            page(1, header: header, fromTop: 40), page(2, header: "示例巨交通运输局政府信息公开年报", fromTop: 47),
            page(3, header: header, fromTop: 40), page(4, header: "." + header, fromTop: 43),
        ]
        let document = LayoutRepairer().repair(F.document(pages))
        #expect(document.paragraphs.joined() == "第1页的正文。第2页的正文。第3页的正文。第4页的正文。")
    }

    @Test func aMarginTextTooShortTooDifferentOrElsewhereIsNotTakenForAMisreadRunningText() {
        let header = "示例区交通运输局政府信息公开年报"
        let pages = [
            page(1, header: header, fromTop: 40), page(2, header: header, fromTop: 40),
            // Three characters differ: another text.
            page(3, header: "示例区财政局政府信息公开年报", fromTop: 40),
            // One character differs, but far from where the header stands.
            page(4, header: "示例巨交通运输局政府信息公开年报", fromTop: 90),
        ]
        let joined = LayoutRepairer().repair(F.document(pages)).paragraphs.joined()
        #expect(joined.contains("示例区财政局"))
        #expect(joined.contains("示例巨交通运输局"))
        #expect(!joined.contains("示例区交通运输局"))
        // A short running text is matched exactly only.
        let short = [page(1, header: "第一部分说明", fromTop: 40), page(2, header: "第一部分说明", fromTop: 40), page(3, header: "第二部分说明", fromTop: 40)]
        #expect(LayoutRepairer().repair(F.document(short)).paragraphs.joined().contains("第二部分说明"))
    }
}
