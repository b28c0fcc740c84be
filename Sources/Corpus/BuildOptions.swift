import Foundation

/// What a corpus build does beyond bringing the corpus up to date with the inbox.
public struct BuildOptions: Sendable {
    /// Documents processed at once.
    public var jobs: Int
    /// Only this part of the inputs (multi-machine builds); nil for all.
    var shard: ShardSpec?
    /// Rerun this document (an id or a unique prefix of one) even if cached.
    var only: String?
    /// Rerun from this stage on, for `only` or, without it, for every document.
    var from: Stage?
    /// Run as the worker of a `BuildSupervisor`, which holds the corpus lock.
    var supervised: Bool
    /// Read files that symbolic links in the inbox lead to outside it (by default such links are skipped).
    var followLinks: Bool

    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: ShardSpec? = nil, only: String? = nil,
        from: Stage? = nil, supervised: Bool = false, followLinks: Bool = false
    ) {
        self.jobs = max(1, jobs)
        self.shard = shard
        self.only = only
        self.from = from
        self.supervised = supervised
        self.followLinks = followLinks
    }
}
