import Foundation
import ReportModel

/// What a corpus was built from, `CORPUS/build.json`: the shard (nil for the whole inbox) and a fingerprint of the
/// whole inbox (every path and its SHA-256, whatever the shard), so that `merge` can refuse shards that are not
/// exactly the parts 0..<N of one build.
struct BuildOrigin: Codable, Equatable, Sendable {
    var shard: ShardSpec?
    var inbox: String

    static func file(_ layout: CorpusLayout) -> String { layout.path("build.json") }

    /// The fingerprint of an inbox listing: the paths, each with its digest (`-` when unreadable) or why it was skipped.
    static func fingerprint(files: [(InputFile, String?)], skipped: [(relativePath: String, reason: String)]) -> String {
        let lines = files.map { "\($0.0.relativePath)\t\($0.1 ?? "-")" } + skipped.map { "\($0.relativePath)\tskipped" }
        return SHA256.hex(of: Data(lines.sorted().joined(separator: "\n").utf8))
    }
}
