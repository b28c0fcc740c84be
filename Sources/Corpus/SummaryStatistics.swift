import GRDB
import ReportModel

/// The figures `summary.html` shows, read from the freshly made database with the same views a reader queries, so
/// the page and the database cannot disagree. Sums are of the numbers the reports print; a null is left out of a
/// sum and counted apart (`reportsGiving`). The figures whose number of rows is bounded by the format (years, rows,
/// codes) are read at once; the tables with a row per report or per pair of reports are read row by row while the
/// page is written (`failedChecks`, `continuity`, … below), so that the page of a large corpus never holds them.
struct SummaryStatistics: Sendable {
    struct YearFigure: Sendable {
        var year: Int?
        var reports: Int
        var reportsGiving: Int
        var received: Int?
    }

    struct LabelledCount: Sendable {
        var label: String
        var count: Int
    }

    struct ReviewRow: Sendable {
        var label: String
        /// maintained, corrected, other, pending, total.
        var counts: [Int?]
    }

    struct FailedCheck: Sendable {
        var reportID: String
        var path: String
        var agency: String?
        var year: Int?
        var check: String
        var printed: Double?
        var summed: Double?
    }

    struct ContinuityPair: Sendable {
        var agency: String
        var year: Int
        var reportID: String
        var nextReportID: String
        /// Columns compared, and those that differ with (column, carried forward, carried over next year).
        var columns: Int
        var mismatches: [(column: String, forward: Int, over: Int)]
    }

    struct SameAgencyYear: Sendable {
        var agency: String
        var year: Int
        var paths: String
    }

    struct NonReport: Sendable {
        var path: String
        var status: String
        var code: String?
        var error: String?
    }

    struct ReportRow: Sendable {
        var id: String
        var path: String
        var agency: String?
        var year: Int?
        var template: String?
        var pages: Int?
        var ocrPages: Int?
        var warnings: Int
        var failedChecks: Int
    }

    /// Every input's status, from the manifest (`empty`, `skipped` and `duplicate` are not in the database).
    var statuses: [LabelledCount] = []
    var perYear: [YearFigure] = []
    var outcomes: [LabelledCount] = []
    var denialReasons: [LabelledCount] = []
    var reviewLitigation: [ReviewRow] = []
    /// Pairs of consecutive reports of one agency, and how many of them do not carry over what was carried forward.
    var continuityPairs = 0
    var continuityMismatched = 0
    var pagesByOrigin: [LabelledCount] = []
    /// Warnings of severity `warning` or `error`, by code; `notes` counts the rest.
    var warningsByCode: [LabelledCount] = []
    var notes = 0
    var reports = 0

