import ReportModel
import Testing

@testable import Repair

/// Markdown as other extractors write it: `#` headings, pipe tables, MinerU's embedded HTML tables, images.
@Suite struct MarkdownReaderTests {
    static func blocks(_ markdown: String) -> [Block] {
        RepairStage().repair(text: markdown, source: SourceInfo(path: "r.md", sha256: "", format: .markdown)).blocks
    }

    static func tables(_ blocks: [Block]) -> [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// The issue's failure: `## 二、…` lines were not headings, so the tables of parts 二 to 四 ran together.
    @Test func atxHeadingsSeparateThePartsAndTheirPipeTables() {
        let blocks = Self.blocks("""
            # 示例县水利局2022年政府信息公开工作年度报告

            ## 一、总体情况

            本年度工作有序开展。

            ## 二、主动公开政府信息情况

            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            |---|---|---|---|
            | 规章 | 0 | 0 | 0 |
            | 行政规范性文件 | 3 | 1 | 9 |

            ## 三、收到和处理政府信息公开申请情况

            | 本列数据的勾稽关系 | 自然人 | 总计 |
            | :--- | ---: | ---: |
            | 一、本年新收政府信息公开申请数量 | 4 | 4 |

            ## 四、政府信息公开行政复议、行政诉讼情况

            | 行政复议 | 行政诉讼 |
            |---|---|
            | 1 | 0 |
            """)
        let headings = blocks.compactMap { if case .heading(let heading) = $0 { heading.text } else { nil } }
        #expect(headings.contains("二、主动公开政府信息情况"))
        #expect(headings.contains("三、收到和处理政府信息公开申请情况"))
        #expect(headings.contains("四、政府信息公开行政复议、行政诉讼情况"))
        let tables = Self.tables(blocks)
        #expect(tables.count == 3)
        #expect(tables.first?.rows.last?.cells.map(\.text) == ["行政规范性文件", "3", "1", "9"])
        #expect(!blocks.contains { "\($0)".contains("---") || "\($0)".contains("#") })
    }

    @Test func embeddedHTMLTablesKeepTheirSpans() throws {
        let blocks = Self.blocks("""
            ## 四、政府信息公开行政复议、行政诉讼情况

            <table><tr><td colspan="5">行政复议</td><td colspan="2">行政诉讼</td></tr><tr><td rowspan="2">结果维持</td><td>1</td></tr><tr><td>2</td></tr></table>

            ## 五、存在的主要问题及改进情况
            """)
        let table = try #require(Self.tables(blocks).first)
        #expect(table.rows[0].cells.map(\.columnSpan) == [5, 2])
        #expect(table.rows[1].cells[0].rowSpan == 2)
        #expect(table.rows[2].cells.map(\.column) == [1])
        #expect(blocks.last == .heading(Heading(level: 1, text: "五、存在的主要问题及改进情况")))
    }

    @Test func anHTMLTableOverSeveralLines() throws {
        let blocks = Self.blocks("一、总体情况\n\n<table>\n<tr><td>规章</td>\n<td>0</td></tr>\n</table>\n\n无。")
        #expect(Self.tables(blocks).first?.rows.map { $0.cells.map(\.text) } == [["规章", "0"]])
        #expect(blocks.last == .paragraph(Paragraph(text: "无。")))
    }

    @Test func imagesEmphasisLinksAndEscapesLeaveTheirText() {
        #expect(MarkdownReader.plain("![](images/p1.jpg)") == "")
        #expect(MarkdownReader.plain("### **（一）主动公开**") == "（一）主动公开")
        #expect(MarkdownReader.plain("见[门户网站](http://example.gov.cn)第2\\*3项") == "见门户网站第2*3项")
        #expect(MarkdownReader.plain("> - 全年公开信息&nbsp;12条<br>") == "全年公开信息\u{00A0}12条")
        #expect(MarkdownReader.plain("---") == "")
        #expect(MarkdownReader.plain("| 规章 | 0 |") == "| 规章 | 0 |")
        #expect(MarkdownReader.plain("1. 属于国家秘密") == "1. 属于国家秘密")
    }

    @Test func aFencedBlockKeepsItsLinesAsTheyAre() {
        let blocks = Self.blocks("```\n# 不是标题。\n```")
        #expect(blocks == [.paragraph(Paragraph(text: "# 不是标题。"))])
    }
}
