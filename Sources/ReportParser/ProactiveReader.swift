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
        for row in rows {
            guard let key = matcher.match(ChineseText.labelKey(row.labelText))?.key else {
                if row.hasValues {
                    values.diagnostics.append(
                        Diagnostic(code: "parse.rowUnmatched", message: "part 二: a row with numbers whose label '\(row.labelText)' is not one of the format's rows; ignored", page: row.page))
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
                    Diagnostic(code: "parse.templateUnknown", message: "part 二: row \(key) skipped: the version of the format, and so its columns, are unknown", page: row.page))
                continue
            }
            guard let columns = NationalFormat.proactiveColumns(row: key, template: template) else {
                values.diagnostics.append(
                    Diagnostic(code: "parse.rowNotInFormat", message: "part 二: row \(key) is not in the \(template.rawValue) format; ignored", page: row.page))
                continue
            }
            if values.rows[key] != nil {
                values.diagnostics.append(Diagnostic(code: "parse.rowDuplicate", message: "part 二: row \(key) printed twice; the first kept", page: row.page))
                continue
            }
            let header = ColumnAssigner.headerColumns(in: headerRows, columns: columns)
            ColumnAssigner(part: "proactive", columns: columns, minimumOCRConfidence: options.minimumOCRConfidence).assign(row, rowKey: key, header: header, into: &values)
        }
        return values
    }
}
