import Foundation

/// The figures of one scoring run: per document and overall.
public struct ScoreReport: Codable, Sendable {
    public var documents: [DocumentScore]
    /// Truth files for which no record was found; they are in `documents` too, with every value wrong.
    public var unmatchedTruth: [String]

    init(documents: [DocumentScore], unmatchedTruth: [String]) {
        self.documents = documents
        self.unmatchedTruth = unmatchedTruth
    }

    public var numbersRight: Int { documents.map(\.numbersRight).reduce(0, +) }
    public var numbersScored: Int { documents.map(\.numbersScored).reduce(0, +) }
    public var numbersInvented: Int { documents.map(\.numbersInvented).reduce(0, +) }
    public var numbersMisread: Int { documents.map(\.numbersMisread).reduce(0, +) }
    public var metadataRight: Int { documents.map(\.metadataRight).reduce(0, +) }
    public var metadataScored: Int { documents.map(\.metadataScored).reduce(0, +) }
    public var checksEqual: Int { documents.filter(\.checksEqual).count }
    /// Mean of the documents' average section similarity; 1 when nothing was scored.
    public var textSimilarity: Double {
        documents.isEmpty ? 1 : documents.map(\.textSimilarity).reduce(0, +) / Double(documents.count)
    }

    var numbersShare: Double { numbersScored == 0 ? 1 : Double(numbersRight) / Double(numbersScored) }
    var metadataShare: Double { metadataScored == 0 ? 1 : Double(metadataRight) / Double(metadataScored) }

    private enum CodingKeys: String, CodingKey {
        case documents, unmatchedTruth, overall
    }

    private struct Overall: Codable {
        var numbersRight, numbersScored, numbersInvented, numbersMisread, metadataRight, metadataScored, checksEqual, documents: Int
        var numbersShare, textSimilarity, metadataShare: Double
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documents = try container.decode([DocumentScore].self, forKey: .documents)
        unmatchedTruth = try container.decode([String].self, forKey: .unmatchedTruth)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(unmatchedTruth, forKey: .unmatchedTruth)
        try container.encode(
            Overall(
                numbersRight: numbersRight, numbersScored: numbersScored, numbersInvented: numbersInvented, numbersMisread: numbersMisread, metadataRight: metadataRight,
                metadataScored: metadataScored, checksEqual: checksEqual, documents: documents.count, numbersShare: numbersShare,
                textSimilarity: textSimilarity, metadataShare: metadataShare),
            forKey: .overall)
    }

    /// The figures as a plain-text table for a terminal, then what went wrong per document.
    public func table() -> String {
        var lines = [Self.row("document", "numbers right", "misread", "invented", "text", "metadata", "checks")]
        for document in documents {
            lines.append(
                Self.row(
                    document.name + (document.ocr ? " [ocr]" : "") + (document.missingRecord ? " [NO RECORD]" : ""),
                    "\(document.numbersRight)/\(document.numbersScored)", "\(document.numbersMisread)", "\(document.numbersInvented)",
                    Self.format(document.textSimilarity), "\(document.metadataRight)/\(document.metadataScored)", document.checksEqual ? "equal" : "DIFFER"))
        }
        lines.append(
            Self.row(
                "overall (\(documents.count))", "\(numbersRight)/\(numbersScored) \(Self.percent(numbersShare))", "\(numbersMisread)",
                "\(numbersInvented)", Self.format(textSimilarity), "\(metadataRight)/\(metadataScored)", "\(checksEqual)/\(documents.count) equal"))
        for document in documents where !document.problems.isEmpty {
            lines.append("\(document.name):")
            lines += document.problems.prefix(20).map { "  \($0)" }
            if document.problems.count > 20 { lines.append("  … \(document.problems.count - 20) more") }
        }
        if !unmatchedTruth.isEmpty { lines.append("no record for: \(unmatchedTruth.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: String...) -> String {
        let widths = [40, 18, 9, 9, 8, 9, 10]
        return zip(cells, widths).map { cell, width in cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count) }
            .joined().trimmingCharacters(in: .whitespaces)
    }

    static func format(_ value: Double) -> String { String(format: "%.4f", value) }
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}

/// How one record compares with its truth file.
public struct DocumentScore: Codable, Sendable {
    public var name: String
    /// True when some page of the source was read by OCR: such documents are held to their own bar.
    public var ocr: Bool
    public var numbersRight: Int
    public var numbersScored: Int
    /// Non-null numbers where the truth has none (a subset of `numbersMisread`).
    public var numbersInvented: Int
    /// Non-null numbers that are not the truth's: a different value, or one where the truth has none.
    public var numbersMisread: Int
    /// 1 − edit distance / longer length, whitespace removed, per section (`overview`, `problems`, `other`).
    public var sectionSimilarity: [String: Double]
    public var metadataRight: Int
    public var metadataScored: Int
    public var checksEqual: Bool
    /// Whether the pages were read as the truth says (`text`/`ocr`/`empty`); nil when the truth does not say.
    public var pageOriginsEqual: Bool?
    /// True when no record was found for this truth file: every figure of it counts as wrong.
    public var missingRecord: Bool = false
    /// One line per wrong number, invented number, wrong metadata field or differing check.
    public var problems: [String]

    public var textSimilarity: Double {
        sectionSimilarity.isEmpty ? 1 : sectionSimilarity.values.reduce(0, +) / Double(sectionSimilarity.count)
    }
}

extension DocumentScore {
    /// A truth file without a record: every value, section and metadata field counts as wrong, so a document the
    /// pipeline failed on lowers the figures instead of leaving them.
    static func missingRecord(for truth: TruthFile) -> DocumentScore {
        DocumentScore(
            name: truth.source, ocr: truth.readByOCR, numbersRight: 0, numbersScored: truth.numbers.count, numbersInvented: 0, numbersMisread: 0,
            sectionSimilarity: ["overview": 0, "problems": 0, "other": 0], metadataRight: 0, metadataScored: 4, checksEqual: false,
            pageOriginsEqual: truth.pageOrigins == nil ? nil : false, missingRecord: true, problems: ["no record for this truth file"])
    }
}
