/// The rows and columns of the national format's tables (2019/2020 and 2021-on versions), with the
/// printed labels they are recognised by, and the wording of the tables' header bands. It lives here so that
/// Repair (to tell table text from prose) and ReportParser (to read the values) share one definition.
/// Labels are written as printed in the official format; the parser's matching compares their
/// `ChineseText.labelKey`, Repair compares them with whitespace removed.
public enum NationalFormat {
    /// A known row: its record key and the labels it is printed with.
    public struct Row: Sendable {
        public let key: String
        public let labels: [String]
    }

    /// A known column: its record key and the header wordings it is printed with.
    public struct Column: Sendable {
        public let key: String
        public let headers: [String]
        /// Amounts (万元) are decimals; everything else is a count.
        public var isAmount = false
        /// Changes (本年增/减) may be negative; no count or amount can be.
        public var isSigned = false
    }

    // MARK: Part 二

    public static let proactiveRows: [Row] = [
        Row(key: "regulations", labels: ["规章"]),
        Row(key: "normativeDocuments", labels: ["行政规范性文件", "规范性文件"]),
        Row(key: "licensing", labels: ["行政许可"]),
        Row(key: "otherServices", labels: ["其他对外管理服务事项"]),
        Row(key: "penalty", labels: ["行政处罚"]),
        Row(key: "coercion", labels: ["行政强制"]),
        Row(key: "fees", labels: ["行政事业性收费"]),
        Row(key: "procurement", labels: ["政府集中采购"]),
    ]

    /// The columns of a part-二 row under a version of the format; nil when the row is not in that version.
    public static func proactiveColumns(row: String, template: Template) -> [Column]? {
        switch (template, row) {
        case (.v2021, "regulations"), (.v2021, "normativeDocuments"):
            return [
                Column(key: "issued", headers: ["本年制发件数"]), Column(key: "repealed", headers: ["本年废止件数"]),
                Column(key: "inForce", headers: ["现行有效件数"]),
            ]
        case (.v2021, "licensing"), (.v2021, "penalty"), (.v2021, "coercion"):
            return [Column(key: "decisions", headers: ["本年处理决定数量", "处理决定数量"])]
        case (.v2021, "fees"):
            return [Column(key: "amount", headers: ["本年收费金额"], isAmount: true)]
        case (.v2019, "regulations"), (.v2019, "normativeDocuments"):
            return [
                Column(key: "made", headers: ["本年新制作数量"]), Column(key: "published", headers: ["本年新公开数量"]),
                Column(key: "totalPublished", headers: ["对外公开总数量"]),
            ]
        case (.v2019, "licensing"), (.v2019, "otherServices"), (.v2019, "penalty"), (.v2019, "coercion"):
            return [
                Column(key: "previousItems", headers: ["上一年项目数量"]), Column(key: "change", headers: ["本年增/减", "本年增减"], isSigned: true),
                Column(key: "decisions", headers: ["处理决定数量", "本年处理决定数量"]),
            ]
        case (.v2019, "fees"):
            return [Column(key: "previousItems", headers: ["上一年项目数量"]), Column(key: "change", headers: ["本年增/减", "本年增减"], isSigned: true)]
        case (.v2019, "procurement"):
            return [Column(key: "projects", headers: ["采购项目数量"]), Column(key: "amount", headers: ["采购总金额"], isAmount: true)]
        default:
            return nil
        }
    }

    /// Wording found only in one version's part-二 tables, used to tell the versions apart.
    public static let markers2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购", "第二十条第(九)项", "其他对外管理服务事项"]
    public static let markers2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额"]

    // MARK: Part 三

    /// The group labels of part 三 (（三）不予公开 …) with the key prefix of their numbered sub-rows.
    public static let applicationGroups: [Row] = [
        Row(key: "denied", labels: ["不予公开"]),
        Row(key: "unavailable", labels: ["无法提供"]),
        Row(key: "notProcessed", labels: ["不予处理"]),
        Row(key: "otherHandling", labels: ["其他处理"]),
    ]

    /// The vertical label 三、本年度办理结果 that spans the outcome rows: context, not a row.
    public static let outcomesBanner = "本年度办理结果"
    /// The banner's numbering, which opens the numbering of every row and group under it (`三、（三）`).
    public static let outcomesBannerNumbering = "三、"
    /// The banner as printed, numbering included (`三、本年度办理结果`), for captions.
    public static let numberedOutcomesBanner = outcomesBannerNumbering + outcomesBanner

