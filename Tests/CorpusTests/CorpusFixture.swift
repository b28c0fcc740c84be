import Corpus
import Foundation
import GRDB
import ReportModel
import TestSupport

/// An inbox and corpus folders in a fresh temporary folder, with helpers to write inputs and read outputs.
struct CorpusFixture {
    let root: URL
    var inbox: String { root.appendingPathComponent("inbox").path }
    var corpus: String { root.appendingPathComponent("corpus").path }

    init() throws {
        root = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
    }

    func folder(_ name: String) -> String { root.appendingPathComponent(name).path }

    func write(_ relativePath: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: inbox).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func write(_ relativePath: String, text: String) throws {
        try write(relativePath, Data(text.utf8))
    }

    /// A small fake report in the line format `FakeStages` reads.
    static func report(agency: String, year: Int, received: Int, extra: String = "") -> String {
        "title=\(year)年度政府信息公开工作年度报告\nagency=\(agency)\nyear=\(year)\nreceived=\(received)\n\(extra)\n"
    }

    /// A handful of inputs covering every status.
    func writeMixedInbox() throws {
        try write("a/agency1.txt", text: Self.report(agency: "甲局", year: 2022, received: 1))
        try write("a/agency2.html", text: "<html>" + Self.report(agency: "乙局", year: 2023, received: 5, extra: "warn"))
        try write("b/scan.pdf", text: "%PDF-1.7\n" + Self.report(agency: "丙局", year: 2021, received: 3))
        try write("b/copy-of-agency1.txt", text: Self.report(agency: "甲局", year: 2022, received: 1))
        try write("b/broken.pdf", text: "%PDF-1.4\ncorrupt")
        try write("c/notice.txt", text: "not a report\n")
        try write("c/error-page.pdf", text: "<!DOCTYPE html><html><body>404</body></html>")
        try write("c/empty.txt", Data())
        try write("c/form.docx", text: "PK")
        for index in 0..<6 {
            try write("d/r\(index).txt", text: Self.report(agency: "丁局\(index % 2)", year: 2020 + index % 3, received: index))
        }
    }

    /// A corpus of `Samples/` PDFs (and any `text` inputs) built through the real stages, one job.
    static func ofSamples(_ names: [String], text: [String: String] = [:]) throws -> CorpusFixture {
        let fixture = try CorpusFixture()
        for name in names {
            try fixture.write(name, try Data(contentsOf: Fixtures.samples.appendingPathComponent(name)))
        }
        for (path, content) in text { try fixture.write(path, text: content) }
        _ = try fixture.build(.live(), BuildOptions(jobs: 1))
        return fixture
    }

    /// One agency's three consecutive years, made for the continuity checks.
    static let qingheYears = ["qinghe-market-2021.pdf", "qinghe-market-2022.pdf", "qinghe-market-2023.pdf"]

    func build(_ stages: Stages, into corpus: String? = nil, _ options: BuildOptions = BuildOptions(jobs: 2)) throws -> BuildReport {
        try CorpusBuilder(stages: stages, options: options).build(inbox: inbox, corpus: corpus ?? self.corpus)
    }

    func manifest(_ corpus: String? = nil) throws -> [ManifestEntry] {
        try JSONFile.read([ManifestEntry].self, from: (corpus ?? self.corpus) + "/manifest.json")
    }

    func entry(_ path: String, in corpus: String? = nil) throws -> ManifestEntry? {
        try manifest(corpus).first { $0.path == path }
    }

    func bytes(_ relativePath: String, in corpus: String? = nil) -> Data? {
        FileManager.default.contents(atPath: (corpus ?? self.corpus) + "/" + relativePath)
    }

    /// Everything two equal corpora must share: records, JSON Lines, manifest without timings, summary, tables.
    func comparable(_ corpus: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let records = corpus + "/records"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: records)) ?? []).sorted() {
            result["records/" + name] = String(decoding: FileManager.default.contents(atPath: records + "/" + name)!, as: UTF8.self)
        }
        result["corpus.jsonl"] = bytes("corpus.jsonl", in: corpus).map { String(decoding: $0, as: UTF8.self) }
        // The summary says when it was made: that is all two equal corpora may differ in.
        result["summary.html"] = bytes("summary.html", in: corpus).map {
            String(decoding: $0, as: UTF8.self).replacing(/<span id="built">[^<]*<\/span>/, with: "")
        }
        result["manifest"] = String(decoding: try JSONFile.encode(try manifest(corpus).map(\.withoutTimings)), as: UTF8.self)
        result["sqlite"] = try Self.dump(database: corpus + "/corpus.sqlite")
        return result
    }

    /// Every row of every table, in a fixed order.
    static func dump(database path: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try ["reports", "non_reports", "numbers", "checks", "warnings", "sections"].map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3").map(\.description).joined(separator: "\n")
            }.joined(separator: "\n--\n")
        }
    }
}
