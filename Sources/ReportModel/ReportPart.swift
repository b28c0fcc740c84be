/// The six parts of the national format, numbered as printed (一 … 六), with their headings: part of the format's
/// one definition (`NationalFormat`), read by the parser to find the parts and by the corpus to label them.
public enum ReportPart: Int, CaseIterable, Comparable, Sendable {
    case overview = 1
    case proactive
    case applications
    case reviewLitigation
    case problems
    case other

    public static func < (a: ReportPart, b: ReportPart) -> Bool { a.rawValue < b.rawValue }

    /// The heading as the official format prints it, numeral included (`四、政府信息公开行政复议、行政诉讼情况`).
    public var heading: String {
        switch self {
        case .overview: return "一、总体情况"
        case .proactive: return "二、主动公开政府信息情况"
        case .applications: return "三、收到和处理政府信息公开申请情况"
        case .reviewLitigation: return "四、政府信息公开行政复议、行政诉讼情况"
        case .problems: return "五、存在的主要问题及改进情况"
        case .other: return "六、其他需要报告的事项"
        }
    }

    /// Words one of which every wording of the part's heading seen in the wild contains.
    public var headingKeywords: [String] {
        switch self {
        case .overview: return ["总体", "概述", "概况", "基本情况"]
        case .proactive: return ["主动公开"]
        case .applications: return ["申请"]
        case .reviewLitigation: return ["复议", "诉讼"]
        case .problems: return ["问题", "改进"]
        case .other: return ["其他", "需要报告"]
        }
    }

    /// Words found in this part's tables (and not in the others'), to place a table whose heading is missing.
    public var tableKeywords: [String] {
        switch self {
        case .proactive: return ["第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"]
        case .applications: return ["申请人情况", "自然人", "法人或其他组织", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "本年新收", "上年结转", "结转下年度"]
        case .reviewLitigation: return ["结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉"]
        case .overview, .problems, .other: return []
        }
    }
}
