import Foundation
import ReportModel
import Scoring
import TestSupport
import Testing

@Suite struct ScorerTests {
    /// A truth file in the shared/truth layout, written from the contract's keys.
    static let truth = """
        {"source": "report-a.txt", "title": "示例局2021年政府信息公开工作年度报告", "agency": "示例局", "agencyAlternatives": ["示例市示例局"],
         "year": 2021, "template": "2021",
         "sections": {"overview": "第一段。\\n第二段。", "problems": "问题。", "other": "无。"},
         "proactive": {"fees": {"amount": 367.98}},
         "applications": {"granted": {"naturalPerson": 2, "total": 2}, "total": {"naturalPerson": null, "total": 2}},
         "reviewLitigation": {"review": {"maintained": 1, "total": 0}},
         "checksFailing": ["reviewLitigation.review.total"], "notes": ["written for the test"]}
        """

    static func record(
        path: String = "/data/in/report-a.txt", pageOrigins: [PageOrigin] = [], agency: String = "示例局", overview: String = "第一段。\n第二段。",
        grantedTotal: Int? = 2, totalNaturalPerson: Int? = nil, extra: [String: [String: Int?]] = [:], reviewOK: Bool = false
    ) -> ReportRecord {
        var applications: [String: [String: Int?]] = [
            "granted": ["naturalPerson": 2, "total": grantedTotal], "total": ["naturalPerson": totalNaturalPerson, "total": 2],
        ]
        applications.merge(extra) { $1 }
        return ReportRecord(
            id: "0123456789abcdef", source: SourceInfo(path: path, sha256: String(repeating: "1", count: 64), format: .text, pageOrigins: pageOrigins),
            title: "示例局2021年政府信息公开工作年度报告", agency: agency, year: 2021, template: .v2021,
            sections: Sections(overview: overview, problems: "问题。", other: "无。"),
            proactive: ["fees": ["amount": 367.98]], applications: applications,
            reviewLitigation: ["review": ["maintained": 1, "total": 0]],
            checks: [Check(id: "reviewLitigation.review.total", ok: reviewOK, expected: 0, actual: 1)])
    }

