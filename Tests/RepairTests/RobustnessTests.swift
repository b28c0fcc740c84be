import Foundation
import ReportModel
import Testing
import TestSupport

@testable import Repair

/// Damaged beyond the seeds: truncated, reordered and degenerate inputs must come back as a document,
/// never a crash or a hang.
@Suite struct RobustnessTests {
    @Test func degenerateInputs() {
        let inputs = [
            "", "\n\n\n", "\t\t\t", "0", "一、", "（一）", "1.", "果", "三、\n本\n年", "0 0 0\n0 0 0", "（本列数据的勾稽关系为：",
            "自然\n人\n自然", "\t\t\t0\t\t\n\t\t", "第二十条第（一）项\n第二十条第（一）项", "六、。", "六、其他需要报告的事项。",
            "<table><tr><td rowspan=\"0\" colspan=\"-3\">x</td></tr></table>", "<p", "&#99999999;&#x;&",
        ]
        for input in inputs {
            _ = TextRepairer().blocks(from: input)
            _ = TextRepairer().blocks(from: HTMLReader.segments(of: input))
        }
    }

    @Test(.enabled(if: Fixtures.shared != nil))
    func truncatedAndShuffledSeeds() throws {
        let folder = try #require(Fixtures.shared("seeds"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var generator = SplitMix(seed: 42)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            for cut in stride(from: 0, to: lines.count, by: max(1, lines.count / 7)) {
                _ = TextRepairer().blocks(from: lines[cut...].joined(separator: "\n"))
                _ = TextRepairer().blocks(from: lines[..<cut].joined(separator: "\n"))
            }
            for _ in 0..<3 {
                _ = TextRepairer().blocks(from: lines.shuffled(using: &generator).joined(separator: "\n"))
            }
            _ = TextRepairer().blocks(from: String(text.reversed()))
        }
    }
}

/// A seeded generator, so a failing shuffle can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
