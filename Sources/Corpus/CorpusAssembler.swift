import Foundation
import GRDB
import ReportModel

/// Makes the corpus's outputs from the manifest entries and `records/`: `corpus.jsonl`, `corpus.sqlite`,
/// `summary.html`, `manifest.json`. Records are streamed one at a time, so memory does not grow with the corpus;
/// each output is written beside its final name and renamed into place, and the fingerprint of what was assembled
/// is written last, so a build killed anywhere here simply assembles again when restarted. What was written is
/// remembered with it (the stamp of each record and output, the number of report rows), so that the next build
/// notices outputs damaged since (truncated, overwritten) and makes them again from the cache.
struct CorpusAssembler {
    private struct State: Codable, Equatable, JSONWritable {
        var fingerprint: String
        /// Record id → stamp of `records/ID.json`.
        var records: [String: FileStamp]
        /// `corpus.jsonl` and `summary.html` → their stamps; `corpus.sqlite` → its stamp, of which only the size is
        /// compared (a program reading the database may touch it).
        var outputs: [String: FileStamp]
        /// Rows of the database's `reports` table (the `ok` inputs).
        var reports: Int

        /// Foundation's bytes, without its tree of values for a stamp per record.
        func write(to output: inout JSONOutput) {
            output.beginObject()
            output.field("fingerprint", fingerprint)
            output.field("outputs", outputs)
            output.field("records", records)
            output.field("reports", reports)
            output.endObject()
        }
    }

    let layout: CorpusLayout

    private var state: State? { try? JSONFile.read(State.self, from: layout.assembledState) }

    /// The ids among `ids` whose record is not what the last assembly wrote (a missing record is not listed: the build
    /// makes those anyway). A record without a remembered stamp (written by a build killed before it assembled) is
    /// damaged when it does not decode.
    func damagedRecords(_ ids: [String]) -> [String] {
        let stamps = state?.records ?? [:]
        return ids.filter { id in
            let path = layout.record(id: id)
            guard let stamp = FileStamp(path: path) else { return false }
            guard let remembered = stamps[id] else { return (try? JSONFile.read(ReportRecord.self, from: path)) == nil }
            return remembered != stamp
        }
    }

    /// `corpus.jsonl`, `corpus.sqlite` and `summary.html` when they are not as the last assembly left them: another
    /// stamp, or a database of another size, failing `PRAGMA quick_check` or lacking rows. Missing files are not listed
    /// (they are made anyway).
    func damagedOutputs() -> [String] {
        guard let state else { return [] }
        var damaged: [String] = []
        for (name, stamp) in state.outputs.sorted(by: { $0.key < $1.key }) {
            guard let now = FileStamp(path: layout.path(name)) else { continue }
            let intact = name == Self.database ? now.size == stamp.size && CorpusDatabase.isSound(at: layout.database, reports: state.reports)
                : now == stamp
            if !intact { damaged.append(name) }
        }
        return damaged
    }

    private static let database = "corpus.sqlite"

    /// Assembles unless nothing changed since the last assembly; returns whether it did.
    /// `entries` are all inputs, sorted by path; `recordsChanged` says whether any `records/ID.json` was written.
    /// `writer`, when the build gave one, has been given the inputs of the database in id order as their documents
    /// finished; without one the records are read from `records/`.
    @discardableResult
    func assemble(_ entries: [ManifestEntry], recordsChanged: Bool, writer: CorpusWriter? = nil) throws -> Bool {
        let removed = try removeStaleRecords(keeping: Set(entries.filter { $0.status == .ok }.map(\.id)))
        let manifest = try writeManifest(entries)
        defer { try? FileManager.default.removeItem(atPath: manifest) }
        let fingerprint = Self.fingerprint(entries)
        let outputs = [layout.jsonl, layout.database, layout.databaseMetadata, layout.summary, layout.manifest]
        if !recordsChanged, !removed, state?.fingerprint == fingerprint,
            outputs.allSatisfy({ FileManager.default.fileExists(atPath: $0) })
        {
            writer?.discard()
            if !FileManager.default.contentsEqual(atPath: manifest, andPath: layout.manifest) {
                try place(manifest, at: layout.manifest)
            }
            return false
        }
        let written = try writeJSONLinesAndDatabase(entries, writer: writer)
        var state = State(fingerprint: fingerprint, records: written.stamps, outputs: [:], reports: written.reports)
        try writeSummary(entries)
        let metadata = try DatasetteMetadata.json()
        if FileManager.default.contents(atPath: layout.databaseMetadata) != metadata {
            try JSONFile.writeAtomically(metadata, to: layout.databaseMetadata)
        }
        for (name, path) in [("corpus.jsonl", layout.jsonl), (Self.database, layout.database), ("summary.html", layout.summary)] {
            state.outputs[name] = FileStamp(path: path)
        }
        try place(manifest, at: layout.manifest)
        try JSONFile.write(state, to: layout.assembledState)
        return true
    }

