import ReportModel

/// Assigns a row's printed values to the format's columns.
///
/// Grid rows (PDF and HTML tables) keep empty cells, so a value's column is known: by the header cell above it
/// when the header names every column, else by the order of the grid cells. Under a header, each column reads its
/// own cell whatever its neighbours hold; a cell reaching under two headers, or two filled cells under one, is null
/// with a warning in those columns. Text rows have lost empty fields,
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
        var ambiguous: Set<String> = []
        if row.hasGrid, let header, columns.allSatisfy({ header[$0.key] != nil }) {
            (placed, ambiguous) = Self.place(row.fields, under: header, columns: columns)
        } else if slots.count == columns.count {
            for (column, slot) in zip(columns, slots) { placed[column.key] = slot }
        } else if !row.hasGrid, slots.count > columns.count, Set(slots.map(\.value)).count == 1 {
            for column in columns { placed[column.key] = slots[0] }
            values.diagnostics.append(
                Diagnostic(
                    code: .parseStrayCell, message: "\(path): \(slots.count) values printed for \(columns.count) columns, all equal, so each column takes that value",
                    page: row.page, box: row.box, context: path))
        } else {
            let reason = slots.isEmpty ? "no values printed" : "\(slots.count) values printed for \(columns.count) columns; their columns cannot be determined"
            values.diagnostics.append(Diagnostic(code: slots.isEmpty ? .parseRowEmpty : .parseColumnsAmbiguous, message: "\(path): \(reason); left null", page: row.page, box: row.box, context: path))
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
            if ambiguous.contains(column.key) {
                rowValues[column.key] = .some(nil)
                let cells = row.fields.filter { Self.overlaps($0, header?[column.key]) && !$0.isEmpty }
                values.diagnostics.append(Diagnostic(
                    code: .parseCellAmbiguous,
                    message: "\(columnPath): the cells under its header (\(cells.map { "'\($0.text)'" }.joined(separator: ", "))) do not give it one value of its own; left null",
                    page: row.page, box: SourceRow.box(of: cells, page: row.page), context: columnPath))
                values.provenance[columnPath] = Provenance(
                    page: row.page, box: nil, text: cells.map(\.text).joined(separator: " "), origin: row.fields.first?.origin ?? .text)
                continue
            }
            guard let field = placed[column.key] else {
                rowValues[column.key] = .some(nil)
                values.diagnostics.append(Diagnostic(code: .parseCellMissing, message: "\(columnPath): no cell under its header; left null", page: row.page, context: columnPath))
                continue
            }
            rowValues[column.key] = .some(read(field, column: column, path: columnPath, diagnostics: &values.diagnostics))
            values.provenance[columnPath] = Provenance(
                page: field.location?.page, box: field.location?.box, text: field.text, origin: field.origin, confidence: field.confidence)
        }
        values.set(row: rowKey, values: rowValues)
    }

    /// Each column's cell: the one cell under its header. A cell reaching under two columns' headers, or two
    /// filled cells under one header, leave those columns ambiguous rather than give one column another's number.
    private static func place(
        _ fields: [SourceRow.Field], under header: HeaderColumns, columns: [NationalFormat.Column]
    ) -> (placed: [String: SourceRow.Field], ambiguous: Set<String>) {
        var placed: [String: SourceRow.Field] = [:]
        var ambiguous: Set<String> = []
        // Each column's header looked up once, not once for each field and each other column.
        let ranges = columns.map { header[$0.key] }
        for (index, column) in columns.enumerated() {
            let under = fields.filter { overlaps($0, ranges[index]) }
            let filled = under.filter { !$0.isEmpty }
            let spansOthers = filled.contains { field in
                columns.indices.contains { columns[$0].key != column.key && overlaps(field, ranges[$0]) }
            }
            if filled.count > 1 || spansOthers {
                ambiguous.insert(column.key)
            } else {
                placed[column.key] = filled.first ?? under.first
            }
        }
        return (placed, ambiguous)
    }

    /// Whether a field's grid columns meet a header's.
    private static func overlaps(_ field: SourceRow.Field, _ range: ClosedRange<Int>?) -> Bool {
        guard let range else { return false }
        return field.column <= range.upperBound && field.column + max(field.columnSpan, 1) - 1 >= range.lowerBound
    }

    /// The number a cell gives for a column, or nil with a warning when it gives none that fits.
    private func read(_ field: SourceRow.Field, column: NationalFormat.Column, path: String, diagnostics: inout [Diagnostic]) -> Double? {
        let page = field.location?.page
        let box = field.location?.box
        switch field.value {
        case .number(_, "%"):
            diagnostics.append(Diagnostic(
                code: .parseNotANumber, message: "\(path): printed '\(field.text)', a percentage, which no column of the format holds; left null",
                page: page, box: box, context: path))
            return nil
        case .number(let number, let unit):
            if let confidence = field.confidence, confidence < minimumOCRConfidence {
                diagnostics.append(
                    Diagnostic(code: .parseLowConfidence, message: "\(path): OCR read '\(field.text)' with confidence \(Int(confidence)) < \(Int(minimumOCRConfidence)); left null", page: page, box: box, context: path))
                return nil
            }
            // A minus before a count is a speck or a dash read as a sign (OCR), never a number that was printed.
            if number < 0, !column.isSigned {
                diagnostics.append(
                    Diagnostic(code: .parseNegativeValue, message: "\(path): '\(field.text)' is negative, which this column cannot be; left null", page: page, box: box, context: path))
                return nil
            }
            if column.isAmount {
                if unit == "元" {
                    diagnostics.append(Diagnostic(code: .parseUnitConverted, message: "\(path): '\(field.text)' converted from 元 to 万元", page: page, box: box, context: path))
                    return number / 10_000
                }
                return number
            }
            guard number == number.rounded(), unit != "万元", unit != "元" else {
                diagnostics.append(Diagnostic(code: .parseNotACount, message: "\(path): '\(field.text)' is not a whole count; left null", page: page, box: box, context: path))
                return nil
            }
            return number
        case .placeholder:
            diagnostics.append(Diagnostic(code: .parseNoValue, message: "\(path): printed '\(field.text)', no number; left null", page: page, box: box, context: path))
            return nil
        case .several:
            diagnostics.append(Diagnostic(
                code: .parseCellAmbiguous, message: "\(path): '\(field.text)' holds several numbers; which is this column's is unknown, left null",
                page: page, box: box, context: path))
            return nil
        case .text where field.isEmpty:
            diagnostics.append(Diagnostic(code: .parseEmptyCell, message: "\(path): empty cell; left null", page: page, box: box, context: path))
            return nil
        case .text:
            diagnostics.append(Diagnostic(code: .parseNotANumber, message: "\(path): printed '\(field.text)', which does not read as a number; left null", page: page, box: box, context: path))
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