    /// The truth file, read by OCR: the same values, with the pages the truth says were scanned.
    static let ocrTruth = truth.replacingOccurrences(of: #"{"source": "report-a.txt","#, with: #"{"source": "report-a.txt", "pageOrigins": ["text", "ocr"],"#)

    func score(
        _ records: [ReportRecord], truth: String = Self.truth, extraTruth: [String: String] = [:], stageFiles: [String: String] = [:]
    ) throws -> ScoreReport {
        let recordsFolder = try Fixtures.temporaryFolder(), truthFolder = try Fixtures.temporaryFolder()
        for (name, text) in stageFiles { try Data(text.utf8).write(to: recordsFolder.appendingPathComponent(name)) }
        try Data(truth.utf8).write(to: truthFolder.appendingPathComponent("report-a.json"))
        for (name, text) in extraTruth { try Data(text.utf8).write(to: truthFolder.appendingPathComponent(name)) }
        try Data("# notes".utf8).write(to: truthFolder.appendingPathComponent("README.md"))
        let validator = try JSONSchemaValidator(schema: RecordSchema.data())
        for (index, record) in records.enumerated() {
            #expect(try validator.errors(in: JSONFile.encode(record)).isEmpty)
            try JSONFile.write(record, to: recordsFolder.appendingPathComponent("r\(index).record.json").path)
        }
        return try Scorer().score(recordsFolder: recordsFolder.path, truthFolder: truthFolder.path)
    }

    @Test func aPerfectRecordScoresFully() throws {
        let report = try score([Self.record()])
        #expect(report.documents.count == 1)
        #expect(report.numbersRight == 7 && report.numbersScored == 7)
        #expect(report.numbersInvented == 0)
        #expect(report.textSimilarity == 1)
        #expect(report.metadataRight == 4)
        #expect(report.checksEqual == 1)
        #expect(ScoreThresholds().shortfalls(of: report).isEmpty)
        #expect(report.table().contains("7/7"))
    }

    /// `scripts/demo`'s folder holds each sample's layout and document beside its record: only *.record.json count.
    @Test func stageFilesBesideRecordsAreNotReadAsRecords() throws {
        let report = try score([Self.record()], stageFiles: ["a.doc.json": #"{"blocks": []}"#, "a.layout.json": "{}"])
        #expect(report.documents.count == 1)
        #expect(report.numbersRight == 7)
    }

    @Test func aNullTruthIsMatchedOnlyByNull() throws {
        let report = try score([Self.record(totalNaturalPerson: 0)])
        #expect(report.numbersRight == 6)
        #expect(report.numbersInvented == 1)
        #expect(report.documents[0].problems.contains { $0.hasPrefix("applications.total.naturalPerson") })
        #expect(ScoreThresholds().shortfalls(of: report).count == 3)
    }

    @Test func wrongMissingAndExtraNumbers() throws {
        let report = try score([Self.record(grantedTotal: nil, extra: ["carriedOver": ["total": 5, "other": nil]])])
        #expect(report.numbersRight == 6)
        #expect(report.numbersInvented == 1)
    }

    @Test func agencyAlternativesAndTextSimilarity() throws {
        let report = try score([Self.record(agency: "示例市示例局", overview: "第一 段。\n第二段")])
        #expect(report.metadataRight == 4)
        let overview = try #require(report.documents[0].sectionSimilarity["overview"])
        #expect(abs(overview - (1 - 1.0 / 8)) < 1e-9)
        #expect(ScoreThresholds().shortfalls(of: report).contains { $0.contains("text similarity") })
        #expect(ScoreThresholds(minText: 0.9).shortfalls(of: report).isEmpty)
    }

    @Test func differingFailingChecks() throws {
        let report = try score([Self.record(reviewOK: true)])
        #expect(report.checksEqual == 0)
        #expect(!ScoreThresholds().shortfalls(of: report).isEmpty)
        #expect(ScoreThresholds(requireChecksEqual: false).shortfalls(of: report).isEmpty)
    }

    @Test func recordsArePairedByTheSourceFileName() throws {
        // No record matches any truth file: an error, not a run that passes on nothing.
        #expect(throws: GovReportsError.self) { try score([Self.record(path: "/elsewhere/report-b.txt")]) }
        let report = try score([Self.record()])
        let json = String(decoding: try JSONFile.encode(report), as: UTF8.self)
        #expect(json.contains("\"overall\""))
    }

    @Test func aTruthFileWithoutARecordCountsAsAllWrong() throws {
        let other = Self.truth.replacingOccurrences(of: "report-a.txt", with: "report-c.txt")
        let report = try score([Self.record()], extraTruth: ["report-c.json": other])
        #expect(report.documents.count == 2)
        #expect(report.unmatchedTruth == ["report-c.txt"])
        #expect(report.numbersRight == 7 && report.numbersScored == 14)
        let missing = try #require(report.documents.first { $0.name == "report-c.txt" })
        #expect(missing.missingRecord && missing.textSimilarity == 0 && missing.metadataRight == 0)
        #expect(ScoreThresholds(minNumbers: 0, minText: 0, minMetadata: 0, requireChecksEqual: false).shortfalls(of: report)
            == ["report-c.txt: no record"])
    }

    @Test func filesThatDoNotDecodeAreErrorsNamingThem() throws {
        #expect {
            try score([Self.record()], extraTruth: ["broken.json": #"{"source": "x.txt"}"#])
        } throws: { ($0 as? GovReportsError)?.description.contains("broken.json: not a truth file") == true }
        let recordsFolder = try Fixtures.temporaryFolder(), truthFolder = try Fixtures.temporaryFolder()
        try Data(Self.truth.utf8).write(to: truthFolder.appendingPathComponent("report-a.json"))
        try JSONFile.write(Self.record(), to: recordsFolder.appendingPathComponent("a.record.json").path)
        try Data("{\"schemaVersion\": 1".utf8).write(to: recordsFolder.appendingPathComponent("truncated.record.json"))
        #expect {
            try Scorer().score(recordsFolder: recordsFolder.path, truthFolder: truthFolder.path)
        } throws: { ($0 as? GovReportsError)?.description.contains("truncated.record.json: not a report record") == true }
    }

    /// A record's number beyond any Int (10^300) is a misread described as it is, not a trap converting it.
    @Test func aNumberBeyondAnyIntIsDescribedNotConverted() throws {
        var record = Self.record()
        record.proactive["fees"] = ["amount": 1e300]
        let report = try score([record])
        #expect(report.numbersMisread == 1)
        #expect(report.documents[0].problems.contains { $0.contains("1e+300") }, "\(report.documents[0].problems)")
    }

    @Test func aWrongNumberIsAMisreadAndFailsEveryBar() throws {
        let report = try score([Self.record(grantedTotal: 3)])
        #expect(report.numbersRight == 6 && report.numbersMisread == 1 && report.numbersInvented == 0)
        let lenient = ScoreThresholds(minNumbers: 0, maxInvented: 10, minText: 0, minMetadata: 0, requireChecksEqual: false)
        #expect(lenient.shortfalls(of: report, ocr: lenient) == ["numbers misread 1 > 0"])
        // A null where the truth has a number is missing, not misread; an invented number is a misread too.
        let missing = try score([Self.record(grantedTotal: nil)])
        #expect(missing.numbersMisread == 0 && lenient.shortfalls(of: missing, ocr: lenient).isEmpty)
        let invented = try score([Self.record(totalNaturalPerson: 4)])
        #expect(invented.numbersMisread == 1 && invented.numbersInvented == 1)
        #expect(report.table().contains("misread"))
    }

    @Test func missingFoldersAreErrors() throws {
        #expect(throws: GovReportsError.self) { try Scorer().score(recordsFolder: "/nonexistent-govreports", truthFolder: "/nonexistent-govreports") }
        let empty = try Fixtures.temporaryFolder()
        #expect(throws: GovReportsError.self) { try Scorer().score(recordsFolder: empty.path, truthFolder: empty.path) }
    }

    @Test func theTruthChoosesTheOCRBar() throws {
        let report = try score([Self.record(pageOrigins: [.text, .ocr], agency: "示例县示例局")], truth: Self.ocrTruth)
        #expect(report.documents[0].ocr)
        #expect(ScoreThresholds().shortfalls(of: report).isEmpty)
        #expect(!ScoreThresholds().shortfalls(of: report, ocr: ScoreThresholds()).isEmpty)
        // A text source whose page was taken for a scan keeps the text bar: the record cannot lower its own bar.
        let misclassified = try score([Self.record(pageOrigins: [.ocr], agency: "示例县示例局")])
        #expect(!misclassified.documents[0].ocr)
        #expect(ScoreThresholds().shortfalls(of: misclassified).contains { $0.hasPrefix("metadata right") })
        // Pages read otherwise than the truth says are a shortfall of their own.
        let wrongPages = try score([Self.record(pageOrigins: [.ocr, .ocr])], truth: Self.ocrTruth)
        #expect(wrongPages.documents[0].pageOriginsEqual == false)
        #expect(ScoreThresholds().shortfalls(of: wrongPages).contains { $0.contains("pages not read as the truth says") })
        let invented = try score([Self.record(pageOrigins: [.text, .ocr], totalNaturalPerson: 3)], truth: Self.ocrTruth)
        #expect(ScoreThresholds().shortfalls(of: invented).contains { $0.hasPrefix("OCR'd documents: numbers invented") })
    }

    @Test func paragraphBreaksAreReportedButNotScored() throws {
        let report = try score([Self.record(overview: "第一段。第二段。")])
        #expect(report.documents[0].sectionSimilarity["overview"] == 1)
        #expect(report.documents[0].problems.contains { $0.contains("paragraph breaks differ") })
    }
}
