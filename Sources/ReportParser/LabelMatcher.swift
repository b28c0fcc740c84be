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

    private let candidates: [(key: String, label: String)]

    init(rows: [NationalFormat.Row]) {
        candidates = rows.flatMap { row in row.labels.map { (row.key, ChineseText.labelKey($0)) } }
    }

    init(columns: [NationalFormat.Column]) {
        candidates = columns.flatMap { column in column.headers.map { (column.key, ChineseText.labelKey($0)) } }
    }

    /// The known row a label key stands for, or nil when none is close enough or two are equally close.
    func match(_ key: String) -> Match? {
        guard !key.isEmpty else { return nil }
        var best: (key: String, distance: Int, share: Double)?
        var ambiguous = false
        for candidate in candidates {
            let distance = EditDistance.between(key, candidate.label)
            let share = Double(distance) / Double(max(key.unicodeScalars.count, candidate.label.unicodeScalars.count))
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
        let hits = candidates.filter { $0.label.count >= 4 && key.hasSuffix($0.label) }
        guard let longest = hits.max(by: { $0.label.count < $1.label.count }) else { return nil }
        return Match(key: longest.key, distance: key.count - longest.label.count)
    }
}
