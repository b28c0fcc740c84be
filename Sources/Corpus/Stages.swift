import Extraction
import Foundation
import Repair
import ReportModel
import ReportParser

/// The stage functions `run` and `build` call, bound to the stage modules in one place (`live`) and injectable, so
/// that the corpus mechanics (cache, resume, shards) can be tested fast and independently of how well each stage
/// reads reports.
public struct Stages: Sendable {
    var versions: StageVersions
    /// A PDF's path, and its SHA-256 when the caller has hashed it → its layout.
    public var extract: @Sendable (_ path: String, _ sha256: String?) throws -> LayoutDocument
    /// A PDF's layout → the repaired document.
    var repairLayout: @Sendable (LayoutDocument) throws -> Document
    /// Decoded text or HTML of an input → the repaired document.
    var repairText: @Sendable (_ text: String, _ source: SourceInfo) throws -> Document
    /// A Word file's bytes → the repaired document.
    var repairWordPackage: @Sendable (_ data: Data, _ source: SourceInfo) throws -> Document
    /// A text, HTML, Markdown, Word or layout JSON file's path → the repaired document, as `run` reads one.
    var repairFile: @Sendable (_ path: String) throws -> Document
    public var parse: @Sendable (Document) throws -> ReportRecord

    public init(
        versions: StageVersions,
        extract: @escaping @Sendable (_ path: String, _ sha256: String?) throws -> LayoutDocument,
        repairLayout: @escaping @Sendable (LayoutDocument) throws -> Document,
        repairText: @escaping @Sendable (_ text: String, _ source: SourceInfo) throws -> Document,
        repairWordPackage: @escaping @Sendable (_ data: Data, _ source: SourceInfo) throws -> Document = { _, source in
            throw GovReportsError.unsupportedInput(path: source.path, reason: "no stage reads Word files")
        },
        repairFile: @escaping @Sendable (_ path: String) throws -> Document = { path in
            throw GovReportsError.unsupportedInput(path: path, reason: "no stage reads files by their path")
        },
        parse: @escaping @Sendable (Document) throws -> ReportRecord
    ) {
        self.versions = versions
        self.extract = extract
        self.repairLayout = repairLayout
        self.repairText = repairText
        self.repairWordPackage = repairWordPackage
        self.repairFile = repairFile
        self.parse = parse
    }

    /// The real stages.
    public static func live(options: Pipeline.Options = .init(), versions: StageVersions = StageVersions()) -> Stages {
        Stages(
            versions: versions,
            extract: { path, sha256 in try PDFExtractor(options: options.extraction).extract(path: path, sha256: sha256) },
            repairLayout: { layout in RepairStage().repair(layout: layout) },
            repairText: { text, source in RepairStage().repair(text: text, source: source) },
            repairWordPackage: { data, source in try RepairStage().repair(wordPackage: data, source: source) },
            repairFile: { path in try RepairStage().repair(path: path) },
            parse: { document in try ReportParser().parse(document) }
        )
    }

    /// The record of `document`; one with no part of a report and no number is `notAnAnnualReport`, in `run` and
    /// `build` alike.
    func report(from document: Document) throws -> ReportRecord {
        let record = try parse(document)
        if let reason = record.notAReportReason {
            throw GovReportsError.notAnAnnualReport(path: document.source.path, reason: reason)
        }
        return record
    }
}
