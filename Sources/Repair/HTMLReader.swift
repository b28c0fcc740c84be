import Markup
import ReportModel

/// Reads HTML into the text path's segments: running text with a line break for every block element, and
/// each data `<table>` as a `Table` with its rowspan/colspan kept (HTML already gives the grid).
///
/// Government pages often lay the whole page out in tables; a table holding other tables or long text is
/// such a layout table and is read as text, its own tables then read one by one. The site's navigation,
/// footer and sharing bars (`<nav>`, or a class or id saying so) are left out. Tokens come from libxml2's
/// HTML parser (`MarkupParser`), which has closed every element the page left open.
struct HTMLReader {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "hr", "center", "caption", "form", "nav", "main",
        "td", "th", "tbody", "thead", "table",
    ]
    /// Never shown, or not the report: Word's `<xml>` islands, a site's navigation and form controls.
    private static let hiddenTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "xml", "nav", "select", "button", "iframe", "object",
    ]
    /// Words of a class or id naming a site's navigation, footer or sharing bar around the report
    /// (`class="footer"`, `id="main-nav"`, `class="crumb_box"`).
    private static let chromeWords: Set<String> = [
        "nav", "navbar", "menu", "footer", "foot", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "copyright",
        "sidebar", "share", "toolbar",
    ]
    /// A cell longer than this holds prose, not a table value or label.
    private static let longestDataCell = 200

    /// Tables nested deeper than this are read as text: real pages nest a few layout tables, and reading each
    /// level on its own would make hostile nesting cost depth × size.
    static let deepestTableNesting = 32

    static func segments(of html: String) -> [TextRepairer.Segment] {
        let tokens = MarkupParser.html(html)
        return segments(from: tokens[...], tables: TableSpans(tokens), nesting: 0)
    }

    /// Where each `<table>` closes and whether it holds another table, found in one pass so that reading nested
    /// tables stays linear in the page's size.
    struct TableSpans {
        /// Index of an opening `<table>` → index of its closing tag (or the end).
        var end: [Int: Int] = [:]
        var holdsTable: Set<Int> = []

        init(_ tokens: [MarkupToken]) {
            var open: [Int] = []
            for (index, token) in tokens.enumerated() {
                switch token {
                case .open(let name, _) where name == "table":
                    if let outer = open.last { holdsTable.insert(outer) }
                    open.append(index)
                case .close(let name) where name == "table":
                    if let opening = open.popLast() { end[opening] = index }
                default: break
                }
            }
            for opening in open { end[opening] = tokens.count }
        }
    }

    private static func segments(
        from tokens: ArraySlice<MarkupToken>, tables: TableSpans, nesting: Int
    ) -> [TextRepairer.Segment] {
        var segments: [TextRepairer.Segment] = []
        var text = ""
        // Element depth, and the depth of the element being left out (nil when none is).
        var depth = 0
        var hiddenFrom: Int?
        // Inside `<pre>` the source's line breaks and spaces are the layout (a report pasted as text).
        var preformatted = 0
        var index = tokens.startIndex
        func flushText() {
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
        }
        while index < tokens.endIndex {
            let token = tokens[index]
            index += 1
            if let from = hiddenFrom {
                switch token {
                case .open: depth += 1
                case .close:
                    if depth == from {
                        hiddenFrom = nil
                        text += "\n"
                    }
                    depth -= 1
                case .text: break
                }
                continue
            }
            if case .open(let name, let attributes) = token, isHidden(name, attributes) {
                depth += 1
                hiddenFrom = depth
                continue
            }
            switch token {
            case .open(let name, _) where name == "table" && nesting < deepestTableNesting:
                let opening = index - 1
                let end = min(tables.end[opening] ?? tokens.endIndex, tokens.endIndex)
                let inner = tokens[index..<end]
                index = min(end + 1, tokens.endIndex)
                flushText()
                if !tables.holdsTable.contains(opening), let table = dataTable(from: inner) {
                    segments.append(.table(table))
                } else {
                    segments += Self.segments(from: inner, tables: tables, nesting: nesting + 1)
                }
            case .open(let name, _):
                depth += 1
                if name == "pre" { preformatted += 1 }
                if blockTags.contains(name) { text += "\n" }
            case .close(let name):
                depth -= 1
                if name == "pre" { preformatted = max(0, preformatted - 1) }
                if blockTags.contains(name) { text += "\n" }
            case .text(let content):
                text += preformatted > 0 ? preserved(content) : collapse(content)
            }
        }
        flushText()
        return segments
    }

    private static func isHidden(_ name: String, _ attributes: [String: String]) -> Bool {
        if hiddenTags.contains(name) { return true }
        let names = [attributes["class"], attributes["id"]].compactMap { $0?.lowercased() }
        return names.contains { $0.split(whereSeparator: { !$0.isLetter }).contains { chromeWords.contains(String($0)) } }
    }

    /// The table built from its tokens, or nil when it is a layout table (prose in cells) or empty.
    private static func dataTable(from tokens: ArraySlice<MarkupToken>) -> Table? {
        var reader = HTMLTableReader()
        for token in tokens { reader.add(token) }
        guard let table = reader.table() else { return nil }
        let prose = table.rows.contains { $0.cells.contains { $0.text.count > longestDataCell } }
        return prose ? nil : table
    }

    /// Text of a `<pre>` as printed: its line breaks kept (CR LF and CR made LF), a non-breaking space a space.
    static func preserved(_ text: String) -> String {
        String(text.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 == "\u{00A0}" ? " " : $0 })
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
