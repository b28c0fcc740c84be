import ReportModel

/// One input of the build as `manifest.json` lists it (the manifest is an array of these, sorted by path).
public struct ManifestEntry: Hashable, Sendable, Codable {
    /// Relative to the inbox.
    public var path: String
    public var id: String
    public var sha256: String
    public var status: DocumentStatus
    /// `pdf`, `text` or `html` once the content was recognised.
    public var format: SourceInfo.Format?
    public var pages: Int?
    /// Number of the record's warnings of severity warning or error, notes not counted (0 without a record).
    public var warnings: Int
    /// The one-line reason for any status but `ok` and `duplicate`.
    public var error: String?
    /// The kind of failure behind `error`, for programs (`ErrorCode`); nil for `ok` and `duplicate`.
    public var errorCode: ErrorCode?
    /// For a duplicate: the path of the input that stands for it.
    public var duplicateOf: String?
    /// Stage → cache file (relative to the corpus root) of its output or recorded failure, for `govreports show`.
    public var cache: [String: String]
    /// Stage → fingerprint of the code that made its cache file (`StageVersions`); nil in manifests of older builds.
    public var fingerprints: [String: String]?
    /// Stage → seconds it took when it produced the cached output; absent when not known (e.g. after a kill).
    /// The only part of the manifest that two builds of the same inbox may disagree on.
    var timings: [String: Double]

    public init(
        path: String, id: String, sha256: String, status: DocumentStatus, format: SourceInfo.Format? = nil,
        pages: Int? = nil, warnings: Int = 0, error: String? = nil, errorCode: ErrorCode? = nil, duplicateOf: String? = nil,
        cache: [String: String] = [:], timings: [String: Double] = [:]
    ) {
        self.path = path
        self.id = id
        self.sha256 = sha256
        self.status = status
        self.format = format
        self.pages = pages
        self.warnings = warnings
        self.error = error
        self.errorCode = errorCode
        self.duplicateOf = duplicateOf
        self.cache = cache
        self.timings = timings
    }

    /// The entry without its timings: what must be equal between two builds of the same inbox.
    public var withoutTimings: ManifestEntry {
        var copy = self
        copy.timings = [:]
        return copy
    }
}
