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
        #expect(NationalFormat.applicationRowNumbering["denied"] == "三、（三）")
        #expect(NationalFormat.applicationLabel("newReceived") == "本年新收政府信息公开申请数量")
        #expect(NationalFormat.applicationLabel("denied") == "不予公开")
        #expect(NationalFormat.applicationLabel("denied.stateSecret") == nil)
        // The printed order holds every row once, （六）其他处理 both as one row and as its sub-rows.
        let order = NationalFormat.applicationRowOrder
        #expect(order.count == Set(order).count)
        #expect(Set(order) == Set(NationalFormat.applicationTopRows.map(\.key) + NationalFormat.applicationSubRows.map(\.key) + ["otherHandling"]))
        #expect(Array(order.prefix(3)) == ["newReceived", "carriedOver", "granted"])
        #expect(Array(order.suffix(2)) == ["total", "carriedForward"])
    }

    /// The header words both stages test: part 三's table has 7 values a row under its applicant band, part 四's 15
    /// under its review and litigation bands; the bands are header terms, the kinds exclude 其他 and 总计.
    @Test func headerBands() {
        #expect(NationalFormat.valueCount(headerWords: [NationalFormat.applicantsBand]) == 7)
        #expect(NationalFormat.valueCount(headerWords: ["自然人", "总计"]) == 7)
        #expect(NationalFormat.valueCount(headerWords: [NationalFormat.reviewBand, NationalFormat.litigationBand]) == 15)
        #expect(NationalFormat.valueCount(headerWords: [NationalFormat.reviewBand, "总计"]) == nil)
        #expect(NationalFormat.applicantKindWords == ["自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构"])
        let bands = [NationalFormat.applicantsBand, NationalFormat.legalPersonBand, NationalFormat.reviewBand, NationalFormat.litigationBand]
        #expect(bands.allSatisfy(NationalFormat.headerTerms.contains))
        #expect(NationalFormat.repeatedHeaderWords.allSatisfy(NationalFormat.headerTerms.contains))
    }

    /// Each table part has words of its own, shared with no other part; the parts without a table have none.
    @Test func tableWordsAreEachParts() {
        let parts: [ReportPart] = [.proactive, .applications, .reviewLitigation]
        for part in parts {
            let others = Set(parts.filter { $0 != part }.flatMap(NationalFormat.tableWords))
            #expect(!NationalFormat.tableWords(of: part).isEmpty && others.isDisjoint(with: NationalFormat.tableWords(of: part)))
        }
        #expect(NationalFormat.tableWords(of: .overview).isEmpty)
    }
}
