import ReportModel

/// A group label printed vertically in a table's left column, one character per line, as text laid out
/// from a PDF shows it: `三` beside `（三）不予公开`, then `、`, `本`, `年` … `果` each at the start of a
/// line, most of them in front of another row's label.
struct VerticalLabel {
    var text: String
    /// Index of the first table row read after the label began: it covers that row.
    var row: Int

    /// A label long enough to be the format's (`三、本年度办理结果`) or that cannot grow further.
    var isComplete: Bool {
        let key = PrintedText.removingWhitespace(text)
        return FormatVocabulary.groupLabels.contains { key.hasSuffix($0) } || key.count >= 12
    }

    /// The character a line contributes to a vertical label and the rest of the line, if any.
    /// A label opens with a numeral standing alone or set apart before a numbered row label
    /// (`三   （三）不予公开`, `三   3.危及…`); while one is open, any single character so placed continues it.
    static func piece(of line: SourceLine, open: Bool) -> (character: Character, rest: SourceLine?)? {
        guard line.fieldSeparator == nil, let first = line.text.first else { return nil }
        let fitsLabel = first == "、" || (Prose.isSingleCJK(String(first)))
        guard fitsLabel else { return nil }
        let after = line.text.dropFirst()
        if after.isEmpty {
            return open || ChineseNumeral.isNumbering(first) ? (first, nil) : nil
        }
        guard after.hasPrefix("  ") else { return nil }
        let rest = SourceLine(String(after))
        if !open {
            guard ChineseNumeral.isNumbering(first), let numbering = Numbering(of: rest.text), numbering.level > 1 else { return nil }
        }
        return (first, rest)
    }
}
