import ReportModel

/// Matches a printed label against the known labels of the format, tolerating typos and dropped characters
/// (`其他法律行政止公开` is still 其他法律行政法规禁止公开): the closest label by edit distance wins when it is
/// close enough and clearly closer than the next one.
struct LabelMatcher {
    /// The largest share of a label's characters that may differ.
    static let tolerance = 0.34

    struct Match {
        let key: String
        let distance: Int
    }

    /// Each known label's key and folded text, with its scalars for the edit distance and its length in characters
    /// for the suffix match (counted once: counting a string walks it).
    private let candidates: [(key: String, label: String, scalars: [Unicode.Scalar], characters: Int)]
    /// The keys of the candidates each label key stands for exactly: most printed labels are exact, and an exact
    /// label is the closest there can be, so these need no distance at all.
    private let exact: [String: Set<String>]

    init(rows: [NationalFormat.Row]) {
        self.init(rows.flatMap { row in row.labels.map { (row.key, $0) } })
    }

    init(columns: [NationalFormat.Column]) {
        self.init(columns.flatMap { column in column.headers.map { (column.key, $0) } })
    }

    private init(_ labels: [(key: String, label: String)]) {
        candidates = labels.map { key, label in
            let folded = ChineseText.labelKey(label)
            return (key, folded, Array(folded.unicodeScalars), folded.count)
        }
        exact = Dictionary(candidates.map { ($0.label, [$0.key]) }, uniquingKeysWith: { $0.union($1) })
    }

    /// The known row a label key stands for, or nil when none is close enough or two are equally close.
    func match(_ key: String) -> Match? {
        guard !key.isEmpty else { return nil }
        if let keys = exact[key] {
            return keys.count == 1 ? Match(key: keys.first!, distance: 0) : suffixMatch(key)
        }
        let scalars = Array(key.unicodeScalars)
        var best: (key: String, distance: Int, share: Double)?
        var ambiguous = false
        for candidate in candidates {
            let longer = Double(max(scalars.count, candidate.scalars.count))
            // The distance is at least the difference in length: skip what could not be close enough.
            guard Double(abs(scalars.count - candidate.scalars.count)) / longer <= Self.tolerance else { continue }
            let distance = EditDistance.between(scalars, candidate.scalars)
            let share = Double(distance) / longer
            guard share <= Self.tolerance else { continue }
            if let current = best {
                if share < current.share {
                    ambiguous = false
                    best = (candidate.key, distance, share)
                } else if share == current.share && candidate.key != current.key {
                    ambiguous = true
                }
            } else {
                best = (candidate.key, distance, share)
            }
        }
        if let best, !ambiguous { return Match(key: best.key, distance: best.distance) }
        return suffixMatch(key)
    }

    /// A label with a stray prefix (a character of a vertical group label run into it) still ends with the
    /// known wording; only long labels are trusted this way.
    private func suffixMatch(_ key: String) -> Match? {
        let hits = candidates.filter { $0.characters >= 4 && key.hasSuffix($0.label) }
        guard let longest = hits.max(by: { $0.characters < $1.characters }) else { return nil }
        return Match(key: longest.key, distance: key.count - longest.characters)
    }
}
