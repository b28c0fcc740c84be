import ReportModel

/// The report's title, issuing agency and covered year, read from the title as printed. Cover pages repeat
/// the title without the agency, titles wrap over two or three lines (the agency on a line above, or
/// `…政府信息公开` / `工作年度报告`), so a complete title (agency and year) on the fewest lines is preferred,
/// and a title missing its agency (or its year) is joined with the short line printed just before it.
struct ReportTitle {
    let text: String?
    let agency: String?
    let year: Int?
    /// Blocks that make up the title, to keep them out of the overview.
    let blockIndices: Set<Int>

    /// A title is printed on at most this many lines.
    private static let maximumLines = 3

    /// Titles are looked for before this block (the first table or part 二's heading).
    init(blocks: [Block], before limit: Int) {
        let texts: [(index: Int, text: String)] = blocks[..<limit].enumerated().compactMap { index, block in
            switch block {
            case .heading(let heading): return (index, PrintedText.removingWhitespace(heading.text))
            case .paragraph(let paragraph): return (index, PrintedText.removingWhitespace(paragraph.text))
            case .table: return nil
            }
        }
        // Runs of consecutive lines that read as a title once joined, fewest lines first.
        let runs = (1...Self.maximumLines).flatMap { length in
            texts.indices.compactMap { start -> (text: String, indices: Set<Int>)? in
                guard start + length <= texts.count else { return nil }
                let lines = texts[start..<start + length]
                if length > 1, !lines.allSatisfy({ Self.isTitleFragment($0.text) }) { return nil }
                let text = lines.map(\.text).joined()
                return Self.isTitleLike(text) ? (text, Set(lines.map(\.index))) : nil
            }
        }
        if let complete = runs.first(where: { Self.agency(in: $0.text) != nil && Self.year(in: $0.text) != nil }) {
            self.init(text: complete.text, indices: complete.indices)
        } else if let partial = texts.first(where: { Self.isTitleLike($0.text) }) {
            let position = texts.firstIndex { $0.index == partial.index }!
            if position > 0, Self.isTitleFragment(texts[position - 1].text) {
                let previous = texts[position - 1]
                self.init(text: previous.text + partial.text, indices: [previous.index, partial.index])
            } else {
                self.init(text: partial.text, indices: [partial.index])
            }
        } else if let split = runs.first {
            self.init(text: split.text, indices: split.indices)
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

    /// Ends with 报告 (or with a bracketed year after it) and names 公开 and 年: 工作年度报告 and 年度报告 alike.
    static func isTitleLike(_ text: String) -> Bool {
        // Cheap tests first: this runs for every run of up to three lines before part 二.
        guard PrintedText.contains(text, "公开"), PrintedText.contains(text, "年"), text.prefix(61).count <= 60 else {
            return false
        }
        if text.hasSuffix("报告") { return true }
        // Only a text with a closing bracket can end with a bracketed remark (the expression is slow to compile).
        guard text.contains(where: { $0 == "）" || $0 == ")" }) else { return false }
        return text.replacing(trailingRemark, with: "").hasSuffix("报告")
    }

    /// A bracketed remark ending a title: `…年度报告（修订）`.
    nonisolated(unsafe) private static let trailingRemark = /[（(][^（）()]*[）)]$/

    /// A short line with no sentence punctuation: one line of a title wrapped over several.
    private static func isTitleFragment(_ text: String) -> Bool {
        // Counted no further than the limit: most lines before part 二 are long paragraphs.
        !text.isEmpty && text.prefix(31).count <= 30 && !text.contains(where: { "。，；：,;:".contains($0) })
    }

    /// A bare year in brackets after the title: `…年度报告（2021）`.
    nonisolated(unsafe) private static let bracketedYearPattern = /[（(](20\d{2})[）)]$/

    /// Where the year stands in the title and its digits: the first year followed by 年 (or 年度), in Arabic or
    /// Chinese digits (reports exist only from 2008 on, so `20` or `二〇` and two more), else a bracketed year at
    /// its end.
    private static func yearMatch(in text: String) -> (range: Range<String.Index>, digits: String)? {
        let characters = Array(text)
        if characters.count >= 5 {
            for start in 0...(characters.count - 5) where characters[start + 4] == "年" {
                let digits = characters[start..<start + 4]
                let century = (digits[start], digits[start + 1])
                guard ChineseDate.isYear(digits), century == ("2", "0") || (century.0 == "二" && ChineseDate.isZero(century.1))
                else { continue }
                let lower = text.index(text.startIndex, offsetBy: start)
                var end = start + 5
                if end < characters.count, characters[end] == "度" { end += 1 }
                return (lower..<text.index(lower, offsetBy: end - start), String(digits))
            }
        }
        if let match = text.firstMatch(of: bracketedYearPattern) { return (match.range, String(match.1)) }
        return nil
    }

    /// The covered year as printed in the title, Arabic or Chinese digits.
    static func year(in text: String) -> Int? {
        yearMatch(in: text).flatMap { ChineseDate.yearValue($0.digits) }
    }

    /// The issuing body: the title's text before the year; when the title starts with the year, the text
    /// between the year and 政府信息公开; when the year follows the title (…年度报告（2021年）) or is not in it,
    /// the text before 政府信息公开.
    static func agency(in text: String) -> String? {
        var rest = text[...]
        if let year = yearMatch(in: text) {
            let before = text[..<year.range.lowerBound]
            if before.contains("信息公开") || before.contains("报告") {
                rest = before
            } else if !before.isEmpty {
                return String(before)
            } else {
                rest = text[year.range.upperBound...]
            }
        }
        guard let end = rest.range(of: "政府信息公开") ?? rest.range(of: "政务公开") ?? rest.range(of: "信息公开") else { return nil }
        let agency = String(rest[..<end.lowerBound])
        return agency.isEmpty ? nil : agency
    }

    /// The year from the statistics period (统计期限, 统计时限, 统计期间 or 统计时段 自2021年1月1日…), for
    /// reports whose title gives none.
    static func statisticsYear(in blocks: [Block]) -> Int? {
        for case .paragraph(let paragraph) in blocks {
            let text = PrintedText.removingWhitespace(paragraph.text)
            if let match = text.firstMatch(of: /统计(?:期限|时限|期间|时段)[^。]{0,6}?(20\d{2})年/) { return Int(match.1) }
        }
        return nil
    }
}
