import Corpus
import Foundation
import ReportModel
import TestSupport
import Testing

/// `build --document-timeout`: a document that runs over it fails with that reason, costs no one else, and is tried
/// again by the next build (nothing is cached for it). Runs the real binary on a scanned sample, whose OCR takes seconds.
@Suite(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
struct DocumentTimeoutTests {
    @Test func aDocumentOverTheTimeLimitFailsAndIsRetriedNextTime() throws {
        let fixture = try CorpusFixture()
        let scan = Fixtures.samples.appendingPathComponent("qinghe-market-2022-scan300.pdf")
        try fixture.write("slow.pdf", try Data(contentsOf: scan))
        try fixture.write("quick.txt", text: "第1号通知\n关于工作的说明。\n")
        let arguments = ["build", fixture.inbox, "--out", fixture.corpus, "--jobs", "2", "--document-timeout", "1"]
        let started = Date()
        #expect(try GovReportsBinary.run(arguments, log: fixture.folder("first.log")) == 1)
        #expect(Date().timeIntervalSince(started) < 30)
        let entry = try #require(try fixture.entry("slow.pdf"))
        #expect(entry.status == .failed)
        #expect(entry.error == "slow.pdf: took longer than --document-timeout 1 s (in its extract stage); not cached, the next build tries it again")
        #expect(try fixture.entry("quick.txt")?.status == .notAReport)
        let cached = try FileManager.default.subpathsOfDirectory(atPath: fixture.corpus + "/cache").filter { $0.hasPrefix("extract/\(entry.id)") }
        #expect(cached.isEmpty)

        #expect(try GovReportsBinary.run(arguments, log: fixture.folder("second.log")) == 1)
        let log = try String(contentsOfFile: fixture.folder("second.log"), encoding: .utf8)
        #expect(log.contains("slow.pdf: took longer than --document-timeout 1 s"))
    }
}

/// `build --document-memory`, on the real binary: OCR of a scanned sample takes the worker past 64 MB, a small
/// text does not; the scan fails with the reason and nothing cached, and the next build tries it again.
@Suite(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
struct DocumentMemoryTests {
    @Test func aDocumentOverTheMemoryLimitFailsAndIsRetriedNextTime() throws {
        let fixture = try CorpusFixture()
        let scan = Fixtures.samples.appendingPathComponent("qinghe-market-2022-scan300.pdf")
        try fixture.write("large.pdf", try Data(contentsOf: scan))
        try fixture.write("small.txt", text: "第1号通知\n关于工作的说明。\n")
        let arguments = ["build", fixture.inbox, "--out", fixture.corpus, "--jobs", "1", "--document-memory", "64"]
        #expect(try GovReportsBinary.run(arguments, log: fixture.folder("first.log")) == 1)
        let entry = try #require(try fixture.entry("large.pdf"))
        #expect(entry.status == .failed)
        #expect(entry.error == "large.pdf: used more than --document-memory 64 MB (in its extract stage); not cached, the next build tries it again")
        #expect(try fixture.entry("small.txt")?.status == .notAReport)
        let cached = try FileManager.default.subpathsOfDirectory(atPath: fixture.corpus + "/cache").filter { $0.hasPrefix("extract/\(entry.id)") }
        #expect(cached.isEmpty)

        #expect(try GovReportsBinary.run(arguments, log: fixture.folder("second.log")) == 1)
        let log = try String(contentsOfFile: fixture.folder("second.log"), encoding: .utf8)
        #expect(log.contains("large.pdf: used more than --document-memory 64 MB"))
    }
}
