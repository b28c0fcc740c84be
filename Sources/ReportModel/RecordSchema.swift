import Foundation

/// The JSON Schema (draft 2020-12) of `ReportRecord`, shipped with the package so users and tests can
/// validate records against the same contract.
public enum RecordSchema {
    /// The schema file's bytes.
    public static func data() throws -> Data {
        guard let url = Bundle.module.url(forResource: "report-record.schema", withExtension: "json", subdirectory: "Schema") else {
            throw GovReportsError.fileNotFound(path: "Schema/report-record.schema.json (ReportModel resource)")
        }
        return try Data(contentsOf: url)
    }
}
