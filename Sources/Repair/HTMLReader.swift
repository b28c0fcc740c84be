import ReportModel

/// Reads HTML into the text path's segments: running text with a line break for every block element, and
/// each data `<table>` as a `Table` with its rowspan/colspan kept (HTML already gives the grid).
///
/// Government pages often lay the whole page out in tables; a table holding other tables or long text is
/// such a layout table and is read as text, its own tables then read one by one.
struct HTMLReader {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "hr", "center", "caption", "form", "nav", "main",
        "td", "th", "tbody", "thead", "table",
    ]
    private static let hiddenTags: Set<String> = ["head", "script", "style", "noscript", "template"]
    /// A cell longer than this holds prose, not a table value or label.
    private static let longestDataCell = 200

    static func segments(of html: String) -> [TextRepairer.Segment] {
        segments(from: HTMLTokenizer.tokens(of: html))
    }

    private static func segments(from tokens: [HTMLTokenizer.Token]) -> [TextRepairer.Segment] {
        var segments: [TextRepairer.Segment] = []
        var text = ""
        var hidden = 0
        var index = 0
        func flushText() {
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .open(let name, _) where hiddenTags.contains(name):
                hidden += 1
            case .close(let name) where hiddenTags.contains(name):
                hidden = max(0, hidden - 1)
            case _ where hidden > 0:
                continue
            case .open(let name, _) where name == "table":
                let (inner, end) = tableTokens(in: tokens, from: index)
                index = end
                flushText()
                if let table = dataTable(from: inner) {
                    segments.append(.table(table))
                } else {
                    segments += Self.segments(from: inner)
                }
            case .open(let name, _), .close(let name):
                if blockTags.contains(name) { text += "\n" }
            case .text(let content):
                text += collapse(content)
            }
        }
        flushText()
        return segments
    }

    /// The tokens inside a table that opened just before `start`, and the index after its closing tag.
    private static func tableTokens(in tokens: [HTMLTokenizer.Token], from start: Int) -> ([HTMLTokenizer.Token], Int) {
        var depth = 0
        var index = start
        while index < tokens.count {
            switch tokens[index] {
            case .open(let name, _) where name == "table": depth += 1
            case .close(let name) where name == "table":
                if depth == 0 { return (Array(tokens[start..<index]), index + 1) }
                depth -= 1
            default: break
            }
            index += 1
        }
        return (Array(tokens[start...]), tokens.count)
    }

    /// The table built from its tokens, or nil when it is a layout table (nested tables, prose in cells) or empty.
    private static func dataTable(from tokens: [HTMLTokenizer.Token]) -> Table? {
        let nested = tokens.contains { if case .open(let name, _) = $0 { return name == "table" } else { return false } }
        guard !nested else { return nil }
        var reader = HTMLTableReader()
        for token in tokens { reader.add(token) }
        guard let table = reader.table() else { return nil }
        let prose = table.rows.contains { $0.cells.contains { $0.text.count > longestDataCell } }
        return prose ? nil : table
    }

    /// HTML whitespace: a run becomes one space, or nothing when it is a source line break between two
    /// CJK characters (a browser does not show it either); non-breaking spaces stay, as indentation.
    static func collapse(_ text: String) -> String {
        var result = ""
        var run = ""
        func flushRun(before next: Character?) {
            guard !run.isEmpty else { return }
            let cjkBefore = result.last.map { !$0.isASCII } ?? false
            let cjkAfter = next.map { !$0.isASCII } ?? false
            if !(run.contains("\n") && cjkBefore && cjkAfter) { result += " " }
            run = ""
        }
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" || character == "\r\n" {
                run.append(character == "\r\n" ? "\n" : character)
            } else {
                flushRun(before: character)
                result.append(character == "\u{00A0}" ? " " : character)
            }
        }
        flushRun(before: nil)
        return result
    }
}
