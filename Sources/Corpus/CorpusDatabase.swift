import Foundation
import GRDB
import ReportModel

/// `corpus.sqlite`: the corpus as four tables, so that common questions are one query.
///
/// - `reports`: one row per distinct input (duplicates left out): `id`, `path` (relative to the inbox), `title`,
///   `agency`, `year`, `template` (`2019`/`2021`), `pages`, `ocr_pages` (NULL for text and HTML), `status` (`ok`,
///   `failed`, `not-a-report`, `unsupported`), `warnings` (count), `error` (why it is not `ok`). Only `ok` rows have
///   title, agency and the rest.
/// - `numbers`: every number of every record: `report_id`, `path` (`applications.denied.stateSecret.naturalPerson`),
///   `part` (`proactive`, `applications`, `reviewLitigation`), `row` (`denied.stateSecret`), `column`
///   (`naturalPerson`), `value` (NULL when the report does not give it), `page` and `origin` (`text`/`ocr`) from provenance.
/// - `checks`: `report_id`, `check_id`, `ok` (1, 0 or NULL when an input is missing), `expected`, `actual`.
/// - `warnings`: `report_id`, `code`, `message`, `page`.
///
/// E.g. `SELECT year, sum(value) FROM numbers JOIN reports ON id = report_id
///       WHERE numbers.path = 'applications.newReceived.total' GROUP BY year`.
/// Rebuilt from the records on every assembly, in one transaction, into a temporary file renamed into place.
struct CorpusDatabase {
    static let schema = """
        CREATE TABLE reports (
            id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, agency TEXT, year INTEGER, template TEXT,
            pages INTEGER, ocr_pages INTEGER, status TEXT NOT NULL, warnings INTEGER NOT NULL, error TEXT);
        CREATE TABLE numbers (
            report_id TEXT NOT NULL REFERENCES reports(id), path TEXT NOT NULL, part TEXT NOT NULL, row TEXT NOT NULL,
            column TEXT NOT NULL, value REAL, page INTEGER, origin TEXT, PRIMARY KEY (report_id, path));
        CREATE TABLE checks (
            report_id TEXT NOT NULL REFERENCES reports(id), check_id TEXT NOT NULL, ok INTEGER, expected REAL, actual REAL,
            PRIMARY KEY (report_id, check_id));
        CREATE TABLE warnings (
            report_id TEXT NOT NULL REFERENCES reports(id), code TEXT NOT NULL, message TEXT NOT NULL, page INTEGER);
        CREATE INDEX numbers_by_path ON numbers (path);
        CREATE INDEX warnings_by_report ON warnings (report_id);
        """

    /// Creates a fresh database at `path` and lets `body` fill it inside one transaction.
    static func create(at path: String, _ body: (CorpusDatabase) throws -> Void) throws {
        try? FileManager.default.removeItem(atPath: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: schema)
            try body(CorpusDatabase(db: db))
        }
        try queue.close()
    }

    /// Whether the file at `path` opens as a database that passes `PRAGMA quick_check` and has `reports` rows.
    static func isSound(at path: String, reports: Int) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        defer { try? queue.close() }
        let sound = try? queue.read { db in
            try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok"
                && Int.fetchOne(db, sql: "SELECT count(*) FROM reports") == reports
        }
        return sound == true
    }

    let db: Database

    /// A row of `reports` for an input without a record.
    func insert(_ entry: ManifestEntry) throws {
        try db.execute(
            sql: "INSERT INTO reports (id, path, pages, status, warnings, error) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [entry.id, entry.path, entry.pages, entry.status.rawValue, entry.warnings, entry.error])
    }

    /// All rows for a parsed report.
    func insert(_ record: ReportRecord, entry: ManifestEntry) throws {
        // Text and HTML inputs have no pages: NULL, not 0.
        let ocrPages = record.source.format == .pdf ? record.source.pageOrigins.filter { $0 == .ocr }.count : nil
        try db.execute(
            sql: """
                INSERT INTO reports (id, path, title, agency, year, template, pages, ocr_pages, status, warnings, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
                """,
            arguments: [
                entry.id, entry.path, record.title, record.agency, record.year, record.template?.rawValue,
                record.source.pages, ocrPages, entry.status.rawValue, record.warnings.count,
            ])
        let number = try db.cachedStatement(sql: "INSERT INTO numbers VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for (part, row, column, value) in Self.numbers(of: record) {
            let path = "\(part).\(row).\(column)"
            let provenance = record.provenance[path]
            try number.execute(arguments: [
                entry.id, path, part, row, column, value, provenance?.page, provenance?.origin.rawValue,
            ])
        }
        let check = try db.cachedStatement(sql: "INSERT OR REPLACE INTO checks VALUES (?, ?, ?, ?, ?)")
        for item in record.checks {
            try check.execute(arguments: [entry.id, item.id, item.ok, item.expected, item.actual])
        }
        let warning = try db.cachedStatement(sql: "INSERT INTO warnings VALUES (?, ?, ?, ?)")
        for item in record.warnings {
            try warning.execute(arguments: [entry.id, item.code, item.message, item.page])
        }
    }

    /// Every number of the record as (part, row, column, value), in a stable order.
    static func numbers(of record: ReportRecord) -> [(String, String, String, Double?)] {
        func flatten<Value>(
            _ part: String, _ table: [String: [String: Value?]], _ number: (Value) -> Double
        ) -> [(String, String, String, Double?)] {
            table.keys.sorted().flatMap { row in
                table[row]!.keys.sorted().map { column in (part, row, column, table[row]![column]!.map(number)) }
            }
        }
        return flatten("proactive", record.proactive) { $0 }
            + flatten("applications", record.applications) { Double($0) }
            + flatten("reviewLitigation", record.reviewLitigation) { Double($0) }
    }
}
