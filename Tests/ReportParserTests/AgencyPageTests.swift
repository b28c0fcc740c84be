import Foundation
import Repair
import ReportModel
import ReportParser
import TestSupport
import Testing

/// A report as an agency's website serves it: a GBK page with the site's navigation, breadcrumb and
/// footer around a Word-made body (`MsoNormal`, `<o:p>`, an `<xml>` island, conditional comments), named
/// entities, and the national tables as Word exports them, half their `</td>` and `</tr>` left out.
@Suite struct AgencyPageTests {
    static let applicantColumns = ["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total"]
    /// Part 三's rows as the 2021 form prints them: key, group (with its row count) and label.
    static let applicationRows: [(key: String, group: (String, Int)?, label: String)] = [
        ("granted", nil, "（一）予以公开"), ("partiallyGranted", nil, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        ("denied.stateSecret", ("（三）不予公开", 8), "1.属于国家秘密"), ("denied.prohibitedByLaw", nil, "2.其他法律行政法规禁止公开"),
        ("denied.safetyStability", nil, "3.危及&ldquo;三安全一稳定&rdquo;"), ("denied.thirdPartyRights", nil, "4.保护第三方合法权益"),
        ("denied.internalAffairs", nil, "5.属于三类内部事务信息"), ("denied.processInformation", nil, "6.属于四类过程性信息"),
        ("denied.enforcementFiles", nil, "7.属于行政执法案卷"), ("denied.queryMatters", nil, "8.属于行政查询事项"),
        ("unavailable.notHeld", ("（四）无法提供", 3), "1.本机关不掌握相关政府信息"), ("unavailable.needsCreation", nil, "2.没有现成信息需要另行制作"),
        ("unavailable.unclear", nil, "3.补正后申请内容仍不明确"),
        ("notProcessed.complaint", ("（五）不予处理", 5), "1.信访举报投诉类申请"), ("notProcessed.duplicate", nil, "2.重复申请"),
        ("notProcessed.publication", nil, "3.要求提供公开出版物"), ("notProcessed.excessive", nil, "4.无正当理由大量反复申请"),
        ("notProcessed.confirmation", nil, "5.要求行政机关确认或重新出具已获取信息"),
        ("otherHandling.noCorrection", ("（六）其他处理", 3), "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("otherHandling.unpaidFee", nil, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("otherHandling.other", nil, "3.其他"), ("total", nil, "（七）总计"),
    ]

    /// A distinct number for every cell, so that a value read under the wrong row or column shows.
    static func value(row: Int, column: Int) -> Int { (row * 7 + column * 3) % 29 + 1 }

    static func cell(_ text: String, rowSpan: Int = 1, columnSpan: Int = 1, close: Bool) -> String {
        let spans = (rowSpan > 1 ? " rowspan=\(rowSpan)" : "") + (columnSpan > 1 ? " colspan=\(columnSpan)" : "")
        return "<td\(spans) style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span style='font-family:仿宋_GB2312'>\(text)<o:p></o:p></span></p>" + (close ? "</td>" : "")
    }

    static func numbers(row: Int, close: Bool) -> String {
        applicantColumns.indices.map { cell("\(value(row: row, column: $0))", close: close) }.joined()
    }

    static var page: String { page(proactive: proactiveTable, applications: applicationsTable, review: reviewTable) }

    static var applicationsTable: String {
        var applications = "<table class=MsoNormalTable border=1 cellspacing=0><tr>"
            + cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowSpan: 3, columnSpan: 3, close: true)
            + cell("申请人情况", columnSpan: 7, close: true) + "</tr><tr>" + cell("自然人", rowSpan: 2, close: true)
            + cell("法人或其他组织", columnSpan: 5, close: true) + cell("总计", rowSpan: 2, close: true) + "</tr><tr>"
            + ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map { cell($0, close: true) }.joined() + "</tr>"
        applications += "<tr>" + cell("一、本年新收政府信息公开申请数量", columnSpan: 3, close: false) + numbers(row: 0, close: false)
        applications += "<tr>" + cell("二、上年结转政府信息公开申请数量", columnSpan: 3, close: false) + numbers(row: 1, close: false)
        for (index, row) in applicationRows.enumerated() {
            // Odd rows close their cells and rows, even ones leave that to the parser.
            let close = index % 2 == 1
            var html = "<tr>"
            if index == 0 { html += cell("三、本年度办理结果", rowSpan: applicationRows.count, close: close) }
            if let (group, count) = row.group { html += cell(group, rowSpan: count, close: close) }
            html += cell(row.label, columnSpan: row.group != nil || row.key.contains(".") ? 1 : 2, close: close)
            html += numbers(row: index + 2, close: close) + (close ? "</tr>" : "")
            applications += html
        }
        applications += "<tr>" + cell("四、结转下年度继续办理", columnSpan: 3, close: true) + numbers(row: applicationRows.count + 2, close: true) + "</tr></table>"
        return applications
    }

    static var proactiveTable: String {
        "<table border=1><tr>" + cell("第二十条第（一）项", columnSpan: 4, close: true) + "</tr><tr>"
            + ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"].map { cell($0, close: true) }.joined() + "</tr>"
            + "<tr>" + cell("规章", close: false) + cell("1", close: false) + cell("0", close: false) + cell("4", close: false)
            + "<tr>" + cell("行政规范性文件", close: false) + cell("6", close: false) + cell("2", close: false) + cell("23", close: false)
            + "<tr>" + cell("第二十条第（五）项", columnSpan: 4, close: true) + "</tr><tr>" + cell("信息内容", close: true)
            + cell("本年处理决定数量", columnSpan: 3, close: true) + "</tr><tr>" + cell("行政许可", close: true) + cell("1,024", columnSpan: 3, close: true)
            + "</tr><tr>" + cell("第二十条第（六）项", columnSpan: 4, close: true) + "</tr><tr>" + cell("信息内容", close: true)
            + cell("本年处理决定数量", columnSpan: 3, close: true) + "</tr><tr>" + cell("行政处罚", close: true) + cell("37", columnSpan: 3, close: true)
            + "</tr><tr>" + cell("行政强制", close: true) + cell("5", columnSpan: 3, close: true)
            + "</tr><tr>" + cell("第二十条第（八）项", columnSpan: 4, close: true) + "</tr><tr>" + cell("信息内容", close: true)
            + cell("本年收费金额（单位：万元）", columnSpan: 3, close: true) + "</tr><tr>" + cell("行政事业性收费", close: true)
            + cell("12.5", columnSpan: 3, close: true) + "</tr></table>"
    }

    static var reviewTable: String {
        "<table border=1><tr>" + cell("行政复议", columnSpan: 5, close: true) + cell("行政诉讼", columnSpan: 10, close: true)
            + "</tr><tr>" + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map { cell($0, rowSpan: 2, close: true) }.joined()
            + cell("未经复议直接起诉", columnSpan: 5, close: true) + cell("复议后起诉", columnSpan: 5, close: true) + "</tr><tr>"
            + (0..<2).map { _ in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map { cell($0, close: true) }.joined() }.joined()
            + "</tr><tr>" + [2, 1, 0, 1, 4, 3, 0, 0, 1, 4, 0, 1, 0, 0, 1].map { cell("\($0)", close: false) }.joined() + "</table>"
    }

    static func page(proactive: String, applications: String, review: String) -> String {
        """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
            <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>示例县水利局2022年政府信息公开工作年度报告_示例县人民政府</title>
            <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->
            </head><body>
            <div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a>政务服务</a></li></ul></div>
            <nav><a>网站地图</a> | <a>无障碍</a></nav>
            <div class="crumb_box">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>
            <div class=WordSection1 id="zoom">
            <xml><o:DocumentProperties><o:Author>admin</o:Author><o:Pages>5</o:Pages></o:DocumentProperties></xml>
            <p class=MsoNormal align=center><b><span style='font-size:22.0pt'>示例县水利局2022年政府信息公开工作年度报告<o:p></o:p></span></b></p>
            <p class=MsoNormal style='text-indent:32.0pt'><span>本报告由示例县水利局依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。<o:p></o:p></span></p>
            <p class=MsoNormal><b><span>一、总体情况<o:p></o:p></span></b></p>
            <p class=MsoNormal style='text-indent:32.0pt'><span>2022年，我局坚持&ldquo;以公开为常态、不公开为例外&rdquo;，全年主动公开信息&nbsp;215&nbsp;条&mdash;&mdash;其中政策解读&nbsp;12&nbsp;篇。<o:p></o:p></span></p>
            <p class=MsoNormal><b><span>二、主动公开政府信息情况<o:p></o:p></span></b></p>
            \(proactive)
            <p class=MsoNormal><b><span>三、收到和处理政府信息公开申请情况<o:p></o:p></span></b></p>
            \(applications)
            <p class=MsoNormal><b><span>四、政府信息公开行政复议、行政诉讼情况<o:p></o:p></span></b></p>
            \(review)
            <p class=MsoNormal><b><span>五、政府信息公开工作存在的主要问题及改进情况<o:p></o:p></span></b></p>
            <p class=MsoNormal><span>一是公开内容不够全面。二是解读形式较为单一。<o:p></o:p></span></p>
            <p class=MsoNormal><b><span>六、其他需要报告的事项<o:p></o:p></span></b></p>
            <p class=MsoNormal><span>本年度未收取信息处理费。<o:p></o:p></span></p>
            </div>
            <div class="share">分享到：微信 微博</div>
            <div id="footer"><p>主办：示例县人民政府办公室&nbsp;&nbsp;承办：示例县大数据中心</p><p>网站标识码 1234567890 备案号 示ICP备12345678号</p></div>
            </body></html>
            """
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv")))
    func theSavedPageGivesItsNumbers() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let utf8 = folder.appendingPathComponent("page-utf8.html"), gbk = folder.appendingPathComponent("report.html")
        try Self.page.write(to: utf8, atomically: true, encoding: .utf8)
        let iconv = try CommandRun("/usr/bin/iconv", ["-f", "UTF-8", "-t", "GBK", utf8.path])
        #expect(iconv.status == 0, "\(iconv.error)")
        try iconv.output.write(to: gbk)
        #expect(String(validating: iconv.output, as: UTF8.self) == nil, "the page is GBK, not UTF-8")

        let record = try DocumentBuilder.parse(try RepairStage().repair(path: gbk.path))
        Self.expectTheNumbers(of: record)
        let all = [record.sections.overview, record.sections.problems, record.sections.other].compactMap { $0 }.joined()
        for chrome in ["首页", "网站地图", "备案号", "分享到", "Normal", "admin"] {
            #expect(!all.contains(chrome), "\(chrome)")
        }
    }

    /// The page's metadata and every number of its three tables.
    static func expectTheNumbers(of record: ReportRecord, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(record.title == "示例县水利局2022年政府信息公开工作年度报告")
        #expect(record.agency == "示例县水利局")
        #expect(record.year == 2022)
        #expect(record.template == .v2021)
        let keys = ["newReceived", "carriedOver"] + Self.applicationRows.map(\.key) + ["carriedForward"]
        for (row, key) in keys.enumerated() {
            let expected = Self.applicantColumns.indices.map { Optional(Self.value(row: row, column: $0)) }
            #expect(Self.applicantColumns.map { record.applications[key]?[$0] ?? nil } == expected, "\(key)", sourceLocation: sourceLocation)
        }
        #expect(record.proactive["normativeDocuments"] == ["issued": 6, "repealed": 2, "inForce": 23])
        #expect(record.proactive["licensing"]?["decisions"] == 1024)
        #expect(record.proactive["fees"]?["amount"] == 12.5)
        #expect(record.reviewLitigation["review"] == ["maintained": 2, "corrected": 1, "other": 0, "pending": 1, "total": 4])
        #expect(record.reviewLitigation["litigationAfterReview"]?["total"] == 1)
        #expect(record.sections.overview?.contains("“以公开为常态、不公开为例外”") == true)
        #expect(record.sections.other == "本年度未收取信息处理费。", "\(record.sections.other ?? "nil")")
    }

    /// The same report as MinerU writes it: Markdown headings and paragraphs, its tables as HTML on one line each.
    @Test func theReportAsMinerUMarkdownGivesTheSameNumbers() throws {
        let markdown = """
            # 示例县水利局2022年政府信息公开工作年度报告

            本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。

            ## 一、总体情况

            2022年，我局坚持“以公开为常态、不公开为例外”，全年主动公开信息215条。

            ![](images/0b7e1c.jpg)

            ## 二、主动公开政府信息情况

            \(Self.proactiveTable)

            ## 三、收到和处理政府信息公开申请情况

            \(Self.applicationsTable)

            ## 四、政府信息公开行政复议、行政诉讼情况

            \(Self.reviewTable)

            ## 五、政府信息公开工作存在的主要问题及改进情况

            一是公开内容不够全面。

            ## 六、其他需要报告的事项

            本年度未收取信息处理费。
            """
        let source = SourceInfo(path: "report.md", sha256: String(repeating: "ab", count: 32), format: .markdown)
        let record = try DocumentBuilder.parse(RepairStage().repair(text: markdown, source: source))
        Self.expectTheNumbers(of: record)
        #expect(record.sections.other == "本年度未收取信息处理费。")
    }
}
