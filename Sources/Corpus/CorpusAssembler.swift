import Foundation
import ReportModel

/// Makes the corpus's outputs from the manifest entries and `records/`: `corpus.jsonl`, `corpus.sqlite`,
/// `summary.html`, `manifest.json`. Records are streamed one at a time, so memory does not grow with the corpus;
/// each output is written beside its final name and renamed into place, and the fingerprint of what was assembled
/// is written last, so a build killed anywhere here simply assembles again when restarted.
struct CorpusAssembler {
    private struct State: Codable, Equatable {
        var fingerprint: String
    }

    let layout: CorpusLayout

    /// Assembles unless nothing changed since the last assembly; returns whether it did.
    /// `entries` are all inputs, sorted by path; `recordsChanged` says whether any `records/ID.json` was written.
    @discardableResult
    func assemble(_ entries: [ManifestEntry], recordsChanged: Bool) throws -> Bool {
        let removed = try removeStaleRecords(keeping: Set(entries.filter { $0.status == .ok }.map(\.id)))
        let manifest = try JSONFile.encode(entries) + Data([0x0A])
        let state = State(fingerprint: SHA256.hex(of: try JSONFile.encode(entries.map(\.withoutTimings), pretty: false)))
        let outputs = [layout.jsonl, layout.database, layout.summary, layout.manifest]
        if !recordsChanged, !removed, (try? JSONFile.read(State.self, from: layout.assembledState)) == state,
            outputs.allSatisfy({ FileManager.default.fileExists(atPath: $0) })
        {
            if FileManager.default.contents(atPath: layout.manifest) != manifest {
                try JSONFile.writeAtomically(manifest, to: layout.manifest)
            }
            return false
        }
        let statistics = try writeJSONLinesAndDatabase(entries)
        try JSONFile.writeAtomically(Data(SummaryPage.html(statistics).utf8), to: layout.summary)
        try JSONFile.writeAtomically(manifest, to: layout.manifest)
        try JSONFile.write(state, to: layout.assembledState)
        return true
    }

    /// Streams every record, in id order, into the JSON Lines file and the database; returns the summary figures.
    private func writeJSONLinesAndDatabase(_ entries: [ManifestEntry]) throws -> SummaryStatistics {
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

        var statistics = SummaryStatistics()
        entries.forEach { statistics.count($0) }
        let reports = entries.filter { $0.status != .duplicate && !$0.id.isEmpty }
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        do {
            try CorpusDatabase.create(at: databaseTemporary) { database in
                for entry in reports {
                    guard entry.status == .ok else {
                        try database.insert(entry)
                        continue
                    }
                    let record = try JSONFile.read(ReportRecord.self, from: layout.record(id: entry.id))
                    try jsonl.write(contentsOf: try JSONFile.encode(record, pretty: false) + Data([0x0A]))
                    try database.insert(record, entry: entry)
                    statistics.add(record)
                }
            }
        } catch let error as GovReportsError {
            throw error
        } catch {
            throw GovReportsError.writeFailed(path: layout.database, reason: String(describing: error))
        }
        try jsonl.close()
        for (temporary, final) in [(jsonlTemporary, layout.jsonl), (databaseTemporary, layout.database)] {
            guard rename(temporary, final) == 0 else {
                throw GovReportsError.writeFailed(path: final, reason: String(cString: strerror(errno)))
            }
        }
        return statistics
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
