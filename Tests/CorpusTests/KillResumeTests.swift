import Corpus
import Foundation
import ReportModel
import TestSupport
import Testing

/// These run the real `govreports` binary with the real stages: what is compared is the corpus mechanics, so they hold
/// whether the stages parse the inputs or (still) fail on them.
@Suite(.enabled(if: GovReportsBinary.url != nil, "needs the built govreports executable"))
struct KillResumeTests {
    /// Many small inputs, so that the build is still running when it is killed; with `../shared`, seed variants too.
    private func writeInbox(_ fixture: CorpusFixture) throws {
        for index in 0..<1000 {
            try fixture.write("bulk/\(index / 100)/n\(index).txt", text: "第\(index)号通知\n关于第\(index)项工作的说明。\n")
        }
        try fixture.write("bad/error-page.pdf", text: "<html><body>404</body></html>")
        try fixture.write("bad/empty.html", Data())
        guard let seeds = Fixtures.shared("seeds") else { return }
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            let data = try Data(contentsOf: seeds.appendingPathComponent(name))
            for variant in 0..<3 {
                try fixture.write("seeds/\(variant)-\(name)", data + Data("\n\(variant)\n".utf8))
            }
        }
    }

    @Test func killedBuildResumesToTheSameCorpus() throws {
        let fixture = try CorpusFixture()
        try writeInbox(fixture)
        let log = fixture.folder("killed.log")
        let process = try GovReportsBinary.start(["build", fixture.inbox, "--out", fixture.corpus, "--jobs", "2"], log: log)
        // Kill once some documents are done, well before the end.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let lines = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").count ?? 0
            if lines >= 100 { break }
            usleep(2000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: fixture.corpus + "/manifest.json"), "the build ended before the kill")
        // The worker process goes with its supervisor: nothing writes to the corpus any more.
        func fileCount() throws -> Int { try FileManager.default.subpathsOfDirectory(atPath: fixture.corpus).count }
        usleep(300_000)
        let settled = try fileCount()
        usleep(500_000)
        #expect(try fileCount() == settled)

        let resumedLog = fixture.folder("resumed.log")
        _ = try GovReportsBinary.run(["build", fixture.inbox, "--out", fixture.corpus, "--jobs", "2"], log: resumedLog)
        let clean = fixture.folder("clean")
        _ = try GovReportsBinary.run(["build", fixture.inbox, "--out", clean, "--jobs", "2"], log: fixture.folder("clean.log"))
        let resumedLines = try String(contentsOfFile: resumedLog, encoding: .utf8).split(separator: "\n").count
        // The resumed build only worked on what the killed one had not finished.
        #expect(resumedLines < 1000)

        let expected = try fixture.comparable(clean)
        let actual = try fixture.comparable(fixture.corpus)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for key in expected.keys.sorted() {
            #expect(actual[key] == expected[key], "\(key) differs")
        }
        #expect(try fixture.manifest().count == fixture.manifest(clean).count)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: fixture.corpus).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty, "temporary files of the killed build: \(leftovers.prefix(3))")
    }

    @Test func secondProcessIsRefusedWhileTheLockIsHeld() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: "第1号通知\n")
        let held = try CorpusLock(layout: CorpusLayout(root: fixture.corpus))
        let log = fixture.folder("locked.log")
        let status = try GovReportsBinary.run(["build", fixture.inbox, "--out", fixture.corpus], log: log)
        withExtendedLifetime(held) {}
        #expect(status == 2)
        let message = try String(contentsOfFile: log, encoding: .utf8)
        #expect(message == "govreports: \(CorpusLayout(root: fixture.corpus).root): another build is running on this corpus (lock held)\n")
    }
}
