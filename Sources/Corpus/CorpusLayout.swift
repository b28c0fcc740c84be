import Foundation

/// Where everything lives inside a corpus folder. Paths written into the manifest are relative to the corpus root,
/// so a corpus can be moved or merged without rewriting them.
public struct CorpusLayout: Sendable {
    public let root: String

    public init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
    }

    public func path(_ relative: String) -> String { root + "/" + relative }

    var lockFile: String { path(".lock") }
    var manifest: String { path("manifest.json") }
    var jsonl: String { path("corpus.jsonl") }
    var database: String { path("corpus.sqlite") }
    var summary: String { path("summary.html") }
    /// Datasette's description of `corpus.sqlite`.
    var databaseMetadata: String { path("metadata.json") }
    var recordsFolder: String { path("records") }
    var hashIndex: String { path("cache/inputs.json") }
    /// Fingerprint of what the last completed assembly was made from: written last, so a killed build reassembles.
    var assembledState: String { path("cache/assembled.json") }

    /// Deletes the temporary files that writes of a killed build left (`.name.UUID.tmp`); only while holding the lock.
    func removeTemporaryFiles() {
        let folders = [root, recordsFolder] + Stage.allCases.map { path("cache/\($0.rawValue)") } + [path("cache")]
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where name.hasPrefix(".") && (name.hasSuffix(".tmp") || name.hasSuffix(".tmp-journal")) {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    static func recordFile(id: String) -> String { "records/\(id).json" }
    public func record(id: String) -> String { path(Self.recordFile(id: id)) }
}
