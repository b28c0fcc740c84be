import Foundation
import ReportModel
import ReportParser

/// `govreports export`: the corpus's records as three tables for spreadsheets, pandas and R.
///
/// - `reports` (wide): one row per report, its metadata and then one column per number path;
/// - `numbers` (long): one row per number with its unit, page, box, origin, OCR confidence and printed text;
/// - `labels`: path → the format's Chinese row and column labels and unit.
///
/// Read from `corpus.jsonl`, so it exports exactly what the last build assembled.
public struct CorpusExporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case csv
        case jsonl
    }

    static let reportColumns = ["id", "path", "title", "agency", "year", "template", "format", "pages", "ocr_pages", "warnings"]
    public static let numberColumns = [
        "report_id", "path", "part", "row", "column", "value", "unit", "page", "box", "origin", "confidence", "printed",
    ]
    static let labelColumns = ["path", "part", "row", "column", "row_label", "column_label", "unit", "templates"]

    let corpus: String

    public init(corpus: String) {
        self.corpus = corpus
    }

    /// The three tables of the corpus's records.
    func tables() throws -> [ExportTable] {
        let records = try self.records()
        let labelled = NumberLabel.all.map(\.path)
        let present = Set(records.flatMap { RecordNumber.all(of: $0).map(\.path) })
        let paths = labelled.filter(present.contains) + present.subtracting(labelled).sorted()

        var wide = ExportTable(name: "reports", header: Self.reportColumns + paths)
        var long = ExportTable(name: "numbers", header: Self.numberColumns)
        for record in records {
            let numbers = RecordNumber.all(of: record)
            let values = Dictionary(numbers.map { ($0.path, $0.value) }, uniquingKeysWith: { first, _ in first })
            let ocrPages = record.source.format == .pdf ? record.source.pageOrigins.filter { $0 == .ocr }.count : nil
            let metadata: [ExportTable.Cell] = [
                .text(record.id), .text(record.source.path), .init(record.title), .init(record.agency), .init(record.year),
                .init(record.template?.rawValue), .text(record.source.format.rawValue), .init(record.source.pages),
                .init(ocrPages), .init(record.warnings.warningCount),
            ]
            wide.append(metadata + paths.map { ExportTable.Cell(values[$0] ?? nil) })
            for number in numbers {
                let provenance = number.provenance
                long.append([
                    .text(record.id), .text(number.path), .text(number.part), .text(number.row), .text(number.column),
                    .init(number.value), .init(number.unit), .init(provenance?.page),
                    .init(provenance?.box.map(CorpusDatabase.boxText)), .init(provenance?.origin.rawValue),
                    .init(provenance?.confidence), .init(provenance?.text),
                ])
            }
        }
        var labels = ExportTable(name: "labels", header: Self.labelColumns)
        for label in NumberLabel.all {
            labels.append([
                .text(label.path), .text(label.part), .text(label.row), .text(label.column), .text(label.rowLabel),
                .text(label.columnLabel), .init(label.unit), .text(label.templates.joined(separator: ",")),
            ])
        }
        return [wide, long, labels]
    }

    /// Writes `reports.EXT`, `numbers.EXT` and `labels.EXT` into `folder`, each atomically; returns their paths.
    @discardableResult
    public func write(_ format: Format, to folder: String) throws -> [String] {
        try tables().map { table in
            let path = URL(fileURLWithPath: folder).appendingPathComponent("\(table.name).\(format.rawValue)").path
            try JSONFile.writeAtomically(format == .csv ? table.csv() : try table.jsonLines(), to: path)
            return path
        }
    }

    /// The records of `corpus.jsonl`, in its order (by id).
    private func records() throws -> [ReportRecord] {
        let path = CorpusLayout(root: corpus).jsonl
        guard FileManager.default.fileExists(atPath: path) else {
            throw GovReportsError.fileNotFound(path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GovReportsError.unreadable(path: path, reason: "cannot read it")
        }
        let decoder = JSONDecoder()
        return try data.split(separator: 0x0A).enumerated().map { index, line in
            do {
                return try decoder.decode(ReportRecord.self, from: line)
            } catch let error as DecodingError {
                throw GovReportsError.invalidStageFile(path: path, reason: "line \(index + 1): \(JSONFile.describe(error))")
            }
        }
    }
}