    init(entries: [ManifestEntry], db: Database) throws {
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.status.rawValue, default: 0] += 1 }
        statuses = DocumentStatus.allCases.compactMap { status in
            counts[status.rawValue].map { LabelledCount(label: status.rawValue, count: $0) }
        }
        perYear = try Self.rows(db, sql: "SELECT * FROM applications_per_year ORDER BY year IS NULL, year") {
            YearFigure(year: $0["year"], reports: $0["reports"], reportsGiving: $0["reports_giving"], received: $0["received"])
        }
        // The outcome rows of part 三, summed over the corpus: a group (（三）不予公开 …) by its sub-rows.
        outcomes = try Self.counts(db, sql: """
            SELECT CASE WHEN instr(o.row, '.') > 0 THEN substr(o.row, 1, instr(o.row, '.') - 1) ELSE o.row END AS grouped,
                coalesce(min(o.row_label), o.row) AS label, sum(o.applications) AS n
            FROM outcomes AS o LEFT JOIN labels ON labels.path = 'applications.' || o.row || '.total'
            GROUP BY grouped ORDER BY min(labels.rowid)
            """).map { LabelledCount(label: Self.groupLabel($0.label), count: $0.count) }
        denialReasons = try Self.counts(db, sql: """
            SELECT coalesce(min(denial_reasons.row_label), denial_reasons.row) AS label, sum(applications) AS n
            FROM denial_reasons
            LEFT JOIN labels ON labels.path = 'applications.' || denial_reasons.row || '.total'
            GROUP BY denial_reasons.row ORDER BY min(labels.rowid)
            """)
        reviewLitigation = try Self.rows(db, sql: """
            SELECT coalesce(min(r.row_label), r.row) AS label, sum(r.maintained) AS a, sum(r.corrected) AS b,
                sum(r.other) AS c, sum(r.pending) AS d, sum(r.total) AS e
            FROM review_litigation AS r LEFT JOIN labels ON labels.path = 'reviewLitigation.' || r.row || '.total'
            GROUP BY r.row ORDER BY min(labels.rowid)
            """) { row in ReviewRow(label: row["label"], counts: ["a", "b", "c", "d", "e"].map { row[$0] }) }
        var pairs = 0, mismatched = 0
        try Self.continuity(db) { pair in
            pairs += 1
            if !pair.mismatches.isEmpty { mismatched += 1 }
        }
        (continuityPairs, continuityMismatched) = (pairs, mismatched)
        pagesByOrigin = try Self.counts(db, sql: """
            SELECT 'text layer' AS label, sum(pages - ocr_pages) AS n FROM reports WHERE format = 'pdf'
            UNION ALL SELECT 'OCR', sum(ocr_pages) FROM reports WHERE format = 'pdf'
            """)
        // Notes say what was done (a page read by OCR, a running header dropped), not that something is doubtful.
        warningsByCode = try Self.counts(db, sql: """
            SELECT code AS label, count(*) AS n FROM warnings WHERE severity != 'note' GROUP BY code ORDER BY n DESC, code
            """)
        notes = try Int.fetchOne(db, sql: "SELECT count(*) FROM warnings WHERE severity = 'note'") ?? 0
        reports = try Int.fetchOne(db, sql: "SELECT count(*) FROM reports") ?? 0
    }

    /// Failed checks of every report, by agency, year, path and check.
    static func failedChecks(_ db: Database, _ body: (FailedCheck) throws -> Void) throws {
        try each(db, sql: "SELECT * FROM failed_checks ORDER BY agency, year, path, check_id") {
            try body(FailedCheck(
                reportID: $0["report_id"], path: $0["path"], agency: $0["agency"], year: $0["year"], check: $0["check_id"],
                printed: $0["printed"], summed: $0["summed"]))
        }
    }

    /// Each pair of consecutive reports of one agency, with the columns compared and those that differ.
    static func continuity(_ db: Database, _ body: (ContinuityPair) throws -> Void) throws {
        // The view's order keeps each pair's columns together: a pair is complete when the next one begins.
        var pair: ContinuityPair?
        try each(db, sql: "SELECT * FROM continuity ORDER BY agency, year, report_id, next_report_id, column") { row in
            let reportID: String = row["report_id"], nextReportID: String = row["next_report_id"]
            if pair.map({ $0.reportID != reportID || $0.nextReportID != nextReportID }) ?? true {
                if let complete = pair { try body(complete) }
                pair = ContinuityPair(
                    agency: row["agency"], year: row["year"], reportID: reportID, nextReportID: nextReportID, columns: 0, mismatches: [])
            }
            pair?.columns += 1
            if row["ok"] as Int? == 0 {
                pair?.mismatches.append((row["column"], row["carried_forward"], row["next_carried_over"]))
            }
        }
        if let complete = pair { try body(complete) }
    }

    static func sameAgencyYear(_ db: Database, _ body: (SameAgencyYear) throws -> Void) throws {
        try each(db, sql: "SELECT * FROM same_agency_year ORDER BY agency, year") {
            try body(SameAgencyYear(agency: $0["agency"], year: $0["year"], paths: $0["paths"]))
        }
    }

    static func nonReports(_ db: Database, _ body: (NonReport) throws -> Void) throws {
        try each(db, sql: "SELECT * FROM non_reports ORDER BY path") {
            try body(NonReport(path: $0["path"], status: $0["status"], code: $0["error_code"], error: $0["error"]))
        }
    }

    /// Every report with its count of failed checks, by agency, year and path.
    static func reports(_ db: Database, _ body: (ReportRow) throws -> Void) throws {
        try each(db, sql: """
            SELECT reports.*, (SELECT count(*) FROM checks WHERE report_id = id AND ok = 0) AS failed
            FROM reports ORDER BY agency IS NULL, agency, year, path
            """) {
            try body(ReportRow(
                id: $0["id"], path: $0["path"], agency: $0["agency"], year: $0["year"], template: $0["template"],
                pages: $0["pages"], ocrPages: $0["ocr_pages"], warnings: $0["warnings"], failedChecks: $0["failed"]))
        }
    }

    /// Each row of `sql`, read through a cursor: nothing of the rows before is kept.
    private static func each(_ db: Database, sql: String, _ body: (Row) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() { try body(row) }
    }

    /// Rows of (label, n) whose n is not NULL.
    private static func counts(_ db: Database, sql: String) throws -> [LabelledCount] {
        try rows(db, sql: sql) { row in (row["n"] as Int?).map { LabelledCount(label: row["label"] ?? "?", count: $0) } }
            .compactMap { $0 }
    }

    /// Each row of `sql` made into a value as it is read: `Row.fetchAll` would copy every row, column names and all,
    /// which for the per-report queries of a large corpus took tens of MB at once.
    private static func rows<T>(_ db: Database, sql: String, _ value: @escaping (Row) throws -> T) throws -> [T] {
        try Array(Row.fetchCursor(db, sql: sql).map(value))
    }

    /// `三、（三）不予公开 1.属于国家秘密` → `（三）不予公开`: a group's label from one of its sub-rows'.
    private static func groupLabel(_ label: String) -> String {
        let numbering = NationalFormat.outcomesBannerNumbering
        let trimmed = label.hasPrefix(numbering) ? String(label.dropFirst(numbering.count)) : label
        return trimmed.split(separator: " ").first.map(String.init) ?? trimmed
    }
}
