import Foundation
import ReportModel

/// What one table cell holds, read from its printed text: a number, a placeholder that stands for
/// "no value" (`—`, `/`, `无`), several numbers, or text (a label).
enum CellValue: Hashable {
    case number(Double, unit: String?)
    case placeholder
    /// Several words that each read as a number (`3 1 204`): numbers of several columns or rows run into one cell.
    /// Which of them is the cell's is unknown, and joined they would be a number nobody printed.
    case several
    case text

    /// Words are split where the text has whitespace: in a PDF cell that is where the layout saw a visible gap
    /// (over 0.2 em), so a number kerned apart inside one word stays one number, while a unit or a sign set apart
    /// (`367.98 万元`, `+ 11`) is not a number of its own and still reads with its number. What a word or the whole
    /// reads as is `PrintedNumber`'s grammar.
    init(_ printed: String) {
        // Split only a text with a gap in it (most cells have none): splitting walks it character by character.
        // A character is whitespace when its first scalar is, so a text without such a scalar is one word.
        if printed.unicodeScalars.contains(where: { PrintedText.isWhitespace($0) || $0 == "\u{200B}" }) {
            let words = printed.split(whereSeparator: { $0.isWhitespace || $0 == "\u{200B}" })
            if words.count > 1, words.filter({ Self.number(PrintedNumber(String($0))) }).count > 1 {
                self = .several
                return
            }
        }
        switch PrintedNumber(PrintedText.removingWhitespace(printed)) {
        case .number(let value, let unit): self = .number(value, unit: unit)
        case .placeholder: self = .placeholder
        case .tooManyDigits, .text: self = .text
        }
    }

    /// True for numbers, placeholders and several numbers: the cells that fill a table's value columns.
    var isValue: Bool { self != .text }

    private static func number(_ reading: PrintedNumber) -> Bool {
        if case .number = reading { return true }
        return false
    }
}
