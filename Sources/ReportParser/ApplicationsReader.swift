import ReportModel

/// Part 三: rows matched to the format's known rows by label, the numbered sub-rows (1. 2. …) by the group
/// label above them (（三）不予公开 …). Position places a row only when OCR could not read its label and the format
/// leaves one row between its readable neighbours.
struct ApplicationsReader {
    private let groupMatcher = LabelMatcher(rows: NationalFormat.applicationGroups)
    private let bannerKey = ChineseText.labelKey(NationalFormat.outcomesBanner)
    private let headerMatcher = LabelMatcher(columns: NationalFormat.applicantColumns)
    private let assigner: ColumnAssigner
    /// Each group's label keys, in the format's order, for telling a group label run into its first sub-row, with
    /// their lengths in characters.
    private let groupLabels: [(key: String, label: String, characters: Int)] = NationalFormat.applicationGroups.flatMap { group in
        group.labels.map { label in
            let key = ChineseText.labelKey(label)
            return (group.key, key, key.count)
        }
    }
    /// The rows a label can name inside each group (the group's sub-rows and the rows standing on their own), and
    /// outside any group (every row), built once: a matcher folds all its labels when it is made.
    private let rowMatchers: [String?: LabelMatcher]
    private let subRowMatcher = LabelMatcher(rows: NationalFormat.applicationSubRows)

    init(options: ReportParser.Options = ReportParser.Options()) {
        let groups = Set(NationalFormat.applicationSubRows.map { String($0.key.prefix { $0 != "." }) } + NationalFormat.applicationGroups.map(\.key))
        var matchers: [String?: LabelMatcher] = [nil: LabelMatcher(rows: NationalFormat.applicationSubRows + NationalFormat.applicationTopRows)]
        for group in groups {
            let sub = NationalFormat.applicationSubRows.filter { $0.key.hasPrefix(group + ".") }
            matchers[group] = LabelMatcher(rows: sub + NationalFormat.applicationTopRows)
        }
        rowMatchers = matchers
        assigner = ColumnAssigner(part: "applications", columns: NationalFormat.applicantColumns, minimumOCRConfidence: options.minimumOCRConfidence)
    }

