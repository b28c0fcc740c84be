import Testing
import TestSupport
@testable import ReportParser

/// A row's label segments, scanned by hand, are what the regular expressions they replaced gave, on seeded random
/// labels over the characters that matter (brackets, numerals, digits, marks) and on printed labels.
@Suite struct SourceRowTests {
    private static let alphabet = Array("（）()一二三十、.．1２3申请公开办理。".unicodeScalars)

    /// The replaced implementation, kept here as the reference.
    private func expected(_ label: String) -> [String] {
        let remark = /\((?![一二三四五六七八九十]+\))[^()]*\)/
        let remarkCutAtEnd = /\((?![一二三四五六七八九十]+\))[^()]*$/
        let remarkCutAtStart = /^[^()]*\)/
        let numbering = /\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、]/
        let folded = ChineseText.removingWhitespace(ChineseText.foldWidth(label))
        return folded.replacing(remark, with: "").replacing(remarkCutAtEnd, with: "").replacing(remarkCutAtStart, with: "")
            .split(separator: numbering).map { ChineseText.labelKey(String($0)) }.filter { !$0.isEmpty }
    }

    @Test func segmentsAreTheRegularExpressions() {
        var random = SplitMix(seed: 21)
        let labels = (0..<4_000).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...10, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)! }))
        } + [
            "（三）不予公开 1.属于国家秘密", "（区分处理的，只计这一情形，不计其他情形）", "二、收到和处理政府信息公开申请情况",
            "3.危及“三安全一稳定”", "理的，只计这一情形）1.本机关不掌握", "12.重复申请", "123.收到", "（四）无法提供（其他",
        ]
        let disagreeing = labels.filter { SourceRow.segments(of: $0) != expected($0) }
        #expect(Array(disagreeing.prefix(10)) == [])
    }
}
