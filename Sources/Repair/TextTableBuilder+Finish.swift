import ReportModel

/// What a text table needs once all its lines are read: repeated headers dropped, spans, value counts.
extension TextTableBuilder {
    /// A table continued on the next page repeats its header there; the repeat goes (contract: one block,
    /// header not duplicated). Part 二's small tables legitimately repeat `信息内容…` rows and are left alone.
    mutating func removeRepeatedHeaders() {
        var seen = Set<[String]>()
        rows.removeAll { row in
            guard row.isHeader else { return false }
            let texts = row.cells.map(\.text)
            let repeatable = texts.contains { NationalFormat.repeatedHeaderWords.contains($0) || FormatVocabulary.isNoteStart($0) }
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

    /// The number of data columns the national format fixes for this table: 7 for part 三, 15 for part 四.
    var expectedValueCount: Int? {
        NationalFormat.valueCount(headerWords: Set(rows.filter(\.isHeader).flatMap(\.cells).map(\.text)))
    }

    /// Part 四's single data row, when text prints it in pieces under the header pieces (one cell per line:
    /// the 5 review numbers, then the 10 litigation ones), is put back together in printed order — only when
    /// the pieces hold exactly the 15 numbers and no label.
    mutating func joinSplitValueRows() {
        guard expectedValueCount == NationalFormat.reviewLitigationValueCount else { return }
        let pieces = rows.indices.filter { index in
            !rows[index].isHeader && rows[index].cells.allSatisfy { $0.kind == .value }
        }
        guard pieces.count >= 2, pieces.reduce(0, { $0 + rows[$1].cells.count }) == NationalFormat.reviewLitigationValueCount else { return }
        let values = pieces.flatMap { rows[$0].cells }
        for index in pieces.dropFirst().reversed() { rows.remove(at: index) }
        rows[pieces[0]].cells = values
        diagnostics.append(Diagnostic(
            code: .repairRowJoined, message: "the 15 numbers of part 四, printed in \(pieces.count) pieces, joined in printed order"))
    }

    /// The national format fixes the number of data columns of part 三 (7) and part 四 (15). A text row with
    /// another count has lost or gained cells, and text without geometry cannot say which column each value is in.
    mutating func checkValueCounts() {
        guard let expected = expectedValueCount else { return }
        for row in rows where !row.isHeader {
            let count = row.cells.filter { $0.kind == .value }.count
            guard count > 0, count != expected else { continue }
            let label = row.cells.last { $0.kind == .label }?.text ?? "(no label)"
            diagnostics.append(Diagnostic(
                code: .repairColumnsAmbiguous,
                message: "row '\(label)' prints \(count) values for \(expected) columns; which column each belongs to cannot be told from text",
                context: label))
        }
    }
}
