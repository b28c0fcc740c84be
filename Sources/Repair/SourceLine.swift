/// One line of extracted text, with what its leading spaces and tabs tell about layout.
struct SourceLine: Equatable {
    /// The line as extracted (line break removed, tabs kept).
    var raw: String
    /// The line trimmed of spaces at both ends.
    var text: String
    /// Leading spaces, an ideographic space counting two.
    var indent: Int

    init(_ raw: String) {
        self.raw = raw
        self.text = raw.trimmingWhitespace()
        var indent = 0
        for character in raw {
            if character == " " { indent += 1 } else if character == "\u{3000}" { indent += 2 } else { break }
        }
        self.indent = indent
    }

    var isBlank: Bool { text.isEmpty }

    /// Tab-separated fields, as other tools write table rows; a lone leading tab (an indent) does not count.
    var hasTableTabs: Bool {
        let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
        let filled = fields.filter { !$0.trimmingWhitespace().isEmpty }.count
        return raw.filter { $0 == "\t" }.count >= 2 || (fields.count >= 2 && filled >= 2)
    }

    /// Splits text into lines (any of `\r\n`, `\r`, `\n`, form feed) and blanks out page-number lines,
    /// which page breaks leave in the middle of paragraphs and tables.
    static func lines(of text: String) -> [SourceLine] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{0C}", with: "\n")
        return normalized.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let sourceLine = SourceLine(String(line))
            return PageNumber.matches(sourceLine.text) ? SourceLine("") : sourceLine
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
