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
}
