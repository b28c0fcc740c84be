/// The version of each stage's output, part of every cache key: bumping one reruns that stage and the ones after it.
///
/// Kept here until the stage modules publish their own `static let version`; bump a value whenever that stage's
/// output for the same input changes, or cached results of the old code keep being served.
public struct StageVersions: Hashable, Sendable {
    public var extract: String
    public var repair: String
    public var parse: String

    /// repair 2: merged cells only as rectangles, the margin band in points, cells' printed lines; parse 2: values by
    /// column, several numbers in one cell null, stacked labels set level with their rows.
    public init(extract: String = "1", repair: String = "2", parse: String = "2") {
        self.extract = extract
        self.repair = repair
        self.parse = parse
    }

    public subscript(stage: Stage) -> String {
        switch stage {
        case .extract: extract
        case .repair: repair
        case .parse: parse
        }
    }
}
