import Corpus
import Foundation
import ReportModel

/// Deterministic stand-ins for the real stages, so the corpus mechanics are tested fast and whatever the stages'
/// accuracy. They read a tiny line format (`agency=…`, `year=…`, `received=…`, `forward=…`, `over=…`, `fees=…` (万元), `overview=…`, `warn`, `not a report`,
/// `corrupt`, `flaky`) and count their calls.
final class FakeStages: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Stage: Int] = [:]
    private var flakyFailures = 0

    /// Calls of each stage so far.
    func calls(_ stage: Stage) -> Int {
        lock.withLock { counts[stage] ?? 0 }
    }

    /// Calls of extract, repair and parse.
    var callCounts: [Int] { Stage.allCases.map(calls) }

    var totalCalls: Int { lock.withLock { counts.values.reduce(0, +) } }

    private func count(_ stage: Stage) {
        lock.withLock { counts[stage, default: 0] += 1 }
    }

    /// Lets the next `count` runs of a document containing `flaky` fail with an error of the machine.
    func failFlaky(times: Int) {
        lock.withLock { flakyFailures = times }
    }

    private func takeFlakyFailure() -> Bool {
        lock.withLock {
            guard flakyFailures > 0 else { return false }
            flakyFailures -= 1
            return true
        }
    }

    /// Versions of the tests' own, not the build's fingerprints, so cache file names are predictable.
    static let versions = StageVersions(extract: "1", repair: "1", parse: "1")

    func stages(_ versions: StageVersions = FakeStages.versions) -> Stages {
        Stages(
            versions: versions,
            extract: { path, sha256 in
                self.count(.extract)
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                let text = String(decoding: data, as: UTF8.self)
                if text.contains("corrupt") { throw GovReportsError.corruptPDF(path: path, reason: "xref table broken") }
                let source = SourceInfo(
                    path: path, sha256: sha256 ?? SHA256.hex(of: data), format: .pdf, pages: 2, pageOrigins: [.text, .ocr])
                let words = text.split(separator: "\n").enumerated().map { index, line in
                    Word(text: String(line), box: Box(x0: 0, y0: Double(index) * 10, x1: 100, y1: Double(index) * 10 + 9))
                }
                let lines = words.map { TextLine(box: $0.box, words: [$0]) }
                return LayoutDocument(source: source, pages: [Page(number: 1, width: 595, height: 842, kind: .text, lines: lines)])
            },
            repairLayout: { layout in
                self.count(.repair)
                let text = layout.pages.flatMap(\.lines).map(\.text).joined(separator: "\n")
                return Document(source: layout.source, blocks: [.paragraph(Paragraph(text: text))])
            },
            repairText: { text, source in
                self.count(.repair)
                return Document(source: source, blocks: [.paragraph(Paragraph(text: text))])
            },
            // A fake Word file: the zip header, then the report's lines.
            repairWordPackage: { data, source in
                self.count(.repair)
                return Document(source: source, blocks: [.paragraph(Paragraph(text: String(decoding: data.dropFirst(4), as: UTF8.self)))])
            },
            parse: { document in
                self.count(.parse)
                guard case .paragraph(let paragraph)? = document.blocks.first else {
                    throw GovReportsError.notAnAnnualReport(path: document.source.path, reason: "empty")
                }
                let text = paragraph.text
                if text.contains("not a report") {
                    throw GovReportsError.notAnAnnualReport(path: document.source.path, reason: "no annual-report title")
                }
                if text.contains("flaky"), self.takeFlakyFailure() {
                    throw CocoaError(.fileReadUnknown)
                }
                return Self.record(from: text, source: document.source)
            })
    }

    private static func value(_ key: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
    }

    /// `newReceived` from `received=`; `carriedForward` and `carriedOver` (totals) from `forward=` and `over=`.
    private static func applications(_ text: String, received: Int?) -> [String: [String: Int?]] {
        var table: [String: [String: Int?]] = ["newReceived": ["total": received, "naturalPerson": received.map { $0 - 1 }]]
        for (key, row) in [("forward", "carriedForward"), ("over", "carriedOver")] {
            if let number = value(key, in: text) { table[row] = ["total": Int(number)] }
        }
        return table
    }

    private static func record(from text: String, source: SourceInfo) -> ReportRecord {
        let received = value("received", in: text).flatMap { Int($0) }
        let warnings = text.contains("warn")
            ? [Diagnostic(code: .parseNotANumber, message: "cell unreadable", page: 1)] : []
        return ReportRecord(
            id: source.id, source: source, title: value("title", in: text), agency: value("agency", in: text),
            year: value("year", in: text).flatMap { Int($0) }, template: .v2021,
            sections: Sections(overview: value("overview", in: text)),
            proactive: value("fees", in: text).flatMap(Double.init).map { ["fees": ["amount": $0]] } ?? [:],
            applications: applications(text, received: received),
            reviewLitigation: ["review": ["total": 0]],
            checks: [Check(id: "applications.rowTotal.newReceived", ok: received == 1, expected: 1, actual: received.map(Double.init))],
            warnings: warnings,
            provenance: ["applications.newReceived.total": Provenance(page: 1, box: nil, text: received.map(String.init) ?? "—", origin: .text)])
    }
}
