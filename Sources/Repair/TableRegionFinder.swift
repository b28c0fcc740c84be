import ReportModel

/// Finds the line ranges of a text that hold tables.
///
/// Anchors are lines that can only be table text: tab-separated fields, runs of numbers, the format's header
/// wording. A region runs from an anchor to the last anchor reachable through short fragment lines
/// (labels and headers split over lines); a part heading of the report or a sentence of prose ends it.
enum TableRegionFinder {
    static func regions(in lines: [SourceLine]) -> [ClosedRange<Int>] {
        var regions: [ClosedRange<Int>] = []
        var start: Int?
        var lastAnchor = 0
        for (index, line) in lines.enumerated() where !line.isBlank {
            if isAnchor(line) {
                if start == nil { start = labelStart(before: index, in: lines, after: regions.last?.upperBound ?? -1) }
                lastAnchor = index
            } else if start != nil, isLoneValue(line) {
                // Text extracted one cell per line: inside a table, a lone number is a cell (outside, a page number).
                lastAnchor = index
            } else if let open = start, !isFragment(line) {
                regions.append(open...lastAnchor)
                start = nil
            }
        }
        if let open = start { regions.append(open...lastAnchor) }
        return regions
    }

    /// A table that opens with numbers alone has its label on the lines before them, and one that opens under
    /// a vertical label has that label's characters there (`三、` / `本` / `年` …): the region starts there.
    private static func labelStart(before anchor: Int, in lines: [SourceLine], after floor: Int) -> Int {
        let numbersAlone = TableLine(lines[anchor]).labels.isEmpty
        var start = anchor
        var taken = 0
        var index = anchor - 1
        while index > floor, taken < 12 {
            let line = lines[index]
            if !line.isBlank {
                let verticalPiece = Prose.isSingleCJK(line.text) || Numbering(of: line.text)?.length == line.text.count
                guard isFragment(line), numbersAlone || verticalPiece else { break }
                start = index
                taken += 1
            }
            index -= 1
        }
        return start
    }

    static func isAnchor(_ line: SourceLine) -> Bool {
        if isPartHeading(line.text) { return false }
        if line.fieldSeparator != nil { return true }
        let table = TableLine(line)
        let values = table.values.count
        let label = table.labels.joined()
        if values >= 2, !label.contains("。"), Prose.width(label) <= 60 { return true }
        if values == 1, !table.labels.isEmpty, FormatVocabulary.isRowLabel(label) { return true }
        if FormatVocabulary.isArticleTitle(line.text) || FormatVocabulary.isNoteStart(line.text) { return true }
        if !table.tokens.isEmpty, table.tokens.allSatisfy(FormatVocabulary.isHeaderTerm) { return true }
        // Header words stacked over several lines (`结果 结果 其他 尚未` / `维持 纠正 结果 审结`).
        return table.tokens.count >= 3 && table.tokens.allSatisfy(FormatVocabulary.isHeaderPiece)
    }

    static func isLoneValue(_ line: SourceLine) -> Bool {
        let table = TableLine(line)
        return table.tokens.count == 1 && table.values.count == 1
    }

    /// A line that may sit inside a table between anchors: a short piece of a label or header.
    static func isFragment(_ line: SourceLine) -> Bool {
        !isPartHeading(line.text) && !line.text.contains("。") && Prose.width(line.text) <= 45
    }

    /// `三、收到和处理…情况`: a level-1 heading of the report, as opposed to a level-1 row label of part 三's table.
    static func isPartHeading(_ text: String) -> Bool {
        guard let numbering = Numbering(of: text), numbering.level == 1 else { return false }
        let rest = PrintedText.removingWhitespace(String(text.dropFirst(numbering.length)))
        guard rest.count >= 2 else { return false }
        if FormatVocabulary.isTableLevelOneLabel(rest) { return false }
        // A row of part 三 with its numbers on the same line is table text whatever its wording.
        return TableLine(SourceLine(text)).values.isEmpty
    }
}
