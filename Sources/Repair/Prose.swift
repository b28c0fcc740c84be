/// Character-level rules for rejoining extracted prose.
enum Prose {
    /// Characters that end a sentence or clause: a line ending in one may end a paragraph.
    static let terminators: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":", ".", "…", "”", "」", "』"]

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return terminators.contains(last)
    }

    /// Display width in CJK cells: a CJK character counts 1, an ASCII character ½, as printed in a fixed-width wrap.
    static func width(_ text: String) -> Double {
        text.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }

    /// Joins two pieces of one wrapped text: no space, except one space between two Latin letters or digits.
    static func join(_ head: String, _ tail: String) -> String {
        guard let last = head.last, let first = tail.first else { return head + tail }
        let latin: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return latin(last) && latin(first) ? head + " " + tail : head + tail
    }

    /// Whether `text` is a single CJK character (a fragment of a vertical label printed one character per line).
    static func isSingleCJK(_ text: String) -> Bool {
        text.count == 1 && !(text.first?.isASCII ?? true) && !(text.first?.isPunctuation ?? true)
    }
}
