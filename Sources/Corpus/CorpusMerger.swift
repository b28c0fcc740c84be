import Foundation
import ReportModel

/// `govreports merge`: one corpus from the folders that `build --shard K/N` workers wrote, equal to what a single
/// build of the whole inbox gives (the shards split inputs by id, so no document is in two of them).
public struct CorpusMerger: Sendable {
    public init() {}

    /// Merges `shards` into `corpus`; returns the number of inputs listed. Shard folders are locked meanwhile, so a
    /// shard still being built is refused rather than merged half-done.
    @discardableResult
    public func merge(shards: [String], into corpus: String) throws -> Int {
        guard !shards.isEmpty else { throw GovReportsError.invalidArgument("merge: give at least one shard folder") }
        let layout = CorpusLayout(root: corpus)
        let lock = try CorpusLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }
        layout.removeTemporaryFiles()
        var entries: [ManifestEntry] = []
        var paths = Set<String>()
        var recordsChanged = false
        for shard in shards {
            let source = CorpusLayout(root: shard)
            guard source.root != layout.root else {
                throw GovReportsError.invalidArgument("\(shard): a shard cannot be merged into itself")
            }
            guard FileManager.default.fileExists(atPath: source.manifest) else {
                throw GovReportsError.invalidArgument("\(shard): not a built corpus folder (no manifest.json)")
            }
            let shardLock = try CorpusLock(layout: source)
            defer { withExtendedLifetime(shardLock) {} }
            let shardEntries = try JSONFile.read([ManifestEntry].self, from: source.manifest)
            for entry in shardEntries where paths.insert(entry.path).inserted {
                entries.append(entry)
                for file in entry.cache.values.sorted() {
                    try copyIfMissing(source.path(file), to: layout.path(file))
                }
                if entry.status == .ok {
                    let copied = try copyRecord(from: source.record(id: entry.id), to: layout.record(id: entry.id))
                    recordsChanged = recordsChanged || copied
                }
            }
        }
        entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        try CorpusAssembler(layout: layout).assemble(entries, recordsChanged: recordsChanged)
        return entries.count
    }

    /// Cache files are content-addressed: one already there holds the same output. Hard-linked when possible.
    private func copyIfMissing(_ from: String, to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination), FileManager.default.fileExists(atPath: from) else { return }
        try FileManager.default.createDirectory(
            atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if link(from, destination) == 0 { return }
        guard let data = FileManager.default.contents(atPath: from) else {
            throw GovReportsError.unreadable(path: from, reason: "cannot read the shard's cache file")
        }
        try JSONFile.writeAtomically(data, to: destination)
    }

    /// Copies a record unless the same bytes are already there; returns whether it wrote.
    private func copyRecord(from: String, to destination: String) throws -> Bool {
        guard let data = FileManager.default.contents(atPath: from) else {
            throw GovReportsError.unreadable(path: from, reason: "the shard lists the record but the file is missing")
        }
        if FileManager.default.contents(atPath: destination) == data { return false }
        try JSONFile.writeAtomically(data, to: destination)
        return true
    }
}
