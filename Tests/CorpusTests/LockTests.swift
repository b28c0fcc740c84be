import Corpus
import Foundation
import ReportModel
import Testing

@Suite struct LockTests {
    @Test func secondBuildIsRefusedWhileTheFirstHoldsTheLock() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let layout = CorpusLayout(root: fixture.corpus)
        var held: CorpusLock? = try CorpusLock(layout: layout)
        #expect(throws: GovReportsError.corpusLocked(path: layout.root)) {
            try fixture.build(FakeStages().stages())
        }
        #expect(throws: GovReportsError.corpusLocked(path: layout.root)) {
            try CorpusMerger().merge(shards: [fixture.inbox], into: fixture.corpus)
        }
        withExtendedLifetime(held) {}
        held = nil
        #expect(try fixture.build(FakeStages().stages()).count(.ok) == 9)
    }

    /// A lock held for a moment by another process (here `flock(1)` for 0.3 s; in the suite, a child another thread is
    /// starting) is waited for and taken, not reported as another build.
    @Test func aLockReleasedWithinAMomentIsTaken() throws {
        let fixture = try CorpusFixture()
        let layout = CorpusLayout(root: fixture.corpus)
        try FileManager.default.createDirectory(atPath: layout.root, withIntermediateDirectories: true)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["-x", layout.root + "/.lock", "sleep", "0.3"]
        try holder.run()
        // Until the holder has it: a lock that does not wait is refused.
        var seen = false
        for _ in 0..<200 where !seen {
            do { _ = try CorpusLock(layout: layout, patience: 0) } catch { seen = true }
            if !seen { usleep(5_000) }
        }
        #expect(seen)
        let start = Date()
        let lock = try CorpusLock(layout: layout)
        withExtendedLifetime(lock) {}
        #expect(Date().timeIntervalSince(start) < 2)
        holder.waitUntilExit()
    }
}