    func read(_ rows: [SourceRow]) -> ReadValues {
        var values = ReadValues()
        var group: String?
        var seenData = false
        var headerRows: [SourceRow] = []
        // Each table's header columns, from the header rows of that table only (worked out as they come).
        var headers: [Int?: ColumnAssigner.HeaderColumns] = [:]
        var pendingOtherHandling: SourceRow?
        // The rows placed so far, in order, and the scanned rows with numbers whose label named nothing (each with
        // how many rows had been placed before it), for placing those by the format's order at the end.
        var placed: [String] = []
        var unreadLabels: [(after: Int, row: SourceRow)] = []
        for original in rows {
            var row = original
            if !seenData && !row.hasValues && isHeader(row, segments: row.labelSegments) {
                headerRows.append(row)
                headers[row.table] = ColumnAssigner.headerColumns(in: headerRows.filter { $0.table == row.table }, columns: NationalFormat.applicantColumns)
                continue
            }
            if let labels = row.unplacedLabels {
                // Stacked labels beside several rows whose numbers could not be told apart: every row they name is null.
                let keys = classify(row, group: &group).keys
                if !labels.isEmpty { addUnplaced(keys, row: row, labels: labels, to: &values) }
                if !keys.isEmpty { seenData = true }
                continue
            }
            // A label naming nothing may end in values that did not read as numbers (`2.重复申请 | 约3 | …`); a label that
            // names nothing leaves `group` as it was, so the shorter label is tried in the same context.
            var (rowKey, groupOnly, _) = classify(row, group: &group)
            while rowKey == nil, groupOnly == nil, let shorter = row.droppingLastLabel() {
                row = shorter
                (rowKey, groupOnly, _) = classify(row, group: &group)
            }
            if rowKey == nil, groupOnly == nil { row = original }
            if rowKey == nil, groupOnly == "otherHandling" {
                // Under the 2021 format a bare （六）其他处理 is only the label of the sub-rows that follow.
                if !row.hasValues {
                    pendingOtherHandling = row
                    continue
                }
                rowKey = "otherHandling"
            }
            guard let key = rowKey else {
                if original.hasValues, groupOnly == nil {
                    if original.fields.contains(where: { $0.origin == .ocr }) {
                        unreadLabels.append((placed.count, original))
                    } else {
                        values.diagnostics.append(unmatched(original))
                    }
                }
                continue
            }
            if let pending = pendingOtherHandling, !key.hasPrefix("otherHandling.") {
                add(pending, key: "otherHandling", header: headers[pending.table], to: &values)
                placed.append("otherHandling")
            }
            pendingOtherHandling = nil
            seenData = true
            add(row, key: key, header: headers[row.table], to: &values)
            placed.append(key)
        }
        if let pending = pendingOtherHandling {
            add(pending, key: "otherHandling", header: headers[pending.table], to: &values)
            placed.append("otherHandling")
        }
        for unread in unreadLabels {
            let alone = unreadLabels.filter { $0.after == unread.after }.count == 1
            guard alone, let key = Self.onlyRowLeft(after: unread.after, placed: placed), values.rows[key] == nil else {
                values.diagnostics.append(unmatched(unread.row))
                continue
            }
            values.diagnostics.append(Diagnostic(
                code: .parseRowPlacedByOrder,
                message: "part 三: a scanned row's label read as '\(unread.row.labelText)', which names no row; placed as \(key), the only row of the format between its neighbours",
                page: unread.row.page, context: "applications.\(key)"))
            add(unread.row.fittingUnreadLabel(to: NationalFormat.applicationValueCount) ?? unread.row, key: key, header: headers[unread.row.table], to: &values)
        }
        if values.rows["otherHandling"] != nil, NationalFormat.otherHandlingSubRows.contains(where: { values.rows[$0] != nil }) {
            values.diagnostics.append(
                Diagnostic(code: .parseOtherHandlingBoth, message: "part 三: （六）其他处理 printed both as a row with numbers and with sub-rows"))
        }
        return values
    }

    private func unmatched(_ row: SourceRow) -> Diagnostic {
        Diagnostic(code: .parseRowUnmatched, message: "part 三: a row with numbers whose label '\(row.labelText)' is not one of the format's rows; ignored", page: row.page, box: row.box)
    }

    /// The one row of the format that can stand between the rows placed before and after a position, when exactly
    /// one can: the format's rows are printed in a fixed order, so a scanned row whose label did not read, with
    /// readable neighbours one row apart, can only be that row. （六）其他处理 printed as one row rules out its
    /// sub-rows, and its sub-rows rule it out.
    static func onlyRowLeft(after count: Int, placed: [String]) -> String? {
        let subRows = Set(NationalFormat.otherHandlingSubRows)
        let order = NationalFormat.applicationRowOrder.filter { key in
            if key == "otherHandling" { return !placed.contains { subRows.contains($0) } }
            if subRows.contains(key) { return !placed.contains("otherHandling") }
            return true
        }
        // Both neighbours must be there: what stands before the first row or after the last may be no row at all.
        guard count > 0, count < placed.count,
              let before = order.firstIndex(of: placed[count - 1]), let after = order.firstIndex(of: placed[count]),
              before < after
        else { return nil }
        let between = order[(before + 1)..<after]
        return between.count == 1 ? between.first : nil
    }

