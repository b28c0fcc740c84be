import ReportModel
import Testing

@testable import Repair

/// Hostile HTML costs time and memory in proportion to its size: deep nesting and huge spans are bounded.
@Suite(.timeLimit(.minutes(1))) struct HTMLLimitsTests {
    static func tables(in html: String) -> [Table] {
        HTMLReader.segments(of: html).compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func deeplyNestedTablesAreReadAsTextAroundTheInnermostData() {
        let depth = 10_000
        let html = "<body>" + String(repeating: "<table><tr><td>", count: depth) + "（一）予以公开 7"
            + String(repeating: "</td></tr></table>", count: depth) + "</body>"
        let segments = HTMLReader.segments(of: html)
        let text = segments.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
        #expect(text.contains("（一）予以公开 7"))
        #expect(Self.tables(in: html).isEmpty)
    }

    @Test func aNestedDataTableIsStillATableInsideALayoutTable() {
        let html = "<table><tr><td><table><tr><td>（一）予以公开</td><td>7</td></tr></table></td></tr></table>"
        #expect(Self.tables(in: html).map { $0.rows.flatMap(\.cells).map(\.text) } == [["（一）予以公开", "7"]])
    }

    @Test func aRowspanReachesNoFurtherThanTheLastRow() throws {
        let table = try #require(Self.tables(in: "<table><tr><td rowspan=\"1000\">标签</td><td>1</td></tr><tr><td>2</td></tr></table>").first)
        #expect(table.rows[0].cells[0].rowSpan == 2)
        #expect(table.rows[1].cells.map(\.column) == [1])
    }

    @Test func aGridLargerThanAnyReportsIsNoDataTable() {
        let cells = (0..<40).map { "<td rowspan=\"1000\" colspan=\"1000\">\($0)</td>" }.joined()
        let rows = String(repeating: "<tr><td>x</td></tr>", count: 10)
        let html = "<table><tr>" + cells + "</tr>" + rows + "</table>"
        #expect(Self.tables(in: html).isEmpty)
        #expect(HTMLReader.segments(of: html).contains { if case .text(let text) = $0 { text.contains("39") } else { false } })
    }
}
