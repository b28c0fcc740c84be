import Foundation
import GRDB
import ReportModel

/// `corpus.jsonl` and `corpus.sqlite` written in id order while the build's documents are still running: each
/// document's record goes in as it comes out of the parse (or its cache), on the thread that made it, instead of
/// being read back from `records/ID.json` and decoded once all documents are done. The build runs its documents in id
/// order, so the next record to write is almost always one just made; one that finishes while an earlier document
/// is still running waits here, at most `window` of them with their record, any more with their entry only (their
/// record is then read from disk when its turn comes). Either way the bytes written are the same.
///
/// Nothing is written until the first record arrives (`start`), so an unchanged rerun, whose documents give no
/// record, opens nothing. Both files are written beside their final names, the database in one transaction, and
/// renamed into place by `finish`; a writer dropped without `finish` removes them.
final class CorpusWriter: Sendable {
    /// What `finish` wrote.
    struct Written: Sendable {
        /// Record id → stamp of `records/ID.json` as read.
        var stamps: [String: FileStamp]
        /// Rows of the database's `reports` table.
        var reports: Int
    }

    /// An input of the database, in id order: its entry, and its record while it is held.
    private struct Item {
        var entry: ManifestEntry
        var record: ReportRecord?
    }

    private struct Queue {
        var items: [Int: Item] = [:]
        /// How many of `items` hold their record.
        var heldRecords = 0
        /// The index of the next item to write.
        var next = 0
        var started = false
        /// Whether a thread is writing (only one does at a time; the others leave their item to it).
        var writing = false
    }

    /// The open temporary files.
    private struct Sink {
        var database: DatabaseQueue
        var jsonl: FileHandle
        var stamps: [String: FileStamp] = [:]
        var reports = 0
    }

    private enum Files {
        case closed
        case open(Sink)
        /// The first error: nothing more is written, and `finish` throws it.
        case failed(Error)
    }

    let layout: CorpusLayout
    /// How many inputs go into the database (index 0 ..< count).
    let count: Int
    private let window: Int
    private let jsonlTemporary: String
    private let databaseTemporary: String
    private let queue = Locked(Queue())
    private let files = Locked(Files.closed)

    /// SQLite's page cache for the connection, in KiB (`PRAGMA cache_size`): the database of a large corpus is much
    /// larger than any cache, so a small one costs little and keeps the build's memory from growing with the corpus.
    static let cacheKiB = 512

    init(layout: CorpusLayout, count: Int, window: Int = 4) {
        self.layout = layout
        self.count = count
        self.window = window
        let suffix = ".\(UUID().uuidString).tmp"
        jsonlTemporary = layout.path(".corpus.jsonl" + suffix)
        databaseTemporary = layout.path(".corpus.sqlite" + suffix)
    }

    deinit {
        discard()
    }

    /// Takes input `index` (0 ..< count) with its record when it has one; writes what is next in order, starting the
    /// files with the first record given.
    func add(_ index: Int, entry: ManifestEntry, record: ReportRecord?) {
        let start = queue.withLock { queue -> Bool in
            let keep = record != nil && queue.heldRecords < window
            if keep { queue.heldRecords += 1 }
            queue.items[index] = Item(entry: entry, record: keep ? record : nil)
            return !queue.started && record != nil
        }
        if start { self.start() }
        writeReady()
    }

    /// Opens the files (once) and writes what is ready.
    func start() {
        let first = queue.withLock { queue -> Bool in
            defer { queue.started = true }
            return !queue.started
        }
        if first {
            files.withLock { files in
                do {
                    files = .open(try open())
                } catch {
                    files = .failed(error)
                }
            }
        }
        writeReady()
    }

