/// The accuracy bar a scoring run must reach.
public struct ScoreThresholds: Sendable {
    public var minNumbers: Double
    public var maxInvented: Int
    public var minText: Double
    public var minMetadata: Double
    public var requireChecksEqual: Bool

    public init(minNumbers: Double = 1, maxInvented: Int = 0, minText: Double = 0.995, minMetadata: Double = 1, requireChecksEqual: Bool = true) {
        self.minNumbers = minNumbers
        self.maxInvented = maxInvented
        self.minText = minText
        self.minMetadata = minMetadata
        self.requireChecksEqual = requireChecksEqual
    }

    /// One line per figure below the bar; empty when the run passes.
    public func shortfalls(of report: ScoreReport) -> [String] {
        var shortfalls: [String] = []
        if report.numbersShare < minNumbers {
            shortfalls.append("numbers right \(ScoreReport.percent(report.numbersShare)) < \(ScoreReport.percent(minNumbers))")
        }
        if report.numbersInvented > maxInvented { shortfalls.append("numbers invented \(report.numbersInvented) > \(maxInvented)") }
        for document in report.documents where document.textSimilarity < minText {
            shortfalls.append("\(document.name): text similarity \(ScoreReport.format(document.textSimilarity)) < \(minText)")
        }
        if report.metadataShare < minMetadata {
            shortfalls.append("metadata right \(ScoreReport.percent(report.metadataShare)) < \(ScoreReport.percent(minMetadata))")
        }
        if requireChecksEqual, report.checksEqual < report.documents.count {
            shortfalls.append("failing-check sets differ in \(report.documents.count - report.checksEqual) document(s)")
        }
        return shortfalls
    }
}
