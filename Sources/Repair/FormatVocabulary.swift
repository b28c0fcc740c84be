import ReportModel

/// Wording of the national report format's tables, used to tell table text from prose and to reassemble
/// header cells that text extraction split into fragments (`自然` … `人`, `结果` / `维持`).
///
/// These are the format's own printed labels (public wording), compared with whitespace removed.
enum FormatVocabulary {
    /// Column headers and header-band labels of the tables of parts 二, 三 and 四 (2019 and 2021 formats).
    static let headerTerms: [String] = [
        "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
        "采购项目数量", "采购总金额",
        "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "社会组织", "法律服务机构",
        "其他", "总计",
        "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉",
    ]

    /// Row labels of part 二 that carry no numbering.
    static let rowLabels: [String] = [
        "规章", "行政规范性文件", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制",
        "行政事业性收费", "政府集中采购",
    ]

    /// Words of the level-1 row labels inside the part-三 table (`三、本年度办理结果`), which look like part headings.
    static let tableLevelOneWords: [String] = ["本年新收", "上年结转", "本年度办理", "结转下年度"]

    /// Vertical group labels of part 三, used to place a stray character of one (`果`).
    static let groupLabels: [String] = [
        "本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理",
    ]

    static func isHeaderTerm(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return headerTerms.contains(key) || isUnitHeader(key)
    }

    /// A term followed by its unit, e.g. `本年收费金额（单位：万元）`.
    static func isUnitHeader(_ key: String) -> Bool {
        headerTerms.contains { key.hasPrefix($0 + "（") || key.hasPrefix($0 + "(") }
    }

    /// Whether `text` could still grow into a header term (`自然`, `结果`, `社会公益`).
    static func isHeaderPrefix(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return !key.isEmpty && headerTerms.contains { $0.hasPrefix(key) && $0 != key }
    }

    /// Whether `text` is the end of a header term printed under its start (`维持` under `结果`).
    static func isHeaderSuffix(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return !key.isEmpty && headerTerms.contains { $0.hasSuffix(key) && $0 != key }
    }

    /// Header wording or a piece of it: what a header line of a text table is made of.
    static func isHeaderPiece(_ text: String) -> Bool {
        isHeaderTerm(text) || isHeaderPrefix(text) || isHeaderSuffix(text)
    }

    /// `第二十条第（一）项`: the legal-basis line that titles each small table of part 二.
    static func isArticleTitle(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return key.hasPrefix("第二十条第") && key.hasSuffix("项") && key.count <= 12
    }

    /// The cross-check note of part 三's header (`（本列数据的勾稽关系为：…）`), whole or its first part.
    static func isNoteStart(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return key.contains("本列数据") || key.contains("勾稽关系")
    }

    static func isRowLabel(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return rowLabels.contains { key.hasPrefix($0) }
    }

    /// A level-1 numbered line that is a row of the part-三 table rather than a part heading of the report.
    static func isTableLevelOneLabel(_ text: String) -> Bool {
        let key = PrintedText.removingWhitespace(text)
        return tableLevelOneWords.contains { key.contains($0) }
    }
}
