import ReportModel
import Testing

@testable import Repair

/// The HTML path: tags to line breaks, entities, hidden elements, tables with their spans.
@Suite struct HTMLRepairTests {
    static let page = """
        <!DOCTYPE html><html><head><title>标题不算正文</title><style>p { margin: 0 }</style></head><body>
        <h1>某局2021年政府信息公开工作年度报告</h1>
        <p>一、总体情况</p><p>（一）主动公开。全年公开信息&nbsp;12条&amp;解读3份，&ldquo;双公示&rdquo;&#x3002;</p>
        <script>var s = "<p>不应出现</p>";</script><!-- <p>注释</p> -->
        <table border="1"><tr><td rowspan="2">三、本年度<br>办理结果</td><td>（一）予以公开</td><td>1</td></tr>
        <tr><td colspan="2">（二）部分公开</td></tr><tr><td>四、结转</td><td></td><td>0</td></tr></table>
        <div>五、存在的主要问题及改进情况</div><p>无。</p></body></html>
        """

    static func document() -> Document {
        let source = SourceInfo(path: "p.html", sha256: "", format: .html)
        return RepairStage().repair(text: page, source: source)
    }

    @Test func blocksComeInReadingOrder() throws {
        let blocks = Self.document().blocks
        #expect(blocks.count == 6)
        #expect(blocks[0] == .paragraph(Paragraph(text: "某局2021年政府信息公开工作年度报告")))
        #expect(blocks[1] == .heading(Heading(level: 1, text: "一、总体情况")))
        #expect(blocks[2] == .paragraph(Paragraph(text: "（一）主动公开。全年公开信息 12条&解读3份，“双公示”。")))
        #expect(blocks[4] == .heading(Heading(level: 1, text: "五、存在的主要问题及改进情况")))
        #expect(blocks[5] == .paragraph(Paragraph(text: "无。")))
    }

    @Test func tableKeepsRowAndColumnSpansOnItsGrid() throws {
        guard case .table(let table) = Self.document().blocks[3] else {
            Issue.record("block 3 is not a table")
            return
        }
        #expect(table.columnCount == 3)
        let first = table.rows[0].cells
        #expect(first.map(\.text) == ["三、本年度办理结果", "（一）予以公开", "1"])
        #expect(first[0].rowSpan == 2)
        let second = table.rows[1].cells
        #expect(second.map(\.column) == [1] && second[0].columnSpan == 2)
        #expect(table.rows[2].cells.map(\.column) == [0, 1, 2])
    }

    @Test func scriptsCommentsAndHeadAreDropped() {
        let text = Self.document().blocks.map { "\($0)" }.joined()
        #expect(!text.contains("不应出现") && !text.contains("注释") && !text.contains("标题不算正文"))
    }

    @Test func entitiesDecode() {
        let segments = HTMLReader.segments(of: "<p>a&lt;b&gt;&#20013;&#x6587;&middot;&unknown;&</p>")
        let text = segments.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
        #expect(text.trimmingWhitespace() == "a<b>中文·&unknown;&")
    }
}

extension HTMLRepairTests {
    /// A page laid out in a table: the outer table is read as text, the data table inside stays a table.
    @Test func layoutTableIsReadAsText() {
        let page = """
            <table><tr><td><p>一、总体情况</p><p>本年度工作有序开展。</p>
            <table><tr><td>规章</td><td>0</td></tr></table>
            <p>六、其他需要报告的事项</p><p>无。</p></td></tr></table>
            """
        let blocks = RepairStage().repair(text: page, source: SourceInfo(path: "p.htm", sha256: "", format: .html)).blocks
        #expect(blocks.count == 5)
        #expect(blocks[0] == .heading(Heading(level: 1, text: "一、总体情况")))
        #expect(blocks[1] == .paragraph(Paragraph(text: "本年度工作有序开展。")))
        if case .table(let table) = blocks[2] {
            #expect(table.rows.map { $0.cells.map(\.text) } == [["规章", "0"]])
        } else {
            Issue.record("block 2 is not a table")
        }
        #expect(blocks[4] == .paragraph(Paragraph(text: "无。")))
    }
}
