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

/// Merged cells are rectangles that never overlap, whatever rulings are missing.
@Suite struct TableGridMergeTests {
    private func h(_ y: Double, _ x0: Double, _ x1: Double) -> Ruling { Ruling(orientation: .horizontal, position: y, start: x0, end: x1) }
    private func v(_ x: Double, _ y0: Double, _ y1: Double) -> Ruling { Ruling(orientation: .vertical, position: x, start: y0, end: y1) }

    @Test func openBoundariesMakingATShapeDoNotSwallowTheCellsBeside() throws {
        // 3 × 3 grid. Row 0: no ruling between columns 0 and 1 (a header cell over two columns); column 0: no ruling
        // between rows 0 and 1. Joined across both, the group is an L, whose bounding box would cover row 1, column 1.
        let rulings = [
            h(0, 0, 30), h(10, 10, 30), h(20, 0, 30), h(30, 0, 30),
            v(0, 0, 30), v(10, 10, 30), v(20, 0, 30), v(30, 0, 30),
        ]
        let grid = try #require(TableGrid.detect(in: rulings, tolerance: 1, rules: .textPage).first)
        #expect(grid.invariantViolations().isEmpty)
        let places = grid.cells.map { [$0.row, $0.column, $0.rowSpan, $0.columnSpan] }
        #expect(places == [[0, 0, 1, 2], [0, 2, 1, 1], [1, 0, 1, 1], [1, 1, 1, 1], [1, 2, 1, 1], [2, 0, 1, 1], [2, 1, 1, 1], [2, 2, 1, 1]])
        // The middle of row 1, column 1 (a value under the header) is in exactly one cell, its own.
        let holding = grid.cells.filter { $0.box.contains(x: 15, y: 15) }
        #expect(holding.map { [$0.row, $0.column, $0.rowSpan, $0.columnSpan] } == [[1, 1, 1, 1]])
    }

    @Test func aBlockOpenInsideIsOneCell() throws {
        // A 2 × 2 block without inner rulings (a label over two rows and two columns) above a ruled row, beside a ruled column.
        let rulings = [
            h(0, 0, 30), h(10, 20, 30), h(20, 0, 30), h(30, 0, 30), v(0, 0, 30), v(10, 20, 30), v(20, 0, 30), v(30, 0, 30),
        ]
        let grid = try #require(TableGrid.detect(in: rulings, tolerance: 1, rules: .textPage).first)
        #expect(grid.invariantViolations().isEmpty)
        #expect(grid.cells.first.map { [$0.row, $0.column, $0.rowSpan, $0.columnSpan] } == [0, 0, 2, 2])
    }

    @Test func randomMissingRulingsNeverGiveOverlappingCells() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<300 {
            let (rows, columns) = (Int(next() % 6) + 1, Int(next() % 6) + 2)
            let xs = (0...columns).map { Double($0 * 10) }
            let ys = (0...rows).map { Double($0 * 10) }
            var rulings = [h(0, 0, xs.last!), h(ys.last!, 0, xs.last!), v(0, 0, ys.last!), v(xs.last!, 0, ys.last!)]
            for row in 0..<rows {
                for column in 1..<columns where next() % 3 != 0 { rulings.append(v(xs[column], ys[row], ys[row + 1])) }
            }
            for row in 1..<max(1, rows) {
                for column in 0..<columns where next() % 3 != 0 { rulings.append(h(ys[row], xs[column], xs[column + 1])) }
            }
            for grid in TableGrid.detect(in: rulings, tolerance: 1, rules: .textPage) {
                #expect(grid.invariantViolations().isEmpty)
            }
        }
    }

    @Test func invariantViolationsNameOverlappingCells() {
        let cell = TableGrid.Cell(row: 0, column: 0, rowSpan: 1, columnSpan: 2, box: Box(x0: 0, y0: 0, x1: 20, y1: 10))
        let other = TableGrid.Cell(row: 0, column: 1, rowSpan: 1, columnSpan: 1, box: Box(x0: 10, y0: 0, x1: 20, y1: 10))
        let grid = TableGrid(xs: [0, 10, 20], ys: [0, 10], cells: [cell, other], closedTop: true, closedBottom: true)
        #expect(grid.invariantViolations() == ["cells [0, 1] overlap at row 0, column 1"])
    }
}
