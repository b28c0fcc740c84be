/// The one grammar of a value as a report's table prints it, for repair (where a row's values start) and the
/// parser (which number a cell gives) alike, so that a form one stage accepts the other does not drop.
///
/// Full-width forms count as their ASCII ones (`１２`, `－3`, `1，234`, `95％`) and `−` as a minus. A number is an
/// optional sign, ASCII digits (thousands grouped by commas or not), an optional decimal part and an optional unit;
/// a placeholder is a run of dashes, slashes or ellipses, or `无`, `空`, `×`. Whitespace is not skipped: a caller
/// that reads a cell removes it first, one that splits a line into tokens has split on it.
public enum PrintedNumber: Hashable, Sendable {
    case number(Double, unit: String?)
    /// A mark that stands for "no value".
    case placeholder
    /// Shaped like a number but with more digits than a Double holds exactly: no count or amount of a report has
    /// them, and read they would be rounded into a number nobody printed.
    case tooManyDigits
    /// Anything else: a label, a sentence, a percentage sign alone.
    case text

    /// What OCR reads a digit as, most often: O, o and 〇 for 0; l, I, | and 工 (a 1 with a foot, as WenQuanYi Zen
    /// Hei prints it) for 1; S for 5. Undone only where every other character is a digit, or where the format wants
    /// digits (a page number's 第…页): elsewhere they are letters.
    public static let digitLookalikes: [Character: Character] = [
        "O": "0", "o": "0", "〇": "0", "l": "1", "I": "1", "|": "1", "工": "1", "S": "5",
    ]

    /// Digits before the decimal point a number may have.
    static let maximumDigits = 15
    /// The units printed after a number, longest first where one ends another.
    static let units = ["万元", "元", "件", "个", "条", "项", "次", "家", "%"]
    /// The last characters of the units.
    private static let unitEnds = Set(units.compactMap(\.last))

    private static let placeholderMarks = Set("—–-−―─/\\…".unicodeScalars)
    private static let placeholderWords: Set<String> = ["无", "空", "×"]

    public init(_ printed: String) {
        if let value = Self.plainInteger(printed) {
            self = .number(value, unit: nil)
            return
        }
        let text = PrintedText.foldingWidth(printed)
        guard !text.isEmpty else {
            self = .text
            return
        }
        if Self.placeholderWords.contains(text) || text.unicodeScalars.allSatisfy(Self.placeholderMarks.contains) {
            self = .placeholder
            return
        }
        self = Self.number(in: text)
    }

    /// A number or a placeholder: what fills a table's value column.
    public var isValue: Bool { self != .text }

    /// The value of ASCII digits alone (most cells: `0`, `12`, `1204`), read from the bytes; nil for anything else,
    /// which goes the grammar's whole way. Up to `maximumDigits` digits an integer is exact as an Int and a Double.
    private static func plainInteger(_ text: String) -> Double? {
        let bytes = text.utf8
        guard (1...maximumDigits).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return Double(value)
    }

    private static func number(in text: String) -> PrintedNumber {
        var body = Substring(text)
        var unit: String?
        // The units tried only when the text ends as one does: a Substring's `hasSuffix` walks both ends character
        // by character (over 1,000 instructions each), and trying every unit was most of reading a value.
        if let last = body.last, unitEnds.contains(last), let suffix = units.first(where: { body.hasSuffix($0) }) {
            unit = suffix
            body = body.dropLast(suffix.count)
        }
        var sign = 1.0
        if let first = body.first, first == "+" || first == "-" || first == "−" {
            sign = first == "+" ? 1 : -1
            body = body.dropFirst()
        }
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        guard let first = body.first, isDigit(first), let last = body.last, isDigit(last) else { return .text }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .text }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .text }
        }
        let digits = groups.joined()
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return .text }
        var literal = digits
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(isDigit) else { return .text }
            literal += "." + parts[1]
        }
        guard digits.count <= maximumDigits else { return .tooManyDigits }
        guard let value = Double(literal) else { return .text }
        return .number(sign * value, unit: unit)
    }
}
