/// The accuracy bar a scoring run must reach. Documents read by OCR are held to a bar of their own
/// (`ocr`), since recognition errors are not the pipeline's reading errors; which bar applies is the truth's word,
/// not the record's. A misread number (non-null and wrong) fails every bar: it is not a threshold, because a
/// published wrong number is worse than any number of nulls.
public struct ScoreThresholds: Sendable {
    public var minNumbers: Double
    public var maxInvented: Int
    public var minText: Double
    public var minMetadata: Double
    var requireChecksEqual: Bool

    public init(minNumbers: Double = 1, maxInvented: Int = 0, minText: Double = 0.995, minMetadata: Double = 1, requireChecksEqual: Bool = true) {
        self.minNumbers = minNumbers
        self.maxInvented = maxInvented
        self.minText = minText
        self.minMetadata = minMetadata
        self.requireChecksEqual = requireChecksEqual
    }

    /// The default bar for documents read by OCR: the scanned-table issue's (≥ 99.5% of numbers, section text ≥ 99%
    /// similar per document). Titles read through specks and seals are still often wrong, hence metadata's 0.75.
    public static let ocrDefault = ScoreThresholds(minNumbers: 0.995, maxInvented: 0, minText: 0.99, minMetadata: 0.75)

    /// One line per figure below the bar; empty when the run passes. `ocr` applies to documents read by OCR.
    public func shortfalls(of report: ScoreReport, ocr: ScoreThresholds = .ocrDefault) -> [String] {
        let textLayer = ScoreReport(documents: report.documents.filter { !$0.ocr }, unmatchedTruth: [])
        let recognised = ScoreReport(documents: report.documents.filter(\.ocr), unmatchedTruth: [])
        return shortfalls(within: textLayer, label: "") + ocr.shortfalls(within: recognised, label: "OCR'd documents: ")
    }

    private func shortfalls(within report: ScoreReport, label: String) -> [String] {
        guard !report.documents.isEmpty else { return [] }
        var shortfalls: [String] = []
        for document in report.documents where document.missingRecord {
            shortfalls.append("\(label)\(document.name): no record")
        }
        if report.numbersMisread > 0 { shortfalls.append("\(label)numbers misread \(report.numbersMisread) > 0") }
        for document in report.documents where document.pageOriginsEqual == false && !document.missingRecord {
            shortfalls.append("\(label)\(document.name): pages not read as the truth says (text / OCR)")
        }
        if report.numbersShare < minNumbers {
            shortfalls.append("\(label)numbers right \(ScoreReport.percent(report.numbersShare)) < \(ScoreReport.percent(minNumbers))")
        }
        if report.numbersInvented > maxInvented { shortfalls.append("\(label)numbers invented \(report.numbersInvented) > \(maxInvented)") }
        for document in report.documents where document.textSimilarity < minText {
            shortfalls.append("\(label)\(document.name): text similarity \(ScoreReport.format(document.textSimilarity)) < \(minText)")
        }
        if report.metadataShare < minMetadata {
            shortfalls.append("\(label)metadata right \(ScoreReport.percent(report.metadataShare)) < \(ScoreReport.percent(minMetadata))")
        }
        if requireChecksEqual, report.checksEqual < report.documents.count {
            shortfalls.append("\(label)failing-check sets differ in \(report.documents.count - report.checksEqual) document(s)")
        }
        return shortfalls
    }
}
