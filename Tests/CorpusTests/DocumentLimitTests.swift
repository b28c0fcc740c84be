import Corpus
import Foundation
import ReportModel
import TestSupport
import Testing

/// `build --document-timeout` and `--document-memory`: a document over either fails with that reason, costs no one
/// else, and is tried again by the next build (nothing is cached for it). Runs the real binary on a scanned
/// sample, whose OCR takes seconds and well over 64 MB; a small text takes neither.
@Suite(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
struct DocumentLimitTests {
    @Test(arguments: [
        (["--jobs", "2", "--document-timeout", "1"], "took longer than --document-timeout 1 s", ErrorCode.timedOut),
        (["--jobs", "1", "--document-memory", "64"], "used more than --document-memory 64 MB", ErrorCode.overMemory),
    ])
    func aDocumentOverALimitFailsAndIsRetriedNextTime(_ limit: [String], _ reason: String, _ code: ErrorCode) throws {
        let fixture = try CorpusFixture()
        let scan = Fixtures.samples.appendingPathComponent("qinghe-market-2022-scan300.pdf")
        try fixture.write("large.pdf", try Data(contentsOf: scan))
        try fixture.write("small.txt", text: "第1号通知\n关于工作的说明。\n")
        let arguments = ["build", fixture.inbox, "--out", fixture.corpus] + limit
        #expect(try GovReportsBinary.run(arguments, log: fixture.folder("first.log")) == 1)
        let entry = try #require(try fixture.entry("large.pdf"))
        #expect(entry.status == .failed)
        #expect(entry.error == "large.pdf: \(reason) (in its extract stage); not cached, the next build tries it again")
        #expect(entry.errorCode == code)
        #expect(try fixture.entry("small.txt")?.status == .notAReport)
        let cached = try FileManager.default.subpathsOfDirectory(atPath: fixture.corpus + "/cache").filter { $0.hasPrefix("extract/\(entry.id)") }
        #expect(cached.isEmpty)

        #expect(try GovReportsBinary.run(arguments, log: fixture.folder("second.log")) == 1)
        let log = try String(contentsOfFile: fixture.folder("second.log"), encoding: .utf8)
        #expect(log.contains("large.pdf: \(reason)"))
    }
}
