import ReportModel
import ReportParser

/// One number of a record with everything a reader needs beside it: where it sits in the format, its unit, and
/// where it was printed. What the database's `numbers` table and the export's long table hold, one per row.
public struct RecordNumber: Sendable {
    public let path: String
    public let part: String
    public let row: String
    public let column: String
    /// nil when the report does not give the number or it could not be read.
    public let value: NumberValue?
    /// `万元` for amounts, nil for counts.
    public let unit: String?
    public let provenance: Provenance?

    /// Every number of the record in a stable order: part by part (二, 三, 四), rows and columns sorted by key.
    public static func all(of record: ReportRecord) -> [RecordNumber] {
        func flatten<Value>(
            _ part: String, _ table: [String: [String: Value?]], unit: String?, _ number: (Value) -> NumberValue
        ) -> [RecordNumber] {
            table.keys.sorted().flatMap { row in
                table[row]!.keys.sorted().map { column in
                    let path = "\(part).\(row).\(column)"
                    return RecordNumber(
                        path: path, part: part, row: row, column: column, value: table[row]![column]!.map(number),
                        unit: unit ?? NumberLabel.label(for: path)?.unit, provenance: record.provenance[path])
                }
            }
        }
        // Part 二 holds counts and amounts in one table of Doubles: the format says which a column is.
        let proactive = flatten("proactive", record.proactive, unit: nil) { .amount($0) }.map { number in
            guard number.unit == nil, case .amount(let value)? = number.value, value.rounded() == value, abs(value) < 1e15
            else { return number }
            return RecordNumber(
                path: number.path, part: number.part, row: number.row, column: number.column, value: .count(Int(value)),
                unit: nil, provenance: number.provenance)
        }
        return proactive
            + flatten("applications", record.applications, unit: nil) { .count($0) }
            + flatten("reviewLitigation", record.reviewLitigation, unit: nil) { .count($0) }
    }
}
