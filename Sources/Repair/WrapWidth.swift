/// The width at which a text was hard-wrapped, if it was.
///
/// Text copied from a fixed-width layout breaks every line at the same width (about 61 CJK characters in one
/// seed, 26 in another). A line that fills that width continues the paragraph even when it happens to end
/// with `。`; a shorter line ending a sentence ends it.
enum WrapWidth {
    static func estimate(_ lines: [SourceLine]) -> Double? {
        let widths = lines.map { Prose.width($0.text) }.filter { $0 >= 20 }.map { ($0 * 2).rounded() / 2 }
        var counts: [Double: Int] = [:]
        for width in widths { counts[width, default: 0] += 1 }
        guard let (mode, _) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }) else { return nil }
        let near = widths.filter { abs($0 - mode) <= 1 }.count
        return near >= 5 ? mode : nil
    }

    /// Whether `line` fills the wrap width (give or take a punctuation mark or two half-width digits).
    static func fills(_ line: SourceLine, width: Double?) -> Bool {
        guard let width else { return false }
        return Prose.width(line.text) >= width - 2
    }
}
