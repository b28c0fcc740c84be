import ReportModel

/// The report's title, issuing agency and covered year, read from the title as printed. Cover pages repeat
/// the title without the agency and titles wrap over two lines, so a complete one-block title is preferred
/// and a title missing its agency (or its year) is joined with the short line printed just before it.
struct ReportTitle {
    let text: String?
    let agency: String?
    let year: Int?
    /// Blocks that make up the title, to keep them out of the overview.
    let blockIndices: Set<Int>

    /// Titles are looked for before this block (the first table or part 二's heading).
    init(blocks: [Block], before limit: Int) {
        let texts: [(index: Int, text: String)] = blocks[..<limit].enumerated().compactMap { index, block in
            switch block {
            case .heading(let heading): return (index, ChineseText.removingWhitespace(heading.text))
            case .paragraph(let paragraph): return (index, ChineseText.removingWhitespace(paragraph.text))
            case .table: return nil
            }
        }
        let titleLike = texts.filter { Self.isTitleLike($0.text) }
        if let complete = titleLike.first(where: { Self.agency(in: $0.text) != nil && Self.year(in: $0.text) != nil }) {
            self.init(text: complete.text, indices: [complete.index])
        } else if let partial = titleLike.first {
            let position = texts.firstIndex { $0.index == partial.index }!
            if position > 0, Self.isTitleFragment(texts[position - 1].text) {
                let previous = texts[position - 1]
                self.init(text: previous.text + partial.text, indices: [previous.index, partial.index])
            } else {
                self.init(text: partial.text, indices: [partial.index])
            }
        } else {
            self.init(text: nil, indices: [])
        }
    }

    private init(text: String?, indices: Set<Int>) {
        self.text = text
        agency = text.flatMap(Self.agency(in:))
        year = text.flatMap(Self.year(in:))
        blockIndices = indices
    }

    /// Ends with 报告 (or with a bracketed year after it) and names 公开 and a year.
    static func isTitleLike(_ text: String) -> Bool {
        let body = text.replacing(/[（(][^（）()]*[）)]$/, with: "")
        return text.count <= 60 && body.hasSuffix("报告") && text.contains("公开") && text.contains("年")
    }

    /// A short line with no sentence punctuation: the first line of a title wrapped over two lines.
    private static func isTitleFragment(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 30 && !text.contains(where: { "。，；：,;:".contains($0) })
    }

    /// A year followed by 年 (or 年度), in Arabic or Chinese digits; reports exist only from 2008 on.
    nonisolated(unsafe) private static let yearPattern = /(20\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})年度?/

    /// The covered year as printed in the title, Arabic or Chinese digits.
    static func year(in text: String) -> Int? {
        guard let match = text.firstMatch(of: yearPattern) else { return nil }
        let digits = String(match.1)
        if let value = Int(digits) { return value }
        let values = digits.compactMap(ChineseText.numeralValue)
        guard values.count == 4, values.allSatisfy({ $0 < 10 }) else { return nil }
        return values.reduce(0) { $0 * 10 + $1 }
    }

    /// The issuing body: the title's text before the year, or, when the title starts with the year, the text
    /// between the year and 政府信息公开.
    static func agency(in text: String) -> String? {
        guard let match = text.firstMatch(of: yearPattern) else { return nil }
        let before = String(text[..<match.range.lowerBound])
        // A title that puts the year last (…年度报告（2021年）) names no agency before it.
        if before.contains("信息公开") || before.contains("报告") { return nil }
        if !before.isEmpty { return before }
        let after = text[match.range.upperBound...]
        guard let end = after.range(of: "政府信息公开") ?? after.range(of: "政务公开") else { return nil }
        let agency = String(after[..<end.lowerBound])
        return agency.isEmpty ? nil : agency
    }

    /// The year from the statistics period (统计期限自2021年1月1日…), for reports whose title gives none.
    static func statisticsYear(in blocks: [Block]) -> Int? {
        for case .paragraph(let paragraph) in blocks {
            let text = ChineseText.removingWhitespace(paragraph.text)
            if let match = text.firstMatch(of: /统计期限[^。]{0,6}?(20\d{2})年/) { return Int(match.1) }
        }
        return nil
    }
}
