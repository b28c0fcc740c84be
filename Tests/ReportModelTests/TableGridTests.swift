import Testing
@testable import ReportModel

@Suite struct TableGridTests {
    private func h(_ y: Double, _ x0: Double, _ x1: Double) -> Ruling { Ruling(orientation: .horizontal, position: y, start: x0, end: x1) }
    private func v(_ x: Double, _ y0: Double, _ y1: Double) -> Ruling { Ruling(orientation: .vertical, position: x, start: y0, end: y1) }

    @Test func missingInnerRulingMergesCells() throws {
        // Three columns, two rows; the rulings between the first two columns stop after the top row.
        let rulings = [h(0, 0, 30), h(10, 0, 30), h(20, 0, 30), v(0, 0, 20), v(10, 0, 10), v(20, 0, 20), v(30, 0, 20)]
        for rules in [TableGrid.Rules.textPage, .pageImage] {
            let grid = try #require(TableGrid.detect(in: rulings, tolerance: 1, rules: rules).first)
            #expect(grid.xs == [0, 10, 20, 30])
            #expect(grid.ys == [0, 10, 20])
            #expect(grid.cells.count == 5)
            let merged = try #require(grid.cells.first { $0.columnSpan > 1 })
            #expect(merged.row == 1 && merged.column == 0 && merged.rowSpan == 1 && merged.columnSpan == 2)
            #expect(merged.box == Box(x0: 0, y0: 10, x1: 20, y1: 20))
            #expect(grid.closedTop && grid.closedBottom)
        }
    }

    @Test func minimumColumnsAndOrderTopToBottom() {
        let box = [h(50, 0, 10), h(60, 0, 10), v(0, 50, 60), v(10, 50, 60)]
        let twoColumns = [h(0, 0, 20), h(10, 0, 20), v(0, 0, 10), v(10, 0, 10), v(20, 0, 10)]
        #expect(TableGrid.detect(in: box + twoColumns, tolerance: 1, rules: .textPage).map(\.ys) == [[0, 10]])
        #expect(TableGrid.detect(in: box + twoColumns, tolerance: 1, rules: .pageImage).map(\.ys) == [[0, 10], [50, 60]])
    }

    @Test func edgesFromExtentsCloseATableCutByAPageBreak() throws {
        // No top or bottom line: only the verticals' ends tell where the grid stops.
        let rulings = [h(10, 0, 20), v(0, 0, 20), v(10, 0, 20), v(20, 0, 20)]
        let grid = try #require(TableGrid.detect(in: rulings, tolerance: 1, rules: .textPage).first)
        #expect(grid.ys == [0, 10, 20])
        #expect(!grid.closedTop && !grid.closedBottom)
        #expect(TableGrid.detect(in: rulings, tolerance: 1, rules: .pageImage).isEmpty)
    }

    @Test func collinearOverlapCountsOnceOnlyWhenTheRulesSaySo() {
        // The inner boundary is one short stroke found twice: 3.5 of 10 drawn, or 7 when overlaps add up.
        let rulings = [h(0, 0, 20), h(10, 0, 20), v(0, 0, 10), v(20, 0, 10), v(10, 0, 3.5), v(10, 0, 3.5)]
        #expect(TableGrid.detect(in: rulings, tolerance: 1, rules: .textPage).map(\.cells.count) == [1])
        #expect(TableGrid.detect(in: rulings, tolerance: 1, rules: .pageImage).map(\.cells.count) == [2])
    }

    @Test func collinearPiecesJoinOneTableOnlyWhenTheRulesSaySo() {
        // Two ruled parts whose only link is the top line, drawn in two touching pieces that cross no common ruling.
        let left = [h(0, 0, 20), h(10, 0, 20), v(0, 0, 10), v(10, 0, 10), v(18, 0, 10)]
        let right = [h(0, 20.5, 40), h(10, 22, 40), v(23, 0, 10), v(30, 0, 10), v(40, 0, 10)]
        #expect(TableGrid.detect(in: left + right, tolerance: 1, rules: .textPage).map(\.xs) == [[0, 10, 18, 23, 30, 40]])
        #expect(TableGrid.detect(in: left + right, tolerance: 1, rules: .pageImage).count == 2)
    }

    @Test func clusterMergesCloseValuesToTheirMean() {
        #expect(TableGrid.cluster([10, 0, 1, 10.5, 30], tolerance: 1) == [0.5, 10.25, 30])
    }
}
