import ReportModel
import ReportParser
import Repair
import Testing

/// Ruled tables on PDF pages, repaired and parsed together: where a printed layout problem must not move a
/// number to another row or column, or merge several numbers into one.
@Suite struct LayoutTableTests {
    typealias T = RuledTableFixture

    private func parse(_ pages: [Page]) throws -> ReportRecord {
        try DocumentBuilder.parse(LayoutRepairer().repair(T.document(pages)))
    }

    private let complaint = ["（五）不予处理 1.信访举报投诉类申请", "0", "0", "0", "0", "0", "0", "0"]

    @Test func twoLabelsInOneCellBesideTwoValueRowsGoToTheirOwnRows() throws {
        // No ruling between the labels 2.重复申请 and 3.要求提供公开出版物, so they share one cell; each label's line
        // stands level with its own row of numbers.
        let table = T.applications([
            complaint,
            ["2.重复申请", "1", "2", "3", "4", "5", "6", "21"],
            ["3.要求提供公开出版物", "7", "8", "9", "10", "11", "12", "57"],
        ], openBelow: [[2, 0]])
        let record = try parse([table.page(1, heading: "三、收到和处理政府信息公开申请情况")])
        #expect(record.applications["notProcessed.duplicate"]?["naturalPerson"] == 1)
        #expect(record.applications["notProcessed.duplicate"]?["total"] == 21)
        #expect(record.applications["notProcessed.publication"]?["naturalPerson"] == 7)
        #expect(record.applications["notProcessed.publication"]?["total"] == 57)
    }

    @Test func labelsInOneCellThatDoNotStandLevelWithTheirRowsLeaveBothRowsNull() throws {
        // Both labels printed in the upper row's band of a two-row cell: which numbers are whose is not certain.
        var table = T.applications([
            complaint,
            ["", "1", "2", "3", "4", "5", "6", "21"],
            ["", "7", "8", "9", "10", "11", "12", "57"],
        ], openBelow: [[2, 0]])
        let extra = [T.line("2.重复申请", x: 42, y: 141, size: 6), T.line("3.要求提供公开出版物", x: 42, y: 149, size: 6)]
        table.size = 6
        let record = try parse([table.page(1, heading: "三、收到和处理政府信息公开申请情况", extra: extra)])
        for key in ["notProcessed.duplicate", "notProcessed.publication"] {
            let row = try #require(record.applications[key], "\(key) is a row whose label was found")
            #expect(row.values.allSatisfy { $0 == nil }, "\(key): \(row)")
        }
        #expect(record.warnings.contains { $0.code == .parseLabelsUnplaced })
        #expect(!record.applications.values.contains { $0["total"] == 21 || $0["total"] == 57 })
    }

    @Test func aCellHoldingSeveralNumbersIsNullNotTheirConcatenation() throws {
        // "3 1 204": three words with visible gaps in one cell; a kerned "1204" is one word and one number.
        let table = T.applications([
            ["一、本年新收政府信息公开申请数量", "3 1 204", "0", "1,234", "0", "0", "0", "1204"],
        ])
        let record = try parse([table.page(1, heading: "三、收到和处理政府信息公开申请情况")])
        let row = try #require(record.applications["newReceived"])
        #expect(row["naturalPerson"] == .some(nil))
        #expect(row["research"] == 1234)
        #expect(row["total"] == 1204)
        #expect(row["commercial"] == 0)
        #expect(record.warnings.contains { $0.code == .parseCellAmbiguous && $0.context == "applications.newReceived.naturalPerson" })
    }

    @Test func aLandscapePageNumberAtTheUsualDistanceFromTheBottomIsDropped() throws {
        // Part 四 on a landscape A4 page; its page number stands 80 points above the bottom edge, as on the portrait pages.
        let xs = (0...15).map { 60 + Double($0) * 48 }
        let header = Array(repeating: ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], count: 3).flatMap { $0 }
        let values = ["1", "0", "0", "0", "1"] + Array(repeating: "0", count: 10)
        let table = RuledTableFixture(xs: xs, ys: [100, 130, 160], rows: [header, values], size: 8)
        let pageNumber = T.line("— 5 —", x: 400, y: 595 - 80, size: 14)
        let record = try parse([table.page(1, width: 842, height: 595, heading: "四、政府信息公开行政复议、行政诉讼情况", extra: [pageNumber])])
        #expect(record.reviewLitigation["review"]?["maintained"] == 1)
        #expect(record.reviewLitigation["review"]?["total"] == 1)
        #expect(!record.warnings.contains { $0.code == .parseColumnsAmbiguous })
    }
}

/// Stacked labels and unreadable cells in part 二's small tables, and group labels that must stay as they are.
@Suite struct LayoutTableLabelTests {
    typealias T = RuledTableFixture

    private func parse(_ pages: [Page]) throws -> ReportRecord {
        try DocumentBuilder.parse(LayoutRepairer().repair(T.document(pages)))
    }

