import Foundation
import GRDB
import ReportModel
import ReportParser

/// `corpus.sqlite`: the corpus as tables and views, so that the common questions are one query and every number
/// keeps its unit, printed text and page. Counts are stored as INTEGER and amounts (万元) as REAL in one untyped
/// `value` column, so `sum(value)` of counts is an integer. The tables, views and what each column means are in
/// the README and in `metadata.json` beside the database (Datasette reads it).
/// Rebuilt from the records on every assembly, in one transaction, into a temporary file renamed into place
/// (`CorpusWriter`).
struct CorpusDatabase {
    /// `PRAGMA user_version`, for readers. A corpus assembled by other code, this schema's or not, is assembled again
    /// (`CorpusAssembler`), so databases of two schemas are never mixed.
    static let version = 2

    static let schema = """
        CREATE TABLE reports (
            id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, agency TEXT, year INTEGER, template TEXT,
            format TEXT, pages INTEGER, ocr_pages INTEGER, warnings INTEGER NOT NULL);
        CREATE TABLE non_reports (
            id TEXT PRIMARY KEY, path TEXT NOT NULL, status TEXT NOT NULL, error_code TEXT, error TEXT, pages INTEGER);
        CREATE TABLE numbers (
            report_id TEXT NOT NULL REFERENCES reports(id), path TEXT NOT NULL, part TEXT NOT NULL, row TEXT NOT NULL,
            column TEXT NOT NULL, value, unit TEXT, page INTEGER, box TEXT, printed TEXT, origin TEXT, confidence REAL,
            PRIMARY KEY (report_id, path));
        CREATE TABLE checks (
            report_id TEXT NOT NULL REFERENCES reports(id), check_id TEXT NOT NULL, ok INTEGER, expected, actual,
            PRIMARY KEY (report_id, check_id));
        CREATE TABLE warnings (
            report_id TEXT NOT NULL REFERENCES reports(id), severity TEXT NOT NULL, code TEXT NOT NULL,
            message TEXT NOT NULL, page INTEGER, context TEXT);
        CREATE TABLE labels (
            path TEXT PRIMARY KEY, part TEXT NOT NULL, row TEXT NOT NULL, column TEXT NOT NULL, row_label TEXT NOT NULL,
            column_label TEXT NOT NULL, unit TEXT, templates TEXT NOT NULL);
        CREATE TABLE sections (
            report_id TEXT NOT NULL REFERENCES reports(id), section TEXT NOT NULL, heading TEXT NOT NULL,
            text TEXT NOT NULL, PRIMARY KEY (report_id, section));
        CREATE VIRTUAL TABLE sections_fts USING fts5(text, content='sections', tokenize='trigram');
        CREATE VIEW applications_per_year AS
            SELECT year, count(*) AS reports, count(value) AS reports_giving, sum(value) AS received
            FROM reports LEFT JOIN numbers ON report_id = id AND numbers.path = 'applications.newReceived.total'
            GROUP BY year;
        CREATE VIEW outcomes AS
            SELECT id AS report_id, agency, year, numbers.row, row_label, value AS applications, page
            FROM reports JOIN numbers ON report_id = id LEFT JOIN labels ON labels.path = numbers.path
            WHERE numbers.part = 'applications' AND numbers.column = 'total'
                AND numbers.row NOT IN ('newReceived', 'carriedOver', 'total', 'carriedForward');
        CREATE VIEW denial_reasons AS
            SELECT * FROM outcomes WHERE row LIKE 'denied.%';
        CREATE VIEW review_litigation AS
            SELECT id AS report_id, agency, year, numbers.row, row_label,
                max(CASE numbers.column WHEN 'maintained' THEN value END) AS maintained,
                max(CASE numbers.column WHEN 'corrected' THEN value END) AS corrected,
                max(CASE numbers.column WHEN 'other' THEN value END) AS other,
                max(CASE numbers.column WHEN 'pending' THEN value END) AS pending,
                max(CASE numbers.column WHEN 'total' THEN value END) AS total
            FROM reports JOIN numbers ON report_id = id LEFT JOIN labels ON labels.path = numbers.path
            WHERE numbers.part = 'reviewLitigation' GROUP BY id, numbers.row;
        CREATE VIEW failed_checks AS
            SELECT id AS report_id, reports.path, agency, year, check_id, expected AS printed, actual AS summed
            FROM reports JOIN checks ON report_id = id WHERE ok = 0;
        CREATE VIEW continuity AS
            SELECT earlier.agency, earlier.year, later.year AS next_year, earlier.id AS report_id,
                later.id AS next_report_id, forward.column, forward.value AS carried_forward,
                over.value AS next_carried_over,
                CASE WHEN forward.value IS NULL OR over.value IS NULL THEN NULL ELSE forward.value = over.value END AS ok
            FROM reports AS earlier JOIN reports AS later ON later.agency = earlier.agency AND later.year = earlier.year + 1
            JOIN numbers AS forward ON forward.report_id = earlier.id AND forward.part = 'applications'
                AND forward.row = 'carriedForward'
            JOIN numbers AS over ON over.report_id = later.id AND over.path = 'applications.carriedOver.' || forward.column;
        CREATE VIEW same_agency_year AS
            SELECT agency, year, count(*) AS reports, group_concat(path, ' | ') AS paths
            FROM (SELECT * FROM reports ORDER BY path) WHERE agency IS NOT NULL AND year IS NOT NULL
            GROUP BY agency, year HAVING count(*) > 1;
        """

