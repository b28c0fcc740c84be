/// Levenshtein distance over characters: the parser matches damaged table labels with it and the scorer
/// measures section text with it, so both use this one definition.
public enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions turning `a` into `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        between(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    public static func between<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 1 − distance / longer length: 1 for equal strings (two empty strings included), 0 for nothing in common.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let longer = max(x.count, y.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(between(x, y)) / Double(longer)
    }
}
