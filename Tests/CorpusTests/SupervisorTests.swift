import Foundation
import ReportModel
import Testing

@testable import Corpus

@Suite struct SupervisorTests {
    /// What a worker that died inside `stage` of `path` leaves behind; `started` is when its document began.
    private func leaveMarker(
        _ fixture: CorpusFixture, path: String, stage: Stage, first: Stage, started: Date = Date()
    ) throws {
        let data = try #require(FileManager.default.contents(atPath: fixture.inbox + "/" + path))
        let id = String(SHA256.hex(of: data).prefix(16))
        let key = StageCache.key(id: id, stage: stage, first: first, versions: FakeStages.versions)
        try InFlightMarker(path: path, stage: stage, key: key, started: started.timeIntervalSince1970).write(CorpusLayout(root: fixture.corpus))
    }

    /// A worker that builds with the fakes and exits as `govreports build --worker` does.
    private func build(_ fixture: CorpusFixture, _ fakes: FakeStages, jobs: Int?) throws -> BuildSupervisor.Worker {
        let report = try fixture.build(fakes.stages(), BuildOptions(jobs: jobs ?? 2, supervised: true))
        return .ended(.exited(report.count(.failed) > 0 ? 1 : 0))
    }

    /// A worker that runs until it is stopped, then ends by SIGKILL; its resident memory is `residentBytes`.
    private func hungWorker(stopped: Locked<Bool>, residentBytes: Int? = nil) -> BuildSupervisor.Worker {
        BuildSupervisor.Worker(
            wait: { interval in
                if stopped.withLock({ $0 }) { return .signaled(SIGKILL) }
                Thread.sleep(forTimeInterval: interval.seconds)
                return nil
            },
            stop: { stopped.withLock { $0 = true } },
            residentBytes: { residentBytes })
    }

    /// A worker killed from outside (OOM killer, container limit) is no verdict on the one document it was working
    /// on: that document is retried alone, and a good one ends ok.
    @Test func aDocumentInFlightWhenTheWorkerIsKilledIsRetriedAlone() throws {
        let fixture = try CorpusFixture()
        try fixture.write("good.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "庚局", year: 2022, received: 4))
        let launches = Locked([Int?]())
        let supervisor = BuildSupervisor(
            launch: { jobs in
                let count = launches.withLock { $0.append(jobs); return $0.count }
                if count == 1 {
                    try leaveMarker(fixture, path: "good.pdf", stage: .extract, first: .extract)
                    return .ended(.signaled(SIGKILL))
                }
                return try build(fixture, FakeStages(), jobs: jobs)
            },
            log: { _ in })
        #expect(try supervisor.run(corpus: fixture.corpus) == 0)
        #expect(launches.withLock { $0 } == [nil, 1])
        #expect(try fixture.entry("good.pdf")?.status == .ok)
    }

    /// One that kills the worker again, alone, fails for this build only: nothing is cached for it, so the next build
    /// tries it again.
    @Test func aDocumentThatKillsTheWorkerTwiceIsSetAsideForThisBuildOnly() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        try fixture.write("z/crasher.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "庚局", year: 2022, received: 4))
        let fakes = FakeStages()
        let launches = Locked([Int?]())
        let supervisor = BuildSupervisor(
            launch: { jobs in
                let count = launches.withLock { $0.append(jobs); return $0.count }
                if count <= 2 {
                    try leaveMarker(fixture, path: "z/crasher.pdf", stage: .extract, first: .extract)
                    return .ended(.signaled(SIGSEGV))
                }
                return try build(fixture, fakes, jobs: jobs)
            },
            log: { _ in })
        #expect(try supervisor.run(corpus: fixture.corpus) == 1)
        #expect(launches.withLock { $0 } == [nil, 1, nil])
        let entry = try #require(try fixture.entry("z/crasher.pdf"))
        #expect(entry.status == .failed)
        #expect(entry.error == GovReportsError.workerKilled(path: "z/crasher.pdf", stage: "extract", signal: SIGSEGV).description)
        #expect(entry.errorCode == .workerKilled)
        #expect(entry.cache.isEmpty)
        #expect(fakes.calls(.extract) == 2)  // the two other PDFs; the crasher is not tried again in this build
        #expect(try fixture.entry("b/scan.pdf")?.status == .ok)
        #expect(InFlightMarker.all(CorpusLayout(root: fixture.corpus)).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: SetAside.file(CorpusLayout(root: fixture.corpus))))

        _ = try fixture.build(fakes.stages())
        #expect(fakes.calls(.extract) == 3)
        #expect(try fixture.entry("z/crasher.pdf")?.status == .ok)
    }

    @Test func severalDocumentsInProgressAreRetriedOneAtATime() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let launches = Locked([Int?]())
        let supervisor = BuildSupervisor(
            launch: { jobs in
                let count = launches.withLock { $0.append(jobs); return $0.count }
                if count == 1 {
                    try leaveMarker(fixture, path: "d/r1.txt", stage: .parse, first: .repair)
                    try leaveMarker(fixture, path: "d/r2.txt", stage: .repair, first: .repair)
                    return .ended(.signaled(SIGKILL))
                }
                if count == 2 {
                    try leaveMarker(fixture, path: "d/r2.txt", stage: .repair, first: .repair)
                    return .ended(.signaled(SIGKILL))
                }
                return try build(fixture, FakeStages(), jobs: jobs)
            },
            log: { _ in })
        #expect(try supervisor.run(corpus: fixture.corpus) == 1)
        #expect(launches.withLock { $0 } == [nil, 1, nil])
        #expect(try fixture.entry("d/r1.txt")?.status == .ok)
        #expect(try fixture.entry("d/r2.txt")?.status == .failed)
    }

