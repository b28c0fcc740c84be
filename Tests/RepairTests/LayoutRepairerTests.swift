import Testing
import ReportModel
@testable import Repair

/// Synthetic layouts built in code: each test prints one layout problem and checks the repaired document.
@Suite struct LayoutRepairerTests {
    typealias F = LayoutFixture

    private func h(_ y: Double, _ x0: Double, _ x1: Double) -> Ruling { Ruling(orientation: .horizontal, position: y, start: x0, end: x1) }
    private func v(_ x: Double, _ y0: Double, _ y1: Double) -> Ruling { Ruling(orientation: .vertical, position: x, start: y0, end: y1) }

    @Test func mergedCellsAndVerticalLabelFollowTheMissingRulings() {
        // Columns 72|100|200|260|320; rows 100|130|170|210|250|290.
        // 信息内容 spans rows 0–1 (no ruling at y 130 in column 0); 申请人情况 spans columns 1–3 (no ruling at x 200, 260 in row 0);
        // the vertical label spans rows 2–4 (no rulings at y 210, 250 in column 0).
        let rulings = [
            h(100, 72, 320), h(130, 100, 320), h(170, 72, 320), h(210, 100, 320), h(250, 100, 320), h(290, 72, 320),
            v(72, 100, 290), v(100, 100, 290), v(200, 130, 290), v(260, 130, 290), v(320, 100, 290),
        ]
        var lines = [
            F.line([("信息", 74)], y: 125, size: 10),
            F.line([("申请人情况", 160)], y: 108, size: 10),
            F.line([("自然", 130)], y: 135, size: 10), F.line([("人", 135)], y: 150, size: 10),
            F.line([("商业", 210)], y: 135, size: 10), F.line([("企业", 210)], y: 150, size: 10),
            F.line([("总计", 270)], y: 145, size: 10),
            F.line([("1", 140), ("0", 225), ("1", 285)], y: 185, size: 10),
            F.line([("2", 140), ("0", 225), ("2", 285)], y: 225, size: 10),
            F.line([("+11", 140), ("—", 225), ("367.98万元", 262)], y: 265, size: 10),
        ]
        lines += F.stacked("三、本年度办理结果", x: 81, y: 175)
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: lines, rulings: rulings)]))

        #expect(document.tables.count == 1)
        guard let table = document.tables.first else { return }
        #expect(table.columnCount == 4)
        #expect(table.summary == [
            ["0:信息", "1:申请人情况"],
            ["1:自然人", "2:商业企业", "3:总计"],
            ["0:三、本年度办理结果", "1:1", "2:0", "3:1"],
            ["1:2", "2:0", "3:2"],
            ["1:+11", "2:—", "3:367.98万元"],
        ])
        #expect(table.rows[0].cells.map(\.rowSpan) == [2, 1])
        #expect(table.rows[0].cells.map(\.columnSpan) == [1, 3])
        #expect(table.rows[2].cells[0].rowSpan == 3)
        #expect(table.rows[2].cells[0].location?.page == 1)
        #expect(document.paragraphs.isEmpty, "table words must not leak into prose")
    }

    @Test func emptyGridCellsAreKeptSoTheMissingValueKeepsItsColumn() {
        let rulings = F.grid(xs: [72, 200, 260, 320], ys: [100, 130])
        let lines = [F.line([("规章", 80), ("5", 290)], y: 110, size: 10)]
        let table = LayoutRepairer().repair(F.document([F.page(1, lines: lines, rulings: rulings)])).tables.first
        #expect(table?.summary == [["0:规章", "1:", "2:5"]])
    }

    @Test func wrappedCellTextIsJoinedCJKWithoutSpaceLatinWithOne() {
        let rulings = F.grid(xs: [72, 232, 300], ys: [100, 140, 180])
        let lines = [
            F.line([("（二）部分公开（区分处", 74)], y: 104, size: 12),
            F.line([("理的）", 74)], y: 120, size: 12),
            F.line([("4", 260)], y: 112, size: 12),
            F.line([("Open", 74)], y: 144, size: 12),
            F.line([("data", 74)], y: 160, size: 12),
            F.line([("7", 260)], y: 152, size: 12),
        ]
        let table = LayoutRepairer().repair(F.document([F.page(1, lines: lines, rulings: rulings)])).tables.first
        #expect(table?.summary == [["0:（二）部分公开（区分处理的）", "1:4"], ["0:Open data", "1:7"]])
    }

    @Test func tableOverTwoPagesIsOneTableWithoutTheRepeatedHeader() {
        let xs = [72.0, 150, 330, 400, 470]
        // Page 1: header and three rows at the bottom; the table is cut at y 720 with no closing ruling,
        // the group label （四）无法提供 spans rows 1–3, and row 3's numbers are printed on page 2.
        let rulings1 = [h(600, 72, 470), h(630, 72, 470), h(660, 150, 470), h(690, 150, 470)]
            + xs.map { v($0, 600, 720) }
        let lines1 = [
            F.line([("分组", 80), ("项目", 200), ("甲", 360), ("乙", 430)], y: 608, size: 10),
            F.line([("（四）无法提供", 76)], y: 668, size: 10),
            F.line([("1.本机关不掌握", 155), ("10", 360), ("0", 430)], y: 638, size: 10),
            F.line([("2.没有现成信息", 155), ("3", 360), ("0", 430)], y: 668, size: 10),
            F.line([("3.补正后申请内容", 155)], y: 698, size: 10),
            F.line([("-", 290), ("1", 297), ("-", 304)], y: 800, size: 12),
        ]
        // Page 2: the header repeated, then the rest of row 3, then a new group.
        let rulings2 = [h(72, 72, 470), h(102, 72, 470), h(132, 72, 470), h(162, 72, 470)] + xs.map { v($0, 72, 162) }
        let lines2 = [
            F.line([("分组", 80), ("项目", 200), ("甲", 360), ("乙", 430)], y: 80, size: 10),
            F.line([("0", 360), ("1", 430)], y: 110, size: 10),
            F.line([("（五）不予处理", 76), ("1.信访举报", 155), ("1", 360), ("0", 430)], y: 140, size: 10),
            F.line([("-", 290), ("2", 297), ("-", 304)], y: 800, size: 12),
        ]
        let intro = F.prose("表格之前的一段正文。", y: 100)
        let document = LayoutRepairer().repair(F.document([
            F.page(1, lines: intro.lines + lines1, rulings: rulings1), F.page(2, lines: lines2, rulings: rulings2),
        ]))

        #expect(document.tables.count == 1)
        guard let table = document.tables.first else { return }
        #expect(table.summary == [
            ["0:分组", "1:项目", "2:甲", "3:乙"],
            ["0:（四）无法提供", "1:1.本机关不掌握", "2:10", "3:0"],
            ["1:2.没有现成信息", "2:3", "3:0"],
            ["1:3.补正后申请内容", "2:0", "3:1"],
            ["0:（五）不予处理", "1:1.信访举报", "2:1", "3:0"],
        ])
        #expect(table.rows[1].cells[0].rowSpan == 3)
        #expect(table.rows[3].cells.map { $0.location?.page } == [1, 2, 2])
        #expect(document.diagnostics.contains { $0.code == .repairRowJoined })
        #expect(document.paragraphs == ["表格之前的一段正文。"])
    }

    @Test func pageNumbersAndRunningHeadersAreDroppedAndAParagraphRejoinsOverThePageBreak() {
        let text = String(repeating: "政府信息公开工作稳步推进，", count: 12) + "取得实效。"
        let set = F.prose(text, y: 700)
        // Lines below y 760 move to the top of page 2, as a page break would put them.
        let page1Lines = set.lines.filter { $0.box.y0 < 760 }
        let page2Lines = set.lines.filter { $0.box.y0 >= 760 }.map { line in
            F.line(line.words.map { ($0.text, $0.box.x0) }, y: line.box.y0 - 660, size: 16)
        }
        let header = { (y: Double) in F.line([("某县人民政府信息公开年报", 220)], y: y, size: 10) }
        let document = LayoutRepairer().repair(F.document([
            F.page(1, lines: [header(40)] + page1Lines + [F.line([("-", 290), ("1", 297), ("-", 304)], y: 800, size: 12)]),
            F.page(2, lines: [header(40)] + page2Lines + [F.line([("第2页", 280)], y: 805, size: 10)]),
            F.page(3, lines: [header(40)] + F.prose("第三页正文。", y: 100).lines + [F.line([("3/3", 290)], y: 805, size: 10)]),
        ]))
        #expect(page1Lines.count >= 2 && page2Lines.count >= 1)
        #expect(document.paragraphs == [text, "第三页正文。"])
        #expect(document.headings.isEmpty)
    }

    @Test func aNumberInTheBodyIsNotTakenForAPageNumber() {
        let document = LayoutRepairer().repair(F.document([
            F.page(1, lines: F.prose("正文。", y: 100).lines + [F.line([("2023", 96)], y: 400, size: 16)]),
        ]))
        #expect(document.paragraphs == ["正文。", "2023"])
    }

    @Test func tableWithoutRulingsGetsColumnsFromTheNumbers() {
        let lines = F.prose("下表为申请情况。", y: 100).lines + [
            F.line([("本年新收申请数量", 72), ("21", 330), ("0", 400), ("21", 470)], y: 160, size: 12),
            F.line([("上年结转申请数量", 72), ("3", 332), ("—", 398), ("3", 472)], y: 184, size: 12),
            F.line([("（二）部分公开（区分处理的，", 72)], y: 208, size: 12),
            F.line([("只计这一情形）", 72), ("4", 332), ("/", 402), ("4", 472)], y: 222, size: 12),
            F.line([("行政事业性收费", 72), ("367.98万元", 310), ("1", 402), ("+11", 466)], y: 246, size: 12),
        ]
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: lines)]))
        #expect(document.tables.count == 1)
        let table = document.tables.first
        #expect(table?.columnCount == 4)
        #expect(table?.summary == [
            ["0:本年新收申请数量", "1:21", "2:0", "3:21"],
            ["0:上年结转申请数量", "1:3", "2:—", "3:3"],
            ["0:（二）部分公开（区分处理的，只计这一情形）", "1:4", "2:/", "3:4"],
            ["0:行政事业性收费", "1:367.98万元", "2:1", "3:+11"],
        ])
        #expect(document.paragraphs == ["下表为申请情况。"])
        #expect(document.diagnostics.contains { $0.code == .repairRowJoined })
    }

    @Test func rulingLessHeadsStackedOverLinesAreJoined() {
        let lines = [
            F.line([("申请人情况统计", 350)], y: 112, size: 12),
            F.line([("项目", 72), ("自然", 326), ("商业", 396), ("总计", 466)], y: 130, size: 12),
            F.line([("人", 332), ("企业", 396)], y: 144, size: 12),
            F.line([("本年新收申请数量", 72), ("21", 330), ("0", 400), ("21", 470)], y: 164, size: 12),
            F.line([("上年结转申请数量", 72), ("3", 332), ("1", 402), ("4", 472)], y: 188, size: 12),
        ]
        let table = LayoutRepairer().repair(F.document([F.page(1, lines: F.prose("正文。", y: 40).lines + lines)])).tables.first
        #expect(table?.summary == [
            ["1:申请人情况统计"],
            ["0:项目", "1:自然人", "2:商业企业", "3:总计"],
            ["0:本年新收申请数量", "1:21", "2:0", "3:21"],
            ["0:上年结转申请数量", "1:3", "2:1", "3:4"],
        ])
        #expect(table?.rows[0].cells.first?.columnSpan == 2)
    }

    @Test func rulingLessGroupLabelsSpanTheirRows() {
        let values = { (a: String, b: String, c: String) in [(a, 330.0), (b, 370.0), (c, 410.0)] }
        var lines = [
            F.line([("项目", 150), ("甲", 330), ("乙", 370), ("合计", 406)], y: 100, size: 9),
            F.line([("一、本年新收申请", 76)] + values("5", "1", "6"), y: 120, size: 9),
            F.line([("（一）予以公开", 98)] + values("2", "0", "2"), y: 140, size: 9),
            F.line([("1.属于国家秘密", 168)] + values("1", "0", "1"), y: 160, size: 9),
            F.line([("（三）不予公开", 98)], y: 168, size: 9),
            F.line([("2.其他法律", 168)] + values("0", "0", "0"), y: 180, size: 9),
            F.line([("（四）无法提供", 98), ("1.本机关不掌握", 168)] + values("1", "1", "2"), y: 200, size: 9),
            F.line([("2.没有现成信息", 168)] + values("0", "0", "0"), y: 220, size: 9),
            F.line([("四、结转下年度", 76)] + values("0", "0", "0"), y: 240, size: 9),
        ]
        // The row group label of the result rows, one glyph per line, centred on its rows.
        lines += F.stacked("三、办理结果", x: 79, y: 150, size: 9)
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: F.prose("正文。", y: 40).lines + lines)]))

        #expect(document.tables.count == 1)
        guard let table = document.tables.first else { return }
        #expect(table.columnCount == 6)
        #expect(Array(table.summary.dropFirst()) == [
            ["0:一、本年新收申请", "3:5", "4:1", "5:6"],
            ["0:三、办理结果", "1:（一）予以公开", "3:2", "4:0", "5:2"],
            ["1:（三）不予公开", "2:1.属于国家秘密", "3:1", "4:0", "5:1"],
            ["2:2.其他法律", "3:0", "4:0", "5:0"],
            ["1:（四）无法提供", "2:1.本机关不掌握", "3:1", "4:1", "5:2"],
            ["2:2.没有现成信息", "3:0", "4:0", "5:0"],
            ["0:四、结转下年度", "3:0", "4:0", "5:0"],
        ])
        #expect(table.rows[2].cells[0].rowSpan == 5)
        #expect(table.rows[3].cells[0].rowSpan == 2)
        #expect(table.rows[5].cells[0].rowSpan == 2)
        #expect(document.diagnostics.filter { $0.code == .repairGroupSpanInferred }.count == 3)
        #expect(document.paragraphs == ["正文。"])
    }

    @Test func aGroupLabelPrintedOnlyAfterThePageBreakContinuesTheEmptyMergedCell() {
        let xs = [72.0, 150, 330, 400]
        // Page 1: the group cell in column 0 spans the last two rows and is empty; the table is cut at y 700.
        let rulings1 = [h(640, 72, 400), h(670, 150, 400)] + xs.map { v($0, 640, 700) }
        let lines1 = [
            F.line([("1.本机关不掌握", 155), ("10", 360)], y: 648, size: 10),
            F.line([("2.没有现成信息", 155), ("3", 360)], y: 678, size: 10),
        ]
        // Page 2: its label, then the group's last row and a new one.
        let rulings2 = [h(102, 72, 400), h(132, 72, 400)] + xs.map { v($0, 72, 132) }
        let lines2 = [
            F.line([("（四）无法提供", 76), ("3.补正后", 155), ("0", 360)], y: 80, size: 10),
            F.line([("（五）不予处理", 76), ("1.信访举报", 155), ("1", 360)], y: 110, size: 10),
        ]
        let document = LayoutRepairer().repair(F.document([
            F.page(1, lines: F.prose("正文。", y: 100).lines + lines1, rulings: rulings1), F.page(2, lines: lines2, rulings: rulings2),
        ]))
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.summary == [
            ["0:（四）无法提供", "1:1.本机关不掌握", "2:10"],
            ["1:2.没有现成信息", "2:3"],
            ["1:3.补正后", "2:0"],
            ["0:（五）不予处理", "1:1.信访举报", "2:1"],
        ])
        #expect(document.tables.first?.rows[0].cells[0].rowSpan == 3)
        #expect(document.tables.first?.rows[0].cells[0].location?.page == 2)
    }

    /// A row at the top of the continuation whose label was not read (a seal over it) starts with its numbers: it is a
    /// row of its own, not the row above continued, so the label above keeps its one row.
    @Test func aContinuationRowStartingWithItsNumbersIsARowOfItsOwn() {
        let xs = [72.0, 250, 300, 350, 400]
        let first = F.grid(xs: xs, ys: [640, 670, 700])
        let second = F.grid(xs: xs, ys: [80, 110, 140])
        let lines1 = [
            F.line([("5.要求行政机关确认", 76), ("1", 270), ("0", 320), ("0", 370)], y: 648, size: 10),
            F.line([("（六）其他处理", 76), ("1", 270), ("0", 320), ("0", 370)], y: 678, size: 10),
        ]
        let lines2 = [
            F.line([("36", 265), ("5", 320), ("1", 370)], y: 88, size: 10),
            F.line([("四、结转下年度继续办理", 76), ("1", 270), ("3", 320), ("0", 370)], y: 118, size: 10),
        ]
        let document = LayoutRepairer().repair(F.document([
            F.page(1, lines: F.prose("正文。", y: 100).lines + lines1, rulings: first), F.page(2, lines: lines2, rulings: second),
        ]))
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.summary == [
            ["0:5.要求行政机关确认", "1:1", "2:0", "3:0"], ["0:（六）其他处理", "1:1", "2:0", "3:0"], ["0:", "1:36", "2:5", "3:1"],
            ["0:四、结转下年度继续办理", "1:1", "2:3", "3:0"],
        ])
        #expect(document.tables.first?.rows[1].cells[0].rowSpan == 1)
    }

    /// A scan straightens each page on its own, so a table's continuation stands a few points off: its outer edges
    /// still meet the first piece's (within twice the tolerance), but its inner lines are further off their twins than
    /// the columns' clustering joins. Put in the first piece's frame, each line is one column again.
    @Test func aContinuationStandingAFewPointsOffKeepsTheFirstPiecesColumns() {
        let xs = [72.0, 250, 300, 350, 400]
        func piece(shift: Double, top: Double, rows: [[String]]) -> (lines: [TextLine], rulings: [Ruling]) {
            let ys = (0...rows.count).map { top + Double($0) * 30 }
            let lines = rows.enumerated().map { index, texts in
                F.line(zip(texts, xs).map { ($0, $1 + shift + 6) }, y: ys[index] + 8, size: 10)
            }
            return (lines, F.grid(xs: xs.map { $0 + shift }, ys: ys))
        }
        let first = piece(shift: 0, top: 640, rows: [["本年新收", "3", "5", "1"], ["上年结转", "0", "1", "2"]])
        let second = piece(shift: 5, top: 80, rows: [["予以公开", "2", "4", "0"], ["结转下年度", "1", "0", "0"]])
        let document = LayoutRepairer().repair(F.document([
            F.page(1, lines: F.prose("正文。", y: 100).lines + first.lines, rulings: first.rulings),
            F.page(2, lines: second.lines, rulings: second.rulings),
        ]))
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.columnCount == 4)
        #expect(document.tables.first?.summary == [
            ["0:本年新收", "1:3", "2:5", "3:1"], ["0:上年结转", "1:0", "2:1", "3:2"],
            ["0:予以公开", "1:2", "2:4", "3:0"], ["0:结转下年度", "1:1", "2:0", "3:0"],
        ])
        // The cells keep their own page's boxes.
        #expect(document.tables.first?.rows[2].cells[1].location?.box?.x0 == 255)
    }

    @Test func titleHeadingsAndRunInHeadingsFollowTheContract() {
        let long = String(repeating: "本年主动公开政府信息1136条，", count: 5) + "均已归档。"
        var y = 200.0
        var lines = [
            F.line([("某县人民政府", 230)], y: 80, size: 22),
            F.line([("2023", 150), ("年政府信息公开工作年度报告", 178)], y: 110, size: 22),
        ]
        for (text, indent) in [
            ("一、总体情况", true), ("（一）主动公开情况。" + long, true), ("（三）政府信息管理情况。", true), (long, true),
            ("六、其他需要报告的事项。本年度无其他需要报告的事项。", true),
        ] {
            let set = F.prose(text, y: y, indent: indent)
            lines += set.lines
            y = set.next
        }
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: lines)]))
        #expect(document.blocks.count == 7)
        #expect(document.headings.map(\.level) == [0, 1, 2, 1])
        #expect(document.headings.map(\.text) == ["某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "（三）政府信息管理情况。", "六、其他需要报告的事项"])
        #expect(document.paragraphs == ["（一）主动公开情况。" + long, long, "本年度无其他需要报告的事项。"])
    }

    /// 54 characters fill the indented first line (26) and a full second line (28) exactly, ending in 。.
    static let twoFullLines = String(repeating: "公开", count: 26) + "完。"

    @Test func anIndentStartsAParagraphEvenWhereMostParagraphsAreOneLineLong() {
        // Most lines here start at the indent, so the indent is the most common start; the margin is where the
        // continuation lines start.
        var y = 100.0
        var lines: [TextLine] = []
        let texts = [Self.twoFullLines, "第二段只有一行。", Self.twoFullLines, "第四段。", "第五段。", "第六段。"]
        for text in texts {
            let set = F.prose(text, y: y)
            lines += set.lines
            y = set.next
        }
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: lines)]))
        #expect(document.paragraphs == texts)
    }

    @Test func aNumberedHeadingAfterAFinishedSentenceStartsItsOwnBlock() {
        // The heading is set flush left, without the indent, right after a paragraph whose last line is full.
        var lines = F.prose(Self.twoFullLines, y: 100).lines
        lines.append(F.line([("六、其他需要报告的事项", 72)], y: 154, size: 16))
        lines += F.prose("本年度无其他需要报告的事项。", y: 181, indent: false).lines
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: lines)]))
        #expect(document.headings.map(\.text) == ["六、其他需要报告的事项"])
        #expect(document.paragraphs.first == Self.twoFullLines)
    }

    /// The same with a mark OCR read before the numeral: its own block, left a paragraph (only the parser, knowing the
    /// parts' order, may take it for a heading). A full line of prose that starts the same way stays in its paragraph.
    @Test func aHeadingWithAStrayMarkAfterAFinishedSentenceStartsItsOwnParagraph() {
        var lines = F.prose(Self.twoFullLines, y: 100).lines
        lines.append(F.line([("” 六、其他需要报告的事项", 72)], y: 154, size: 16))
        lines += F.prose("本年度无其他需要报告的事项。", y: 181, indent: false).lines
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: lines)]))
        #expect(document.headings.isEmpty)
        #expect(document.paragraphs == [Self.twoFullLines, "” 六、其他需要报告的事项", "本年度无其他需要报告的事项。"])

        var prose = F.prose(Self.twoFullLines, y: 100).lines
        prose += F.prose("是六、七月份集中开展培训，全年共举办政府信息公开专题培训班三期，培训人员一百二十人次。", y: 154, indent: false).lines
        let joined = LayoutRepairer().repair(F.document([F.page(1, lines: prose)]))
        #expect(joined.paragraphs.count == 1)
    }

    @Test func ocrLinesOfVaryingHeightStayOneParagraph() {
        // OCR words carry no font size; their boxes vary with the glyphs (punctuation, descenders).
        let text = String(repeating: "全区政府信息公开工作取得新进展，", count: 5) + "群众满意。"
        var lines = F.prose(text, y: 100).lines
        lines = lines.enumerated().map { index, line in
            let words = line.words.map { word in
                Word(text: word.text, box: Box(x0: word.box.x0, y0: word.box.y0, x1: word.box.x1, y1: word.box.y1 + Double(index % 2) * 6), origin: .ocr, confidence: 90)
            }
            return TextLine(box: Box.enclosing(words.map(\.box))!, words: words)
        }
        let document = LayoutRepairer().repair(F.document([F.page(1, lines: lines)]))
        #expect(lines.count >= 3)
        #expect(document.paragraphs == [text])
    }

    @Test func pagesWithoutTextAreReportedNotGuessed() {
        let page = Page(number: 1, width: 595, height: 842, kind: .needsOCR)
        let document = LayoutRepairer().repair(F.document([page]))
        #expect(document.blocks.isEmpty)
        #expect(document.diagnostics.map(\.code) == [.repairPageWithoutText])
    }
}