    /// The secondary indexes, made by `complete` once every row is in: sorting the finished tables once spares the
    /// build's inserts keeping them up to date, which with a page cache far smaller than a large corpus's index read
    /// and wrote index pages for every report (about 270 reads and 260 writes a report at 1000 reports).
    static let indexes = """
        CREATE INDEX reports_by_year ON reports (year);
        CREATE INDEX reports_by_agency ON reports (agency, year);
        CREATE INDEX numbers_by_path ON numbers (path);
        CREATE INDEX warnings_by_report ON warnings (report_id);
        """

    /// Makes the tables of a new, empty database and fills `labels`; the rest is filled by `insert`.
    static func prepare(_ db: Database) throws {
        try db.execute(sql: schema + "PRAGMA user_version = \(version);")
        try CorpusDatabase(db: db).insertLabels()
    }

    /// Builds the secondary and full-text indexes once every row is in.
    static func complete(_ db: Database) throws {
        try db.execute(sql: indexes)
        try db.execute(sql: "INSERT INTO sections_fts(sections_fts) VALUES ('rebuild')")
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

    private func insertLabels() throws {
        let label = try db.cachedStatement(sql: "INSERT INTO labels VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for item in NumberLabel.all {
            try label.execute(arguments: [
                item.path, item.part, item.row, item.column, item.rowLabel, item.columnLabel, item.unit,
                item.templates.joined(separator: ","),
            ])
        }
    }

    /// A row of `non_reports` for an input without a record.
    func insert(_ entry: ManifestEntry) throws {
        try db.execute(
            sql: "INSERT INTO non_reports VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [entry.id, entry.path, entry.status.rawValue, entry.errorCode?.rawValue, entry.error, entry.pages])
    }

    /// All rows for a parsed report.
    func insert(_ record: ReportRecord, entry: ManifestEntry) throws {
        // Text and HTML inputs have no pages: NULL, not 0.
        let ocrPages = record.source.format == .pdf ? record.source.pageOrigins.filter { $0 == .ocr }.count : nil
        try db.execute(
            sql: "INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                entry.id, entry.path, record.title, record.agency, record.year, record.template?.rawValue,
                record.source.format.rawValue, record.source.pages, ocrPages, record.warnings.warningCount,
            ])
        let number = try db.cachedStatement(sql: "INSERT INTO numbers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for item in RecordNumber.all(of: record) {
            let provenance = item.provenance
            try number.execute(arguments: [
                entry.id, item.path, item.part, item.row, item.column, item.value?.databaseValue, item.unit,
                provenance?.page, provenance?.box.map(Self.boxText), provenance?.text, provenance?.origin.rawValue,
                provenance?.confidence,
            ])
        }
        let check = try db.cachedStatement(sql: "INSERT OR REPLACE INTO checks VALUES (?, ?, ?, ?, ?)")
        for item in record.checks {
            try check.execute(arguments: [
                entry.id, item.id, item.ok, item.expected.map(NumberValue.init(sum:))?.databaseValue,
                item.actual.map(NumberValue.init(sum:))?.databaseValue,
            ])
        }
        let warning = try db.cachedStatement(sql: "INSERT INTO warnings VALUES (?, ?, ?, ?, ?, ?)")
        for item in record.warnings {
            try warning.execute(arguments: [entry.id, item.severity.rawValue, item.code.rawValue, item.message, item.page, item.context])
        }
        let section = try db.cachedStatement(sql: "INSERT INTO sections VALUES (?, ?, ?, ?)")
        let texts = ["overview": record.sections.overview, "problems": record.sections.problems, "other": record.sections.other]
        for (key, heading) in NumberLabel.sectionHeadings {
            guard let text = texts[key] ?? nil else { continue }
            try section.execute(arguments: [entry.id, key, heading, text])
        }
    }

    /// A box as `[x0, y0, x1, y1]` in points, as the record writes it.
    static func boxText(_ box: Box) -> String {
        "[" + [box.x0, box.y0, box.x1, box.y1].map { NumberValue.amount($0).text }.joined(separator: ", ") + "]"
    }
}

extension NumberValue {
    /// INTEGER for counts, REAL for amounts.
    var databaseValue: DatabaseValue {
        switch self {
        case .count(let value): value.databaseValue
        case .amount(let value): value.databaseValue
        }
    }

    /// A check's sum: a count when it is a whole number (the sums of counts always are).
    init(sum: Double) {
        self = sum.rounded() == sum && abs(sum) < 1e15 ? .count(Int(sum)) : .amount(sum)
    }
}
