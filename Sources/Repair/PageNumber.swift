import ReportModel

/// The one recogniser of page-number lines, for text and layout inputs alike: `-3-`, `— 5 —`, `－3－`, `第 5 页`,
/// `第3页 共6页`, `共6页 第3页`, `5/12`, `Page 3 of 6`; spacing and full-width digits do not matter.
///
/// A bare number (`3`, or `3-` decorated on one side) is a page number only when the caller knows the line stands
/// where furniture stands: anywhere in a page's margin band (`bareNumbers`), or first or last on a text page when it
/// is that page's number give or take one (`isBare(_:onPage:)`). In a table it is a value.
enum PageNumber {
    // Compiled once (a regex literal is compiled again each time it is evaluated) and only read: Regex is not
    // marked Sendable but compiles its program once behind an atomic, so sharing these immutable values is safe. Runs for every line.
    nonisolated(unsafe) private static let pageOf = /第\d{1,4}页(共\d{1,4}页)?/
    nonisolated(unsafe) private static let ofTotalPage = /共\d{1,4}页第\d{1,4}页/
    nonisolated(unsafe) private static let pageSlashTotal = /(\d{1,4})\/(\d{1,4})/
    nonisolated(unsafe) private static let latin = /(?i)page\d{1,4}(of\d{1,4})?/

    /// Characters printed around a page number as decoration.
    private static let decorations: Set<Character> = ["-", "—", "–", "－", "―", "~", "～", "_", "·", "•"]

    static func matches(_ text: String, bareNumbers: Bool = false) -> Bool {
        let key = PrintedText.mappingScalars(text) { scalar in
            if PrintedText.isWhitespace(scalar) { return nil }
            // Full-width digits and solidus, as some WPS footers print them.
            if (0xFF10...0xFF19).contains(scalar.value) || scalar.value == 0xFF0F { return Unicode.Scalar(scalar.value - 0xFEE0)! }
            return scalar
        }
        // Counted no further than the limit: most lines are prose, far longer.
        guard !key.isEmpty, key.prefix(17).count <= 16 else { return false }
        let lead = key.prefix { decorations.contains($0) }.count
        let trail = key.reversed().prefix { decorations.contains($0) }.count
        if lead + trail < key.count {
            let inner = key.dropFirst(lead).dropLast(trail)
            if inner.count <= 4, inner.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return (lead > 0 && trail > 0) || bareNumbers
            }
        }
        // Between 第 and 页 the format wants digits: a scan's 第工页 is 第1页 read by OCR.
        let form = key.first == "第" || key.first == "共" ? String(key.map { PrintedNumber.digitLookalikes[$0] ?? $0 }) : key
        // Each form below needs a digit and one of these marks; most lines have neither, and the expressions are slow.
        guard form.contains(where: \.isNumber), form.contains(where: { "页/pP".contains($0) }) else { return false }
        if form.wholeMatch(of: pageOf) != nil || form.wholeMatch(of: ofTotalPage) != nil || key.wholeMatch(of: latin) != nil { return true }
        if let match = key.wholeMatch(of: pageSlashTotal), let page = Int(match.1), let total = Int(match.2) {
            return page >= 1 && page <= total
        }
        return false
    }

    /// Whether `text`, the first or last line of page `page` of a text whose pages are known (form feeds), is that
    /// page's number give or take one: a table cell ending a page rarely is, and a page number there is bare.
    static func isBare(_ text: String, onPage page: Int) -> Bool {
        guard let number = Int(text) else { return false }
        return number >= 1 && abs(number - page) <= 1
    }
}
