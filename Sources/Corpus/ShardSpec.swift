import ReportModel

/// Which part of the inputs one worker of a multi-machine build takes: `K/N` with K in 0..<N (the 0-based index
/// a Kubernetes Indexed Job gives). Inputs are split by id, so copies of one file always land in the same shard.
public struct ShardSpec: Hashable, Sendable, Codable, CustomStringConvertible {
    let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 0, index < count else {
            throw GovReportsError.invalidArgument("--shard \(index)/\(count): K/N needs N ≥ 1 and 0 ≤ K < N")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw GovReportsError.invalidArgument("--shard \(text): expected K/N, e.g. 0/3")
        }
        try self.init(index: index, count: count)
    }

    public func contains(id: String) -> Bool {
        Int((UInt64(id.prefix(16), radix: 16) ?? 0) % UInt64(count)) == index
    }

    public var description: String { "\(index)/\(count)" }
}
