import ReportModel
import ReportParser
import Testing

@Suite struct ReviewLitigationTests {
    typealias B = DocumentBuilder

    @Test func fifteenNumbersInOneRow() throws {
        let numbers = (1...15).map(String.init).joined(separator: "\t")
        let record = try B.parse(B.report2021(reviewLitigation: B.reviewLitigation(numbers)))
        #expect(record.reviewLitigation["review"] == ["maintained": 1, "corrected": 2, "other": 3, "pending": 4, "total": 5])
        #expect(record.reviewLitigation["litigationDirect"]?["maintained"] == 6)
        #expect(record.reviewLitigation["litigationAfterReview"]?["total"] == 15)
    }

    /// A scanned row of 15 whose ruling between two cells was lost: 14 cells tiling the grid's 15 columns. Every other
    /// cell keeps its column; the merged one (`0 | 1`) is null in both of its. The same 14 values without a grid
    /// (text) stay null, as their columns cannot be told.
    @Test func aGridRowWithTwoCellsMergedKeepsEveryOtherValueInItsColumn() throws {
        func cell(_ column: Int, _ text: String, span: Int = 1) -> Cell {
            Cell(column: column, columnSpan: span, text: text, location: Location(page: 3, box: Box(x0: Double(column) * 30, y0: 100, x1: Double(column + span) * 30, y1: 112)))
        }
        let texts = ["1", "0", "2", "0", "3", "0", "0", "0", "0", "0", "4", "0", "0 | 1", "5"]
        var column = 0
        let cells = texts.map { text -> Cell in
            defer { column += text.contains("|") ? 2 : 1 }
            return cell(column, text, span: text.contains("|") ? 2 : 1)
        }
        let header = TableRow(cells: [cell(0, "行政复议", span: 5), cell(5, "行政诉讼", span: 10)])
        let table = Block.table(Table(rows: [header, TableRow(cells: cells)], columnCount: 15))
        let record = try B.parse(B.report2021(reviewLitigation: table))
        #expect(record.reviewLitigation["review"] == ["maintained": 1, "corrected": 0, "other": 2, "pending": 0, "total": 3])
        #expect(record.reviewLitigation["litigationAfterReview"] == ["maintained": 4, "corrected": 0, "other": nil, "pending": nil, "total": 5])
        #expect(record.warnings.filter { $0.code == .parseCellAmbiguous }.compactMap(\.context).sorted()
            == ["reviewLitigation.litigationAfterReview.other", "reviewLitigation.litigationAfterReview.pending"])
        let text = try B.parse(B.report2021(reviewLitigation: B.reviewLitigation(texts.joined(separator: "\t"))))
        #expect(text.reviewLitigation["review"]?["maintained"] == .some(nil))
    }

    @Test func threeLabelledRowsOfFive() throws {
        let table = B.table([
            "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "复议后起诉\t0\t0\t0\t0\t0", "行政复议\t2\t0\t0\t0\t2", "未经复议直接起诉\t1\t0\t0\t0\t1",
        ])
        let record = try B.parse(B.report2021(reviewLitigation: table))
        #expect(record.reviewLitigation["review"]?["total"] == 2)
        #expect(record.reviewLitigation["litigationDirect"]?["maintained"] == 1)
        #expect(record.reviewLitigation["litigationAfterReview"]?["total"] == 0)
    }

    @Test func aRowThatDoesNotFitIsNull() throws {
        let record = try B.parse(B.report2021(reviewLitigation: B.reviewLitigation("0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0")))
        #expect(record.reviewLitigation["review"]?["other"] == .some(nil))
        #expect(record.warnings.contains { $0.code == .parseColumnsAmbiguous })
        #expect(!record.checks.contains { $0.id.hasPrefix("reviewLitigation.") && $0.ok != nil })
    }
}