    /// A document running over the time limit gets its worker killed; it fails with that reason, nothing is cached
    /// for it, and the build goes on with the others.
    @Test func aDocumentOverTheTimeLimitIsSetAside() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let stopped = Locked(false)
        let launches = Locked(0)
        let supervisor = BuildSupervisor(
            launch: { jobs in
                guard launches.withLock({ $0 += 1; return $0 }) == 1 else { return try build(fixture, FakeStages(), jobs: jobs) }
                // A worker hung in d/r3.txt's parse, begun two seconds ago, that ends only when killed.
                try leaveMarker(fixture, path: "d/r3.txt", stage: .parse, first: .repair, started: Date().addingTimeInterval(-2))
                return hungWorker(stopped: stopped)
            },
            log: { _ in }, documentTimeout: .seconds(1))
        #expect(try supervisor.run(corpus: fixture.corpus) == 1)
        #expect(stopped.withLock { $0 })
        let entry = try #require(try fixture.entry("d/r3.txt"))
        #expect(entry.error == "d/r3.txt: took longer than --document-timeout 1 s (in its parse stage); not cached, the next build tries it again")
        #expect(entry.cache["parse"] == nil)
        #expect(try fixture.entry("d/r4.txt")?.status == .ok)
    }

    /// A worker over `--document-memory` per document in flight is killed; its documents are retried one at a
    /// time, and the one that passes the limit alone fails with that reason, cached neither as done nor as failed.
    @Test func aDocumentOverTheMemoryLimitIsSetAsideAfterARetryAlone() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        let launches = Locked([Int?]())
        let supervisor = BuildSupervisor(
            launch: { jobs in
                let launch = launches.withLock { $0.append(jobs); return $0.count }
                guard launch <= 2 else { return try build(fixture, FakeStages(), jobs: jobs) }
                // Two documents at 250 MB (over 2 × 100), then d/r3.txt alone at 150 MB (over 100).
                for path in launch == 1 ? ["d/r3.txt", "d/r4.txt"] : ["d/r3.txt"] {
                    try leaveMarker(fixture, path: path, stage: .repair, first: .repair)
                }
                return hungWorker(stopped: Locked(false), residentBytes: launch == 1 ? 250 << 20 : 150 << 20)
            },
            log: { _ in }, documentMemory: 100)
        #expect(try supervisor.run(corpus: fixture.corpus) == 1)
        #expect(launches.withLock { $0 } == [nil, 1, nil])
        let entry = try #require(try fixture.entry("d/r3.txt"))
        #expect(entry.status == .failed)
        #expect(entry.error == "d/r3.txt: used more than --document-memory 100 MB (in its repair stage); not cached, the next build tries it again")
        #expect(entry.cache["repair"] == nil)
        #expect(try fixture.entry("d/r4.txt")?.status == .ok)
    }

    @Test func aWorkerDyingOutsideAnyStageIsResumedOnceThenTheBuildEnds() throws {
        let fixture = try CorpusFixture()
        let launches = Locked(0)
        let supervisor = BuildSupervisor(launch: { _ in launches.withLock { $0 += 1 }; return .ended(.signaled(SIGABRT)) }, log: { _ in })
        #expect(try supervisor.run(corpus: fixture.corpus) == 2)
        #expect(launches.withLock { $0 } == 2)
        let resumed = Locked(0)
        let flaky = BuildSupervisor(
            launch: { _ in resumed.withLock { $0 += 1; return $0 == 1 ? .ended(.signaled(SIGKILL)) : .ended(.exited(0)) } }, log: { _ in })
        #expect(try flaky.run(corpus: fixture.corpus) == 0)
    }

    @Test func aStageRunsWithItsMarkerInPlace() throws {
        let fixture = try CorpusFixture()
        try fixture.write("one.txt", text: CorpusFixture.report(agency: "甲局", year: 2022, received: 1))
        let layout = CorpusLayout(root: fixture.corpus)
        let seen = Locked([InFlightMarker]())
        var stages = FakeStages().stages()
        let parse = stages.parse
        stages.parse = { document in
            seen.withLock { $0 += InFlightMarker.all(layout) }
            return try parse(document)
        }
        _ = try fixture.build(stages)
        #expect(seen.withLock { $0.map(\.stage) } == [.parse])
        #expect(seen.withLock { $0.map(\.path) } == ["one.txt"])
        #expect(InFlightMarker.all(layout).isEmpty)
    }
}
