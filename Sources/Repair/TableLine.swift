/// One line of a text table split into fields: tab-separated when the line has tabs, else
/// space-separated; empty fields dropped.
struct TableLine {
    var tokens: [String]
    var isTabSeparated: Bool

    init(_ line: SourceLine) {
        isTabSeparated = line.hasTableTabs
        if isTabSeparated {
            tokens = line.raw.split(separator: "\t").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        } else {
            tokens = line.text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        }
    }

    /// Index of the first value of the line's run of values: the trailing run for space-separated
    /// lines (a label may contain digits), everything from the first value for tab-separated ones.
    var valueStart: Int {
        if isTabSeparated {
            return tokens.firstIndex(where: Self.isValue) ?? tokens.count
        }
        var start = tokens.count
        while start > 0, Self.isValue(tokens[start - 1]) { start -= 1 }
        return start
    }

    var labels: [String] { Array(tokens[..<valueStart]) }
    var values: [String] { Array(tokens[valueStart...]) }

    /// A numeric cell as printed (`0`, `+11`, `367.98万元`, `95%`) or a placeholder for none (`—`, `/`, `无`).
    static func isValue(_ token: String) -> Bool {
        if token.wholeMatch(of: /[+\-－]?\d+(\.\d+)?(万元|元|%|％)?/) != nil { return true }
        return token.wholeMatch(of: /[—–\-－\/／]+|无/) != nil
    }
}
