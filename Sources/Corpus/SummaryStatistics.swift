import ReportModel

/// The figures `summary.html` shows, gathered one record at a time while the corpus is assembled.
struct SummaryStatistics: Sendable {
    var statuses: [String: Int] = [:]
    var reportsPerYear: [String: Int] = [:]
    var reportsPerTemplate: [String: Int] = [:]
    var pagesByOrigin: [String: Int] = [:]
    var failedChecks: [String: Int] = [:]
    var reportsWithFailedChecks = 0
    var warningsPerAgency: [String: Int] = [:]

    mutating func count(_ entry: ManifestEntry) {
        statuses[entry.status.rawValue, default: 0] += 1
    }

    mutating func add(_ record: ReportRecord) {
        reportsPerYear[record.year.map(String.init) ?? "unknown", default: 0] += 1
        reportsPerTemplate[record.template?.rawValue ?? "unknown", default: 0] += 1
        for origin in record.source.pageOrigins {
            pagesByOrigin[origin.rawValue, default: 0] += 1
        }
        let failed = record.checks.filter { $0.ok == false }
        if !failed.isEmpty { reportsWithFailedChecks += 1 }
        for check in failed {
            failedChecks[check.id, default: 0] += 1
        }
        if !record.warnings.isEmpty {
            warningsPerAgency[record.agency ?? "(agency not read)", default: 0] += record.warnings.count
        }
    }
}
