@testable import Corpus
import Foundation
import GRDB
import ReportModel
import Testing

@Suite struct CorpusWriterTests {
    /// Every row of every table, in rowid order, as text: what `sqlite3 .dump` would compare.
    private func rows(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.flatMap { table -> [String] in
                // Tables without a rowid (the full-text index's) come in their key's order.
                let all = try (try? Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid"))
                    ?? Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"")
                return all.map { "\(table) \($0)" }
            }
        }
    }

    /// The database and JSON Lines filled from the records the documents' stages give, while they run, are those
    /// filled from `records/` afterwards: a PDF's boxes are rounded in the record's file, and its rows must be too.
    @Test func recordsGivenByTheStagesFillWhatRecordsReadBackFill() throws {
        let fixture = try CorpusFixture.ofSamples(CorpusFixture.qingheYears, text: ["notice.txt": "not a report\n"])
        let database = fixture.corpus + "/corpus.sqlite"
        let given = try rows(database)
        let jsonl = try #require(fixture.bytes("corpus.jsonl"))
        #expect(given.contains { $0.hasPrefix("numbers ") && $0.contains("box:\"[") })

        // Nothing changed: the rebuild gives no record, and the assembly reads them all from records/.
        try FileManager.default.removeItem(atPath: fixture.corpus + "/corpus.jsonl")
        let report = try fixture.build(.live(), BuildOptions(jobs: 1))
        #expect(report.stagesRun == 0)
        #expect(report.assembled)
        #expect(try rows(database) == given)
        #expect(fixture.bytes("corpus.jsonl") == jsonl)
    }

    /// An input given out of order waits for those before it; with the window full, it waits without its record.
    @Test func writesInIndexOrderWhateverTheOrderGiven() throws {
        let fixture = try CorpusFixture()
        let layout = CorpusLayout(root: fixture.corpus)
        try FileManager.default.createDirectory(atPath: layout.recordsFolder, withIntermediateDirectories: true)
        let records = (0..<5).map { index in
            var record = ReportRecord(id: "id\(index)", source: SourceInfo(path: "r\(index).txt", sha256: "", format: .text))
            record.agency = "局\(index)"
            return record
        }
        for record in records {
            try JSONFile.write(record, to: layout.record(id: record.id))
        }
        let writer = CorpusWriter(layout: layout, count: records.count, window: 1)
        for index in [3, 1, 4, 0, 2] {
            let entry = ManifestEntry(path: "r\(index).txt", id: "id\(index)", sha256: "", status: .ok, format: .text)
            writer.add(index, entry: entry, record: records[index])
        }
        let written = try writer.finish()
        #expect(written.reports == 5)
        #expect(Set(written.stamps.keys) == Set(records.map(\.id)))
        let lines = try String(contentsOfFile: layout.jsonl, encoding: .utf8).split(separator: "\n")
        #expect(lines.map { String($0) } == records.map { String(decoding: try! JSONFile.encode($0, pretty: false), as: UTF8.self) })
        let left = try FileManager.default.contentsOfDirectory(atPath: layout.root)
        #expect(!left.contains { $0.hasSuffix(".tmp") })
    }
}

@Suite struct CorpusStateBytesTests {
    /// The hash index and the assembly's stamps are written by `JSONOutput`: with Foundation's bytes.
    @Test func indexAndStampsAreFoundationsBytes() throws {
        let fixture = try CorpusFixture()
        try fixture.write("a.txt", text: "a")
        let stamp = try #require(FileStamp(path: fixture.inbox + "/a.txt"))
        let stamps = ["b": stamp, "a": stamp, "é": stamp]
        let entries = [
            "x/é.pdf": HashIndex.Entry(size: 12, modified: 1_796_606_680_262_848_175, sha256: "ab"),
            "a.pdf": HashIndex.Entry(size: 0, modified: -1, sha256: ""),
        ]
        for pretty in [true, false] {
            #expect(try JSONFile.encode(stamps, pretty: pretty) == JSONFile.encoder(pretty: pretty).encode(stamps))
            #expect(try JSONFile.encode(entries, pretty: pretty) == JSONFile.encoder(pretty: pretty).encode(entries))
        }
    }
}
