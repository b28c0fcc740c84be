import ReportModel
import Testing

@testable import Repair

/// An OCR page straightened before recognition has its boxes in the page's own coordinates (`Page.skew`): repair
/// rebuilds it as if straight and gives the blocks' boxes back where they are on the page.
struct SkewedPageTests {
    private typealias F = LayoutFixture

    private func straightPage() -> Page {
        var lines = F.prose("本机关认真贯彻落实政府信息公开条例，全年主动公开政府信息一百余条，答复申请十二件。", y: 80).lines
        lines += [
            F.line([("信息内容", 80), ("新制发件数", 230), ("现行有效件数", 380)], y: 408, size: 10),
            F.line([("规章", 80), ("3", 260), ("14", 410)], y: 438, size: 10),
            F.line([("规范性文件", 80), ("7", 260), ("205", 410)], y: 468, size: 10),
        ]
        var page = F.page(1, lines: lines, rulings: F.grid(xs: [72, 220, 370, 520], ys: [400, 430, 460, 490]))
        page.kind = .ocr
        return page
    }

    @Test func blocksOfASkewedPageAreTheStraightOnesPlacedOnThePage() throws {
        let straight = straightPage()
        let skewed = straight.placed(skew: 1.5)
        let skew = try #require(PageSkew(of: skewed))
        let expected = LayoutRepairer().repair(F.document([straight]))
        let document = LayoutRepairer().repair(F.document([skewed]))

        #expect(document.paragraphs == expected.paragraphs)
        #expect(document.tables.map(\.summary) == expected.tables.map(\.summary))
        #expect(document.tables.first?.summary.count == 3)
        func locations(_ document: Document) -> [Location] {
            document.blocks.flatMap { block -> [Location] in
                switch block {
                case .heading(let heading): [heading.location].compactMap { $0 }
                case .paragraph(let paragraph): [paragraph.location].compactMap { $0 }
                case .table(let table): [table.location].compactMap { $0 } + table.rows.flatMap { $0.cells.compactMap(\.location) }
                }
            }
        }
        let (got, want) = (locations(document), locations(expected))
        #expect(got.count == want.count && got.count > 5)
        for (location, straightLocation) in zip(got, want) {
            #expect(location.skew == 1.5)
            let (box, target) = (try #require(location.box), skew.toPage(try #require(straightLocation.box)))
            #expect([box.x0 - target.x0, box.y0 - target.y0, box.x1 - target.x1, box.y1 - target.y1].allSatisfy { abs($0) < 1e-6 })
        }
        // Far from the centre, the page position is points away from the straightened one.
        #expect(zip(got, want).contains { abs($0.box!.midY - $1.box!.midY) > 3 })
    }
}