    /// Rows that stand on their own (not numbered under a group).
    public static let applicationTopRows: [Row] = [
        Row(key: "newReceived", labels: ["本年新收政府信息公开申请数量"]),
        Row(key: "carriedOver", labels: ["上年结转政府信息公开申请数量"]),
        Row(key: "granted", labels: ["予以公开"]),
        Row(key: "partiallyGranted", labels: ["部分公开"]),
        Row(key: "total", labels: ["总计"]),
        Row(key: "carriedForward", labels: ["结转下年度继续办理"]),
    ]

    /// Numbered sub-rows, keyed `GROUP.ROW`.
    public static let applicationSubRows: [Row] = [
        Row(key: "denied.stateSecret", labels: ["属于国家秘密"]),
        Row(key: "denied.prohibitedByLaw", labels: ["其他法律行政法规禁止公开"]),
        Row(key: "denied.safetyStability", labels: ["危及“三安全一稳定”"]),
        Row(key: "denied.thirdPartyRights", labels: ["保护第三方合法权益"]),
        Row(key: "denied.internalAffairs", labels: ["属于三类内部事务信息"]),
        Row(key: "denied.processInformation", labels: ["属于四类过程性信息"]),
        Row(key: "denied.enforcementFiles", labels: ["属于行政执法案卷"]),
        Row(key: "denied.queryMatters", labels: ["属于行政查询事项"]),
        Row(key: "unavailable.notHeld", labels: ["本机关不掌握相关政府信息"]),
        Row(key: "unavailable.needsCreation", labels: ["没有现成信息需要另行制作"]),
        Row(key: "unavailable.unclear", labels: ["补正后申请内容仍不明确"]),
        Row(key: "notProcessed.complaint", labels: ["信访举报投诉类申请"]),
        Row(key: "notProcessed.duplicate", labels: ["重复申请"]),
        Row(key: "notProcessed.publication", labels: ["要求提供公开出版物"]),
        Row(key: "notProcessed.excessive", labels: ["无正当理由大量反复申请"]),
        Row(key: "notProcessed.confirmation", labels: ["要求行政机关确认或重新出具已获取信息"]),
        Row(key: "otherHandling.noCorrection", labels: ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
        Row(key: "otherHandling.unpaidFee", labels: ["申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
        Row(key: "otherHandling.other", labels: ["其他"]),
    ]

    /// Rows whose sum the 总计 row should equal (`applications.outcomes`), other-handling handled apart.
    public static let outcomeRows: [String] = ["granted", "partiallyGranted"]
        + applicationSubRows.map(\.key).filter { !$0.hasPrefix("otherHandling.") }
    public static let otherHandlingSubRows = ["otherHandling.noCorrection", "otherHandling.unpaidFee", "otherHandling.other"]

    /// Every row of part 三 in printed order. （六）其他处理 is printed either as one row (`otherHandling`) or as its
    /// three sub-rows, so both stand here, one after the other.
    public static let applicationRowOrder: [String] =
        ["newReceived", "carriedOver", "granted", "partiallyGranted"]
        + applicationSubRows.map(\.key).filter { !$0.hasPrefix("otherHandling.") }
        + ["otherHandling"] + otherHandlingSubRows + ["total", "carriedForward"]

    /// The printed numbering of part 三's rows and groups; sub-rows are numbered 1., 2., … within their group.
    public static let applicationRowNumbering: [String: String] = [
        "newReceived": "一、", "carriedOver": "二、", "granted": outcomesBannerNumbering + "（一）",
        "partiallyGranted": outcomesBannerNumbering + "（二）", "denied": outcomesBannerNumbering + "（三）",
        "unavailable": outcomesBannerNumbering + "（四）", "notProcessed": outcomesBannerNumbering + "（五）",
        "otherHandling": outcomesBannerNumbering + "（六）", "total": outcomesBannerNumbering + "（七）", "carriedForward": "四、",
    ]

    /// The label of a row standing on its own or of a group, as printed (`本年新收政府信息公开申请数量`, `不予公开`).
    public static func applicationLabel(_ key: String) -> String? {
        (applicationTopRows + applicationGroups).first { $0.key == key }?.labels[0]
    }

    public static let applicantColumns: [Column] = [
        Column(key: "naturalPerson", headers: ["自然人"]),
        Column(key: "commercial", headers: ["商业企业"]),
        Column(key: "research", headers: ["科研机构"]),
        Column(key: "socialWelfare", headers: ["社会公益组织", "社会组织"]),
        Column(key: "legalService", headers: ["法律服务机构"]),
        Column(key: "other", headers: ["其他"]),
        Column(key: "total", headers: ["总计"]),
    ]

    /// The applicant columns printed under the band 法人或其他组织.
    public static let legalPersonColumns: Set<String> = ["commercial", "research", "socialWelfare", "legalService", "other"]

    /// The values a row of part 三 prints, one per applicant column.
    public static var applicationValueCount: Int { applicantColumns.count }

    // MARK: Part 四

    public static let reviewLitigationRows: [Row] = [
        Row(key: "review", labels: ["行政复议"]),
        Row(key: "litigationDirect", labels: ["未经复议直接起诉"]),
        Row(key: "litigationAfterReview", labels: ["复议后起诉"]),
    ]

    public static let reviewLitigationColumns: [Column] = [
        Column(key: "maintained", headers: ["结果维持"]),
        Column(key: "corrected", headers: ["结果纠正"]),
        Column(key: "other", headers: ["其他结果"]),
        Column(key: "pending", headers: ["尚未审结"]),
        Column(key: "total", headers: ["总计"]),
    ]

    /// The values part 四 prints, in one row when its table is laid out as the format's (5 review, 10 litigation).
    public static var reviewLitigationValueCount: Int { reviewLitigationRows.count * reviewLitigationColumns.count }

    // MARK: Header bands, as Repair tells table text from prose and both stages tell a header from a row

    /// The band over part 三's applicant columns, and the one over the applicants that are not natural persons.
    public static let applicantsBand = "申请人情况"
    public static let legalPersonBand = "法人或其他组织"
    /// The two bands of part 四's header: review (5 columns) and litigation (10).
    public static let reviewBand = "行政复议"
    public static let litigationBand = "行政诉讼"
    /// The cross-check note printed in part 三's header (`（本列数据的勾稽关系为：…）`): its opening, and the word that
    /// names it.
    public static let noteOpening = "本列数据"
    public static let noteWord = "勾稽关系"

    /// Part 三's header words no other table prints: the legal-person band and the applicant kinds other than
    /// 其他 and 总计 (which every table has).
    public static var applicantKindWords: [String] {
        let kinds = applicantColumns.filter { $0.key != "other" && $0.key != "total" }.map { $0.headers[0] }
        return [kinds[0], legalPersonBand] + kinds.dropFirst()
    }

    /// Header words that a table continued on the next page repeats there (part 三's and part 四's).
    public static let repeatedHeaderWords: Set<String> = [applicantsBand, "自然人", legalPersonBand, "商业企业", reviewBand, "结果维持"]

    /// The values a data row prints under a header made of these words (whole cells, whitespace removed): part 三's
    /// count under its applicant band, part 四's under its two bands, nil for any other table.
    public static func valueCount(headerWords: Set<String>) -> Int? {
        if headerWords.contains(applicantsBand) || headerWords.contains("自然人") { return applicationValueCount }
        if headerWords.contains(reviewBand), headerWords.contains(litigationBand) { return reviewLitigationValueCount }
        return nil
    }

    /// Words found in one part's tables (and not in the others'), to place a table whose heading is missing; none
    /// for the parts without a table.
    public static func tableWords(of part: ReportPart) -> [String] {
        switch part {
        case .proactive: return ["第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"]
        case .applications:
            return [applicantsBand, "自然人", legalPersonBand, "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "本年新收", "上年结转", "结转下年度"]
        case .reviewLitigation: return ["结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉"]
        case .overview, .problems, .other: return []
        }
    }

    /// Column headers and header-band labels of the tables of parts 二, 三 and 四 (2019 and 2021 formats), as
    /// printed whole; a text table's header line is made of these or pieces of them.
    public static let headerTerms: [String] = [
        "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
        "采购项目数量", "采购总金额",
        applicantsBand, "自然人", legalPersonBand, "商业企业", "科研机构", "社会公益组织", "社会组织", "法律服务机构",
        "其他", "总计",
        reviewBand, litigationBand, "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉",
    ]

    /// Row labels of part 二 (which carry no numbering), every version's wording.
    public static var proactiveRowLabels: [String] { proactiveRows.flatMap(\.labels) }

    /// Words of the level-1 row labels inside the part-三 table (`三、本年度办理结果`), which look like part headings.
    public static let tableLevelOneWords: [String] = ["本年新收", "上年结转", "本年度办理", "结转下年度"]

    /// Vertical group labels of part 三 (the banner and the groups), used to place a stray character of one (`果`).
    public static var applicationGroupLabels: [String] { [outcomesBanner] + applicationGroups.flatMap(\.labels) }
}
