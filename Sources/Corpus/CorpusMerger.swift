import Foundation
import ReportModel

/// `govreports merge`: one corpus from the folders that `build --shard K/N` workers wrote, equal to what a single
/// build of the whole inbox gives (the shards split inputs by id, so no document is in two of them). Only a complete
/// set is merged: the shards 0..<N of one N, each once, built from one inbox (`BuildOrigin`).
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
        let origin = try Self.checkSet(shards)
        layout.removeTemporaryFiles()
        var entries: [ManifestEntry] = []
        var paths = Set<String>()
        var recordsChanged = false
        for shard in shards {
            let source = CorpusLayout(root: shard)
            guard source.root != layout.root else {
                throw GovReportsError.invalidArgument("\(shard): a shard cannot be merged into itself")
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
        let assembler = CorpusAssembler(layout: layout)
        try assembler.assemble(entries, recordsChanged: recordsChanged || !assembler.damagedOutputs().isEmpty)
        try JSONFile.write(origin, to: BuildOrigin.file(layout))
        return entries.count
    }

    /// The origin of the merged corpus, when `shards` are exactly the shards 0..<N of one build; else an error that
    /// names the shard and what is wrong.
    private static func checkSet(_ shards: [String]) throws -> BuildOrigin {
        var origins: [(folder: String, origin: BuildOrigin)] = []
        for shard in shards {
            let layout = CorpusLayout(root: shard)
            guard FileManager.default.fileExists(atPath: layout.manifest) else {
                throw GovReportsError.invalidArgument("\(shard): not a built corpus folder (no manifest.json)")
            }
            guard FileManager.default.fileExists(atPath: BuildOrigin.file(layout)) else {
                throw GovReportsError.invalidArgument("\(shard): no build.json saying which shard it is; build it again with this version")
            }
            origins.append((shard, try JSONFile.read(BuildOrigin.self, from: BuildOrigin.file(layout))))
        }
        let first = origins[0]
        let count = first.origin.shard?.count ?? 1
        var seen: [Int: String] = [:]
        for (folder, origin) in origins {
            guard origin.inbox == first.origin.inbox else {
                throw GovReportsError.invalidArgument("\(folder): built from another inbox than \(first.folder)")
            }
            let shard = try origin.shard ?? ShardSpec(index: 0, count: 1)
            guard shard.count == count else {
                throw GovReportsError.invalidArgument("\(folder): shard \(shard) of \(shard.count), but \(first.folder) is one of \(count)")
            }
            if let other = seen[shard.index] {
                throw GovReportsError.invalidArgument("\(folder): shard \(shard) given twice (also \(other))")
            }
            seen[shard.index] = folder
        }
        let missing = (0..<count).filter { seen[$0] == nil }.map { "\($0)/\(count)" }
        guard missing.isEmpty else {
            throw GovReportsError.invalidArgument("merge: shards \(missing.joined(separator: ", ")) missing; give every shard 0..<\(count) once")
        }
        return BuildOrigin(shard: nil, inbox: first.origin.inbox)
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
