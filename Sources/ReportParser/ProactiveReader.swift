import ReportModel

/// Part 二: the rows of its small tables (规章, 行政许可 … 政府集中采购), matched by label; the columns a row
/// has depend on the version of the format (本年制发件数 … from 2021 on, 本年新制作数量 … before).
struct ProactiveReader {
    private let matcher = LabelMatcher(rows: NationalFormat.proactiveRows)
    var options = ReportParser.Options()

    func read(_ rows: [SourceRow], template: Template?) -> ReadValues {
        var values = ReadValues()
        var headerRows: [SourceRow] = []
        var previousWasData = false
        for original in rows {
            if let labels = original.unplacedLabels {
                if !labels.isEmpty { addUnplaced(labels, row: original, template: template, to: &values) }
                previousWasData = true
                continue
            }
            // A label naming nothing may end in values that did not read as numbers (`行政许可 | 约12`).
            var row = original
            var key = matcher.match(ChineseText.labelKey(row.labelText))?.key
            while key == nil, let shorter = row.droppingLastLabel() {
                row = shorter
                key = matcher.match(ChineseText.labelKey(row.labelText))?.key
            }
            if key == nil { row = original }
            guard let key else {
                if row.hasValues {
                    values.diagnostics.append(
                        Diagnostic(code: .parseRowUnmatched, message: "part 二: a row with numbers whose label '\(row.labelText)' is not one of the format's rows; ignored", page: row.page, box: row.box))
                } else {
                    // Each small table has its own header (第二十条第（五）项 / 信息内容 …).
                    headerRows = previousWasData ? [row] : headerRows + [row]
                    previousWasData = false
                }
                continue
            }
            previousWasData = true
            guard let template else {
                values.diagnostics.append(
                    Diagnostic(code: .parseTemplateUnknown, message: "part 二: row \(key) skipped: the version of the format, and so its columns, are unknown", page: row.page, box: row.box))
                continue
            }
            guard let columns = NationalFormat.proactiveColumns(row: key, template: template) else {
                values.diagnostics.append(
                    Diagnostic(code: .parseRowNotInFormat, message: "part 二: row \(key) is not in the \(template.rawValue) format; ignored", page: row.page, box: row.box))
                continue
            }
            if values.rows[key] != nil {
                guard values.isAllNull(key) && row.hasValues else {
                    values.diagnostics.append(Diagnostic(code: .parseRowDuplicate, message: "part 二: row \(key) printed twice; the first kept", page: row.page, box: row.box))
                    continue
                }
                values.removeRow(key, part: "proactive")
            }
            let header = ColumnAssigner.headerColumns(in: headerRows.filter { $0.table == row.table }, columns: columns)
            ColumnAssigner(part: "proactive", columns: columns, minimumOCRConfidence: options.minimumOCRConfidence).assign(row, rowKey: key, header: header, into: &values)
        }
        return values
    }

    /// Null rows, with a warning, for the rows that labels stacked in one cell name when they could not be placed.
    private func addUnplaced(_ labels: [String], row: SourceRow, template: Template?, to values: inout ReadValues) {
        let keys = labels.compactMap { matcher.match(ChineseText.labelKey($0))?.key }
        values.diagnostics.append(Diagnostic(
            code: .parseLabelsUnplaced,
            message: "part 二: the labels \(labels.joined(separator: " / ")) share one cell beside several rows of numbers and do not stand level with one row each; left null",
            page: row.page, box: row.box, context: keys.map { "proactive.\($0)" }.joined(separator: ",")))
        guard let template else { return }
        for key in keys where values.rows[key] == nil {
            guard let columns = NationalFormat.proactiveColumns(row: key, template: template) else { continue }
            var rowValues: [String: Double?] = [:]
            for column in columns {
                rowValues[column.key] = .some(nil)
                values.provenance["proactive.\(key).\(column.key)"] = Provenance(
                    page: row.page, box: nil, text: labels.joined(separator: " / "), origin: row.fields.first?.origin ?? .text)
            }
            values.set(row: key, values: rowValues)
        }
    }
}
