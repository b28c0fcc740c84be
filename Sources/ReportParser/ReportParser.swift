import ReportModel

/// Turns a repaired document into the report record, for both versions of the national format.
public struct ReportParser: Sendable {
    public init() {}

    public func parse(_ document: Document) throws -> ReportRecord {
        throw GovReportsError.notAnAnnualReport(path: document.source.path, reason: "the parser is not implemented yet")
    }
}
