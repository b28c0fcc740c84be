/// The version of each stage's output, part of every cache key: a new version reruns that stage and the ones after it.
///
/// By default each is the stage's fingerprint (`StageFingerprints`, generated at build time from the sources of the
/// stage's module and of every module it depends on), so any change to a stage's code reruns it and nothing else
/// has to be remembered. Tests give their own versions.
public struct StageVersions: Hashable, Sendable, Codable {
    public var extract: String
    public var repair: String
    public var parse: String

    public init(
        extract: String = StageFingerprints.extract, repair: String = StageFingerprints.repair, parse: String = StageFingerprints.parse
    ) {
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
