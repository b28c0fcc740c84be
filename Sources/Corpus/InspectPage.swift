import Foundation
import ReportModel
import ReportParser

/// The HTML of one report for `govreports inspect`: its tables laid out as the national format lays them out, with
/// the format's Chinese labels; every number links to its box drawn over the page it was printed on, and every null
/// shows the warning that says why. Self-contained but for the page images beside it; a script error is written
/// into the page (`#script-errors`) and the box shown is named in `body[data-shown]`, for tests in a real browser.
struct InspectPage {
    /// A page image beside the HTML page, with the page's size in points (to place boxes in percent).
    struct PageImage: Sendable {
        var file: String
        var width: Double
        var height: Double
    }

    let record: ReportRecord
    let inputPath: String
    /// Page number → image; empty when the pages could not be rendered (`imagesMissing` says why).
    let pages: [Int: PageImage]
    let imagesMissing: String?

    func html() -> String {
        let title = record.title ?? record.agency ?? record.id
        let parts = [
            part(ReportPart.proactive.heading, "proactive", proactiveTable()),
            part(ReportPart.applications.heading, "applications", gridTable("applications")),
            part(ReportPart.reviewLitigation.heading, "reviewLitigation", gridTable("reviewLitigation")),
        ]
        return """
            \(HTMLPage.head(title: title))
            <style>
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; font-size: 13px; margin-bottom: 1em; }
            th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; min-width: 3em; }
            td.absent { background: #f3f3f3; }
            a.num { color: #0b57d0; text-decoration: none; }
            .null { color: #b00020; font-weight: bold; }
            .why { display: block; color: #b00020; font-size: 11px; text-align: left; }
            .page { position: relative; display: inline-block; border: 1px solid #999; margin: 0 1em 1em 0; }
            .page img { display: block; width: 100%; }
            a.box { position: absolute; border: 1px solid rgba(11, 87, 208, 0.25); }
            a.box.shown { border: 2px solid #e8002d; background: rgba(232, 0, 45, 0.15); }
            #script-errors { color: #b00020; }
            </style></head><body>
            \(HTMLPage.errorOutput)
            <h1>\(escape(title))</h1>
            <table data-table="metadata">
            <tr><th>机关 agency</th><td>\(escape(record.agency ?? "—"))</td></tr>
            <tr><th>年度 year</th><td>\(record.year.map(String.init) ?? "—")</td></tr>
            <tr><th>格式 template</th><td>\(escape(record.template?.rawValue ?? "—"))</td></tr>
            <tr><th>input</th><td>\(escape(inputPath)) (\(record.source.format.rawValue)\(record.source.pages.map { ", \($0) pages" } ?? ""))</td></tr>
            <tr><th>id</th><td>\(escape(record.id))</td></tr>
            </table>
            <p>Click a number to see where it was printed; a <span class="null">null</span> is a number the report does not give or
            that could not be read with confidence, with the warning that says why.</p>
            \(parts.joined(separator: "\n"))
            \(checksSection())
            \(warningsSection())
            \(pagesSection())
            <script>
            function showBox() {
              document.querySelectorAll("a.box.shown").forEach(function (box) { box.classList.remove("shown"); });
              var id = decodeURIComponent(location.hash.slice(1)), box = document.getElementById(id);
              if (box && box.classList.contains("box")) {
                box.classList.add("shown");
                document.body.dataset.shown = id;
              } else {
                delete document.body.dataset.shown;
              }
            }
            window.addEventListener("hashchange", showBox);
            showBox();
            </script>
            </body></html>

            """
    }

    private func part(_ heading: String, _ key: String, _ table: String) -> String {
        "<h2>\(escape(heading))</h2>\n<div data-part=\"\(key)\">\(table)</div>"
    }

    /// Part 二: each row with its own columns, as the format prints them.
    private func proactiveTable() -> String {
        let template = record.template?.rawValue
        let labels = NumberLabel.all.filter { $0.part == "proactive" && (template.map($0.templates.contains) ?? true) }
        var rows: [String] = []
        for row in orderedRows(labels, table: record.proactive) {
            let cells = row.labels.map { label in
                "<td>\(escape(label.columnLabel))\(label.unit.map { "（\($0)）" } ?? "")</td>" + valueCell(label.path)
            }
            rows.append("<tr><th>\(escape(row.rowLabel))</th>\(cells.joined())</tr>")
        }
        return "<table data-table=\"proactive\">\(rows.joined(separator: "\n"))</table>"
    }

    /// Parts 三 and 四: a grid of rows by the format's columns.
    private func gridTable(_ part: String) -> String {
        var columns: [(key: String, label: String)] = []
        for label in NumberLabel.all where label.part == part && !columns.contains(where: { $0.key == label.column }) {
            columns.append((label.column, label.columnLabel))
        }
        let table = part == "applications" ? record.applications.mapValues { $0.mapValues { $0.map(Double.init) } }
            : record.reviewLitigation.mapValues { $0.mapValues { $0.map(Double.init) } }
        let labels = NumberLabel.all.filter { $0.part == part }
        let header = "<tr><th></th>" + columns.map { "<th>\(escape($0.label))</th>" }.joined() + "</tr>"
        let rows = orderedRows(labels, table: table).map { row in
            "<tr><th>\(escape(row.rowLabel))</th>"
                + columns.map { valueCell("\(part).\(row.key).\($0.key)") }.joined() + "</tr>"
        }
        return "<table data-table=\"\(part)\">\(header)\n\(rows.joined(separator: "\n"))</table>"
    }

