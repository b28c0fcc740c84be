import Foundation
import ReportModel

/// Finds what a page prints around the text and is not part of the report: page numbers and running headers/footers.
///
/// Only lines in the top or bottom margin band are candidates, so a number in the body is never taken for a page number.
struct PageFurniture {
    /// Share of the page height, from the top and from the bottom, where headers and footers stand.
    var marginShare = 0.11

    /// The lines of each page with the furniture removed, the removed lines, and a note for each running text dropped.
    func strip(_ pages: [[LayoutLine]], heights: [Int: Double]) -> (pages: [[LayoutLine]], removed: [LayoutLine], diagnostics: [Diagnostic]) {
        let running = runningTexts(pages, heights: heights)
        var kept: [[LayoutLine]] = []
        var diagnostics: [Diagnostic] = []
        var removed: [LayoutLine] = []
        for lines in pages {
            kept.append(lines.filter { line in
                let keep = isBody(line, heights: heights, running: running, diagnostics: &diagnostics)
                if !keep { removed.append(line) }
                return keep
            })
        }
        return (kept, removed, diagnostics)
    }

    private func isBody(_ line: LayoutLine, heights: [Int: Double], running: Set<String>, diagnostics: inout [Diagnostic]) -> Bool {
        guard let height = heights[line.page], inMargin(line, height: height) else { return true }
        let text = LayoutText.compact(line.text)
        if isPageNumber(text) { return false }
        if running.contains(key(line, text: text)) {
            diagnostics.append(Diagnostic(
                severity: .note, code: "repair.runningTextDropped",
                message: "dropped a header/footer line repeated on several pages", page: line.page, context: text))
            return false
        }
        return true
    }

    /// `-3-`, `— 3 —`, `3`, `第3页`, `第3页共6页`, `3/6`, `Page 3 of 6`, with spacing already removed.
    func isPageNumber(_ text: String) -> Bool {
        let patterns = [
            #"^[-－—–~_·•]*\d{1,4}[-－—–~_·•]*$"#,
            #"^第\d{1,4}页(共\d{1,4}页)?$"#,
            #"^共\d{1,4}页第\d{1,4}页$"#,
            #"^\d{1,4}/\d{1,4}$"#,
            #"^(?i:page)\d{1,4}((?i:of)\d{1,4})?$"#,
        ]
        return patterns.contains { text.range(of: $0, options: .regularExpression) != nil }
    }

    private func inMargin(_ line: LayoutLine, height: Double) -> Bool {
        let box = line.box
        return box.y1 <= height * marginShare || box.y0 >= height * (1 - marginShare)
    }

    /// Margin texts (digits masked, y rounded) printed on at least two pages.
    private func runningTexts(_ pages: [[LayoutLine]], heights: [Int: Double]) -> Set<String> {
        var pagesByKey: [String: Set<Int>] = [:]
        for line in pages.joined() {
            guard let height = heights[line.page], inMargin(line, height: height) else { continue }
            let text = LayoutText.compact(line.text)
            guard !text.isEmpty else { continue }
            pagesByKey[key(line, text: text), default: []].insert(line.page)
        }
        return Set(pagesByKey.filter { $0.value.count >= 2 }.keys)
    }

    /// Same text (page digits masked) at about the same height: y is bucketed by 6 points.
    private func key(_ line: LayoutLine, text: String) -> String {
        let masked = text.replacingOccurrences(of: #"\d+"#, with: "#", options: .regularExpression)
        return "\(Int((line.box.midY / 6).rounded()))|\(masked)"
    }
}
