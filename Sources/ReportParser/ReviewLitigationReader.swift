import ReportModel

/// Part 四: one row of 15 numbers (行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持 … 总计), or three rows of five.
struct ReviewLitigationReader {
    private let rowKeys = NationalFormat.reviewLitigationRows.map(\.key)
    private let assigner: ColumnAssigner

    init(options: ReportParser.Options = ReportParser.Options()) {
        assigner = ColumnAssigner(
            part: "reviewLitigation", columns: NationalFormat.reviewLitigationColumns, minimumOCRConfidence: options.minimumOCRConfidence)
    }
    private let matcher = LabelMatcher(rows: NationalFormat.reviewLitigationRows)

    func read(_ rows: [SourceRow]) -> ReadValues {
        var values = ReadValues()
        let dataRows = rows.filter(\.hasValues)
        let width = NationalFormat.reviewLitigationColumns.count
        if dataRows.contains(where: { $0.unplacedLabels != nil }) {
            return allNull(
                dataRows, code: .parseLabelsUnplaced,
                message: "part 四: labels stacked in one cell beside several rows of numbers do not stand level with one row each; all left null")
        }
        if dataRows.count == 1 {
            let row = dataRows[0]
            let slots = row.valueSlots
            let expected = width * rowKeys.count
            if slots.count == expected {
                for (index, key) in rowKeys.enumerated() {
                    let chunk = Array(slots[(index * width)..<((index + 1) * width)])
                    assigner.assign(SourceRow(fields: chunk, hasGrid: row.hasGrid), rowKey: key, header: nil, into: &values)
                }
                return values
            }
            if let first = Self.gridColumns(of: slots, count: expected) {
                // One cell short of 15: a missing ruling merged two cells. The grid still gives every other cell its
                // column; the merged one is null in both of its columns (parse.cellAmbiguous).
                for (index, key) in rowKeys.enumerated() {
                    let header = Dictionary(uniqueKeysWithValues: NationalFormat.reviewLitigationColumns.enumerated().map { j, column in
                        (column.key, (first + index * width + j)...(first + index * width + j))
                    })
                    assigner.assign(row, rowKey: key, header: header, into: &values)
                }
                return values
            }
            if !row.hasGrid, slots.count > expected, Set(slots.map(\.value)).count == 1 {
                for key in rowKeys { assigner.assign(SourceRow(fields: slots, hasGrid: false), rowKey: key, header: nil, into: &values) }
                return values
            }
        } else if dataRows.count == rowKeys.count {
            let labelled = dataRows.map { matcher.match(ChineseText.labelKey($0.labelText))?.key }
            let keys = Set(labelled.compactMap { $0 }).count == rowKeys.count ? labelled.map { $0! } : rowKeys
            for (row, key) in zip(dataRows, keys) { assigner.assign(row, rowKey: key, header: nil, into: &values) }
            return values
        } else if dataRows.isEmpty {
            values.diagnostics.append(Diagnostic(code: .parseTableEmpty, message: "part 四: no numbers found in its table"))
            return values
        }
        let count = dataRows.flatMap(\.valueSlots).count
        return allNull(
            dataRows, code: .parseColumnsAmbiguous,
            message: "part 四: \(count) values in \(dataRows.count) rows do not fit 3 × 5 columns; all left null")
    }

    /// The first grid column of value cells that tile exactly `count` grid columns side by side, a cell spanning two
    /// counting for both; nil for a text row or cells that leave a gap or overlap.
    private static func gridColumns(of slots: [SourceRow.Field], count: Int) -> Int? {
        guard let first = slots.first, slots.allSatisfy({ $0.location?.box != nil }) else { return nil }
        var next = first.column
        for slot in slots {
            guard slot.column == next else { return nil }
            next += max(slot.columnSpan, 1)
        }
        return next - first.column == count ? first.column : nil
    }

    /// Every number of the part null, with one warning and the printed values kept in provenance.
    private func allNull(_ dataRows: [SourceRow], code: Diagnostic.Code, message: String) -> ReadValues {
        var values = ReadValues()
        let printed = dataRows.flatMap(\.valueSlots)
        values.diagnostics.append(Diagnostic(code: code, message: message, page: dataRows.first?.page))
        for key in rowKeys {
            var rowValues: [String: Double?] = [:]
            for column in NationalFormat.reviewLitigationColumns {
                rowValues[column.key] = .some(nil)
                values.provenance["reviewLitigation.\(key).\(column.key)"] = Provenance(
                    page: dataRows.first?.page, box: nil, text: printed.map(\.text).joined(separator: " "), origin: printed.first?.origin ?? .text)
            }
            values.set(row: key, values: rowValues)
        }
        return values
    }
}
