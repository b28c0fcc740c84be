import ReportModel
import Testing

/// The one definition of the national format: its rows, columns and checks per version, as the official
/// templates print them.
@Suite struct NationalFormatTests {
    /// Part 二's rows per version: 2021 has six tables' rows (no 其他对外管理服务事项, no 政府集中采购), 2019 eight.
    @Test func proactiveRowsPerVersion() {
        let rows2021 = NationalFormat.proactiveRows.filter { NationalFormat.proactiveColumns(row: $0.key, template: .v2021) != nil }
        let rows2019 = NationalFormat.proactiveRows.filter { NationalFormat.proactiveColumns(row: $0.key, template: .v2019) != nil }
        #expect(rows2021.map(\.key) == ["regulations", "normativeDocuments", "licensing", "penalty", "coercion", "fees"])
        #expect(rows2019.count == 8)
        #expect(NationalFormat.proactiveColumns(row: "regulations", template: .v2021)?.count == 3)
        #expect(NationalFormat.proactiveColumns(row: "fees", template: .v2021)?.map(\.isAmount) == [true])
        #expect(NationalFormat.proactiveColumns(row: "licensing", template: .v2019)?.map(\.isSigned) == [false, true, false])
    }

    /// Part 三: 2 top rows, 2 granted rows, 19 numbered sub-rows in 4 groups, 总计 and 结转; 7 applicant columns.
    /// Part 四: 3 rows of 5 columns, the 15 numbers of its one printed row.
    @Test func applicationAndReviewShape() {
        #expect(NationalFormat.applicationTopRows.count == 6)
        #expect(NationalFormat.applicationSubRows.count == 19)
        #expect(Set(NationalFormat.applicationSubRows.map { $0.key.split(separator: ".")[0] }) == Set(NationalFormat.applicationGroups.map { Substring($0.key) }))
        #expect(NationalFormat.applicantColumns.count == 7)
        #expect(NationalFormat.applicationValueCount == 7)
        #expect(NationalFormat.reviewLitigationValueCount == 15)
        // The 总计 check sums every outcome row but 其他处理's, which are checked apart.
        #expect(NationalFormat.outcomeRows.count == 2 + 16)
        #expect(NationalFormat.otherHandlingSubRows.allSatisfy { key in NationalFormat.applicationSubRows.contains { $0.key == key } })
        #expect(Set(NationalFormat.applicationRowNumbering.keys)
            == Set(NationalFormat.applicationTopRows.map(\.key) + NationalFormat.applicationGroups.map(\.key)))
        // The printed order holds every row once, （六）其他处理 both as one row and as its sub-rows.
        let order = NationalFormat.applicationRowOrder
        #expect(order.count == Set(order).count)
        #expect(Set(order) == Set(NationalFormat.applicationTopRows.map(\.key) + NationalFormat.applicationSubRows.map(\.key) + ["otherHandling"]))
        #expect(Array(order.prefix(3)) == ["newReceived", "carriedOver", "granted"])
        #expect(Array(order.suffix(2)) == ["total", "carriedForward"])
    }
}
