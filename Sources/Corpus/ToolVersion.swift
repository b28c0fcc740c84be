/// What `govreports --version` prints and `summary.html` shows: the release number, and the fingerprints of the
/// stages' code (`StageVersions`), which say exactly which code made a record whatever the number.
public enum ToolVersion {
    /// Raised by hand with each release.
    public static let number = "0.16.0"

    /// `0.16.0 (extract 1a2b3c4d, repair …, parse …)`.
    public static var description: String {
        let versions = StageVersions()
        let stages = Stage.allCases.map { "\($0.rawValue) \(versions[$0].prefix(8))" }.joined(separator: ", ")
        return "\(number) (\(stages))"
    }
}
