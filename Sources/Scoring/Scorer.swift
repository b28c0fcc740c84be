import Foundation
import ReportModel

/// Compares records with hand-checked truth files: numbers (nulls included), invented numbers, section
/// text, metadata and the set of failing checks. Records are paired with truth files by the truth's
/// `source` file name and the base name of the record's `source.path`.
public struct Scorer: Sendable {
    public init() {}

    /// Every `*.json` of `truthFolder` must be a truth file and every `*.json` of `recordsFolder` a record: a file
    /// that does not decode is an error naming it, never silently left out of the figures. A truth file without a
    /// record scores as a document with every value wrong; no record matching any truth file is an error.
    public func score(recordsFolder: String, truthFolder: String) throws -> ScoreReport {
        let truths = try Self.jsonFiles(in: truthFolder).map { file in
            try Self.decode(TruthFile.self, file, what: "a truth file (source, sections, checksFailing … expected)")
        }
        guard !truths.isEmpty else { throw GovReportsError.invalidArgument("\(truthFolder): no truth files (*.json with source, sections, checksFailing …)") }
        var records: [String: ReportRecord] = [:]
        for file in try Self.jsonFiles(in: recordsFolder) {
            let record = try Self.decode(ReportRecord.self, file, what: "a report record")
            let name = URL(fileURLWithPath: record.source.path).lastPathComponent
            guard records.updateValue(record, forKey: name) == nil else {
                throw GovReportsError.invalidArgument("\(file.path): a second record for the source \(name)")
            }
        }
        var documents: [DocumentScore] = []
        var unmatched: [String] = []
        for truth in truths.sorted(by: { $0.source < $1.source }) {
            if let record = records[truth.source] {
                documents.append(score(record, against: truth))
            } else {
                unmatched.append(truth.source)
                documents.append(.missingRecord(for: truth))
            }
        }
        guard unmatched.count < truths.count else {
            throw GovReportsError.invalidArgument(
                "\(recordsFolder): no record matches a truth file in \(truthFolder) (records are paired by their source file name)")
        }
        return ScoreReport(documents: documents, unmatchedTruth: unmatched)
    }

    /// One record against one truth file's bytes.
    public func score(_ record: ReportRecord, truth: Data) throws -> DocumentScore {
        do {
            return score(record, against: try JSONDecoder().decode(TruthFile.self, from: truth))
        } catch is DecodingError {
            throw GovReportsError.invalidArgument("not a truth file (source, sections, checksFailing … expected)")
        }
    }

    func score(_ record: ReportRecord, against truth: TruthFile) -> DocumentScore {
        var problems: [String] = []
        let expected = truth.numbers
        let actual = record.numbers
        var right = 0
        var misread = 0
        for (path, value) in expected.sorted(by: { $0.key < $1.key }) {
            let got = actual[path]
            if let got, Self.same(got, value) {
                right += 1
            } else {
                problems.append("\(path): truth \(Self.describe(value)), record \(got.map(Self.describe) ?? "absent")")
                // A number the record publishes that is not the truth's is worse than a missing one: counted apart.
                if let got, got != nil, value != nil { misread += 1 }
            }
        }
        var invented = 0
        for (path, value) in actual.sorted(by: { $0.key < $1.key }) where value != nil {
            if expected[path] == nil || expected[path]! == nil {
                invented += 1
                problems.append("\(path): invented \(Self.describe(value)) (truth \(expected[path] == nil ? "absent" : "null"))")
            }
        }
        misread += invented

        var similarity: [String: Double] = [:]
        for (name, wanted, got) in [
            ("overview", truth.sections.overview, record.sections.overview), ("problems", truth.sections.problems, record.sections.problems),
            ("other", truth.sections.other, record.sections.other),
        ] {
            let a = Self.squeezed(wanted), b = Self.squeezed(got)
            similarity[name] = EditDistance.similarity(a, b)
            if a != b {
                problems.append("sections.\(name): similarity \(ScoreReport.format(similarity[name]!))")
            } else if Self.paragraphs(wanted) != Self.paragraphs(got) {
                // Not part of the figure (whitespace is removed), but worth a look: paragraph boundaries differ.
                problems.append("sections.\(name): same text, paragraph breaks differ (truth \(Self.paragraphs(wanted).count), record \(Self.paragraphs(got).count) paragraphs)")
            }
        }

        let agencies = [truth.agency] + (truth.agencyAlternatives ?? []).map { Optional($0) }
        let metadata: [(String, Bool, String)] = [
            ("title", truth.title == record.title, "truth \(truth.title ?? "null"), record \(record.title ?? "null")"),
            ("agency", agencies.contains(record.agency), "truth \(truth.agency ?? "null"), record \(record.agency ?? "null")"),
            ("year", truth.year == record.year, "truth \(truth.year.map(String.init) ?? "null"), record \(record.year.map(String.init) ?? "null")"),
            ("template", truth.template == record.template?.rawValue, "truth \(truth.template ?? "null"), record \(record.template?.rawValue ?? "null")"),
        ]
        for (field, ok, detail) in metadata where !ok { problems.append("\(field): \(detail)") }

        let failing = Set(record.checks.filter { $0.ok == false }.map(\.id))
        let checksEqual = failing == Set(truth.checksFailing)
        if !checksEqual {
            problems.append("failing checks: truth \(truth.checksFailing.sorted()), record \(failing.sorted())")
        }
        var pageOriginsEqual: Bool?
        if let wanted = truth.pageOrigins {
            pageOriginsEqual = wanted == record.source.pageOrigins
            if pageOriginsEqual == false {
                problems.append("pages read as: truth \(wanted.map(\.rawValue)), record \(record.source.pageOrigins.map(\.rawValue))")
            }
        }
        return DocumentScore(
            name: truth.source, ocr: truth.readByOCR, numbersRight: right, numbersScored: expected.count, numbersInvented: invented,
            numbersMisread: misread, sectionSimilarity: similarity, metadataRight: metadata.filter(\.1).count, metadataScored: metadata.count,
            checksEqual: checksEqual, pageOriginsEqual: pageOriginsEqual, problems: problems)
    }

    private static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return abs(x - y) < 1e-9
        default: return false
        }
    }

    private static func describe(_ value: Double?) -> String {
        guard let value else { return "null" }
        return Int(exactly: value).map(String.init) ?? String(value)
    }

    /// Section text compared with all whitespace removed (paragraph breaks included), as the truth is written.
    private static func squeezed(_ text: String?) -> String {
        PrintedText.removingWhitespace(text ?? "")
    }

    private static func paragraphs(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map { squeezed(String($0)) }.filter { !$0.isEmpty }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ file: (path: String, data: Data), what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: file.data)
        } catch let error as DecodingError {
            throw GovReportsError.invalidArgument("\(file.path): not \(what): \(JSONFile.describe(error))")
        }
    }

    private static func jsonFiles(in folder: String) throws -> [(path: String, data: Data)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw GovReportsError.fileNotFound(path: folder)
        }
        // A folder of stage outputs (`scripts/demo`'s) holds layouts and documents beside the records: where any file
        // is named *.record.json, only those are records.
        let all = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        let records = all.filter { $0.hasSuffix(".record.json") }
        let names = records.isEmpty ? all : records
        return try names.map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw GovReportsError.unreadable(path: path, reason: "permission denied or not a file") }
            return (path, data)
        }
    }
}
