import Foundation
import ReportModel

/// Makes the corpus's outputs from the manifest entries and `records/`: `corpus.jsonl`, `corpus.sqlite`,
/// `summary.html`, `manifest.json`. Records are streamed one at a time, so memory does not grow with the corpus;
/// each output is written beside its final name and renamed into place, and the fingerprint of what was assembled
/// is written last, so a build killed anywhere here simply assembles again when restarted. What was written is
/// remembered with it (the stamp of each record and output, the number of report rows), so that the next build
/// notices outputs damaged since (truncated, overwritten) and makes them again from the cache.
struct CorpusAssembler {
    private struct State: Codable, Equatable {
        var fingerprint: String
        /// Record id → stamp of `records/ID.json`.
        var records: [String: FileStamp]
        /// `corpus.jsonl` and `summary.html` → their stamps; `corpus.sqlite` → its stamp, of which only the size is
        /// compared (a program reading the database may touch it).
        var outputs: [String: FileStamp]
        /// Rows of the database's `reports` table (the `ok` inputs).
        var reports: Int
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
    @discardableResult
    func assemble(_ entries: [ManifestEntry], recordsChanged: Bool) throws -> Bool {
        let removed = try removeStaleRecords(keeping: Set(entries.filter { $0.status == .ok }.map(\.id)))
        let manifest = try JSONFile.encode(entries) + Data([0x0A])
        // The fingerprint of the assembling code is part of it, so a corpus assembled by other code (another database
        // schema, another summary) is assembled again rather than left as it was.
        let fingerprint = SHA256.hex(
            of: try JSONFile.encode(entries.map(\.withoutTimings), pretty: false) + Data(StageFingerprints.assembly.utf8))
        let outputs = [layout.jsonl, layout.database, layout.databaseMetadata, layout.summary, layout.manifest]
        if !recordsChanged, !removed, state?.fingerprint == fingerprint,
            outputs.allSatisfy({ FileManager.default.fileExists(atPath: $0) })
        {
            if FileManager.default.contents(atPath: layout.manifest) != manifest {
                try JSONFile.writeAtomically(manifest, to: layout.manifest)
            }
            return false
        }
        var state = State(fingerprint: fingerprint, records: [:], outputs: [:], reports: 0)
        let statistics = try writeJSONLinesAndDatabase(entries, state: &state)
        try writeSummary(statistics)
        let metadata = try DatasetteMetadata.json()
        if FileManager.default.contents(atPath: layout.databaseMetadata) != metadata {
            try JSONFile.writeAtomically(metadata, to: layout.databaseMetadata)
        }
        for (name, path) in [("corpus.jsonl", layout.jsonl), (Self.database, layout.database), ("summary.html", layout.summary)] {
            state.outputs[name] = FileStamp(path: path)
        }
        try JSONFile.writeAtomically(manifest, to: layout.manifest)
        try JSONFile.write(state, to: layout.assembledState)
        return true
    }

    /// Streams every record, in id order, into the JSON Lines file and the database; returns the summary figures.
    private func writeJSONLinesAndDatabase(_ entries: [ManifestEntry], state: inout State) throws -> SummaryStatistics {
        let suffix = ".\(UUID().uuidString).tmp"
        let jsonlTemporary = layout.path(".corpus.jsonl" + suffix)
        let databaseTemporary = layout.path(".corpus.sqlite" + suffix)
        defer {
            try? FileManager.default.removeItem(atPath: jsonlTemporary)
            try? FileManager.default.removeItem(atPath: databaseTemporary)
        }
        guard FileManager.default.createFile(atPath: jsonlTemporary, contents: nil),
            let jsonl = FileHandle(forWritingAtPath: jsonlTemporary)
        else { throw GovReportsError.writeFailed(path: layout.jsonl, reason: "cannot create a temporary file") }
        defer { try? jsonl.close() }

        var statistics: SummaryStatistics?
        let reports = entries.filter { $0.status != .duplicate && !$0.id.isEmpty }
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        state.reports = reports.filter { $0.status == .ok }.count
        var stamps: [String: FileStamp] = [:]
        do {
            try CorpusDatabase.create(at: databaseTemporary) { database in
                for entry in reports {
                    guard entry.status == .ok else {
                        try database.insert(entry)
                        continue
                    }
                    let path = layout.record(id: entry.id)
                    guard let data = FileManager.default.contents(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
                    stamps[entry.id] = FileStamp(path: path)
                    let record: ReportRecord
                    do {
                        record = try JSONDecoder().decode(ReportRecord.self, from: data)
                    } catch let error as DecodingError {
                        throw GovReportsError.invalidStageFile(path: path, reason: JSONFile.describe(error))
                    }
                    try jsonl.write(contentsOf: try JSONFile.encode(record, pretty: false) + Data([0x0A]))
                    try database.insert(record, entry: entry)
                }
                statistics = try SummaryStatistics(entries: entries, db: database.db)
            }
        } catch let error as GovReportsError {
            throw error
        } catch {
            throw GovReportsError.writeFailed(path: layout.database, reason: String(describing: error))
        }
        try jsonl.close()
        state.records = stamps
        for (temporary, final) in [(jsonlTemporary, layout.jsonl), (databaseTemporary, layout.database)] {
            guard rename(temporary, final) == 0 else {
                throw GovReportsError.writeFailed(path: final, reason: String(cString: strerror(errno)))
            }
        }
        guard let statistics else { throw GovReportsError.writeFailed(path: layout.database, reason: "no figures for the summary") }
        return statistics
    }

    /// Writes `summary.html` beside its final name, streamed, and renames it into place.
    private func writeSummary(_ statistics: SummaryStatistics) throws {
        let temporary = layout.path(".summary.html.\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let file = FileHandle(forWritingAtPath: temporary) else {
            throw GovReportsError.writeFailed(path: layout.summary, reason: "cannot create a temporary file")
        }
        do {
            defer { try? file.close() }
            try SummaryPage.write(statistics, built: Date(), version: ToolVersion.description, to: file)
        } catch {
            throw GovReportsError.writeFailed(path: layout.summary, reason: String(describing: error))
        }
        guard rename(temporary, layout.summary) == 0 else {
            throw GovReportsError.writeFailed(path: layout.summary, reason: String(cString: strerror(errno)))
        }
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
