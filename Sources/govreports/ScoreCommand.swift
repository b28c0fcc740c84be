import ArgumentParser
import CommandSupport
import Foundation
import ReportModel
import Scoring

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Compare records with truth files: numbers, invented numbers, section text, metadata, failing checks.",
        discussion: "Exits with status 1 when a figure is below the bar set by the threshold options; documents read by OCR have their own bar (--ocr-…).")

    @Argument(help: "Folder of *.record.json (or *.json) records.") var records: String
    @Argument(help: "Folder of truth files (shared/truth).") var truth: String
    @Option(help: "Also write the figures as JSON here (- for standard output, replacing the table).") var json: String?
    @Option(help: "Least share of truth numbers matched exactly (0–1).") var minNumbers = 1.0
    @Option(help: "Most numbers allowed where the truth has none.") var maxInvented = 0
    @Option(help: "Least section text similarity per document (0–1).") var minText = 0.995
    @Option(help: "Least share of metadata fields right (0–1).") var minMetadata = 1.0
    @Flag(help: "Do not require the failing-check sets to be equal.") var ignoreChecks = false
    @Option(help: "Least share of numbers right in documents read by OCR.") var ocrMinNumbers = ScoreThresholds.ocrDefault.minNumbers
    @Option(help: "Most invented numbers in documents read by OCR.") var ocrMaxInvented = ScoreThresholds.ocrDefault.maxInvented
    @Option(help: "Least text similarity per document read by OCR.") var ocrMinText = ScoreThresholds.ocrDefault.minText
    @Option(help: "Least share of metadata right in documents read by OCR.") var ocrMinMetadata = ScoreThresholds.ocrDefault.minMetadata

    func run() throws {
        try runReportingErrors {
            let report = try Scorer().score(recordsFolder: records, truthFolder: truth)
            if json != "-" { FileHandle.standardOutput.write(Data((report.table() + "\n").utf8)) }
            if let json { try JSONFile.write(report, to: json) }
            let thresholds = ScoreThresholds(
                minNumbers: minNumbers, maxInvented: maxInvented, minText: minText, minMetadata: minMetadata, requireChecksEqual: !ignoreChecks)
            let ocrThresholds = ScoreThresholds(
                minNumbers: ocrMinNumbers, maxInvented: ocrMaxInvented, minText: ocrMinText, minMetadata: ocrMinMetadata,
                requireChecksEqual: !ignoreChecks)
            let shortfalls = thresholds.shortfalls(of: report, ocr: ocrThresholds)
            guard shortfalls.isEmpty else {
                FileHandle.standardError.write(Data(shortfalls.map { "below the bar: \($0)\n" }.joined().utf8))
                throw ExitCode(1)
            }
        }
    }
}
