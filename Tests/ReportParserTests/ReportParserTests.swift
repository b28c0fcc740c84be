import ReportModel
import ReportParser
import Testing

@Suite struct ReportParserTests {
    typealias B = DocumentBuilder

    @Test func readsAWhole2021Report() throws {
        let record = try B.parse(B.report2021(
            applications: B.applications2021(values: [
                "newReceived": "3\t1\t0\t0\t0\t0\t4", "granted": "2\t1\t0\t0\t0\t0\t3", "denied.stateSecret": "1\t0\t0\t0\t0\t0\t1",
                "total": "3\t1\t0\t0\t0\t0\t4",
            ])))
        #expect(record.title == "示例县人民政府2021年政府信息公开工作年度报告")
        #expect(record.agency == "示例县人民政府")
        #expect(record.year == 2021)
        #expect(record.template == .v2021)
        #expect(record.id == String(repeating: "0f", count: 8))
        #expect(record.sections.overview == "本年度公开工作稳步推进。\n（一）主动公开\n全年主动公开信息120条。")
        #expect(record.sections.problems == "存在的问题是宣传不够。")
        #expect(record.sections.other == "无。")
        #expect(record.proactive["normativeDocuments"] == ["issued": 7, "repealed": 0, "inForce": 16])
        #expect(record.proactive["licensing"] == ["decisions": 12])
        #expect(record.proactive["fees"] == ["amount": 0])
        #expect(record.applications.count == 25)
        #expect(record.applications["granted"] == ["naturalPerson": 2, "commercial": 1, "research": 0, "socialWelfare": 0, "legalService": 0, "other": 0, "total": 3])
        #expect(record.applications["denied.stateSecret"]?["total"] == 1)
        #expect(record.reviewLitigation["litigationAfterReview"]?["total"] == 0)
        #expect(record.checks.count == 7 + 7 + 25 + 3)
        #expect(record.checks.allSatisfy { $0.ok == true })
        #expect(record.provenance["applications.granted.total"]?.text == "3")
        #expect(record.provenance["applications.granted.total"]?.page == nil)
    }

    /// The sign-off under the last part is dropped also as OCR reads it under a seal: a stray mark before the date,
    /// a speck read as a point before its day, its day's 日 misread. A date inside a sentence, or a line with more before it, stays.
    /// The last argument is about the longest date a signature takes (17 characters).
    @Test(arguments: ["2024年1月22日", "”2024年1月22日", "2023年1月16月", "2024年1月.22日", "二〇二四年一月八日", "”、二〇二四年.二十一月.二十一日"])
    func aSignatureReadThroughASealIsDropped(date: String) throws {
        let other = [B.heading("六、其他需要报告的事项"), B.paragraph("无。"), B.paragraph("兰溪区住房和城乡建设局"), B.paragraph(date)]
        #expect(try B.parse(B.report2021(other: other)).sections.other == "无。")
    }

    @Test(arguments: ["本局于2024年1月22日", "截至2024年1月22日，无。"])
    func aDateWithTextBeforeItIsNoSignature(last: String) throws {
        let other = [B.heading("六、其他需要报告的事项"), B.paragraph("无。"), B.paragraph(last)]
        #expect(try B.parse(B.report2021(other: other)).sections.other == "无。\n" + last)
    }

    @Test func failingChecksKeepThePrintedNumbers() throws {
        let record = try B.parse(B.report2021(
            applications: B.applications2021(values: ["newReceived": "2\t0\t0\t0\t0\t0\t3"]),
            reviewLitigation: B.reviewLitigation("10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t5\t0\t0\t0\t0")))
        let failing = Set(record.checks.filter { $0.ok == false }.map(\.id))
        #expect(failing == [
            "applications.rowTotal.newReceived", "applications.balance.naturalPerson", "applications.balance.total",
            "reviewLitigation.review.total", "reviewLitigation.litigationAfterReview.total",
        ])
        #expect(record.reviewLitigation["review"]?["maintained"] == 10)
        #expect(record.reviewLitigation["review"]?["total"] == 0)
        let review = try #require(record.checks.first { $0.id == "reviewLitigation.review.total" })
        #expect(review.expected == 0 && review.actual == 11)
    }

    @Test func notAReportIsAnError() throws {
        let notice = B.document([B.paragraph("关于开展年度检查的通知"), B.paragraph("各单位：请于月底前完成自查。")])
        #expect(throws: GovReportsError.self) { try ReportParser().parse(notice) }
        let budget = B.document([B.paragraph("部门收支预算总表"), B.table(["项目\t预算数", "一般公共预算\t1,200.50", "合计\t1,200.50"])])
        do {
            _ = try ReportParser().parse(budget)
            Issue.record("a budget table was parsed as a report")
        } catch let error as GovReportsError {
            #expect(error.description.contains("not an annual report"))
        }
        #expect(throws: GovReportsError.self) { try B.parse(B.document([])) }
    }

    @Test func recordsEncodeNullsExplicitly() throws {
        let record = try B.parse(B.report2021(title: []))
        #expect(record.title == nil && record.agency == nil && record.year == nil)
        let json = String(decoding: try JSONFile.encode(record, pretty: false), as: UTF8.self)
        #expect(json.contains(#""title":null"#))
        #expect(json.contains(#""year":null"#))
        #expect(record.warnings.contains { $0.code == .parseTitleMissing })
        #expect(record.warnings.contains { $0.code == .parseYearMissing })
    }
}
