import ReportModel

/// One line of a text table split into fields: by its tabs or bars when it has them, else by spaces;
/// empty fields dropped.
struct TableLine {
    var tokens: [String]
    /// Fields come from separators (tabs, bars), so a field may hold spaces and is one cell.
    var isTabSeparated: Bool

    init(_ line: SourceLine) {
        let separator = line.fieldSeparator
        isTabSeparated = separator != nil
        if let separator {
            tokens = line.raw.split(separator: separator).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        } else {
            tokens = line.text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        }
    }

    /// Index of the first value (`PrintedNumber.isValue`, the parser's grammar, as in layout tables) of the line's
    /// run of values: the trailing run for space-separated lines (a label may contain digits), everything from the
    /// first value for tab-separated ones.
    var valueStart: Int {
        if isTabSeparated {
            return tokens.firstIndex { PrintedNumber($0).isValue } ?? tokens.count
        }
        var start = tokens.count
        while start > 0, PrintedNumber(tokens[start - 1]).isValue { start -= 1 }
        return start
    }

    var labels: [String] { Array(tokens[..<valueStart]) }
    var values: [String] { Array(tokens[valueStart...]) }
}
