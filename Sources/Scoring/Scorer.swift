import ReportModel

/// Compares records with hand-checked truth files.
public struct Scorer: Sendable {
    public init() {}

    public func score(recordsFolder: String, truthFolder: String) throws -> ScoreReport {
        throw GovReportsError.invalidArgument("scoring is not implemented yet")
    }
}

/// The figures of one scoring run.
public struct ScoreReport: Codable, Sendable {
    public init() {}

    /// The figures as a plain-text table for a terminal.
    public func table() -> String { "" }
}
