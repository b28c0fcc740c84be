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

    /// Printed placeholders for a value the report does not give.
    private static let placeholders: Set<String> = ["—", "——", "-", "--", "―", "–", "─", "/", "\\", "无", "空", "×", "……", "…"]
    private static let units = ["万元", "元", "件", "个", "条", "项", "次", "家"]
    /// Digits before the decimal point a number may have (a Double is exact to 15 significant digits).
    static let maximumDigits = 15

    /// Words are split where the text has whitespace: in a PDF cell that is where the layout saw a visible gap
    /// (over 0.2 em), so a number kerned apart inside one word stays one number, while a unit or a sign set apart
    /// (`367.98 万元`, `+ 11`) is not a number of its own and still reads with its number.
    init(_ printed: String) {
        let folded = String(String.UnicodeScalarView(ChineseText.foldWidth(printed).unicodeScalars.map { $0 == "−" ? "-" : $0 }))
        let words = folded.split(whereSeparator: { $0.isWhitespace || $0 == "\u{200B}" })
        let text = PrintedText.removingWhitespace(folded)
        if words.count > 1, words.filter({ Self.number(in: String($0)) != nil }).count > 1 {
            self = .several
        } else if text.isEmpty {
            self = .text
        } else if Self.placeholders.contains(text) {
            self = .placeholder
        } else if let (value, unit) = Self.number(in: text) {
            self = .number(value, unit: unit)
        } else {
            self = .text
        }
    }

    /// True for numbers, placeholders and several numbers: the cells that fill a table's value columns.
    var isValue: Bool { self != .text }

    private static func number(in text: String) -> (Double, String?)? {
        var body = Substring(text)
        var unit: String?
        if let suffix = units.first(where: { body.hasSuffix($0) }) {
            unit = suffix
            body = body.dropLast(suffix.count)
        }
        var sign = 1.0
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCII, first.isNumber, let last = body.last, last.isASCII, last.isNumber else { return nil }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integerPart = parts[0]
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // More digits than a Double holds exactly: no count or amount of a report has them, and read they would
        // be rounded into a number nobody printed.
        guard digits.count <= maximumDigits else { return nil }
        var literal = digits
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            literal += "." + parts[1]
        }
        guard let value = Double(literal) else { return nil }
        return (sign * value, unit)
    }
}
