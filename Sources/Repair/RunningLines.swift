import ReportModel

/// Running headers and footers that a text extraction repeats on every page (`某局2021年政府信息公开工作年度报告`,
/// an agency name), which the contract removes.
///
/// A prose line repeated three times or more, short and not a sentence, is taken to be one; its first
/// occurrence stays (it is often the real title), the later ones go.
enum RunningLines {
    static func repeats(in lines: [SourceLine], outside tableLines: Set<Int>) -> (indices: Set<Int>, diagnostics: [Diagnostic]) {
        var occurrences: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() where !line.isBlank && !tableLines.contains(index) {
            let key = Prose.squeezed(line.text)
            guard key.count >= 4, key.count <= 40, !Prose.endsSentence(key), Numbering(of: key) == nil else { continue }
            occurrences[key, default: []].append(index)
        }
        var indices = Set<Int>()
        var diagnostics: [Diagnostic] = []
        for (key, places) in occurrences.sorted(by: { $0.value[0] < $1.value[0] }) where places.count >= 3 {
            indices.formUnion(places.dropFirst())
            diagnostics.append(Diagnostic(
                severity: .note, code: "repair.runningLineRemoved",
                message: "line repeated \(places.count) times taken as a running header or footer; later copies removed",
                context: key))
        }
        return (indices, diagnostics)
    }
}
