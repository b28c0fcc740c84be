import ReportModel

/// Assigns a row's printed values to the format's columns.
///
/// Grid rows (PDF and HTML tables) keep empty cells, so a value's column is known: by the header cell above it
/// when the header names every column, else by the order of the grid cells. Text rows have lost empty fields,
/// so order is only trusted when the row prints exactly one value per column; a row with more values that are
/// all equal is certain whichever value is stray; any other row gets nulls and a warning rather than a guess.
struct ColumnAssigner {
    /// Header cells' grid columns by column key, when a header row named every column.
    typealias HeaderColumns = [String: ClosedRange<Int>]

    let part: String
    let columns: [NationalFormat.Column]
    /// OCR numbers read with less confidence than this are left null (see `ReportParser.Options`).
    var minimumOCRConfidence: Double = ReportParser.Options.defaultMinimumOCRConfidence

    func assign(_ row: SourceRow, rowKey: String, header: HeaderColumns?, into values: inout ReadValues) {
        let path = "\(part).\(rowKey)"
        let slots = row.valueSlots
        var placed: [String: SourceRow.Field] = [:]
        if row.hasGrid, let header, columns.allSatisfy({ header[$0.key] != nil }) {
            for column in columns {
                placed[column.key] = slots.first { header[column.key]!.contains($0.column) }
            }
        } else if slots.count == columns.count {
            for (column, slot) in zip(columns, slots) { placed[column.key] = slot }
        } else if !row.hasGrid, slots.count > columns.count, Set(slots.map(\.value)).count == 1 {
            for column in columns { placed[column.key] = slots[0] }
            values.diagnostics.append(
                Diagnostic(
                    code: "parse.strayCell", message: "\(path): \(slots.count) values printed for \(columns.count) columns, all equal, so each column takes that value",
                    page: row.page, context: path))
        } else {
            let reason = slots.isEmpty ? "no values printed" : "\(slots.count) values printed for \(columns.count) columns; their columns cannot be determined"
            values.diagnostics.append(Diagnostic(code: slots.isEmpty ? "parse.rowEmpty" : "parse.columnsAmbiguous", message: "\(path): \(reason); left null", page: row.page, context: path))
            let printed = slots.map(\.text).joined(separator: " ")
            var rowValues: [String: Double?] = [:]
            for column in columns {
                rowValues[column.key] = .some(nil)
                values.provenance["\(path).\(column.key)"] = Provenance(
                    page: row.page, box: nil, text: printed, origin: row.fields.first?.origin ?? .text)
            }
            values.set(row: rowKey, values: rowValues)
            return
        }
        var rowValues: [String: Double?] = [:]
        for column in columns {
            let columnPath = "\(path).\(column.key)"
            guard let field = placed[column.key] else {
                rowValues[column.key] = .some(nil)
                values.diagnostics.append(Diagnostic(code: "parse.cellMissing", message: "\(columnPath): no cell under its header; left null", page: row.page, context: columnPath))
                continue
            }
            rowValues[column.key] = .some(read(field, column: column, path: columnPath, diagnostics: &values.diagnostics))
            values.provenance[columnPath] = Provenance(
                page: field.location?.page, box: field.location?.box, text: field.text, origin: field.origin, confidence: field.confidence)
        }
        values.set(row: rowKey, values: rowValues)
    }

    /// The number a cell gives for a column, or nil with a warning when it gives none that fits.
    private func read(_ field: SourceRow.Field, column: NationalFormat.Column, path: String, diagnostics: inout [Diagnostic]) -> Double? {
        let page = field.location?.page
        switch field.value {
        case .number(let number, let unit):
            if let confidence = field.confidence, confidence < minimumOCRConfidence {
                diagnostics.append(
                    Diagnostic(code: "parse.lowConfidence", message: "\(path): OCR read '\(field.text)' with confidence \(Int(confidence)) < \(Int(minimumOCRConfidence)); left null", page: page, context: path))
                return nil
            }
            if column.isAmount {
                if unit == "元" {
                    diagnostics.append(Diagnostic(severity: .note, code: "parse.unitConverted", message: "\(path): '\(field.text)' converted from 元 to 万元", page: page, context: path))
                    return number / 10_000
                }
                return number
            }
            guard number == number.rounded(), unit != "万元", unit != "元" else {
                diagnostics.append(Diagnostic(code: "parse.notACount", message: "\(path): '\(field.text)' is not a whole count; left null", page: page, context: path))
                return nil
            }
            return number
        case .placeholder:
            diagnostics.append(Diagnostic(code: "parse.noValue", message: "\(path): printed '\(field.text)', no number; left null", page: page, context: path))
            return nil
        case .text:
            diagnostics.append(Diagnostic(code: "parse.emptyCell", message: "\(path): empty cell; left null", page: page, context: path))
            return nil
        }
    }
}

extension ColumnAssigner {
    /// The grid columns of the header cells naming the given columns, from header rows of a grid table.
    static func headerColumns(in rows: [SourceRow], columns: [NationalFormat.Column]) -> HeaderColumns? {
        guard rows.contains(where: \.hasGrid) else { return nil }
        let matcher = LabelMatcher(columns: columns)
        var found: HeaderColumns = [:]
        for row in rows {
            for field in row.fields where field.isLabel {
                if let match = matcher.match(ChineseText.labelKey(field.text)), found[match.key] == nil {
                    found[match.key] = field.column...(field.column + max(field.columnSpan, 1) - 1)
                }
            }
        }
        return found.isEmpty ? nil : found
    }
}
