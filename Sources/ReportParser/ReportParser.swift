import ReportModel

/// Turns a repaired document into the report record, for both versions of the national format.
///
/// Parts are found by their headings, tables by their content (a table whose heading is missing is still
/// placed), rows by their labels; nothing is read by position alone and nothing is filled in: a value that
/// cannot be read with certainty is null with a warning.
public struct ReportParser: Sendable {
    public struct Options: Sendable {
        /// Tesseract word confidence below which an OCR'd number is left null: on the sample scans every
        /// misread digit scored under it and every correct one above it.
        public static let defaultMinimumOCRConfidence = 75.0

        var minimumOCRConfidence: Double

        public init(minimumOCRConfidence: Double = Options.defaultMinimumOCRConfidence) {
            self.minimumOCRConfidence = minimumOCRConfidence
        }
    }

    var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func parse(_ document: Document) throws -> ReportRecord {
        let blocks = document.blocks
        let outline = ReportOutline(blocks: blocks)
        let rows = PartRows(blocks: blocks, outline: outline)
        guard rows.tablesFound > 0 || outline.starts.count >= 3 else {
            throw GovReportsError.notAnAnnualReport(path: document.source.path, reason: Self.reason(document, partsFound: outline.starts.count))
        }

        var diagnostics = document.diagnostics + rows.diagnostics
        let applications = ApplicationsReader(options: options).read(rows[.applications])
        let template = TemplateDetector(proactiveText: rows.proactiveText).template(applications: applications)
        if template == nil {
            diagnostics.append(Diagnostic(code: .parseTemplateUnknown, message: "the version of the national format could not be told from the tables"))
        }
        let proactive = ProactiveReader(options: options).read(rows[.proactive], template: template)
        let reviewLitigation = ReviewLitigationReader(options: options).read(rows[.reviewLitigation])
        for (part, values) in [(ReportPart.proactive, proactive), (.applications, applications), (.reviewLitigation, reviewLitigation)] where values.rows.isEmpty {
            diagnostics.append(Diagnostic(code: .parseTableMissing, message: "no table of part \(part.rawValue) read"))
        }

        let title = Self.title(of: blocks, outline: outline)
        if title.text == nil { diagnostics.append(Diagnostic(code: .parseTitleMissing, message: "no title line found before part 二")) }
        let year = title.year ?? ReportTitle.statisticsYear(in: blocks)
        if year == nil {
            diagnostics.append(Diagnostic(code: .parseYearMissing, message: "the year covered is given neither in the title nor as a statistics period"))
        }
        let sections = SectionReader(blocks: blocks, outline: outline, excluded: title.blockIndices).sections(diagnostics: &diagnostics)

        var provenance = proactive.provenance
        provenance.merge(applications.provenance) { $1 }
        provenance.merge(reviewLitigation.provenance) { $1 }
        return ReportRecord(
            id: document.source.id, source: document.source, title: title.text, agency: title.agency, year: year,
            template: template, sections: sections, proactive: proactive.rows,
            applications: Self.counts(applications.rows), reviewLitigation: Self.counts(reviewLitigation.rows),
            checks: CheckCalculator(applications: applications, reviewLitigation: reviewLitigation).checks(),
            warnings: diagnostics + proactive.diagnostics + applications.diagnostics + reviewLitigation.diagnostics,
            provenance: provenance)
    }

    /// Why a document is not taken for a report; a document without any text says so, since a scan whose pages
    /// were not recognised is not a notice.
    private static func reason(_ document: Document, partsFound: Int) -> String {
        guard document.blocks.isEmpty else {
            return "found \(partsFound) of the six part headings (一、总体情况 …) and none of the format's tables"
        }
        let origins = document.source.pageOrigins
        if !origins.isEmpty, origins.allSatisfy({ $0 == .empty }) {
            return "no page has text (\(origins.count) page(s) without a text layer or OCR result)"
        }
        return "the document has no text"
    }

    /// The title stands before the first table and before part 二's heading.
    private static func title(of blocks: [Block], outline: ReportOutline) -> ReportTitle {
        let limit = blocks.indices.first { index in
            if case .table = blocks[index] { return true }
            return outline.start(of: .proactive)?.blockIndex == index
        } ?? blocks.count
        return ReportTitle(blocks: blocks, before: limit)
    }

    /// Counts were checked to be whole numbers of at most 15 digits when read; converted checked all the same.
    private static func counts(_ rows: [String: [String: Double?]]) -> [String: [String: Int?]] {
        rows.mapValues { columns in columns.mapValues { $0.flatMap { Int(exactly: $0) } } }
    }
}
