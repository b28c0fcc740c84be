import ReportModel

/// The numbering that opens a heading or a table label in the national format:
/// level 1 `一、`, level 2 `（一）`/`(一)`, level 3 `1.`/`1、`/`1．`.
struct Numbering: Equatable {
    var level: Int
    /// Characters the numbering takes at the start of the text.
    var length: Int
    /// Number one of its level (`一、`, `（一）`, `1.`): where a run of sibling rows starts.
    var isFirst: Bool

    /// The numbering at the start of `text` (after leading spaces), or nil.
    init?(of text: String) {
        let chars = Array(text.drop { $0 == " " || $0 == "\u{3000}" })
        guard let first = chars.first else { return nil }
        if ChineseNumeral.isNumbering(first) {
            var index = 0
            while index < chars.count, ChineseNumeral.isNumbering(chars[index]) { index += 1 }
            guard index < chars.count, chars[index] == "、" else { return nil }
            self.init(level: 1, length: index + 1, isFirst: index == 1 && first == "一")
        } else if first == "（" || first == "(" {
            var index = 1
            while index < chars.count, ChineseNumeral.isNumbering(chars[index]) { index += 1 }
            guard index > 1, index < chars.count, chars[index] == "）" || chars[index] == ")" else { return nil }
            self.init(level: 2, length: index + 1, isFirst: index == 2 && chars[1] == "一")
        } else if first.isASCII, first.isNumber {
            var index = 0
            while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
            guard index <= 2, index < chars.count, [".", "．", "、"].contains(chars[index]) else { return nil }
            // `2.5万元` is a number, not a heading.
            if index + 1 < chars.count, chars[index + 1].isNumber { return nil }
            self.init(level: 3, length: index + 1, isFirst: index == 1 && first == "1")
        } else {
            return nil
        }
    }

    private init(level: Int, length: Int, isFirst: Bool) {
        self.level = level
        self.length = length
        self.isFirst = isFirst
    }
}
