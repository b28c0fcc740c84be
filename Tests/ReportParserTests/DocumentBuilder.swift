import Foundation
import ReportModel
import ReportParser
import TestSupport
import Testing

/// Builds documents in code, the way the repair stage delivers them, from the national format's wording.
enum DocumentBuilder {
    static func document(_ blocks: [Block], format: SourceInfo.Format = .text) -> Document {
        Document(source: SourceInfo(path: "/tmp/in/report.txt", sha256: String(repeating: "0f", count: 32), format: format), blocks: blocks)
    }

    static func heading(_ text: String, level: Int = 1) -> Block { .heading(Heading(level: level, text: text)) }
    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(text: text)) }

    /// A text table: one string per row, fields separated by tabs, empty fields dropped (as repair does).
    static func table(_ rows: [String]) -> Block {
        let tableRows = rows.map { line in
            TableRow(cells: line.components(separatedBy: "\t").filter { !$0.isEmpty }.enumerated().map { Cell(column: $0, text: $1) })
        }
        return .table(Table(rows: tableRows, columnCount: tableRows.map(\.cells.count).max() ?? 0))
    }

    static let title = paragraph("示例县人民政府2021年政府信息公开工作年度报告")

    static func proactive2021(normative: String = "7\t0\t16", fees: String = "0") -> Block {
        table([
            "第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t0\t0\t0", "行政规范性文件\t\(normative)",
            "第二十条第（五）项", "信息内容\t本年处理决定数量", "行政许可\t12",
            "第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t3", "行政强制\t0",
            "第二十条第（八）项", "信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t\(fees)",
        ])
    }

    /// Part 三 of the 2021 format; `values` gives the 7 numbers of a row by key (default all 0, total 0).
    static func applications2021(
        header: String = "社会公益组织", otherHandling: [String]? = nil, skipping: Set<String> = [], values: [String: String] = [:]
    ) -> Block {
        let zeros = "0\t0\t0\t0\t0\t0\t0"
        func row(_ key: String, _ label: String) -> String? {
            skipping.contains(key) ? nil : "\(label)\t\(values[key] ?? zeros)"
        }
        let otherRows = otherHandling ?? [
            row("otherHandling.noCorrection", "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            row("otherHandling.unpaidFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            row("otherHandling.other", "3.其他"),
        ].compactMap { $0 }
        let rows: [String?] = [
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
            "自然人\t法人或其他组织\t总计", "商业企业\t科研机构\t\(header)\t法律服务机构\t其他",
            row("newReceived", "一、本年新收政府信息公开申请数量"), row("carriedOver", "二、上年结转政府信息公开申请数量"),
            row("granted", "三、本年度办理结果\t（一）予以公开"), row("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            row("denied.stateSecret", "（三）不予公开\t1.属于国家秘密"), row("denied.prohibitedByLaw", "2.其他法律行政法规禁止公开"),
            row("denied.safetyStability", "3.危及“三安全一稳定”"), row("denied.thirdPartyRights", "4.保护第三方合法权益"),
            row("denied.internalAffairs", "5.属于三类内部事务信息"), row("denied.processInformation", "6.属于四类过程性信息"),
            row("denied.enforcementFiles", "7.属于行政执法案卷"), row("denied.queryMatters", "8.属于行政查询事项"),
            row("unavailable.notHeld", "（四）无法提供\t1.本机关不掌握相关政府信息"), row("unavailable.needsCreation", "2.没有现成信息需要另行制作"),
            row("unavailable.unclear", "3.补正后申请内容仍不明确"),
            row("notProcessed.complaint", "（五）不予处理\t1.信访举报投诉类申请"), row("notProcessed.duplicate", "2.重复申请"),
            row("notProcessed.publication", "3.要求提供公开出版物"), row("notProcessed.excessive", "4.无正当理由大量反复申请"),
            row("notProcessed.confirmation", "5.要求行政机关确认或重新出具已获取信息"),
        ] + otherRows + [row("total", "（七）总计"), row("carriedForward", "四、结转下年度继续办理")]
        return table(rows.compactMap { $0 })
    }

    static func reviewLitigation(_ numbers: String = Array(repeating: "0", count: 15).joined(separator: "\t")) -> Block {
        table([
            "行政复议\t行政诉讼", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计", numbers,
        ])
    }

    /// A whole 2021-format report; parts can be replaced to build deviations.
    static func report2021(
        title: [Block] = [DocumentBuilder.title], proactive: Block = proactive2021(), applications: Block = applications2021(),
        reviewLitigation: Block = reviewLitigation(), partHeadings: [String]? = nil, other: [Block]? = nil
    ) -> Document {
        let headings = partHeadings ?? [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ]
        var blocks = title
        blocks += [heading(headings[0]), paragraph("本年度公开工作 稳步推进。"), heading("（一）主动公开", level: 2), paragraph("全年主动公开信息 120 条。")]
        blocks += [heading(headings[1]), proactive, heading(headings[2]), applications, heading(headings[3]), reviewLitigation]
        blocks += [heading(headings[4]), paragraph("存在的问题是宣传不够。")]
        blocks += other ?? [heading(headings[5]), paragraph("无。")]
        return document(blocks)
    }

    /// Parses a document and checks the record against the shipped JSON Schema, as every test record must be.
    static func parse(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) throws -> ReportRecord {
        let record = try ReportParser().parse(document)
        try expectValid(record, sourceLocation: sourceLocation)
        return record
    }

    /// Checks a record against the shipped JSON Schema.
    static func expectValid(_ record: ReportRecord, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let validator = try JSONSchemaValidator(schema: RecordSchema.data())
        let errors = try validator.errors(in: JSONFile.encode(record))
        #expect(errors.isEmpty, "schema violations: \(errors.prefix(5))", sourceLocation: sourceLocation)
    }
}
