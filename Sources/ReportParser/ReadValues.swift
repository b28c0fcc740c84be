import ReportModel

/// Numbers read from one part's tables: row key → column key → value, with provenance and warnings.
/// Values are kept as `Double` here; counts are checked to be whole numbers when read.
struct ReadValues {
    var rows: [String: [String: Double?]] = [:]
    var rowOrder: [String] = []
    var provenance: [String: Provenance] = [:]
    var diagnostics: [Diagnostic] = []

    mutating func set(row: String, values: [String: Double?]) {
        if rows[row] == nil { rowOrder.append(row) }
        rows[row] = values
    }

    mutating func removeRow(_ row: String, part: String) {
        rows[row] = nil
        rowOrder.removeAll { $0 == row }
        provenance = provenance.filter { !$0.key.hasPrefix("\(part).\(row).") }
    }

    func value(_ row: String, _ column: String) -> Double?? { rows[row]?[column] }

    /// True when a row is present and all its values are null.
    func isAllNull(_ row: String) -> Bool {
        guard let values = rows[row] else { return false }
        return values.values.allSatisfy { $0 == nil }
    }
}