    /// Writes every input given, builds the full-text index, commits and renames both files into place.
    func finish() throws -> Written {
        start()
        let written = try files.withLock { files -> Written in
            let state = files
            files = .closed
            switch state {
            case .closed: throw GovReportsError.writeFailed(path: layout.database, reason: "the database was not opened")
            case .failed(let error): throw error
            case .open(let sink):
                defer { try? sink.jsonl.close() }
                let next = queue.withLock { $0.next }
                guard next == count else {
                    throw GovReportsError.writeFailed(path: layout.database, reason: "\(count - next) of \(count) inputs never given")
                }
                do {
                    try sink.database.writeWithoutTransaction { db in
                        try CorpusDatabase.complete(db)
                        try db.commit()
                    }
                    try sink.database.close()
                    try sink.jsonl.close()
                } catch let error as GovReportsError {
                    throw error
                } catch {
                    throw GovReportsError.writeFailed(path: layout.database, reason: String(describing: error))
                }
                return Written(stamps: sink.stamps, reports: sink.reports)
            }
        }
        for (temporary, final) in [(jsonlTemporary, layout.jsonl), (databaseTemporary, layout.database)] {
            guard rename(temporary, final) == 0 else {
                throw GovReportsError.writeFailed(path: final, reason: String(cString: strerror(errno)))
            }
        }
        return written
    }

    /// Closes and removes the temporary files unless `finish` renamed them.
    func discard() {
        files.withLock { files in
            if case .open(let sink) = files {
                try? sink.jsonl.close()
                try? sink.database.close()
            }
            files = .closed
        }
        for path in [jsonlTemporary, databaseTemporary, databaseTemporary + "-journal"] where FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    private func open() throws -> Sink {
        guard FileManager.default.createFile(atPath: jsonlTemporary, contents: nil),
            let jsonl = FileHandle(forWritingAtPath: jsonlTemporary)
        else { throw GovReportsError.writeFailed(path: layout.jsonl, reason: "cannot create a temporary file") }
        do {
            var configuration = Configuration()
            // The one transaction spans the calls that add rows as the documents finish.
            configuration.allowsUnsafeTransactions = true
            let database = try DatabaseQueue(path: databaseTemporary, configuration: configuration)
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKiB)")
                try db.beginTransaction()
                try CorpusDatabase.prepare(db)
            }
            return Sink(database: database, jsonl: jsonl)
        } catch {
            try? jsonl.close()
            throw GovReportsError.writeFailed(path: layout.database, reason: String(describing: error))
        }
    }

    /// Writes the items that are next in order, unless another thread is writing (it writes them, then).
    private func writeReady() {
        while true {
            let ready = queue.withLock { queue -> [Item]? in
                guard queue.started, !queue.writing else { return nil }
                var ready: [Item] = []
                while let item = queue.items.removeValue(forKey: queue.next) {
                    if item.record != nil { queue.heldRecords -= 1 }
                    ready.append(item)
                    queue.next += 1
                }
                if ready.isEmpty { return nil }
                queue.writing = true
                return ready
            }
            guard let ready else { return }
            files.withLock { files in
                guard case .open(var sink) = files else { return }
                // Taken out, so that its stamps are not copied when added to.
                files = .closed
                do {
                    for item in ready { try write(item, into: &sink) }
                    files = .open(sink)
                } catch {
                    files = .failed(error)
                }
            }
            queue.withLock { $0.writing = false }
        }
    }

    /// One input's line and rows: a record given, or else `records/ID.json` read and decoded.
    private func write(_ item: Item, into sink: inout Sink) throws {
        let entry = item.entry
        do {
            guard entry.status == .ok else {
                try sink.database.writeWithoutTransaction { try CorpusDatabase(db: $0).insert(entry) }
                return
            }
            let path = layout.record(id: entry.id)
            let record: ReportRecord
            if let given = item.record {
                guard let stamp = FileStamp(path: path) else { throw GovReportsError.fileNotFound(path: path) }
                sink.stamps[entry.id] = stamp
                record = given
            } else {
                guard let data = FileManager.default.contents(atPath: path) else { throw GovReportsError.fileNotFound(path: path) }
                sink.stamps[entry.id] = FileStamp(path: path)
                do {
                    record = try JSONDecoder().decode(ReportRecord.self, from: data)
                } catch let error as DecodingError {
                    throw GovReportsError.invalidStageFile(path: path, reason: JSONFile.describe(error))
                }
            }
            try sink.jsonl.write(contentsOf: try JSONFile.encode(record, pretty: false) + Data([0x0A]))
            try sink.database.writeWithoutTransaction { try CorpusDatabase(db: $0).insert(record, entry: entry) }
            sink.reports += 1
        } catch let error as GovReportsError {
            throw error
        } catch {
            throw GovReportsError.writeFailed(path: layout.database, reason: String(describing: error))
        }
    }
}
