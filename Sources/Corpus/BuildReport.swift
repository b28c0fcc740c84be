/// What one build did, for the closing log line and for tests.
public struct BuildReport: Sendable {
    /// Inputs of this build (of its shard), duplicates included.
    public var inputs: Int
    var statuses: [DocumentStatus: Int]
    /// Stage runs, over all documents; 0 for a rerun with nothing new.
    public var stagesRun: Int
    /// Whether the outputs were rebuilt (false when nothing changed).
    public var assembled: Bool
    /// Outputs found damaged (not what the last build wrote) and made again from the cache, relative to the corpus.
    public var repaired: [String]
    var seconds: Double

    public func count(_ status: DocumentStatus) -> Int { statuses[status] ?? 0 }

    /// One line, e.g. `200 inputs: 178 ok, 10 failed, 5 not-a-report, 3 unsupported, 1 empty, 1 skipped, 2 duplicate; 420 stage runs; 61.2 s`.
    public var summaryLine: String {
        let counts = DocumentStatus.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ")
        return "\(inputs) inputs: \(counts); \(stagesRun) stage runs; \(String(format: "%.1f", seconds)) s"
    }
}
