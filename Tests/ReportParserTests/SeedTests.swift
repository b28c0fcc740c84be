import Foundation
import Repair
import ReportModel
import ReportParser
import Scoring
import TestSupport
import Testing

/// The shared seeds through text repair and the parser, scored against their hand-checked truth.
/// Skipped when `../shared` is absent.
@Suite struct SeedTests {
    static var seeds: [String] {
        guard let folder = Fixtures.shared("seeds") else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Ways repair may fall short that the parser must survive: headings left as paragraphs, table rows left
    /// as paragraphs, or both.
    enum Damage: CaseIterable, Sendable {
        case none, headingsAsParagraphs, tablesAsParagraphs, both

        func apply(to document: Document) -> Document {
            var damaged = document
            damaged.blocks = document.blocks.flatMap { block -> [Block] in
                switch block {
                case .heading(let heading) where self == .headingsAsParagraphs || self == .both:
                    return [.paragraph(Paragraph(text: heading.text))]
                case .table(let table) where self == .tablesAsParagraphs || self == .both:
                    return table.rows.map { row in .paragraph(Paragraph(text: row.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " "))) }
                default:
                    return [block]
                }
            }
            return damaged
        }
    }

    @Test(.enabled(if: Fixtures.shared != nil), arguments: seeds, Damage.allCases)
    func seedMatchesItsTruth(_ seed: String, damage: Damage) throws {
        let input = try #require(Fixtures.shared("seeds/\(seed)"))
        let truth = try #require(Fixtures.shared("truth/\((seed as NSString).deletingPathExtension).json"))
        let record = try ReportParser().parse(damage.apply(to: try RepairStage().repair(path: input.path)))
        try DocumentBuilder.expectValid(record)
        let score = try Scorer().score(record, truth: Data(contentsOf: truth))
        #expect(score.numbersRight == score.numbersScored, "\(score.problems.prefix(10))")
        #expect(score.numbersMisread == 0, "\(score.problems.prefix(10))")
        #expect(score.metadataRight == score.metadataScored, "\(score.problems)")
        #expect(score.checksEqual, "\(score.problems)")
        #expect(score.textSimilarity >= 0.995, "\(score.sectionSimilarity)")
        #expect(record.provenance.count == score.numbersScored)
    }
}
