import Foundation

/// `summary.html`: the corpus at a glance, one self-contained file (inline CSS and SVG, no scripts, no network)
/// that opens the same anywhere, including from a CI artefact.
enum SummaryPage {
    static func html(_ statistics: SummaryStatistics) -> String {
        let total = statistics.statuses.values.reduce(0, +)
        let charts = [
            chart("Inputs by status", ordered(statistics.statuses, by: .value)),
            chart("Reports per year", ordered(statistics.reportsPerYear, by: .key)),
            chart("Reports per template", ordered(statistics.reportsPerTemplate, by: .key)),
            chart("Pages by how their text was read (PDFs)", ordered(statistics.pagesByOrigin, by: .value)),
            chart(
                "Failed checks (\(statistics.reportsWithFailedChecks) reports with at least one)",
                Array(ordered(statistics.failedChecks, by: .value).prefix(15))),
            chart("Agencies with the most warnings", Array(ordered(statistics.warningsPerAgency, by: .value).prefix(15))),
        ]
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>govreports corpus summary</title>
            <style>
            body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222; max-width: 60em; }
            h2 { font-size: 1.05em; margin: 1.6em 0 0.4em; }
            svg text { font-size: 12px; fill: #222; }
            .empty { color: #888; }
            </style></head><body>
            <h1>govreports corpus</h1>
            <p>\(total) inputs.</p>
            \(charts.joined(separator: "\n"))
            </body></html>

            """
    }

    private enum Order { case key, value }

    /// Bars by descending count (ties by label), or by label for years and templates.
    private static func ordered(_ counts: [String: Int], by order: Order) -> [(String, Int)] {
        counts.map { ($0.key, $0.value) }.sorted { a, b in
            order == .value && a.1 != b.1 ? a.1 > b.1 : a.0.utf8.lexicographicallyPrecedes(b.0.utf8)
        }
    }

    /// A horizontal bar chart as inline SVG.
    private static func chart(_ title: String, _ bars: [(String, Int)]) -> String {
        let heading = "<h2>\(escape(title))</h2>"
        guard let largest = bars.map(\.1).max(), largest > 0 else { return heading + "\n<p class=\"empty\">none</p>" }
        let labelWidth = 260, barWidth = 420, rowHeight = 22
        let rows = bars.enumerated().map { index, bar in
            let y = index * rowHeight
            let width = max(1, bar.1 * barWidth / largest)
            return """
                <text x="\(labelWidth - 6)" y="\(y + 15)" text-anchor="end">\(escape(bar.0))</text>\
                <rect x="\(labelWidth)" y="\(y + 3)" width="\(width)" height="\(rowHeight - 6)" fill="#4a78b5"/>\
                <text x="\(labelWidth + width + 4)" y="\(y + 15)">\(bar.1)</text>
                """
        }
        return heading + """

            <svg xmlns="http://www.w3.org/2000/svg" width="\(labelWidth + barWidth + 60)" height="\(bars.count * rowHeight)">
            \(rows.joined(separator: "\n"))
            </svg>
            """
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
