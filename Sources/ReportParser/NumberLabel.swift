import ReportModel

/// A record path's labels as the national format prints them, for readers of the corpus (the database's `labels`
/// table, the export's labels file, the inspect pages): the key `applications.denied.stateSecret.naturalPerson` is
/// for programs, `（三）不予公开 1.属于国家秘密` × `自然人` for people. Made from `NationalFormat`, so the labels
/// shown are the labels the parser recognises.
public struct NumberLabel: Hashable, Sendable, Codable {
    /// `PART.ROW.COLUMN`, as in `provenance`.
    public let path: String
    /// `proactive`, `applications` or `reviewLitigation`.
    public let part: String
    public let row: String
    public let column: String
    /// The row as printed, with the format's numbering (`（三）不予公开 1.属于国家秘密`).
    public let rowLabel: String
    /// The column as printed, under its group header where it has one (`法人或其他组织 商业企业`).
    public let columnLabel: String
    /// `万元` for amounts; nil for counts.
    public let unit: String?
    /// The versions of the format that have this number (`2019`, `2021`).
    public let templates: [String]

    /// Every number of the format, part by part in the format's order.
    public static let all: [NumberLabel] = proactive + applications + reviewLitigation

    /// The label of `path`, if the format has it.
    public static func label(for path: String) -> NumberLabel? { byPath[path] }

    /// The heading of each prose part of the record (`sections.overview` → `一、总体情况`).
    public static let sectionHeadings: [(key: String, heading: String)] = [
        ("overview", ReportPart.overview.heading), ("problems", ReportPart.problems.heading), ("other", ReportPart.other.heading),
    ]

    private static let byPath = Dictionary(all.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

    private static let proactive: [NumberLabel] = {
        var labels: [NumberLabel] = []
        for row in NationalFormat.proactiveRows {
            var columns: [(NationalFormat.Column, [String])] = []
            for template in [Template.v2019, .v2021] {
                for column in NationalFormat.proactiveColumns(row: row.key, template: template) ?? [] {
                    if let index = columns.firstIndex(where: { $0.0.key == column.key }) {
                        columns[index].1.append(template.rawValue)
                    } else {
                        columns.append((column, [template.rawValue]))
                    }
                }
            }
            for (column, templates) in columns {
                labels.append(NumberLabel(
                    path: "proactive.\(row.key).\(column.key)", part: "proactive", row: row.key, column: column.key,
                    rowLabel: row.labels[0], columnLabel: column.headers[0], unit: column.isAmount ? "万元" : nil,
                    templates: templates))
            }
        }
        return labels
    }()

    private static let applications: [NumberLabel] = {
        var rows: [(key: String, label: String)] = []
        for row in NationalFormat.applicationTopRows {
            rows.append((row.key, NationalFormat.applicationRowNumbering[row.key, default: ""] + row.labels[0]))
            guard row.key == "partiallyGranted" else { continue }
            for group in NationalFormat.applicationGroups {
                // Some reports print （六）其他处理 as one row, without its sub-rows.
                if group.key == "otherHandling" {
                    rows.append((group.key, NationalFormat.applicationRowNumbering[group.key, default: ""] + group.labels[0]))
                }
                let subRows = NationalFormat.applicationSubRows.filter { $0.key.hasPrefix(group.key + ".") }
                for (index, sub) in subRows.enumerated() {
                    let prefix = NationalFormat.applicationRowNumbering[group.key, default: ""]
                    rows.append((sub.key, "\(prefix)\(group.labels[0]) \(index + 1).\(sub.labels[0])"))
                }
            }
        }
        return rows.flatMap { row in
            NationalFormat.applicantColumns.map { column in
                let label = NationalFormat.legalPersonColumns.contains(column.key) ? "法人或其他组织 \(column.headers[0])" : column.headers[0]
                return NumberLabel(
                    path: "applications.\(row.key).\(column.key)", part: "applications", row: row.key, column: column.key,
                    rowLabel: row.label, columnLabel: label, unit: nil, templates: ["2019", "2021"])
            }
        }
    }()

    private static let reviewLitigation: [NumberLabel] = NationalFormat.reviewLitigationRows.flatMap { row in
        NationalFormat.reviewLitigationColumns.map { column in
            NumberLabel(
                path: "reviewLitigation.\(row.key).\(column.key)", part: "reviewLitigation", row: row.key,
                column: column.key, rowLabel: row.key == "review" ? row.labels[0] : "行政诉讼 \(row.labels[0])",
                columnLabel: column.headers[0], unit: nil, templates: ["2019", "2021"])
        }
    }
}
