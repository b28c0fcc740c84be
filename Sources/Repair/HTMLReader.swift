import ReportModel

/// Reads HTML into the text path's segments: running text with a line break for every block element, and
/// each `<table>` as a `Table` with its rowspan/colspan kept (HTML already gives the grid).
struct HTMLReader {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "hr", "center", "caption", "form", "nav", "main",
    ]
    private static let hiddenTags: Set<String> = ["head", "script", "style", "noscript", "template"]

    static func segments(of html: String) -> [TextRepairer.Segment] {
        var segments: [TextRepairer.Segment] = []
        var text = ""
        var hidden = 0
        var table: HTMLTableReader?
        for token in HTMLTokenizer.tokens(of: html) {
            if var open = table {
                if open.add(token) {
                    table = open
                } else {
                    if !text.isEmpty { segments.append(.text(text)) }
                    text = ""
                    if let built = open.table() { segments.append(.table(built)) }
                    table = nil
                }
                continue
            }
            switch token {
            case .open(let name, _) where hiddenTags.contains(name):
                hidden += 1
            case .close(let name) where hiddenTags.contains(name):
                hidden = max(0, hidden - 1)
            case _ where hidden > 0:
                continue
            case .open(let name, _) where name == "table":
                table = HTMLTableReader()
            case .open(let name, _), .close(let name):
                if blockTags.contains(name) { text += "\n" }
            case .text(let content):
                text += collapse(content)
            }
        }
        if let open = table, let built = open.table() {
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
            segments.append(.table(built))
        }
        if !text.isEmpty { segments.append(.text(text)) }
        return segments
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