    /// Part 二 with the 2021 format's first small table below `table`, which tells the version of the format.
    private func part2(_ table: RuledTableFixture, extra: [TextLine] = []) -> Page {
        let regulations = RuledTableFixture(
            xs: [60, 200, 290, 380, 470], ys: [300, 324, 348],
            rows: [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"]], size: 8)
        var page = table.page(1, heading: "二、主动公开政府信息情况", extra: extra + regulations.lines)
        page.rulings += regulations.rulings
        return page
    }

    @Test func stackedPart2LabelsNotLevelWithTheirRowsLeaveBothRowsNull() throws {
        // 行政处罚 and 行政强制 share one cell, both printed in its upper half.
        let table = RuledTableFixture(
            xs: [60, 260, 460], ys: [100, 124, 148, 172],
            rows: [["信息内容", "本年处理决定数量"], ["", "3"], ["", "5"]], openBelow: [[1, 0]], size: 8)
        let extra = [T.line("行政处罚", x: 62, y: 126, size: 8), T.line("行政强制", x: 62, y: 136, size: 8)]
        let record = try parse([part2(table, extra: extra)])
        #expect(record.proactive["penalty"] == ["decisions": nil])
        #expect(record.proactive["coercion"] == ["decisions": nil])
        #expect(record.warnings.contains { $0.code == .parseLabelsUnplaced && $0.context == "proactive.penalty,proactive.coercion" })
    }

    @Test func stackedPart2LabelsLevelWithTheirRowsKeepTheirOwnNumbers() throws {
        let table = RuledTableFixture(
            xs: [60, 260, 460], ys: [100, 124, 148, 172],
            rows: [["信息内容", "本年处理决定数量"], ["行政处罚", "3"], ["行政强制", "5"]], openBelow: [[1, 0]], size: 8)
        let record = try parse([part2(table)])
        #expect(record.proactive["penalty"] == ["decisions": 3])
        #expect(record.proactive["coercion"] == ["decisions": 5])
        #expect(record.warnings.contains { $0.code == .parseLabelsSpread })
    }

    /// On a scan turned 2°, boxes are where things are on the page: across 260 pt the value cells stand 9 pt lower than
    /// the labels, more than half a row. Level is judged with the page straightened, so each label keeps its row.
    @Test func stackedLabelsOnASkewedPageKeepTheirOwnNumbers() throws {
        let table = RuledTableFixture(
            xs: [60, 120, 560], ys: [100, 116, 132, 148],
            rows: [["信息内容", "本年处理决定数量"], ["行政处罚", "3"], ["行政强制", "5"]], openBelow: [[1, 0]], size: 8)
        let record = try parse([part2(table).placed(skew: 2)])
        #expect(record.proactive["penalty"] == ["decisions": 3])
        #expect(record.proactive["coercion"] == ["decisions": 5])
        #expect(record.warnings.contains { $0.code == .parseLabelsSpread })
    }

    @Test func aGroupLabelOverRowsWithTheirOwnLabelsStaysOneLabel() throws {
        // （四）无法提供 spans three rows, each with its own sub-row label right of it.
        let xs = [40.0, 120, 300] + (1...7).map { 300 + Double($0) * 36 }
        let header = ["", ""] + Array(T.applicantHeader.dropFirst())
        let rows = [
            header,
            ["（四）无法提供", "1.本机关不掌握相关政府信息", "1", "0", "0", "0", "0", "0", "1"],
            ["", "2.没有现成信息需要另行制作", "2", "0", "0", "0", "0", "0", "2"],
            ["", "3.补正后申请内容仍不明确", "3", "0", "0", "0", "0", "0", "3"],
        ]
        let table = RuledTableFixture(
            xs: xs, ys: (0...rows.count).map { 100 + Double($0) * 20 }, rows: rows, openBelow: [[1, 0], [2, 0]], size: 6)
        let record = try parse([table.page(1, heading: "三、收到和处理政府信息公开申请情况")])
        #expect(record.applications["unavailable.notHeld"]?["total"] == 1)
        #expect(record.applications["unavailable.needsCreation"]?["total"] == 2)
        #expect(record.applications["unavailable.unclear"]?["total"] == 3)
        #expect(!record.warnings.contains { $0.code.rawValue.hasPrefix("parse.labels") })
    }

    @Test func unitsSignsAndSeparatorsSetApartStillRead() throws {
        // "+ 11" and "367.98 万元" are one number each, their sign and unit set apart by a visible gap.
        let documents = RuledTableFixture(
            xs: [60, 200, 290, 380, 470], ys: [100, 124, 148],
            rows: [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["行政规范性文件", "+ 11", "1,234", "１２"]], size: 8)
        let fees = RuledTableFixture(
            xs: [60, 200, 470], ys: [200, 224, 248], rows: [["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "367.98 万元"]], size: 8)
        var page = documents.page(1, heading: "二、主动公开政府信息情况", extra: fees.lines)
        page.rulings += fees.rulings
        let record = try parse([page])
        #expect(record.proactive["normativeDocuments"] == ["issued": 11, "repealed": 1234, "inForce": 12])
        #expect(record.proactive["fees"] == ["amount": 367.98])
        #expect(!record.warnings.contains { $0.code == .parseCellAmbiguous })
    }
}
