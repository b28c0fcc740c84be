import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Repair

/// Damaged beyond the seeds: truncated, reordered and degenerate inputs must come back as a document,
/// never a crash or a hang, and never with a number the input does not hold.
@Suite struct RobustnessTests {
    /// Repair may join, split and drop, but every digit run it gives must occur in the input at least as often.
    static func expectNoNumberInvented(_ blocks: [Block], input: String, _ comment: String) {
        let inputRuns = SeedTests.digitRuns(in: input)
        var outputRuns: [String: Int] = [:]
        for text in SeedTests.texts(of: Document(source: SourceInfo(path: "x", sha256: "", format: .text), blocks: blocks)) {
            for (run, count) in SeedTests.digitRuns(in: text) { outputRuns[run, default: 0] += count }
        }
        for (run, count) in outputRuns where count > inputRuns[run, default: 0] {
            Issue.record("\(comment): '\(run)' appears \(count) times in the output, \(inputRuns[run, default: 0]) in the input")
        }
    }

    @Test func degenerateInputs() {
        let inputs = [
            "", "\n\n\n", "\t\t\t", "0", "一、", "（一）", "1.", "果", "三、\n本\n年", "0 0 0\n0 0 0", "（本列数据的勾稽关系为：",
            "自然\n人\n自然", "\t\t\t0\t\t\n\t\t", "第二十条第（一）项\n第二十条第（一）项", "六、。", "六、其他需要报告的事项。",
            "<table><tr><td rowspan=\"0\" colspan=\"-3\">x</td></tr></table>", "<p", "&#99999999;&#x;&",
        ]
        for input in inputs {
            let text = TextRepairer().blocks(from: input).blocks
            let html = TextRepairer().blocks(from: HTMLReader.segments(of: input)).blocks
            Self.expectNoNumberInvented(text, input: input, "text \(input.debugDescription)")
            Self.expectNoNumberInvented(html, input: input, "html \(input.debugDescription)")
        }
        // Input with something to read gives something back: an empty document would pass the test above trivially.
        #expect(!TextRepairer().blocks(from: "六、其他需要报告的事项。").blocks.isEmpty)
    }

    @Test(.enabled(if: Fixtures.shared != nil))
    func truncatedAndShuffledSeeds() throws {
        let folder = try #require(Fixtures.shared("seeds"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var generator = SplitMix(seed: 42)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            var damaged: [(String, String)] = []
            for cut in stride(from: 0, to: lines.count, by: max(1, lines.count / 7)) {
                damaged.append(("\(name) from line \(cut)", lines[cut...].joined(separator: "\n")))
                damaged.append(("\(name) up to line \(cut)", lines[..<cut].joined(separator: "\n")))
            }
            for round in 0..<3 {
                damaged.append(("\(name) shuffled \(round)", lines.shuffled(using: &generator).joined(separator: "\n")))
            }
            damaged.append(("\(name) reversed", String(text.reversed())))
            for (what, input) in damaged {
                let blocks = TextRepairer().blocks(from: input).blocks
                Self.expectNoNumberInvented(blocks, input: input, what)
                if input.contains(where: \.isLetter) { #expect(!blocks.isEmpty, "\(what): no block at all") }
            }
        }
    }
}
