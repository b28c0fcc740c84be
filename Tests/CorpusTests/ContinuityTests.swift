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
        let fixture = try CorpusFixture.ofSamples(CorpusFixture.qingheYears)

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

    /// The views give, on real reports, what the samples' hand-checked truth says they print.
    @Test func theViewsAnswerWithTheNumbersThePDFsPrint() throws {
        let fixture = try CorpusFixture.ofSamples(CorpusFixture.qingheYears)
        let queue = try DatabaseQueue(path: fixture.corpus + "/corpus.sqlite")
        defer { try? queue.close() }
        var received = 0
        for name in CorpusFixture.qingheYears {
            let truth = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: Fixtures.samples.appendingPathComponent(name.replacingOccurrences(of: ".pdf", with: ".expected.json")))) as? [String: Any])
            let applications = try #require(truth["applications"] as? [String: [String: Int]])
            let review = try #require(truth["reviewLitigation"] as? [String: [String: Int]])
            received += try #require(applications["newReceived"]?["total"])
            try queue.read { db in
                let id = try #require(try String.fetchOne(db, sql: "SELECT id FROM reports WHERE path = ?", arguments: [name]))
                let outcomes = try Row.fetchAll(db, sql: "SELECT row, applications FROM outcomes WHERE report_id = ?", arguments: [id])
                #expect(outcomes.count == 21)  // （一）, （二）, 8 denial reasons, 3 + 5 + 3 sub-rows of （四）–（六）
                for row in outcomes {
                    #expect(row["applications"] as Int? == applications[row["row"] as String]?["total"], "\(name) \(row["row"] as String)")
                }
                let denied = try Int.fetchOne(db, sql: "SELECT sum(applications) FROM denial_reasons WHERE report_id = ?", arguments: [id])
                #expect(denied == applications.filter { $0.key.hasPrefix("denied.") }.map { $0.value["total"]! }.reduce(0, +))
                for row in try Row.fetchAll(db, sql: "SELECT * FROM review_litigation WHERE report_id = ?", arguments: [id]) {
                    let printed = try #require(review[row["row"] as String])
                    for column in ["maintained", "corrected", "other", "pending", "total"] {
                        #expect(row[column] as Int? == printed[column], "\(name) \(row["row"] as String).\(column)")
                    }
                }
            }
        }
        let total = try queue.read { db in try Int.fetchOne(db, sql: "SELECT sum(received) FROM applications_per_year") }
        #expect(total == received)
    }
}
