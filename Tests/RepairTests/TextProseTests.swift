import ReportModel
import Testing

@testable import Repair

/// Paragraph and heading rebuilding from damaged text, on short inputs written for the test.
@Suite struct TextProseTests {
    static func blocks(_ text: String) -> [Block] {
        TextRepairer().blocks(from: text).blocks
    }

    static func describe(_ blocks: [Block]) -> [String] {
        blocks.map { block in
            switch block {
            case .heading(let heading): return "H\(heading.level) \(heading.text)"
            case .paragraph(let paragraph): return "P \(paragraph.text)"
            case .table: return "T"
            }
        }
    }

    @Test func sentenceBrokenAcrossBlankLineIsRejoined() {
        let text = "一、总体情况\n\n我局按照要求开展各项工作，并根据年度规范性\n\n文件清理情况更新目录。\n\n第二段从这里开始。"
        #expect(Self.describe(Self.blocks(text)) == [
            "H1 一、总体情况", "P 我局按照要求开展各项工作，并根据年度规范性文件清理情况更新目录。", "P 第二段从这里开始。",
        ])
    }

    @Test func hardWrappedParagraphIsRejoinedAtItsWidth() {
        // Five lines wrapped at 20 characters; a full line ending in 。 does not end the paragraph.
        let lines = [
            "一、总体情况",
            "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬。",
            "子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申酉",
            "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸",
            "子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申酉",
            "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸",
            "短行结束。",
            "新段落甲乙丙。",
        ]
        let described = Self.describe(Self.blocks(lines.joined(separator: "\n")))
        #expect(described.count == 3)
        #expect(described[1] == "P " + lines[1...6].joined())
        #expect(described[2] == "P 新段落甲乙丙。")
    }

    @Test func doubleSpacedLinesWithStrayLeadingSpacesAreRejoined() {
        let text = "一、总体情况\n\n一是加强组织领导。我局坚持把\n\n 政府信息公开工作纳入\n\n重要议事日程。\n\n二是完善制度。"
        #expect(Self.describe(Self.blocks(text)) == [
            "H1 一、总体情况", "P 一是加强组织领导。我局坚持把政府信息公开工作纳入重要议事日程。", "P 二是完善制度。",
        ])
    }

    @Test func runInHeadingIsAParagraphAndStandaloneHeadingIsAHeading() {
        let text = "一、总体情况\n（一）主动公开。本年度主动公开信息10条。\n(二) 依申请公开\n本年度未收到申请。\n1．加强培训\n2、做好公开。全年发布5条。"
        #expect(Self.describe(Self.blocks(text)) == [
            "H1 一、总体情况", "P （一）主动公开。本年度主动公开信息10条。", "H2 (二) 依申请公开", "P 本年度未收到申请。",
            "H3 1．加强培训", "P 2、做好公开。全年发布5条。",
        ])
    }

    @Test func partHeadingRunningOnIsSplit() {
        let text = "六、其他需要报告的事项。一是工作要点落实情况，制\n\n定了实施方案。"
        #expect(Self.describe(Self.blocks(text)) == ["H1 六、其他需要报告的事项", "P 一是工作要点落实情况，制定了实施方案。"])
    }

    @Test func headingWrappedOverTwoLinesIsJoined() {
        let text = "一、总体情况\n（十）工作考核、社会评议和责任追究结果等监督保障\n情况\n本年度未受到责任追究。"
        #expect(Self.describe(Self.blocks(text)) == [
            "H1 一、总体情况", "H2 （十）工作考核、社会评议和责任追究结果等监督保障情况", "P 本年度未受到责任追究。",
        ])
    }

    @Test func coverLinesStayApartAndASplitTitleIsJoined() {
        let text = "2021 年某某局\n\n政府信息公开工作年度报告\n\n某某局\n二〇二二年一月\n\n一、总体情况"
        #expect(Self.describe(Self.blocks(text)) == [
            "P 2021 年某某局政府信息公开工作年度报告", "P 某某局", "P 二〇二二年一月", "H1 一、总体情况",
        ])
    }

    @Test func pageNumbersAreRemovedAndTheParagraphAroundThemRejoined() {
        let text = "一、总体情况\n我局认真落实各项\n\n- 2 -\n\n工作要求。\n第 3 页\n3/6\n— 4 —"
        #expect(Self.describe(Self.blocks(text)) == ["H1 一、总体情况", "P 我局认真落实各项工作要求。"])
    }

    @Test func latinAndDigitsAcrossALineBreakKeepOneSpace() {
        #expect(Prose.join("访问 www", "example 站点") == "访问 www example 站点")
        #expect(Prose.join("《关于印发 2020", "年方案》") == "《关于印发 2020年方案》")
        #expect(Prose.join("共计", "12件") == "共计12件")
    }

    @Test func indentedLineStartsANewParagraph() {
        let text = "一、总体情况\n这是第一段没有句号的结尾\n    这是第二段。"
        #expect(Self.describe(Self.blocks(text)) == ["H1 一、总体情况", "P 这是第一段没有句号的结尾", "P 这是第二段。"])
    }
}

extension TextProseTests {
    @Test func runningHeaderRepeatedOnEveryPageIsRemoved() {
        let header = "某局2021年政府信息公开工作年度报告"
        let text = [header, "一、总体情况", "我局认真落实", header, "各项工作要求。", header, "二是完善制度。", header].joined(separator: "\n")
        let (blocks, diagnostics) = TextRepairer().blocks(from: text)
        #expect(Self.describe(blocks) == ["P " + header, "H1 一、总体情况", "P 我局认真落实各项工作要求。", "P 二是完善制度。"])
        #expect(diagnostics.contains { $0.code == .repairRunningLineRemoved })
    }

    @Test func footerBesidePageNumbersIsRemovedEvenInsideATable() {
        let text = "一、总体情况\n我局认真落实\n-1-\n某某县某某局\n各项工作要求。\n规章 0 0 0\n-2-\n某某县某某局\n行政许可 1 2 3"
        let (blocks, _) = TextRepairer().blocks(from: text)
        #expect(!Self.describe(blocks).joined().contains("某某县某某局"))
        #expect(Self.describe(blocks).contains("P 我局认真落实各项工作要求。"))
    }
}

extension TextProseTests {
    @Test func bareNumberAtAPageEdgeIsAPageNumberWhereFormFeedsMarkPages() {
        // Pages 1 and 2 end with their numbers; page 3 ends with a table cell 7, which is no page number.
        let text = "一、总体情况\n我局认真落实各项\n\n1\n\u{0C}工作要求。\n规章 0 0 0\n2\n\u{0C}行政许可 1 2\n7"
        let described = Self.describe(Self.blocks(text))
        #expect(described.contains("P 我局认真落实各项工作要求。"))
        let (blocks, _) = TextRepairer().blocks(from: text)
        let cells = blocks.flatMap { block -> [String] in
            if case .table(let table) = block { return table.rows.flatMap { $0.cells.map(\.text) } }
            return []
        }
        #expect(cells == ["规章", "0", "0", "0", "行政许可", "1", "2", "7"])
    }
}
