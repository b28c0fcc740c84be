import Markup
import ReportModel

/// Reads Markdown, as MinerU, Marker or Docling write a converted report, into the text path's segments.
///
/// ATX headings lose their `#` marks, so `## 二、…` is the part heading the text path knows; pipe tables stay
/// bar-separated rows for the text table builder (their `|---|` rule is dropped there); an HTML `<table>`
/// embedded in the Markdown (MinerU writes its tables so) is read by `HTMLReader` with its spans; images,
/// emphasis marks, link targets, block-quote and bullet marks are dropped, and backslash escapes undone.
enum MarkdownReader {
    static func segments(of markdown: String) -> [TextRepairer.Segment] {
        var segments: [TextRepairer.Segment] = []
        var text: [String] = []
        var html: [String]?
        var fenced = false
        func flushText() {
            if !text.isEmpty { segments.append(.text(text.joined(separator: "\n"))) }
            text = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            let trimmed = line.trimmingWhitespace()
            if var block = html {
                block.append(line)
                html = block
                if trimmed.lowercased().contains("</table>") {
                    segments += HTMLReader.segments(of: block.joined(separator: "\n"))
                    html = nil
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fenced.toggle()
                continue
            }
            if !fenced, trimmed.lowercased().hasPrefix("<table") {
                flushText()
                if trimmed.lowercased().contains("</table>") {
                    segments += HTMLReader.segments(of: line)
                } else {
                    html = [line]
                }
                continue
            }
            text.append(fenced ? line : Self.plain(line))
        }
        if let block = html { segments += HTMLReader.segments(of: block.joined(separator: "\n")) }
        flushText()
        return segments
    }

    /// One Markdown line as the text it shows: heading, quote and bullet marks off, images and HTML tags
    /// removed, links to their text, emphasis marks and escapes undone. Pipe-table rows keep their bars.
    static func plain(_ line: String) -> String {
        var text = line
        if let heading = text.wholeMatch(of: /\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*/) {
            text = String(heading.1 ?? "")
        } else if let quote = text.wholeMatch(of: /\s{0,3}(?:>\s?)+(.*)/) {
            text = String(quote.1)
        }
        if let bullet = text.wholeMatch(of: /\s{0,3}[-*+]\s+(.*)/), !isRule(text) {
            text = String(bullet.1)
        }
        if isRule(text) { return "" }
        text = text.replacing(/!\[[^\]]*\]\([^)]*\)/, with: "")
        text = text.replacing(/<img\b[^>]*>/.ignoresCase(), with: "")
        text = text.replacing(/<br\s*\/?>/.ignoresCase(), with: "")
        text = text.replacing(/<!--.*?-->/, with: "")
        text = text.replacing(/<\/?[A-Za-z][^>]*>/, with: "")
        text = text.replacing(/\[([^\]]*)\]\([^)]*\)/) { String($0.1) }
        text = text.replacing(/\*\*|__|~~/, with: "")
        text = text.replacing(/\\([!-\/:-@\[-`{-~])/) { String($0.1) }
        return text.contains("&") ? Self.decodingEntities(text) : text
    }

    /// Entities (`&nbsp;`, `&#x6587;`) as HTML reads them.
    private static func decodingEntities(_ text: String) -> String {
        MarkupParser.html("<p>" + text.replacing("<", with: "&lt;") + "</p>").compactMap { token in
            if case .text(let content) = token { content } else { nil }
        }.joined()
    }

    /// A thematic break (`---`, `***`, `___`), not a table rule: no bars.
    private static func isRule(_ line: String) -> Bool {
        line.wholeMatch(of: /\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})/) != nil
    }
}
