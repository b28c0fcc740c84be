import ReportModel
import ReportParser
import Testing

@Suite struct MetadataTests {
    typealias B = DocumentBuilder

    @Test func titleOverTwoLinesWithTheAgencyFirst() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph(" 示例市工业和信息化局"), B.paragraph("2019 年度政府信息公开工作年度报告")]))
        #expect(record.title == "示例市工业和信息化局2019年度政府信息公开工作年度报告")
        #expect(record.agency == "示例市工业和信息化局")
        #expect(record.year == 2019)
    }

    @Test func titleStartingWithTheYearGivesTheAgencyAfterIt() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("2020 年示例县工信局"), B.paragraph("政府信息公开工作年度报告")]))
        #expect(record.title == "2020年示例县工信局政府信息公开工作年度报告")
        #expect(record.agency == "示例县工信局")
        #expect(record.year == 2020)
    }

    @Test func aCompleteTitleIsPreferredToTheCoverAndTheDateIsNotTheYear() throws {
        let cover = [B.paragraph("2021 年政府信息公开 工作年度报告"), B.paragraph("示例市民政局"), B.paragraph("二〇二二年一月")]
        let record = try B.parse(B.report2021(title: cover + [B.heading("示例市民政局 2021 年政府信息公开工作年度报告", level: 0)]))
        #expect(record.title == "示例市民政局2021年政府信息公开工作年度报告")
        #expect(record.year == 2021)
    }

    @Test func titleAfterTheFirstPartHeadingIsNotOverview() throws {
        var document = B.report2021(title: [])
        document.blocks.insert(B.title, at: 1)
        let record = try B.parse(document)
        #expect(record.agency == "示例县人民政府")
        #expect(record.sections.overview?.hasPrefix("本年度公开工作") == true)
    }

    @Test func aTitleYearInChineseDigits() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("示例镇人民政府二〇二一年政府信息公开工作年度报告")]))
        #expect(record.year == 2021)
        #expect(record.agency == "示例镇人民政府")
    }

    @Test func aYearPrintedAfterTheTitleGivesNoAgency() throws {
        let record = try B.parse(B.report2021(title: [B.paragraph("政府信息公开工作年度报告（2021年）")]))
        #expect(record.year == 2021)
        #expect(record.agency == nil)
    }

    @Test func yearFromTheStatisticsPeriodWhenTheTitleHasNone() throws {
        var document = B.report2021(title: [B.paragraph("政府信息公开工作年度报告")])
        document.blocks.append(B.paragraph("本报告中所列数据的统计期限自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止。"))
        let record = try B.parse(document)
        #expect(record.year == 2022)
        #expect(record.agency == nil)
    }

    @Test func introductionBeforePartOneIsNotOverviewAndTrailingSentenceStaysInOther() throws {
        var document = B.report2021()
        document.blocks.insert(B.paragraph("本报告由总体情况等六部分组成。"), at: 1)
        document.blocks.append(B.paragraph("本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"))
        let record = try B.parse(document)
        #expect(record.sections.overview?.contains("六部分") == false)
        #expect(record.sections.other == "无。\n本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。")
    }
}

@Suite struct SignatureTests {
    typealias B = DocumentBuilder

    @Test func theSignOffIsNotPartOfTheLastSection() throws {
        let record = try B.parse(B.report2021(other: [
            B.heading("六、其他需要报告的事项"), B.paragraph("本年度未收取信息处理费。"), B.paragraph("示例县人民政府"), B.paragraph("2022 年 1 月 20 日"),
        ]))
        #expect(record.sections.other == "本年度未收取信息处理费。")
        let chineseDate = try B.parse(B.report2021(other: [B.heading("六、其他需要报告的事项"), B.paragraph("无。"), B.paragraph("二〇二二年一月")]))
        #expect(chineseDate.sections.other == "无。")
    }

    @Test func aSentenceAfterPartSixIsKept() throws {
        let record = try B.parse(B.report2021(other: [B.heading("六、其他需要报告的事项"), B.paragraph("无。"), B.paragraph("示例县人民政府办公室负责解释")]))
        #expect(record.sections.other == "无。\n示例县人民政府办公室负责解释")
    }
}
