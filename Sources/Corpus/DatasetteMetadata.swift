import Foundation
import ReportModel

/// `metadata.json` beside `corpus.sqlite`, in Datasette's format (`datasette corpus.sqlite -m metadata.json`):
/// what each table and view holds and what its columns mean, units included, for people browsing the database.
enum DatasetteMetadata {
    private struct Table: Encodable {
        let description: String
        let columns: [String: String]
    }

    private struct Database: Encodable {
        let description: String
        let tables: [String: Table]
    }

    private struct Metadata: Encodable {
        let title: String
        let description: String
        let databases: [String: Database]
    }

    private static let value = "the number as printed: an integer count, or an amount in 万元 (unit says which); NULL when the report does not give it or it could not be read"

    private static let tables: [String: Table] = [
        "reports": Table(description: "One row per parsed annual report (政府信息公开工作年度报告).", columns: [
            "id": "the first 16 hex digits of the input's SHA-256", "path": "the input, relative to the inbox",
            "agency": "the reporting agency as printed", "year": "the year reported on",
            "template": "2019 or 2021 version of the national format", "format": "pdf, text or html",
            "pages": "pages of a PDF", "ocr_pages": "pages read by OCR (NULL for text and HTML)",
            "warnings": "number of warnings (of severity warning or error; notes are not counted)",
        ]),
        "non_reports": Table(description: "Inputs that gave no record: failed, not-a-report, unsupported.", columns: [
            "status": "failed, not-a-report or unsupported", "error_code": "the kind of failure (see the README)",
            "error": "the reason in words",
        ]),
        "numbers": Table(description: "Every number of every report, with where it was printed.", columns: [
            "path": "PART.ROW.COLUMN, as in the record", "value": value, "unit": "万元 for amounts, NULL for counts",
            "page": "page it was printed on (NULL for text and HTML)", "box": "[x0, y0, x1, y1] in PDF points from the page's top-left",
            "printed": "the cell's text as printed", "origin": "text layer or OCR", "confidence": "OCR confidence 0–100 (NULL for text)",
        ]),
        "checks": Table(description: "The report's own arithmetic on its printed numbers.", columns: [
            "ok": "1 when it adds up, 0 when not, NULL when an input is missing",
            "expected": "the printed total (for balance checks: received plus carried over)",
            "actual": "the sum of the parts (for balance checks: settled plus carried forward)",
        ]),
        "warnings": Table(description: "Everything doubtful about a report, with its place.", columns: [
            "severity": "note, warning or error", "code": "a stable code such as ocr.lowConfidence",
            "page": "page it concerns", "context": "where exactly: a record path, a table cell",
        ]),
        "labels": Table(description: "The national format's Chinese labels for every number path.", columns: [
            "row_label": "the row as printed, with its numbering", "column_label": "the column as printed",
            "unit": "万元 for amounts, NULL for counts", "templates": "the versions of the format that have it",
        ]),
        "sections": Table(description: "The prose of parts 一, 五 and 六; searched through sections_fts (trigram).", columns: [
            "section": "overview, problems or other", "heading": "the part's heading",
        ]),
        "applications_per_year": Table(description: "Applications newly received (本年新收) per year.", columns: [
            "reports": "reports of the year", "reports_giving": "of them, those giving the figure",
            "received": "sum of applications.newReceived.total",
        ]),
        "outcomes": Table(description: "How each report's applications ended (\(NationalFormat.numberedOutcomesBanner), column 总计).", columns: [:]),
        "denial_reasons": Table(description: "Reasons for not disclosing (（三）不予公开) per report.", columns: [:]),
        "review_litigation": Table(description: "Administrative review and litigation outcomes per report (part 四).", columns: [:]),
        "failed_checks": Table(description: "Reports whose printed totals do not add up.", columns: [
            "printed": "the printed figure", "summed": "what its parts sum to",
        ]),
        "continuity": Table(description: "结转下年度继续办理 of year N against 上年结转 of year N+1, same agency.", columns: [
            "carried_forward": "carried forward in the earlier report", "next_carried_over": "carried over in the next year's",
            "ok": "1 when equal, 0 when not, NULL when either is missing",
        ]),
        "same_agency_year": Table(description: "An agency and year given by more than one report (a scan and a text version, say).", columns: [:]),
    ]

    static func json() throws -> Data {
        let metadata = Metadata(
            title: "政府信息公开工作年度报告 corpus",
            description: "Numbers of Chinese government information-disclosure annual reports, made by govreports.",
            databases: ["corpus": Database(description: "corpus.sqlite", tables: tables)])
        return try JSONFile.encode(metadata) + Data([0x0A])
    }
}
