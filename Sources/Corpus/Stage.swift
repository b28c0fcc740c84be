/// The stages a corpus build runs for one input, in order. Text and HTML inputs start at `repair`.
public enum Stage: String, CaseIterable, Comparable, Sendable, Codable {
    case extract
    case repair
    case parse

    public static func < (lhs: Stage, rhs: Stage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
