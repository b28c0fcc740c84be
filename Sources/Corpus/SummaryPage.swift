import Foundation
import GRDB
import ReportModel

/// `summary.html`: what the reports say, then how they were read. One self-contained file (inline CSS, SVG and a
/// few lines of script to sort the table, nothing fetched), so it opens the same anywhere, a CI artefact included.
/// Every bar carries its figure in `data-value`, and a script error is written into the page (`#script-errors`),
/// so that a test in a real browser can check both.
enum SummaryPage {
    /// Writes the page to `file` a table row at a time, the tables of reports read from `db` as they are written, so
    /// that neither the page of a large corpus nor its rows are ever whole in memory.
    static func write(_ statistics: SummaryStatistics, db: Database, built: Date, version: String, to file: FileHandle) throws {
        var page = TextFileWriter(file)
        let reports = statistics.reports
        let inputs = statistics.statuses.map(\.count).reduce(0, +)
        try page.write("""
            \(HTMLPage.head(title: "govreports corpus summary"))
            <style>
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", system-ui, sans-serif; margin: 2em; color: #222; max-width: 68em; }
            h2 { font-size: 1.05em; margin: 1.8em 0 0.5em; }
            h2.part { font-size: 1.2em; border-top: 1px solid #ccc; padding-top: 1em; }
            svg text { font-size: 12px; fill: #222; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            th[data-sort] { cursor: pointer; }
            .bad { color: #b00020; }
            .empty { color: #888; }
            #script-errors { color: #b00020; }
            </style></head><body>
            \(HTMLPage.errorOutput)
            <h1>政府信息公开工作年度报告: the corpus</h1>
            <p>\(reports) reports from \(inputs) inputs. Built <span id="built">\(Self.timestamp(built))</span> by govreports \(escape(version)).
            Figures are sums of the numbers the reports print; a number a report does not give is left out, never guessed.</p>

            """)
        let sections: [(String?, (inout TextFileWriter) throws -> Void)] = [
            ("Applications received per year (\(label("newReceived")))", { try $0.write(receivedPerYear(statistics.perYear)) }),
            ("How the applications ended (\(NationalFormat.numberedOutcomesBanner), all reports)", {
                try $0.write(chart("outcomes", statistics.outcomes.map { ($0.label, $0.count) }))
            }),
            ("Reasons for not disclosing (\(numberedLabel("denied")))", {
                try $0.write(chart("denial-reasons", statistics.denialReasons.map { (shortLabel($0.label), $0.count) }))
            }),
            ("Administrative review and litigation (\(ReportPart.reviewLitigation.caption))", { try reviewTable(statistics.reviewLitigation, &$0) }),
            ("Reports whose printed totals do not add up", { try failedChecksTable(db, &$0) }),
            ("Continuity: \(label("carriedForward")) of one year against \(label("carriedOver")) of the next", {
                try continuityTable(db, pairs: statistics.continuityPairs, mismatched: statistics.continuityMismatched, &$0)
            }),
            ("One agency and year given by more than one report", { try sameAgencyYearTable(db, &$0) }),
            (nil, { try $0.write("<h2 class=\"part\">Processing</h2>") }),
            ("Inputs by status", { try $0.write(chart("statuses", statistics.statuses.map { ($0.label, $0.count) })) }),
            ("PDF pages by how their text was read", {
                try $0.write(chart("pages", statistics.pagesByOrigin.map { ($0.label, $0.count) }))
            }),
            ("Warnings by code (and \(statistics.notes) notes, which only say what was done, left out)", {
                try $0.write(chart("warnings", statistics.warningsByCode.map { ($0.label, $0.count) }))
            }),
            ("Inputs that are not in the figures above", { try nonReportsTable(db, &$0) }),
            ("Reports", { try reportsTable(db, &$0) }),
        ]
        for (index, (title, body)) in sections.enumerated() {
            if index > 0 { try page.write("\n") }
            if let title { try page.write("<h2>\(escape(title))</h2>\n") }
            try body(&page)
        }
        try page.write("""

            <script>
            document.querySelectorAll("th[data-sort]").forEach(function (header) {
              header.addEventListener("click", function () {
                var table = header.closest("table"), body = table.tBodies[0], index = header.cellIndex;
                var numeric = header.dataset.sort === "n", rows = Array.from(body.rows);
                var key = function (row) { var text = row.cells[index].textContent; return numeric ? Number(text || -1) : text; };
                var descending = header.dataset.order !== "asc";
                rows.sort(function (a, b) { var x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1); });
                header.dataset.order = descending ? "desc" : "asc";
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
            </script>
            </body></html>

            """)
        try page.flush()
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: date) + " UTC"
    }

    /// A part-三 row's or group's label as the format prints it (`本年新收政府信息公开申请数量`), for a caption.
    private static func label(_ key: String) -> String { NationalFormat.applicationLabel(key) ?? key }

    /// The same with its numbering (`三、（三）不予公开`).
    private static func numberedLabel(_ key: String) -> String {
        NationalFormat.applicationRowNumbering[key, default: ""] + label(key)
    }

    /// `三、（三）不予公开 1.属于国家秘密` → `1.属于国家秘密`.
    private static func shortLabel(_ label: String) -> String {
        label.split(separator: " ").last.map(String.init) ?? label
    }

    private static func receivedPerYear(_ years: [SummaryStatistics.YearFigure]) -> String {
        let bars = years.compactMap { figure in
            figure.received.map { ("\(figure.year.map(String.init) ?? "year not read") (\(figure.reportsGiving) reports)", $0) }
        }
        let missing = years.filter { $0.reportsGiving < $0.reports }
            .map { "\($0.year.map(String.init) ?? "year not read"): \($0.reports - $0.reportsGiving) of \($0.reports)" }
        let note = missing.isEmpty ? "" : "\n<p class=\"empty\">Reports not giving the figure: \(escape(missing.joined(separator: "; "))).</p>"
        return chart("received-per-year", bars) + note
    }

    /// A horizontal bar chart as inline SVG; each bar's figure is in its `data-value`.
    private static func chart(_ name: String, _ bars: [(String, Int)]) -> String {
        guard let largest = bars.map({ abs($0.1) }).max(), largest > 0 else { return "<p class=\"empty\">none</p>" }
        let labelWidth = 300, barWidth = 420, rowHeight = 22
        let rows = bars.enumerated().map { index, bar in
            let y = index * rowHeight
            let width = max(1, abs(bar.1) * barWidth / largest)
            return """
                <text x="\(labelWidth - 6)" y="\(y + 15)" text-anchor="end">\(escape(bar.0))</text>\
                <rect x="\(labelWidth)" y="\(y + 3)" width="\(width)" height="\(rowHeight - 6)" fill="#4a78b5" \
                data-label="\(escape(bar.0))" data-value="\(bar.1)"/>\
                <text x="\(labelWidth + width + 4)" y="\(y + 15)">\(bar.1)</text>
                """
        }
        return """
            <svg class="chart" data-chart="\(name)" xmlns="http://www.w3.org/2000/svg" width="\(labelWidth + barWidth + 70)" \
            height="\(bars.count * rowHeight)">
            \(rows.joined(separator: "\n"))
            </svg>
            """
    }

    /// A table, written a row at a time: header cells (a trailing `#` marks a numeric column, sortable as numbers)
    /// and each row's HTML cells. `rows` calls its argument with each row, as it reads them.
    private static func table<Item>(
        _ name: String, _ header: [String], into page: inout TextFileWriter,
        rows: ((Item) throws -> Void) throws -> Void, cells: @escaping (Item) -> [String]
    ) throws {
        var count = 0
        try rows { row in
            if count == 0 {
                let head = header.map { title in
                    title.hasSuffix("#") ? "<th data-sort=\"n\">\(escape(String(title.dropLast())))</th>" : "<th data-sort=\"t\">\(escape(title))</th>"
                }.joined()
                try page.write("<table data-table=\"\(name)\"><thead><tr>\(head)</tr></thead><tbody>\n")
            }
            try page.write((count > 0 ? "\n<tr>" : "<tr>") + cells(row).joined() + "</tr>")
            count += 1
        }
        try page.write(count == 0 ? "<p class=\"empty\">none</p>" : "\n</tbody></table>")
    }

    /// `table` of rows already in memory.
    private static func table<Item>(
        _ name: String, _ header: [String], _ rows: [Item], into page: inout TextFileWriter, cells: @escaping (Item) -> [String]
    ) throws {
        try table(name, header, into: &page, rows: { body in try rows.forEach(body) }, cells: cells)
    }

    private static func cell(_ text: String?) -> String { "<td>\(escape(text ?? "—"))</td>" }
    private static func number(_ value: Int?) -> String { "<td class=\"n\">\(value.map(String.init) ?? "")</td>" }
    private static func number(_ value: Double?) -> String {
        "<td class=\"n\">\(value.map { NumberValue(sum: $0).text } ?? "")</td>"
    }
    private static func recordLink(_ id: String, _ text: String) -> String {
        "<td><a href=\"records/\(escape(id)).json\">\(escape(text))</a></td>"
    }

    private static func reviewTable(_ rows: [SummaryStatistics.ReviewRow], _ page: inout TextFileWriter) throws {
        try table("review-litigation", ["", "结果维持#", "结果纠正#", "其他结果#", "尚未审结#", "总计#"], rows, into: &page) {
            [cell($0.label)] + $0.counts.map(number)
        }
    }

    private static func failedChecksTable(_ db: Database, _ page: inout TextFileWriter) throws {
        try table(
            "failed-checks", ["report", "agency", "year#", "check", "printed#", "summed#"], into: &page,
            rows: { try SummaryStatistics.failedChecks(db, $0) }
        ) {
            [recordLink($0.reportID, $0.path), cell($0.agency), number($0.year), cell($0.check), number($0.printed), number($0.summed)]
        }
    }

    private static func continuityTable(_ db: Database, pairs: Int, mismatched: Int, _ page: inout TextFileWriter) throws {
        try page.write("<p>\(pairs) pairs of consecutive reports of one agency; \(mismatched) do not carry over what was carried forward.</p>\n")
        try table(
            "continuity", ["agency", "year#", "columns compared#", "differences"], into: &page,
            rows: { try SummaryStatistics.continuity(db, $0) }
        ) { pair in
            let differences = pair.mismatches.map { "\($0.column): \($0.forward) carried forward, \($0.over) carried over" }
            let text = differences.isEmpty ? "<td>equal</td>" : "<td class=\"bad\">\(escape(differences.joined(separator: "; ")))</td>"
            return [cell(pair.agency), "<td class=\"n\">\(pair.year)→\(pair.year + 1)</td>", number(pair.columns), text]
        }
    }

    private static func sameAgencyYearTable(_ db: Database, _ page: inout TextFileWriter) throws {
        try table("same-agency-year", ["agency", "year#", "inputs"], into: &page, rows: { try SummaryStatistics.sameAgencyYear(db, $0) }) {
            [cell($0.agency), number($0.year), cell($0.paths)]
        }
    }

    private static func nonReportsTable(_ db: Database, _ page: inout TextFileWriter) throws {
        try table("non-reports", ["input", "status", "errorCode", "why"], into: &page, rows: { try SummaryStatistics.nonReports(db, $0) }) {
            [cell($0.path), cell($0.status), cell($0.code), cell($0.error)]
        }
    }

    private static func reportsTable(_ db: Database, _ page: inout TextFileWriter) throws {
        try table(
            "reports", ["record", "agency", "year#", "template", "pages#", "OCR pages#", "warnings#", "failed checks#"], into: &page,
            rows: { try SummaryStatistics.reports(db, $0) }
        ) {
            [
                recordLink($0.id, $0.path), cell($0.agency), number($0.year), cell($0.template), number($0.pages),
                number($0.ocrPages), number($0.warnings), number($0.failedChecks),
            ]
        }
    }

    private static func escape(_ text: String) -> String { HTMLPage.escape(text) }
}
