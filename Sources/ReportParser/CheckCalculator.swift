import ReportModel

/// The report's own arithmetic, on the numbers as printed (`shared/spec/report-record.md`, checks).
/// A check with a missing or null input has `ok: null`; one whose inputs are all absent is left out.
struct CheckCalculator {
    let applications: ReadValues
    let reviewLitigation: ReadValues

    func checks() -> [Check] {
        var checks: [Check] = []
        let columns = NationalFormat.applicantColumns.map(\.key)
        let otherHandling = applications.rows["otherHandling"] != nil ? ["otherHandling"] : NationalFormat.otherHandlingSubRows
        let outcomeRows = NationalFormat.outcomeRows + otherHandling
        for column in columns {
            let received = ["newReceived", "carriedOver"].map { applications.value($0, column) }
            let settled = ["total", "carriedForward"].map { applications.value($0, column) }
            checks += check("applications.balance.\(column)", expected: received, actual: settled)
        }
        for column in columns {
            let outcomes = outcomeRows.map { applications.value($0, column) }
            checks += check("applications.outcomes.\(column)", expected: [applications.value("total", column)], actual: outcomes)
        }
        for row in applications.rowOrder {
            let parts = columns.dropLast().map { applications.value(row, $0) }
            checks += check("applications.rowTotal.\(row)", expected: [applications.value(row, "total")], actual: parts)
        }
        for row in reviewLitigation.rowOrder {
            let parts = ["maintained", "corrected", "other", "pending"].map { reviewLitigation.value(row, $0) }
            checks += check("reviewLitigation.\(row).total", expected: [reviewLitigation.value(row, "total")], actual: parts)
        }
        return checks
    }

    /// `expected` and `actual` are sums of inputs; an absent input is `nil`, a printed null `.some(nil)`.
    private func check(_ id: String, expected: [Double??], actual: [Double??]) -> [Check] {
        let inputs = expected + actual
        guard inputs.contains(where: { $0 != nil }) else { return [] }
        let known = inputs.allSatisfy { $0 != nil && $0! != nil }
        guard known else { return [Check(id: id, ok: nil, expected: nil, actual: nil)] }
        let left = expected.reduce(0) { $0 + $1!! }
        let right = actual.reduce(0) { $0 + $1!! }
        return [Check(id: id, ok: abs(left - right) < 1e-9, expected: left, actual: right)]
    }
}
