import ReportModel

/// Text folding for matching printed Chinese reports: the same label is printed with full- or half-width
/// digits and brackets, stray spaces and varying punctuation, so matching works on a folded key.
enum ChineseText {
    /// Width-folded, whitespace and punctuation removed: the key labels are compared by.
    static func labelKey(_ text: String) -> String {
        PrintedText.mappingScalars(text) { scalar in
            let folded = PrintedText.foldedWidth(scalar)
            return !PrintedText.isWhitespace(folded) && PrintedText.isLetterOrNumber(folded) ? folded : nil
        }
    }
}
