import ReportModel
import Testing

@testable import Repair

/// Tables from text laid out like the PDF page (as `pdftotext -layout` writes it) or one cell per line
/// (as plain `pdftotext` writes it), on short inputs in the format's wording written for the test.
@Suite struct LaidOutTextTableTests {
    static func rows(_ text: String) throws -> [[String]] {
        let blocks = TextRepairer().blocks(from: text).blocks
        let table = try #require(blocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }.first)
        return table.rows.map { $0.cells.map(\.text) }
    }

    static let zeros = Array(repeating: "0", count: 7)

    @Test func groupLabelPrintedMidRunMovesToItsFirstRow() throws {
        let text = """
            （二）部分公开                    0    0    0    0    0    0    0
                  1.属于国家秘密               0    0    0    0    0    0    0
                  2.其他法律行政法规禁止公开       0    0    0    0    0    0    0
            （三）不予公开
                  3.危及“三安全一稳定”          0    0    0    0    0    0    0
                  1.本机关不掌握相关政府信息       0    0    0    0    0    0    0
            （四）无法提供   2.没有现成信息需要另行制作    0    0    0    0    0    0    0
            （七）总计                      0    0    0    0    0    0    0
            """
        let rows = try Self.rows(text)
        #expect(rows[1] == ["（三）不予公开", "1.属于国家秘密"] + Self.zeros)
        #expect(rows[3] == ["3.危及“三安全一稳定”"] + Self.zeros)
        #expect(rows[4] == ["（四）无法提供", "1.本机关不掌握相关政府信息"] + Self.zeros)
        #expect(rows[5] == ["2.没有现成信息需要另行制作"] + Self.zeros)
        let diagnostics = TextRepairer().blocks(from: text).diagnostics
        #expect(diagnostics.filter { $0.code == .repairGroupLabelMoved }.count == 2)
    }

    @Test func verticalLabelInALeftColumnIsCollected() throws {
        let text = """
            二、上年结转政府信息公开申请数量          0    0    0    0    0    0    0
                （一）予以公开                    0    0    0    0    0    0    0
            三             1.属于国家秘密           0    0    0    0    0    0    0
            、    （三）不予公开
            本             2.其他法律行政法规禁止公开   0    0    0    0    0    0    0
            年
            度             3.危及“三安全一稳定”      0    0    0    0    0    0    0
            办
            理
            结
            果   （七）总计                      0    0    0    0    0    0    0
            四、结转下年度继续办理                  0    0    0    0    0    0    0
            """
        let rows = try Self.rows(text)
        #expect(rows[1] == ["三、本年度办理结果", "（一）予以公开"] + Self.zeros)
        #expect(rows[2] == ["（三）不予公开", "1.属于国家秘密"] + Self.zeros)
        #expect(rows[3] == ["2.其他法律行政法规禁止公开"] + Self.zeros)
        #expect(rows[5] == ["（七）总计"] + Self.zeros)
    }

    @Test func labelWrappedAroundItsNumbersIsOneRow() throws {
        let text = """
                  5.要求行政机关确认或重新出具已获取信息   0    0    0    0    0    0    0
                  1.申请人无正当理由逾期不补正、行政
            （六）其他处理                          0    0    0    0    0    0    0
                  机关不再处理其政府信息公开申请
                  2.申请人逾期未按收费通知要求缴纳费
                  用、行政机关不再处理其政府信息公      0    0    0    0    0    0    0
                  开申请
                  3.其他                        0    0    0    0    0    0    0
            """
        let rows = try Self.rows(text)
        #expect(Array(rows.dropFirst()) == [
            ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"] + Self.zeros,
            ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"] + Self.zeros,
            ["3.其他"] + Self.zeros,
        ])
    }

    @Test func headerRepeatedAfterAPageBreakIsDropped() throws {
        let header = "                  申请人情况\n            自然人    法人或其他组织    总计"
        let text = header + "\n一、本年新收政府信息公开申请数量   0    0    0    0    0    0    0\n-2-\n" + header
            + "\n（七）总计    0    0    0    0    0    0    0"
        let rows = try Self.rows(text)
        #expect(rows.filter { $0.contains("申请人情况") }.count == 1, "\(rows)")
        #expect(rows.count == 4, "\(rows)")
    }

    @Test func oneCellPerLineRowsAreRebuilt() throws {
        let text = "信息内容\n本年新制作数量\n规章\n\n0\n\n2\n\n5\n规范性文件\n\n1\n\n+1\n\n6\n"
        let rows = try Self.rows(text)
        #expect(rows.suffix(2) == [["规章", "0", "2", "5"], ["规范性文件", "1", "+1", "6"]])
    }

    @Test func aLoneNumberOutsideATableStaysProse() {
        let blocks = TextRepairer().blocks(from: "一、总体情况\n本年度工作有序开展。\n3\n").blocks
        #expect(!blocks.contains { if case .table = $0 { return true } else { return false } })
    }
}

extension LaidOutTextTableTests {
    @Test func partFourNumbersPrintedInTwoPiecesAreOneRow() throws {
        let text = "行政复议\n行政诉讼\n结果\n维持\n总计\n3\n1\n0\n0\n4\n复议后起诉\n总计\n" + (1...10).map { "\($0 % 3)" }.joined(separator: "\n")
        let rows = try Self.rows(text)
        let data = rows.filter { $0.allSatisfy { $0.allSatisfy(\.isNumber) } }
        #expect(data == [["3", "1", "0", "0", "4"] + (1...10).map { "\($0 % 3)" }])
    }
}
