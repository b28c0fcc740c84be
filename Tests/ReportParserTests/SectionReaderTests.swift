@testable import ReportParser
import TestSupport
import Testing

@Suite struct SectionReaderTests {
    /// The signature's date is read by a scanner that takes exactly what its former regular expression took (kept
    /// here as its specification), over strings made of a date's characters, the marks OCR leaves on one and the
    /// characters it is confused with.
    @Test func aSignatureDateIsWhatTheExpressionTakes() throws {
        let digit = "\\p{Nd}", zeros = "〇零○", numerals = digit + zeros + "一二三四五六七八九十"
        let year = "(?:\(digit){4}|[\(zeros)一二三四五六七八九]{4})", monthOrDay = "[\(numerals)]{1,3}", stray = "[.。、,，·]?"
        let expression = try Regex(
            "[^\(numerals)]{0,2}\(year)年\(stray)\(monthOrDay)月(\(stray)\(monthOrDay)(?:.|[^\(numerals)\\n]日))?")
        let alphabet = Array("20１〇零○一二十百年月日”.、·于局上")
        let dates = [
            "2024年1月22日", "”2024年1月.22日", "二〇二四年十二月二十一日", "2023年1月16月", "”、二〇二四年.二十一月.二十一日",
            "2025年1月17上日",
        ]
        var random = SplitMix(seed: 11)
        var taken = 0
        for _ in 0..<4_000 {
            var characters = Array(dates.randomElement(using: &random)!)
            // One to three changes: a character replaced, inserted or removed.
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<characters.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: characters[at] = alphabet.randomElement(using: &random)!
                case 1: characters.insert(alphabet.randomElement(using: &random)!, at: at)
                default: if characters.count > 1 { characters.remove(at: at) }
                }
            }
            let text = String(characters)
            let expected = text.wholeMatch(of: expression) != nil
            #expect(SectionReader.isSignatureDate(text) == expected, "\(text)")
            if expected { taken += 1 }
        }
        #expect(taken > 200)
    }

    @Test func aMarkReadBetweenTheDayAndItsDayCharacterStillEndsASignature() {
        #expect(SectionReader.isSignatureDate("二〇二四年十二月二十一工日"))
        #expect(SectionReader.isSignatureDate("2023年3月1T日"))
        // Not a date: the mark is not before 日, or the day has no numeral, or it is a time of day.
        #expect(!SectionReader.isSignatureDate("2025年1月17上午"))
        #expect(!SectionReader.isSignatureDate("2025年1月上日"))
        #expect(!SectionReader.isSignatureDate("2025年1月17上下日"))
    }
}
