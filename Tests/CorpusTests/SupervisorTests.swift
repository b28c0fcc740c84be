import Foundation
import ReportModel
import Testing

@testable import Corpus

@Suite struct SupervisorTests {
    /// What a worker that died inside `stage` of `path` leaves behind.
    private func leaveMarker(_ fixture: CorpusFixture, path: String, stage: Stage, first: Stage) throws {
        let data = try #require(FileManager.default.contents(atPath: fixture.inbox + "/" + path))
        let id = String(SHA256.hex(of: data).prefix(16))
        let key = StageCache.key(id: id, stage: stage, first: first, versions: FakeStages.versions)
        try InFlightMarker(path: path, stage: stage, key: key).write(CorpusLayout(root: fixture.corpus))
    }

    @Test func aDocumentThatKillsTheWorkerIsRecordedAsFailedAndTheBuildGoesOn() throws {
        let fixture = try CorpusFixture()
        try fixture.writeMixedInbox()
        try fixture.write("z/crasher.pdf", text: "%PDF-1.7\n" + CorpusFixture.report(agency: "庚局", year: 2022, received: 4))
        let fakes = FakeStages()
        let launches = Locked([Int?]())
        let supervisor = BuildSupervisor(
            launch: { jobs in
                let count = launches.withLock { $0.append(jobs); return $0.count }
                if count == 1 {
                    try leaveMarker(fixture, path: "z/crasher.pdf", stage: .extract, first: .extract)
                    return .signaled(SIGSEGV)
                }
                let report = try fixture.build(fakes.stages(), BuildOptions(jobs: jobs ?? 2, supervised: true))
                return .exited(report.count(.failed) > 0 ? 1 : 0)
            },
            log: { _ in })
        #expect(try supervisor.run(corpus: fixture.corpus) == 1)
        #expect(launches.withLock { $0 } == [nil, nil])
        let entry = try #require(try fixture.entry("z/crasher.pdf"))
        #expect(entry.status == .failed)
        #expect(entry.error == "z/crasher.pdf: the build process died in its extract stage (signal \(SIGSEGV))")
        #expect(fakes.calls(.extract) == 2)  // the two other PDFs; the crasher is not tried again
        #expect(try fixture.entry("b/scan.pdf")?.status == .ok)
        #expect(InFlightMarker.all(CorpusLayout(root: fixture.corpus)).isEmpty)
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
                    return .signaled(SIGKILL)
                }
                if count == 2 {
                    try leaveMarker(fixture, path: "d/r2.txt", stage: .repair, first: .repair)
                    return .signaled(SIGKILL)
                }
                return .exited(try fixture.build(FakeStages().stages(), BuildOptions(jobs: jobs ?? 2, supervised: true)).count(.failed) > 0 ? 1 : 0)
            },
            log: { _ in })
        #expect(try supervisor.run(corpus: fixture.corpus) == 1)
        #expect(launches.withLock { $0 } == [nil, 1, nil])
        #expect(try fixture.entry("d/r1.txt")?.status == .ok)
        #expect(try fixture.entry("d/r2.txt")?.status == .failed)
    }

    @Test func aWorkerDyingOutsideAnyStageIsResumedOnceThenTheBuildEnds() throws {
        let fixture = try CorpusFixture()
        let launches = Locked(0)
        let supervisor = BuildSupervisor(launch: { _ in launches.withLock { $0 += 1 }; return .signaled(SIGABRT) }, log: { _ in })
        #expect(try supervisor.run(corpus: fixture.corpus) == 2)
        #expect(launches.withLock { $0 } == 2)
        let resumed = Locked(0)
        let flaky = BuildSupervisor(
            launch: { _ in resumed.withLock { $0 += 1; return $0 == 1 ? .signaled(SIGKILL) : .exited(0) } }, log: { _ in })
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
