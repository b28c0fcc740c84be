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
