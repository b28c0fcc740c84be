import ReportModel
import Testing

@testable import Repair

/// Text tables rebuilt from damaged extractions, on short inputs in the format's wording written for the test.
@Suite struct TextTableTests {
    static func repaired(_ text: String) -> (tables: [Table], diagnostics: [Diagnostic]) {
        let (blocks, diagnostics) = TextRepairer().blocks(from: text)
        let tables = blocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        return (tables, diagnostics)
    }

    static func rows(_ table: Table) -> [[String]] {
        table.rows.map { $0.cells.map(\.text) }
    }

    @Test func tabSeparatedRowsDropEmptyFieldsAndNumberColumnsByOrdinal() throws {
        let text = "二、主动公开政府信息情况\n第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t3\n行政许可\t5\t\t\n"
        let table = try #require(Self.repaired(text).tables.first)
        #expect(Self.rows(table) == [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "1", "0", "3"], ["行政许可", "5"]])
        #expect(table.columnCount == 4)
        #expect(table.rows[2].cells.map(\.column) == [0, 1, 2, 3])
    }

    @Test func spaceSeparatedRowsSplitLabelFromTrailingNumbers() throws {
        let text = "规章 0 0 0\n行政规范性文件 12 3 45\n政府集中采购 2 15.5万元\n"
        let table = try #require(Self.repaired(text).tables.first)
        #expect(Self.rows(table) == [["规章", "0", "0", "0"], ["行政规范性文件", "12", "3", "45"], ["政府集中采购", "2", "15.5万元"]])
    }

    @Test func labelsSplitOverLinesBecomeGroupLabelsWithSpans() throws {
        let text = """
            一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1

            三、本年度办理

            结果

            （一）予以公开 1 0 0 0 0 0 1

            （三）不予

            公开

            1.属于国家秘密 0 0 0 0 0 0 0

            2.其他法律行政法规禁止公开 0 0 0 0 0 0 0

            （七）总计 1 0 0 0 0 0 1

            四、结转下年度继续办理 0 0 0 0 0 0 0
            """
        let table = try #require(Self.repaired(text).tables.first)
        let rows = Self.rows(table)
        #expect(rows[1] == ["三、本年度办理结果", "（一）予以公开", "1", "0", "0", "0", "0", "0", "1"])
        #expect(rows[2] == ["（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"])
        #expect(rows[3].first == "2.其他法律行政法规禁止公开")
        #expect(table.rows[1].cells[0].rowSpan == 4)
        #expect(table.rows[2].cells[0].rowSpan == 2)
        #expect(rows.count == 6)
    }

    @Test func numbersOnTheFollowingLineJoinTheirWrappedLabel() throws {
        let text = """
            （六）其他

            处理

            1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息

            公开申请
            0 0 0 0 0 0 0

            3.其他 0 0 0 0 0 0 0
            """
        let (tables, diagnostics) = Self.repaired(text)
        let table = try #require(tables.first)
        #expect(Self.rows(table) == [
            ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"],
            ["3.其他", "0", "0", "0", "0", "0", "0", "0"],
        ])
        #expect(diagnostics.contains { $0.code == .repairRowJoined })
    }

    @Test func oneCharacterPerLineVerticalLabelAndItsStrayLastCharacter() throws {
        let text = """
            三、
            本
            年
            度
            办
            理
            结
            （一）予以公开 3 0 0 0 0 0 3
            （三）不予公开
            1．属于国家秘密 0 0 0 0 0 0 0
             果 2．其他法律行政法规禁止公开 0 0 0 0 0 0 0
            （七）总计 3 0 0 0 0 0 3
            """
        let (tables, diagnostics) = Self.repaired(text)
        let table = try #require(tables.first)
        let rows = Self.rows(table)
        #expect(rows[0].prefix(2) == ["三、本年度办理结果", "（一）予以公开"])
        #expect(rows[2] == ["2．其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"])
        #expect(!rows.flatMap { $0 }.contains("果"))
        #expect(diagnostics.contains { $0.code == .repairStrayCharacterMoved })
    }

    @Test func headerFragmentsAreReassembled() throws {
        let text = """
            （本列数据的勾稽关系为：第一项加第二项之和，\t申请人情况\t\t
            \t自然\t法人或其他组织\t总计
            等于第三项加第四项之和)\t\t人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t
            一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4\t
            """
        let table = try #require(Self.repaired(text).tables.first)
        let cells = table.rows.flatMap { $0.cells.map(\.text) }
        #expect(cells.contains("自然人"))
        #expect(cells.contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)"))
        #expect(!cells.contains("人") && !cells.contains("自然"))
    }

    @Test func headerSpreadOneWordPerLineIsReassembled() throws {
        let text = "行政复议 行政诉讼\n结果\n维持\n其他\n结果\n总\n计\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"
        let table = try #require(Self.repaired(text).tables.first)
        #expect(Self.rows(table)[0] == ["行政复议", "行政诉讼", "结果维持", "其他结果", "总计"])
        #expect(table.rows[1].cells.count == 15)
    }

    @Test func rowShiftedLeftOfItsCellsKeepsItsLabelAndNumbers() throws {
        let text = "\t\t4. 无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0\n5. 要求行政机关确认或重新出具已获取信息\t\t0\t0\t0\t0\t0\t0\t0\t\n"
        let table = try #require(Self.repaired(text).tables.first)
        #expect(Self.rows(table)[1] == ["5. 要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"])
    }

    @Test func mostlyMissingTableInventsNothingAndFlagsLoneValues() throws {
        let text = """
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t
            \t自然人\t法人或其他组织\t总计

            \t\t5.要求行政机关确认或重新出具已获取信息\t\t\t\t\t
            \t(六) 其他处理\t\t\t\t\t\t
            \t(七) 总计\t\t\t\t\t\t\t0\t\t
            """
        let (tables, diagnostics) = Self.repaired(text)
        let table = try #require(tables.first)
        let rows = Self.rows(table)
        #expect(rows.suffix(3) == [["5.要求行政机关确认或重新出具已获取信息"], ["(六) 其他处理"], ["(七) 总计", "0"]])
        #expect(diagnostics.contains { $0.code == .repairColumnsAmbiguous && $0.context == "(七) 总计" })
    }

    @Test func proseWithNumbersIsNotATable() {
        let text = "一、总体情况\n地址：某市某区某路 63 号 501 室。\n全年公开信息 360 余条。"
        #expect(Self.repaired(text).tables.isEmpty)
    }
}

extension TextTableTests {
    @Test func markdownAndBoxDrawnTablesSplitOnTheirBars() throws {
        let text = """
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            |---|:---:|---|---|
            | 规章 | 0 | 0 | 0 |
            │ 行政规范性文件 │ 2 │ — │ 5 │
            ├──────┼──┼──┼──┤
            """
        let table = try #require(Self.repaired(text).tables.first)
        #expect(Self.rows(table) == [
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"], ["行政规范性文件", "2", "—", "5"],
        ])
    }
}
