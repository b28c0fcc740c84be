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

    /// The heading shortened for a caption, numeral included (`四、行政复议、行政诉讼`): its own words without the
    /// 政府信息公开 and 情况 that most headings share.
    public var caption: String {
        switch self {
        case .overview: return "一、总体情况"
        case .proactive: return "二、主动公开"
        case .applications: return "三、收到和处理申请"
        case .reviewLitigation: return "四、行政复议、行政诉讼"
        case .problems: return "五、存在的主要问题及改进"
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
}
