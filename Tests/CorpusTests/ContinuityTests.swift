import Corpus
import Foundation
import GRDB
import Testing
import TestSupport

/// The corpus checks what no single report can: that what an agency carried forward at the end of one year is what
/// it carried over into the next. On samples made for it (`scripts/make-samples`): qinghe-market-2021 → 2022 is
/// consistent, 2022 → 2023 is not in one column (法律服务机构 3 carried forward, 1 carried over) and so in the total.
@Suite struct ContinuityTests {
    @Test func consecutiveReportsOfOneAgencyAreCheckedAcrossTheCorpus() throws {
        let fixture = try CorpusFixture()
        for year in [2021, 2022, 2023] {
            let name = "qinghe-market-\(year).pdf"
            try fixture.write(name, try Data(contentsOf: Fixtures.samples.appendingPathComponent(name)))
        }
        _ = try fixture.build(.live(), BuildOptions(jobs: 1))

        let queue = try DatabaseQueue(path: fixture.corpus + "/corpus.sqlite")
        defer { try? queue.close() }
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM continuity ORDER BY year, column")
            #expect(rows.count == 14)  // two pairs, seven columns each
            let failing = rows.filter { $0["ok"] as Int? == 0 }
                .map { "\($0["year"] as Int) \($0["column"] as String) \($0["carried_forward"] as Int)→\($0["next_carried_over"] as Int)" }
            #expect(failing == ["2022 legalService 3→1", "2022 total 5→3"])
            #expect(rows.filter { $0["year"] as Int == 2021 }.allSatisfy { $0["ok"] as Int? == 1 })
            #expect(Set(rows.map { $0["agency"] as String }) == ["青禾县市场监督管理局"])
        }
    }
}