    /// `manifest.json`'s bytes (`JSONFile.encode(entries)` and a newline) written a piece at a time beside it, so
    /// that the manifest of a large corpus is never whole in memory; returns the temporary file's path.
    private func writeManifest(_ entries: [ManifestEntry]) throws -> String {
        let temporary = layout.path(".manifest.json.\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let file = FileHandle(forWritingAtPath: temporary) else {
            throw GovReportsError.writeFailed(path: layout.manifest, reason: "cannot create a temporary file")
        }
        defer { try? file.close() }
        do {
            try JSONOutput.writeArray(entries, pretty: true) { try file.write(contentsOf: $0) }
            try file.write(contentsOf: [0x0A])
            try file.close()
        } catch {
            throw GovReportsError.writeFailed(path: layout.manifest, reason: String(describing: error))
        }
        return temporary
    }

    /// What an assembly is made from: the entries without their timings (compact JSON, hashed a piece at a time) and
    /// the fingerprint of the assembling code, so that a corpus assembled by other code (another database schema,
    /// another summary) is assembled again rather than left as it was.
    private static func fingerprint(_ entries: [ManifestEntry]) -> String {
        var digest = SHA256.Stream()
        JSONOutput.writeArray(entries.lazy.map(\.withoutTimings), pretty: false) { digest.update($0) }
        digest.update(Array(StageFingerprints.assembly.utf8))
        return digest.hex()
    }

    /// Renames the finished file `temporary` to `path`.
    private func place(_ temporary: String, at path: String) throws {
        guard rename(temporary, path) == 0 else {
            throw GovReportsError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// The inputs of the database: all but duplicates and those without an id, in id order.
    static func databaseInputs(_ entries: [ManifestEntry]) -> [ManifestEntry] {
        entries.filter { $0.status != .duplicate && !$0.id.isEmpty }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// Every record, in id order, into the JSON Lines file and the database: through the build's writer, or one
    /// given every input here.
    private func writeJSONLinesAndDatabase(_ entries: [ManifestEntry], writer: CorpusWriter?) throws -> CorpusWriter.Written {
        if let writer { return try writer.finish() }
        let inputs = Self.databaseInputs(entries)
        let writer = CorpusWriter(layout: layout, count: inputs.count)
        writer.start()
        for (index, entry) in inputs.enumerated() {
            writer.add(index, entry: entry, record: nil)
        }
        return try writer.finish()
    }

    /// Writes `summary.html` beside its final name, streamed from the database made just before, and renames it into place.
    private func writeSummary(_ entries: [ManifestEntry]) throws {
        let temporary = layout.path(".summary.html.\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let file = FileHandle(forWritingAtPath: temporary) else {
            throw GovReportsError.writeFailed(path: layout.summary, reason: "cannot create a temporary file")
        }
        do {
            defer { try? file.close() }
            var configuration = Configuration()
            configuration.readonly = true
            let database = try DatabaseQueue(path: layout.database, configuration: configuration)
            defer { try? database.close() }
            try database.read { db in
                try db.execute(sql: "PRAGMA cache_size = -\(CorpusWriter.cacheKiB)")
                let statistics = try SummaryStatistics(entries: entries, db: db)
                try SummaryPage.write(statistics, db: db, built: Date(), version: ToolVersion.description, to: file)
            }
        } catch let error as GovReportsError {
            throw error
        } catch {
            throw GovReportsError.writeFailed(path: layout.summary, reason: String(describing: error))
        }
        try place(temporary, at: layout.summary)
    }

    /// Deletes `records/ID.json` of inputs that are gone or no longer parse; returns whether any was deleted.
    private func removeStaleRecords(keeping ids: Set<String>) throws -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.recordsFolder)) ?? []
        var removed = false
        for name in names where name.hasSuffix(".json") && !ids.contains(String(name.dropLast(5))) {
            try FileManager.default.removeItem(atPath: layout.recordsFolder + "/" + name)
            removed = true
        }
        return removed
    }
}
