import Foundation
import ReportModel
import TestSupport
import Testing

/// The fast paths of `PrintedText` give what the Unicode properties give, for every scalar there is.
@Suite struct PrintedTextTests {
    private var everyScalar: some Sequence<Unicode.Scalar> {
        (0...0x10FFFF).lazy.compactMap(Unicode.Scalar.init(_:) as (UInt32) -> Unicode.Scalar?)
    }

    @Test func whitespaceIsThePropertys() {
        let disagreeing = everyScalar.filter { PrintedText.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(Array(disagreeing.prefix(5)) == [])
    }

    @Test func decimalDigitIsTheGeneralCategorys() {
        let disagreeing = everyScalar.filter { PrintedText.isDecimalDigit($0) != ($0.properties.generalCategory == .decimalNumber) }
        #expect(Array(disagreeing.prefix(5)) == [])
        #expect(PrintedText.isDecimalDigit("５") && !PrintedText.isDecimalDigit("五"))
    }

    @Test func letterOrNumberIsTheProperties() {
        let disagreeing = everyScalar.filter {
            PrintedText.isLetterOrNumber($0) != ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        }
        #expect(Array(disagreeing.prefix(5)) == [])
    }

    @Test func removingWhitespaceKeepsEverythingElse() {
        #expect(PrintedText.removingWhitespace(" 一、\u{3000}收到 申请\t12 件\n") == "一、收到申请12件")
    }

    /// Invisible zero-width characters go too: a converter's U+200B inside a label or a BOM before a title must
    /// not make it another label. Joiners that change drawing stay.
    @Test func removingWhitespaceRemovesTheInvisibleZeroWidthCharacters() {
        #expect(PrintedText.removingWhitespace("\u{FEFF}收到\u{200B}申请\u{2060}\u{00A0}12件") == "收到申请12件")
        #expect(PrintedText.removingWhitespace("a\u{200D}b\u{200C}c") == "a\u{200D}b\u{200C}c")
    }
}

extension PrintedTextTests {
    @Test func foldingWidthFoldsFullWidthFormsAndTheIdeographicSpace() {
        #expect(PrintedText.foldingWidth("（一）１２．５％\u{3000}件") == "(一)12.5% 件")
        #expect(PrintedText.foldingWidth("") == "")
    }

    /// Scalars dropped or replaced anywhere, the first and the last included; a text nothing changes comes back whole.
    @Test func mappingScalarsDropsAndReplaces() {
        let upper: (Unicode.Scalar) -> Unicode.Scalar? = { $0 == "x" ? nil : $0 == "a" ? "A" : $0 }
        #expect(PrintedText.mappingScalars("a收x到\u{1F600}a", upper) == "A收到\u{1F600}A")
        #expect(PrintedText.mappingScalars("xx", upper) == "")
        #expect(PrintedText.mappingScalars("收到申请", upper) == "收到申请")
        // The first change after bytes of several lengths, which are copied as they are.
        #expect(PrintedText.mappingScalars("收到\u{1F600}é申请x件a", upper) == "收到\u{1F600}é申请件A")
        #expect(PrintedText.mappingScalars("\u{1F600}a", upper) == "\u{1F600}A")
        #expect(PrintedText.mappingScalars("件数x", upper) == "件数")
    }

    @Test func containsFindsScalarSequences() {
        #expect(PrintedText.contains("二收到和处理政府信息公开申请情况", "政府信息公开"))
        #expect(PrintedText.contains("abc", ""))
        #expect(!PrintedText.contains("政府信息", "信息公开"))
    }
}

/// `PrintedText.trimmingSpacesAndTabs` against the Foundation call it replaced.
@Suite struct TrimmingSpacesTests {
    @Test func spaceOrTabIsFoundationsWhitespaces() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if PrintedText.isSpaceOrTab(scalar) != CharacterSet.whitespaces.contains(scalar) {
                Issue.record("U+\(String(value, radix: 16)): \(PrintedText.isSpaceOrTab(scalar))")
            }
        }
    }

    /// Texts of spaces, tabs, breaks, ideographs, combining marks and emoji, spaces at either end or none: trimmed
    /// as Foundation trims them.
    @Test func trimsAsFoundationTrims() {
        let pieces = [" ", "\t", "\u{3000}", "\u{A0}", "\u{200B}", "\n", "收", "a", "\u{301}", "\u{1F600}", "。"]
        var random = SplitMix(seed: 9)
        for _ in 0..<5000 {
            let text = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(
                Array(PrintedText.trimmingSpacesAndTabs(text).utf8) == Array(text.trimmingCharacters(in: .whitespaces).utf8),
                "\(text.unicodeScalars.map(\.value))")
        }
    }
}
