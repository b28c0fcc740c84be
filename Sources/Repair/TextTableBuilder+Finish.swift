import ReportModel

/// What a text table needs once all its lines are read: repeated headers dropped, spans, value counts.
extension TextTableBuilder {
    /// A table continued on the next page repeats its header there; the repeat goes (contract: one block,
    /// header not duplicated). Part 二's small tables legitimately repeat `信息内容…` rows and are left alone.
    mutating func removeRepeatedHeaders() {
        let continuedHeaderWords: Set<String> = ["申请人情况", "自然人", "法人或其他组织", "商业企业", "行政复议", "结果维持"]
        var seen = Set<[String]>()
        rows.removeAll { row in
            guard row.isHeader else { return false }
            let texts = row.cells.map(\.text)
            let repeatable = texts.contains { continuedHeaderWords.contains($0) || FormatVocabulary.isNoteStart($0) }
            return repeatable && !seen.insert(texts).inserted
        }
    }

    /// A group label spans its row and the following rows up to the next label of the same or a higher level.
    mutating func computeRowSpans() {
        for rowIndex in rows.indices {
            for cellIndex in rows[rowIndex].cells.indices where rows[rowIndex].cells[cellIndex].kind == .group {
                guard let level = rows[rowIndex].cells[cellIndex].level else { continue }
                var span = 1
                for next in rows.index(after: rowIndex)..<rows.endIndex {
                    let nextRow = rows[next]
                    if nextRow.isHeader { break }
                    let firstLabelLevel = nextRow.cells.first { $0.kind == .group || $0.kind == .label }?.level
                    if let firstLabelLevel, firstLabelLevel <= level { break }
                    span += 1
                }
                rows[rowIndex].cells[cellIndex].rowSpan = span
            }
        }
    }

    /// The national format fixes the number of data columns of part 三 (7) and part 四 (15). A text row with
    /// another count has lost or gained cells, and text without geometry cannot say which column each value is in.
    mutating func checkValueCounts() {
        let headerWords = Set(rows.filter(\.isHeader).flatMap(\.cells).map(\.text))
        let expected: Int
        if headerWords.contains("申请人情况") || headerWords.contains("自然人") {
            expected = 7
        } else if headerWords.contains("行政复议"), headerWords.contains("行政诉讼") {
            expected = 15
        } else {
            return
        }
        for row in rows where !row.isHeader {
            let count = row.cells.filter { $0.kind == .value }.count
            guard count > 0, count != expected else { continue }
            let label = row.cells.last { $0.kind == .label }?.text ?? "(no label)"
            diagnostics.append(Diagnostic(
                code: "repair.columnsAmbiguous",
                message: "row '\(label)' prints \(count) values for \(expected) columns; which column each belongs to cannot be told from text",
                context: label))
        }
    }
}
