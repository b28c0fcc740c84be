/// One line of extracted text, with what its leading spaces and tabs tell about layout.
struct SourceLine: Equatable {
    /// The line as extracted (line break removed, tabs kept).
    var raw: String
    /// The line trimmed of spaces at both ends.
    var text: String
    /// Leading spaces, an ideographic space counting two.
    var indent: Int
    /// The line held a page number, now blanked: it marks a page break.
    var wasPageNumber = false
    /// The character separating a table row's fields, as other tools write them: tabs (a lone leading tab,
    /// an indent, does not count), or `|` / `│` bars of Markdown and box-drawn tables. Found once: every pass
    /// over the lines asks.
    let fieldSeparator: Character?

    init(_ raw: String) {
        self.raw = raw
        self.text = raw.trimmingWhitespace()
        var indent = 0
        for character in raw {
            if character == " " { indent += 1 } else if character == "\u{3000}" { indent += 2 } else { break }
        }
        self.indent = indent
        self.fieldSeparator = Self.fieldSeparator(of: raw)
    }

    var isBlank: Bool { text.isEmpty }

    private static func fieldSeparator(of raw: String) -> Character? {
        let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
        let filled = fields.filter { !$0.trimmingWhitespace().isEmpty }.count
        if raw.filter({ $0 == "\t" }).count >= 2 || (fields.count >= 2 && filled >= 2) { return "\t" }
        for bar: Character in ["|", "│", "┃"] where raw.filter({ $0 == bar }).count >= 2 { return bar }
        return nil
    }

    /// A rule drawn between table rows (`|---|---|`, `+----+`, `├──┼──┤`): no text, only drawing.
    var isTableRule: Bool {
        let drawing = text.filter { "-─━=+|│┃├┤┼┬┴┌┐└┘:".contains($0) }
        return drawing.count >= 3 && drawing.count == text.filter { !$0.isWhitespace }.count
            && text.contains(where: { "-─━=".contains($0) })
    }

    /// Splits text into lines (any of `\r\n`, `\r`, `\n`) and blanks out page-number lines, which page
    /// breaks leave in the middle of paragraphs and tables. Where the text marks pages with form feeds (as
    /// pdftotext does), a bare number first or last on a page is a page number too when it is that page's
    /// number give or take one (`PageNumber.isBare`).
    static func lines(of text: String) -> [SourceLine] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let pages = normalized.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        return pages.enumerated().flatMap { pageIndex, page -> [SourceLine] in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map { SourceLine(String($0)) }
            let filled = lines.indices.filter { !lines[$0].isBlank }
            let edges = pages.count > 1 ? [filled.first, filled.last].compactMap { $0 } : []
            for index in lines.indices {
                let bareNumber = edges.contains(index) && PageNumber.isBare(lines[index].text, onPage: pageIndex + 1)
                if lines[index].isTableRule {
                    lines[index] = SourceLine("")
                } else if PageNumber.matches(lines[index].text) || bareNumber {
                    lines[index] = SourceLine("")
                    lines[index].wasPageNumber = true
                }
            }
            return lines
        }
    }
}

extension StringProtocol {
    /// Trims spaces, tabs and ideographic spaces, which extraction leaves at line ends.
    func trimmingWhitespace() -> String {
        let head = drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return String(head.reversed().drop { $0.isWhitespace }.reversed())
    }
}