    /// The row a label names (the last one it names, `rowKey`), the group it names when it names no row of its own
    /// (`groupOnly`), and every row it names in order (`keys`); `group` is updated as the label sets it.
    private func classify(_ row: SourceRow, group: inout String?) -> (rowKey: String?, groupOnly: String?, keys: [String]) {
        var rowKey: String?
        var groupOnly: String?
        var keys: [String] = []
        for var segment in row.labelSegments {
            if EditDistance.similarity(segment, bannerKey) >= 0.8 { continue }
            if let match = groupMatcher.match(segment) {
                group = match.key
                groupOnly = match.key
                rowKey = nil
                continue
            }
            // A group label run into its first sub-row when the sub-row's number was lost or misread.
            if let (key, label) = groupPrefix(of: segment) {
                group = key
                groupOnly = key
                segment = String(segment.dropFirst(label.count))
            }
            if let key = matchRow(segment, group: &group) {
                rowKey = key
                keys.append(key)
            }
        }
        return (rowKey, groupOnly, keys)
    }

    /// Null rows, with a warning, for the rows that labels stacked in one cell name when they could not be placed.
    private func addUnplaced(_ keys: [String], row: SourceRow, labels: [String], to values: inout ReadValues) {
        let printed = labels.joined(separator: " / ")
        values.diagnostics.append(Diagnostic(
            code: .parseLabelsUnplaced,
            message: "part 三: the labels \(printed) share one cell beside several rows of numbers and do not stand level with one row each; rows \(keys.joined(separator: ", ")) left null",
            page: row.page, box: row.box, context: keys.map { "applications.\($0)" }.joined(separator: ",")))
        for key in keys where values.rows[key] == nil {
            var rowValues: [String: Double?] = [:]
            for column in NationalFormat.applicantColumns {
                rowValues[column.key] = .some(nil)
                values.provenance["applications.\(key).\(column.key)"] = Provenance(page: row.page, box: nil, text: printed, origin: row.fields.first?.origin ?? .text)
            }
            values.set(row: key, values: rowValues)
        }
    }

    private func add(_ row: SourceRow, key: String, header: ColumnAssigner.HeaderColumns?, to values: inout ReadValues) {
        if values.rows[key] != nil {
            guard values.isAllNull(key) && row.hasValues else {
                values.diagnostics.append(
                    Diagnostic(code: .parseRowDuplicate, message: "part 三: row \(key) printed twice; the first kept", page: row.page, box: row.box))
                return
            }
            values.removeRow(key, part: "applications")
        }
        assigner.assign(row, rowKey: key, header: header, into: &values)
    }

    /// A header row names applicant columns (自然人, 总计 …) or carries the table's explanatory note.
    private func isHeader(_ row: SourceRow, segments: [String]) -> Bool {
        let text = ChineseText.labelKey(row.labelText)
        if PrintedText.contains(text, NationalFormat.applicantsBand) || PrintedText.contains(text, NationalFormat.noteWord) {
            return true
        }
        if NationalFormat.applicantKindWords.filter({ PrintedText.contains(text, $0) }).count >= 2 { return true }
        return !segments.isEmpty && segments.allSatisfy { headerMatcher.match($0)?.distance == 0 }
    }

    /// The group label a segment starts with, when more text follows it.
    private func groupPrefix(of segment: String) -> (key: String, label: String)? {
        let characters = segment.count
        return groupLabels.first { characters > $0.characters && segment.hasPrefix($0.label) }.map { ($0.key, $0.label) }
    }

    /// The row a label names: among the current group's sub-rows and the rows standing on their own first;
    /// failing that, among every group's sub-rows (their wordings differ), which then sets the group, so that
    /// a group label lost or misread does not lose its rows. A row standing on its own ends the group.
    private func matchRow(_ segment: String, group: inout String?) -> String? {
        let current = group
        let matcher = rowMatchers[current] ?? LabelMatcher(rows: NationalFormat.applicationTopRows)
        var key = matcher.match(segment)?.key
        if key == nil, current != nil, segment.count >= 4 {
            key = subRowMatcher.match(segment)?.key
        }
        guard let key else { return nil }
        group = key.utf8.contains(UInt8(ascii: ".")) ? String(key.prefix { $0 != "." }) : nil
        return key
    }
}
