import ReportModel

/// Running headers and footers that a text extraction repeats on every page (`某局2021年政府信息公开工作年度报告`,
/// an agency name beside the page number), which the contract removes.
///
/// A short line that is not a sentence, a numbered label or table wording is taken to be one when it repeats
/// three times or more, or twice beside page numbers. A copy before the first part heading stays (it is
/// often the real title on the cover); the others go.
enum RunningLines {
    static func repeats(in lines: [SourceLine]) -> (indices: Set<Int>, diagnostics: [Diagnostic]) {
        var occurrences: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() where isCandidate(line) {
            occurrences[PrintedText.removingWhitespace(line.text), default: []].append(index)
        }
        let firstPart = lines.firstIndex { TableRegionFinder.isPartHeading($0.text) } ?? lines.count
        var indices = Set<Int>()
        var diagnostics: [Diagnostic] = []
        for (key, places) in occurrences.sorted(by: { $0.value[0] < $1.value[0] }) {
            let besidePageNumbers = places.allSatisfy { isBesidePageNumber($0, in: lines) }
            guard places.count >= 3 || (places.count == 2 && besidePageNumbers) else { continue }
            indices.formUnion(places.filter { $0 > firstPart })
            diagnostics.append(Diagnostic(
                code: .repairRunningLineRemoved,
                message: "line repeated \(places.count) times taken as a running header or footer; copies in the body removed",
                context: key))
        }
        return (indices, diagnostics)
    }

    private static func isCandidate(_ line: SourceLine) -> Bool {
        let key = PrintedText.removingWhitespace(line.text)
        guard key.count >= 4, key.count <= 40, !Prose.endsSentence(key), Numbering(of: key) == nil else { return false }
        let table = TableLine(line)
        return table.values.isEmpty && !table.tokens.contains(where: FormatVocabulary.isHeaderPiece)
            && !FormatVocabulary.isArticleTitle(key) && !FormatVocabulary.isRowLabel(key) && !FormatVocabulary.isNoteStart(key)
    }

    /// Whether a page-number line stands within two non-blank lines of `index`.
    private static func isBesidePageNumber(_ index: Int, in lines: [SourceLine]) -> Bool {
        for step in [-1, 1] {
            var cursor = index + step
            var seen = 0
            while cursor >= 0, cursor < lines.count, seen < 2 {
                if lines[cursor].wasPageNumber { return true }
                if !lines[cursor].isBlank { seen += 1 }
                cursor += step
            }
        }
        return false
    }
}
