import ReportModel
@testable import ReportParser
import Testing

@Suite struct OutlineTests {
    typealias B = DocumentBuilder

    @Test func variantPartHeadingsAreFound() throws {
        let record = try B.parse(B.report2021(partHeadings: [
            "一、总体情况", "二、行政机关主动公开政府信息情况", "三、行政机关收到和处理政府信息公开申请情况",
            "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项",
        ]))
        #expect(record.sections.problems == "存在的问题是宣传不够。")
        #expect(record.sections.other == "无。")
        #expect(record.proactive.count == 6)
        #expect(record.reviewLitigation.count == 3)
    }

    @Test func headingsLeftAsParagraphsAreFound() throws {
        var document = B.report2021()
        document.blocks = document.blocks.map { block in
            if case .heading(let heading) = block, heading.level == 1 { return B.paragraph(heading.text) }
            return block
        }
        let record = try B.parse(document)
        #expect(record.sections.problems == "存在的问题是宣传不够。")
        #expect(record.applications.count == 25)
    }

    @Test func tablesAreFoundWhenTheirPartHeadingIsMissing() throws {
        var document = B.report2021()
        document.blocks.removeAll { block in
            if case .heading(let heading) = block { return heading.text.hasPrefix("二、") || heading.text.hasPrefix("四、") }
            return false
        }
        let record = try B.parse(document)
        #expect(record.sections.overview == "本年度公开工作稳步推进。\n（一）主动公开\n全年主动公开信息120条。")
        #expect(record.proactive["licensing"] == ["decisions": 12])
        #expect(record.reviewLitigation["review"]?["total"] == 0)
        #expect(record.template == .v2021)
    }

    @Test func partSixRunIntoItsTextLosesItsHeading() throws {
        let record = try B.parse(B.report2021(other: [B.paragraph("六、其他需要报告的事项。一是要点落实情况。二是收费情况。")]))
        #expect(record.sections.other == "一是要点落实情况。二是收费情况。")
    }

    /// OCR put a speck or half a split glyph before the numeral: the heading is found, as the next part after the last.
    @Test func headingsWithStrayMarksBeforeTheNumeralAreFoundInOrder() throws {
        let document = B.report2021(partHeadings: [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "” 五、存在的主要问题及改进情况", "和六、其他需要报告的事项",
        ])
        let record = try B.parse(document)
        #expect(record.sections.problems == "存在的问题是宣传不够。")
        #expect(record.sections.other == "无。")
        #expect(ReportOutline(blocks: document.blocks).starts.map(\.part) == ReportPart.allCases)
        let runIn = try B.parse(B.report2021(other: [B.paragraph("“和六、其他需要报告的事项。一是要点落实情况。")]))
        #expect(runIn.sections.other == "一是要点落实情况。")
    }

    /// Out of order, a line with marks before a numeral stays what it reads as: part 四's heading missing, `” 五、…`
    /// is not taken for 五 (the order does not say 五 comes next), and in part 一's prose `是二、…` is not part 二 when
    /// part 二's own heading follows; three strays are too many.
    @Test func strayMarksBeforeANumeralOutOfOrderAreNoHeading() throws {
        var document = B.report2021(partHeadings: [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "” 五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ])
        document.blocks.removeAll { if case .heading(let h) = $0 { return h.text.hasPrefix("四、") } else { return false } }
        let outline = ReportOutline(blocks: document.blocks)
        #expect(outline.start(of: .problems) == nil)
        #expect(outline.start(of: .other) != nil)

        #expect(ReportOutline(blocks: [B.heading("一、总体情况"), B.paragraph("要十二、主动公开的做法"), B.heading("二、主动公开政府信息情况")])
            .starts.map(\.blockIndex) == [0, 2])
        #expect(ReportOutline(blocks: [B.heading("一、总体情况"), B.paragraph("”“。二、主动公开政府信息情况")]).starts.count == 1)
        #expect(ReportOutline(blocks: [B.paragraph("” 一、总体情况")]).starts.isEmpty)
    }

    /// OCR read a heading's lone 一 as nothing (`、总体情况`), or lost its mark too (`主动公开政府信息情况` over part 二's
    /// table): still the part when the rest is the format's own wording and the part is next in order; other wording,
    /// or a part out of order, is no heading.
    @Test(arguments: [
        ["、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "、存在的主要问题及改进情况", "六、其他需要报告的事项"],
        ["一、总体情况", "主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "六、其他需要报告的事项"],
    ])
    func aHeadingWhoseNumeralWasLostIsFoundByItsWordingInOrder(headings: [String]) throws {
        let document = B.report2021(partHeadings: headings)
        #expect(ReportOutline(blocks: document.blocks).starts.map(\.part) == ReportPart.allCases)
        let record = try B.parse(document)
        #expect(record.sections.overview != nil)
        #expect(record.sections.problems == "存在的问题是宣传不够。")
    }

    @Test func wordingWithoutANumeralOutOfOrderOrLongerIsNoHeading() {
        #expect(ReportOutline(blocks: [B.paragraph("、总体情况良好")]).starts.isEmpty)
        #expect(ReportOutline(blocks: [B.heading("一、总体情况"), B.paragraph("、存在的主要问题及改进情况")]).starts.count == 1)
        #expect(ReportOutline(blocks: [B.paragraph("主动公开政府信息情况")]).starts.isEmpty)
        #expect(ReportOutline(blocks: [B.heading("一、总体情况"), B.paragraph("主动公开政府信息情况良好")]).starts.count == 1)
        #expect(ReportOutline(blocks: [B.heading("一、总体情况"), B.paragraph("存在的主要问题及改进情况")]).starts.count == 1)
    }

    @Test func tableRowLabelsAreNotTakenForParts() throws {
        var document = B.report2021()
        // A row label left as a paragraph inside part 三 (四、结转下年度继续办理) must not start part 四.
        let index = document.blocks.firstIndex { if case .heading(let h) = $0 { return h.text.hasPrefix("四、") } else { return false } }!
        document.blocks.insert(B.paragraph("四、结转下年度继续办理 0 0 0 0 0 0 0"), at: index)
        let outline = ReportOutline(blocks: document.blocks)
        #expect(outline.start(of: .reviewLitigation)?.blockIndex == index + 1)
        #expect(outline.starts.map(\.part) == ReportPart.allCases)
    }
}
