import Foundation
import ReportModel
import Testing
import TestSupport
@testable import Repair

/// The hand-written scanners that replaced regular expressions on the hot path accept exactly what those
/// expressions matched, on seeded random strings over the characters that matter to them.
@Suite struct HandScannedPatternTests {
    private static let alphabet = Array("0123456789１２一二三十、.．,。（）()+-−万元%％件条个项—–－/／…无a #".unicodeScalars)

    private func strings(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...6, using: &random)
            return String(String.UnicodeScalarView((0..<length).map { _ in Self.alphabet.randomElement(using: &random)! }))
        }
    }

    private func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test func valueTokenIsTheRegularExpressions() {
        let pattern = #"^([+\-－−]?(\d{1,3}(,\d{3})+|\d+)([.．]\d+)?(万元|元|件|个|条|项|次|家|%|％)?|[—–\-－−―─/／\\…]+|无|空|×)$"#
        let samples = strings(count: 20_000, seed: 11) + ["12", "+3", "−4.5万元", "12.5%", "1.", "——", "/", "无", "3 1", "－3", "95％", "-/", "1,234", "12,34", "1,234.5万元", "3项", "……", "空"]
        let disagreeing = samples.filter { PrintedNumber($0).isValue != matches($0, pattern) }
        #expect(disagreeing == [])
    }

    @Test func headingLevelIsTheRegularExpressions() {
        func expected(_ text: String) -> Int? {
            let compact = String(text.filter { !$0.isWhitespace })
            if matches(compact, #"^[一二三四五六七八九十]+、"#) { return 1 }
            if matches(compact, #"^[（(][一二三四五六七八九十]+[）)]"#) { return 2 }
            if matches(compact, #"^\d{1,2}[.、．](?!\d)"#) { return 3 }
            return nil
        }
        let samples = strings(count: 20_000, seed: 12) + ["三、办理结果", "（二）依申请", "12.收到", "1.5万元", "123.收到"]
        let disagreeing = samples.filter { LayoutParagraphBuilder.headingLevel($0) != expected($0) }
        #expect(disagreeing == [])
    }

    @Test func numberingRestartIsTheRegularExpressions() {
        let samples = strings(count: 20_000, seed: 13) + ["1.属于", "1.5", "01.", "12、"]
        let disagreeing = samples.filter {
            ($0.unicodeScalars.first == "1" && LayoutText.numbering($0) == 1) != matches($0, #"^1[.、．](?!\d)"#)
        }
        #expect(disagreeing == [])
    }

    @Test func digitMaskIsTheRegularExpressions() {
        let samples = strings(count: 20_000, seed: 14) + ["第 5 页", "— 12 —", "#5"]
        let disagreeing = samples.filter {
            LayoutText.maskingDigitRuns($0) != $0.replacingOccurrences(of: #"\d+"#, with: "#", options: .regularExpression)
        }
        #expect(disagreeing == [])
    }
}
