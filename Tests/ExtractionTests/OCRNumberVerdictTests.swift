import Testing

@testable import Extraction

/// A scanned number is published only when `chi_sim` and `eng` agree; any other reading is disputed, whatever its
/// confidence, and comes out with confidence 0 (so the parser leaves it null) and a reason.
struct OCRNumberVerdictTests {
    static func reading(_ text: String, _ confidence: Double) -> OCRNumberVerdict.Reading {
        OCRNumberVerdict.Reading(words: [
            TesseractEngine.Word(text: text, rect: PageImageRect(x: 0, y: 0, width: 30, height: 40), confidence: confidence, symbols: [])
        ])
    }

    @Test func agreeingModelsPublishTheNumberAsSureAsTheSurer() {
        let verdict = OCRNumberVerdict(
            chinese: [Self.reading("58", 80)], digits: [Self.reading("58", 93)], free: Self.reading("58", 80), minimumConfidence: 75)
        #expect(!verdict.disputed)
        #expect(verdict.doubts.isEmpty)
        #expect(verdict.chosen.value == "58")
        #expect(verdict.chosen.confidence == 93)
    }

    @Test func twoConfidentModelsThatDisagreeLeaveTheNumberUnpublished() {
        // The old rule kept the surer reading (96) with a warning, and the parser published it.
        let verdict = OCRNumberVerdict(
            chinese: [Self.reading("38", 91)], digits: [Self.reading("88", 96)], free: Self.reading("38", 91), minimumConfidence: 75)
        #expect(verdict.disputed)
        #expect(verdict.chosen.confidence == 0)
        #expect(verdict.doubts.contains("other readings [\"38\"]"))
    }

    @Test func oneModelAloneIsNotEnoughHoweverSure() {
        let verdict = OCRNumberVerdict(chinese: [], digits: [Self.reading("7", 99)], free: Self.reading("工", 60), minimumConfidence: 75)
        #expect(verdict.disputed)
        #expect(verdict.chosen.value == "7")
        #expect(verdict.chosen.confidence == 0)
        #expect(verdict.doubts.first == "only eng read it")
    }

    @Test func anAgreedNumberUnderTheThresholdIsDoubtfulNotDisputed() {
        let verdict = OCRNumberVerdict(
            chinese: [Self.reading("11", 60)], digits: [Self.reading("11", 70)], free: Self.reading("11", 60), minimumConfidence: 75)
        #expect(!verdict.disputed)
        #expect(verdict.chosen.confidence == 70)
        #expect(verdict.doubts == ["confidence 70"])
    }
}
