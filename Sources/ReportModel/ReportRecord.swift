/// The parser's output and the corpus's public data contract (`shared/spec/report-record.md`).
/// Key names are fixed: add keys, never rename.
public struct ReportRecord: Hashable, Sendable, Codable {
    static let currentSchemaVersion = 1

    var schemaVersion: Int
    public var id: String
    public var source: SourceInfo
    public var title: String?
    public var agency: String?
    public var year: Int?
    public var template: Template?
    public var sections: Sections
    /// Part 二: row key → column key → number (amounts in 万元).
    public var proactive: [String: [String: Double?]]
    /// Part 三: flat dotted row key (`denied.stateSecret`) → column key → count.
    public var applications: [String: [String: Int?]]
    /// Part 四: row key → column key → count.
    public var reviewLitigation: [String: [String: Int?]]
    public var checks: [Check]
    public var warnings: [Diagnostic]
    /// For every number, keyed by its path `PART.ROW.COLUMN`.
    public var provenance: [String: Provenance]

    public init(
        id: String, source: SourceInfo, title: String? = nil, agency: String? = nil, year: Int? = nil,
        template: Template? = nil, sections: Sections = Sections(),
        proactive: [String: [String: Double?]] = [:], applications: [String: [String: Int?]] = [:],
        reviewLitigation: [String: [String: Int?]] = [:], checks: [Check] = [], warnings: [Diagnostic] = [],
        provenance: [String: Provenance] = [:]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.source = source
        self.title = title
        self.agency = agency
        self.year = year
        self.template = template
        self.sections = sections
        self.proactive = proactive
        self.applications = applications
        self.reviewLitigation = reviewLitigation
        self.checks = checks
        self.warnings = warnings
        self.provenance = provenance
    }
}

/// Which version of the national format the report's tables follow.
public enum Template: String, Hashable, Sendable, Codable {
    /// Used for the 2019 and 2020 reports.
    case v2019 = "2019"
    /// The revised format, used from the 2021 reports on.
    case v2021 = "2021"
}

/// The prose of parts 一, 五 and 六: paragraphs joined by `\n`.
public struct Sections: Hashable, Sendable, Codable {
    public var overview: String?
    public var problems: String?
    public var other: String?

    public init(overview: String? = nil, problems: String? = nil, other: String? = nil) {
        self.overview = overview
        self.problems = problems
        self.other = other
    }
}

/// One arithmetic check of the report's own numbers, as printed.
public struct Check: Hashable, Sendable, Codable {
    public var id: String
    /// nil when an input is missing.
    public var ok: Bool?
    public var expected: Double?
    public var actual: Double?

    public init(id: String, ok: Bool?, expected: Double?, actual: Double?) {
        self.id = id
        self.ok = ok
        self.expected = expected
        self.actual = actual
    }
}

/// Where one number came from.
public struct Provenance: Hashable, Sendable, Codable {
    public var page: Int?
    public var box: Box?
    /// The cell's text as printed, e.g. `367.98万元` or `—`.
    public var text: String
    public var origin: TextOrigin
    /// OCR confidence (0–100) of the cell's least certain word; nil for text-layer cells (an addition to the contract).
    public var confidence: Double?

    public init(page: Int?, box: Box?, text: String, origin: TextOrigin, confidence: Double? = nil) {
        self.page = page
        self.box = box
        self.text = text
        self.origin = origin
        self.confidence = confidence
    }
}

// Optional fields are written as `null` rather than left out: the contract's keys are fixed, so a reader
// (pandas, SQL) always finds them.

extension ReportRecord {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(agency, forKey: .agency)
        try container.encode(year, forKey: .year)
        try container.encode(template, forKey: .template)
        try container.encode(sections, forKey: .sections)
        try container.encode(proactive, forKey: .proactive)
        try container.encode(applications, forKey: .applications)
        try container.encode(reviewLitigation, forKey: .reviewLitigation)
        try container.encode(checks, forKey: .checks)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(provenance, forKey: .provenance)
    }
}

extension Sections {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(overview, forKey: .overview)
        try container.encode(problems, forKey: .problems)
        try container.encode(other, forKey: .other)
    }
}

extension Check {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(ok, forKey: .ok)
        try container.encode(expected, forKey: .expected)
        try container.encode(actual, forKey: .actual)
    }
}

extension Provenance {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(page, forKey: .page)
        try container.encode(box, forKey: .box)
        try container.encode(text, forKey: .text)
        try container.encode(origin, forKey: .origin)
        try container.encode(confidence, forKey: .confidence)
    }
}
