import Foundation

/// What one table cell holds, read from its printed text: a number, a placeholder that stands for
/// "no value" (`—`, `/`, `无`), or text (a label).
enum CellValue: Hashable {
    case number(Double, unit: String?)
    case placeholder
    case text

    /// Printed placeholders for a value the report does not give.
    private static let placeholders: Set<String> = ["—", "——", "-", "--", "―", "–", "─", "/", "\\", "无", "空", "×", "……", "…"]
    private static let units = ["万元", "元", "件", "个", "条", "项", "次", "家"]

    init(_ printed: String) {
        let text = ChineseText.removingWhitespace(ChineseText.foldWidth(printed))
            .replacingOccurrences(of: "−", with: "-")
        if text.isEmpty {
            self = .text
        } else if Self.placeholders.contains(text) {
            self = .placeholder
        } else if let (value, unit) = Self.number(in: text) {
            self = .number(value, unit: unit)
        } else {
            self = .text
        }
    }

    /// True for numbers and placeholders: the cells that fill a table's value columns.
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
        var literal = digits
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            literal += "." + parts[1]
        }
        guard let value = Double(literal) else { return nil }
        return (sign * value, unit)
    }
}
