/// Page-number lines (`-3-`, `— 3 —`, `第 3 页`, `第3页 共6页`, `3/6`), which the contract removes.
///
/// A bare number is not treated as one: in a table it is a value.
enum PageNumber {
    // Compiled once (a regex literal is compiled again each time it is evaluated) and only read: Regex is not
    // marked Sendable but compiles its program once behind an atomic, so sharing these immutable values is safe. Runs for every line.
    nonisolated(unsafe) private static let pageOf = /第\d+页(共\d+页)?/
    nonisolated(unsafe) private static let ofTotalPage = /共\d+页第\d+页/
    nonisolated(unsafe) private static let pageSlashTotal = /(\d+)\/(\d+)/

    static func matches(_ text: String) -> Bool {
        let key = Prose.squeezed(text)
        guard !key.isEmpty, key.count <= 16 else { return false }
        let dashes: Set<Character> = ["-", "—", "–", "－", "―"]
        if let first = key.first, let last = key.last, dashes.contains(first), dashes.contains(last) {
            let inner = key.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }
            return !inner.isEmpty && inner.allSatisfy { $0.isASCII && $0.isNumber }
        }
        if key.wholeMatch(of: pageOf) != nil || key.wholeMatch(of: ofTotalPage) != nil { return true }
        if let match = key.wholeMatch(of: pageSlashTotal), let page = Int(match.1), let total = Int(match.2) {
            return page >= 1 && page <= total && total <= 999
        }
        return false
    }
}
