import Foundation
import ReportModel

/// A hand-checked expected record (`shared/truth/*.json`): the contract's fields, `source` as the input's
/// file name, plus `checksFailing`, optional `agencyAlternatives` and optional `pageOrigins`.
struct TruthFile: Decodable {
    let source: String
    /// How each page must be read (`text`, `ocr`, `empty`); absent means a text source held to the text bar.
    /// The truth, not the record under test, decides which bar applies: a page misread as needing OCR must not
    /// lower its own bar.
    let pageOrigins: [PageOrigin]?
    let title: String?
    let agency: String?
    let agencyAlternatives: [String]?
    let year: Int?
    let template: String?
    let sections: Sections
    let proactive: [String: [String: Double?]]
    let applications: [String: [String: Double?]]
    let reviewLitigation: [String: [String: Double?]]
    let checksFailing: [String]

    /// Documents whose truth says some page is read by OCR are held to the OCR bar.
    var readByOCR: Bool { pageOrigins?.contains(.ocr) ?? false }

    /// Every number path of the truth (`PART.ROW.COLUMN`) with its value; nulls included.
    var numbers: [String: Double?] {
        var numbers: [String: Double?] = [:]
        for (part, rows) in [("proactive", proactive), ("applications", applications), ("reviewLitigation", reviewLitigation)] {
            for (row, columns) in rows {
                for (column, value) in columns { numbers.updateValue(value, forKey: "\(part).\(row).\(column)") }
            }
        }
        return numbers
    }
}

extension ReportRecord {
    /// Every number path of the record with its value; nulls included.
    var numbers: [String: Double?] {
        var numbers: [String: Double?] = [:]
        for (row, columns) in proactive {
            for (column, value) in columns { numbers.updateValue(value, forKey: "proactive.\(row).\(column)") }
        }
        for (part, rows) in [("applications", applications), ("reviewLitigation", reviewLitigation)] {
            for (row, columns) in rows {
                for (column, value) in columns { numbers.updateValue(value.map { Double($0) }, forKey: "\(part).\(row).\(column)") }
            }
        }
        return numbers
    }
}