    private struct RowLabels {
        var key: String
        var rowLabel: String
        var labels: [NumberLabel]
    }

    /// The record's rows in the format's order, with their labels; rows the format does not know last, by key.
    private func orderedRows<Value>(_ labels: [NumberLabel], table: [String: [String: Value?]]) -> [RowLabels] {
        var rows: [RowLabels] = []
        for label in labels where table[label.row] != nil {
            if let index = rows.firstIndex(where: { $0.key == label.row }) {
                rows[index].labels.append(label)
            } else {
                rows.append(RowLabels(key: label.row, rowLabel: label.rowLabel, labels: [label]))
            }
        }
        let unknown = Set(table.keys).subtracting(rows.map(\.key)).sorted()
        return rows + unknown.map { RowLabels(key: $0, rowLabel: $0, labels: []) }
    }

    /// A number with its link to its box; a null with why; a cell the report does not have, grey.
    private func valueCell(_ path: String) -> String {
        let number = RecordNumber.all(of: record).first { $0.path == path }
        guard let number else { return "<td class=\"n absent\" data-path=\"\(escape(path))\"></td>" }
        let provenance = number.provenance
        var tip = ["\(path)"]
        if let text = provenance?.text { tip.append("printed: \(text)") }
        if let page = provenance?.page { tip.append("page \(page)") }
        if let confidence = provenance?.confidence { tip.append("OCR confidence \(Int(confidence))") }
        let title = escape(tip.joined(separator: " · "))
        let id = "cell-\(escape(path))"
        guard let value = number.value else {
            let why = record.warnings.filter { $0.context == path }.map { "\($0.code): \($0.message)" }
            let reasons = why.map { "<span class=\"why\">\(escape($0))</span>" }.joined()
            return "<td class=\"n\" id=\"\(id)\" data-path=\"\(escape(path))\" title=\"\(title)\"><span class=\"null\">null</span>\(reasons)</td>"
        }
        let text = value.text
        if let page = provenance?.page, provenance?.box != nil, pages[page] != nil {
            return "<td class=\"n\" id=\"\(id)\"><a class=\"num\" href=\"#box-\(escape(path))\" data-path=\"\(escape(path))\" title=\"\(title)\">\(text)</a></td>"
        }
        return "<td class=\"n\" id=\"\(id)\" data-path=\"\(escape(path))\" title=\"\(title)\">\(text)</td>"
    }

    private func checksSection() -> String {
        let failing = record.checks.filter { $0.ok == false }
        guard !failing.isEmpty else { return "<h2>Checks</h2>\n<p>The printed totals add up.</p>" }
        let rows = failing.map { check in
            "<tr><td>\(escape(check.id))</td><td class=\"n\">\(check.expected.map { NumberValue(sum: $0).text } ?? "")</td>"
                + "<td class=\"n\">\(check.actual.map { NumberValue(sum: $0).text } ?? "")</td></tr>"
        }
        return "<h2>Checks that fail</h2>\n<table data-table=\"checks\"><tr><th>check</th><th>printed</th><th>summed</th></tr>\n"
            + rows.joined(separator: "\n") + "</table>"
    }

    private func warningsSection() -> String {
        guard !record.warnings.isEmpty else { return "<h2>Warnings</h2>\n<p>None.</p>" }
        let rows = record.warnings.map { warning in
            "<tr><td>\(warning.severity.rawValue)</td><td>\(escape(warning.code.rawValue))</td><td class=\"n\">\(warning.page.map(String.init) ?? "")</td>"
                + "<td>\(escape(warning.context ?? ""))</td><td>\(escape(warning.message))</td></tr>"
        }
        return "<h2>Warnings</h2>\n<table data-table=\"warnings\"><tr><th>severity</th><th>code</th><th>page</th><th>where</th><th>message</th></tr>\n"
            + rows.joined(separator: "\n") + "</table>"
    }

    /// The page images, each number's box placed over them in percent of the page.
    private func pagesSection() -> String {
        guard !pages.isEmpty else { return "<h2>Pages</h2>\n<p class=\"empty\">\(escape(imagesMissing ?? "No page images."))</p>" }
        var boxes: [Int: [String]] = [:]
        for number in RecordNumber.all(of: record) {
            guard let provenance = number.provenance, let page = provenance.page, let box = provenance.box, let image = pages[page]
            else { continue }
            let style = String(
                format: "left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%", box.x0 / image.width * 100,
                box.y0 / image.height * 100, (box.x1 - box.x0) / image.width * 100, (box.y1 - box.y0) / image.height * 100)
            boxes[page, default: []].append(
                "<a class=\"box\" id=\"box-\(escape(number.path))\" href=\"#cell-\(escape(number.path))\" style=\"\(style)\" "
                    + "title=\"\(escape(number.path)): \(escape(provenance.text))\"></a>")
        }
        let figures = pages.keys.sorted().map { page in
            let image = pages[page]!
            return "<div class=\"page\" id=\"page-\(page)\" style=\"width:\(Int(image.width * 1.4))px\">"
                + "<img src=\"\(escape(image.file))\" alt=\"page \(page)\">\(boxes[page, default: []].joined())</div>"
        }
        return "<h2>Pages</h2>\n" + figures.joined(separator: "\n")
    }

    private func escape(_ text: String) -> String { HTMLPage.escape(text) }
}
