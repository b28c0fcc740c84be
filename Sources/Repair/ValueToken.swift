import ReportModel

/// A token that fills a table's value column as printed: a number (`0`, `+11`, `－3`, `367.98万元`, `12.5%`, `12件`) or
/// a placeholder for none (`—`, `/`, `-/`, `无`). The one test of repair's text and layout tables alike, so that a token
/// one of them takes for a value the other does not take for a label.
///
/// Read as `^([+-－−]?\d+(\.\d+)?(万元|元|%|％|件|条|个)?|[—–-－/／]+|无)$` (`\d` any decimal digit, full-width too),
/// scanned by hand: this runs for every word. Whether the value can be read, and as which number, is the parser's
/// (`CellValue`): here a token only decides where a row's values start.
enum ValueToken {
    private static let signs = Set("+-－−".unicodeScalars)
    private static let placeholderMarks = Set("—–-－/／".unicodeScalars)
    private static let units: Set<String> = ["", "万元", "元", "%", "％", "件", "条", "个"]

    static func isValue(_ text: String) -> Bool {
        if text == "无" { return true }
        if !text.isEmpty, text.unicodeScalars.allSatisfy(placeholderMarks.contains) { return true }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        if index < scalars.count, signs.contains(scalars[index]) { index += 1 }
        let integerStart = index
        while index < scalars.count, PrintedText.isDecimalDigit(scalars[index]) { index += 1 }
        guard index > integerStart else { return false }
        if index + 1 < scalars.count, scalars[index] == ".", PrintedText.isDecimalDigit(scalars[index + 1]) {
            index += 1
            while index < scalars.count, PrintedText.isDecimalDigit(scalars[index]) { index += 1 }
        }
        return units.contains(String(String.UnicodeScalarView(scalars[index...])))
    }
}
