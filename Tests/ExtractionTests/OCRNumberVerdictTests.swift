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

    /// Two independent readings that agree are wrong only if both are, and the same way: 80 and 93 make 99.3.
    @Test func agreeingModelsPublishTheNumberSurerThanEither() {
        let verdict = OCRNumberVerdict(
            chinese: [Self.reading("58", 80)], digits: [Self.reading("58", 93)], free: Self.reading("58", 80), minimumConfidence: 75)
        #expect(!verdict.disputed)
        #expect(verdict.doubts.isEmpty)
        #expect(verdict.chosen.value == "58")
        #expect(abs(verdict.chosen.confidence - 99.3) < 1e-9)
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

    /// Two readings each under the threshold (72 and 60, the kind `chi_sim` gives a lone 0) agree: 94, published;
    /// so do two weaker ones (50 and 40, 85), as on the calibration scans. Two no surer than a guess (30 and 25) stay
    /// under it, doubtful but not disputed.
    @Test func agreedReadingsUnderTheThresholdEachCanStillBeSure() {
        let sure = OCRNumberVerdict(
            chinese: [Self.reading("11", 72)], digits: [Self.reading("11", 60)], free: Self.reading("11", 72), minimumConfidence: 75)
        #expect(!sure.disputed)
        #expect(abs(sure.chosen.confidence - 94.4) < 1e-9)
        #expect(sure.doubts.isEmpty)
        let weak = OCRNumberVerdict(
            chinese: [Self.reading("0", 30)], digits: [Self.reading("0", 25)], free: Self.reading("0", 30), minimumConfidence: 75)
        #expect(!weak.disputed)
        #expect(abs(weak.chosen.confidence - 73.75) < 1e-9)
        #expect(weak.doubts == ["confidence 73"])
        let fair = OCRNumberVerdict(
            chinese: [Self.reading("0", 50)], digits: [Self.reading("0", 40)], free: Self.reading("0", 50), minimumConfidence: 75)
        #expect(fair.chosen.confidence == 85)
        #expect(fair.doubts.isEmpty)
    }
}

/// A lone digit the models dispute is settled by its shape only for a digit a model read.
struct OCRNumberVerdictShapeTests {
    let zero: DigitShape? = {
        let image = OCRDespeckleTests.drawn("0", size: 40, width: 120, height: 80)
        return DigitShape(of: image.bounds, in: image)
    }()

    @Test func aRingSettlesAZeroOneModelReadAsNine() {
        // heyang's fee cell at 200 dpi: a speck on the 0 made chi_sim read 9.
        let verdict = OCRNumberVerdict(
            chinese: [OCRNumberVerdictTests.reading("9", 88)], digits: [OCRNumberVerdictTests.reading("0", 91)],
            free: OCRNumberVerdictTests.reading("9", 88), shape: zero, minimumConfidence: 75)
        #expect(!verdict.disputed)
        #expect(verdict.settledByShape)
        #expect(verdict.chosen.value == "0")
        #expect(verdict.chosen.confidence == 91)
    }

    @Test func aRingSettlesAZeroOnlyOneModelRead() {
        let verdict = OCRNumberVerdict(
            chinese: [], digits: [OCRNumberVerdictTests.reading("0", 80)], free: OCRNumberVerdictTests.reading("", 0),
            shape: zero, minimumConfidence: 75)
        #expect(!verdict.disputed)
        #expect(verdict.chosen.value == "0")
    }

    @Test func aShapeNamingADigitNoModelReadSettlesNothing() {
        let verdict = OCRNumberVerdict(
            chinese: [OCRNumberVerdictTests.reading("9", 88)], digits: [OCRNumberVerdictTests.reading("5", 91)],
            free: OCRNumberVerdictTests.reading("9", 88), shape: zero, minimumConfidence: 75)
        #expect(verdict.disputed)
        #expect(!verdict.settledByShape)
        #expect(verdict.chosen.confidence == 0)
    }

    @Test func aSettledReadingUnderTheThresholdIsStillDoubtful() {
        let verdict = OCRNumberVerdict(
            chinese: [OCRNumberVerdictTests.reading("9", 88)], digits: [OCRNumberVerdictTests.reading("0", 40)],
            free: OCRNumberVerdictTests.reading("9", 88), shape: zero, minimumConfidence: 75)
        #expect(verdict.chosen.value == "0")
        #expect(verdict.doubts == ["confidence 40"])
    }

    /// The verdict on `chinese` and `eng` readings (confidence 90) of `printed` drawn in DejaVu Sans.
    static func verdict(chinese: String, eng: String, on printed: String) -> OCRNumberVerdict {
        let image = OCRDespeckleTests.drawn(printed, size: 40, width: 200, height: 80)
        return OCRNumberVerdict(
            chinese: [OCRNumberVerdictTests.reading(chinese, 90)], digits: [OCRNumberVerdictTests.reading(eng, 90)],
            free: OCRNumberVerdictTests.reading(chinese, 90), shape: DigitShape(of: image.bounds, in: image), minimumConfidence: 75)
    }

    @Test func aFlaggedUprightSettlesAOneOneModelReadAsFour() {
        // The calibration scans' commonest dispute: chi_sim reads a lone 1 as 4, or not at all.
        let verdict = Self.verdict(chinese: "4", eng: "1", on: "1")
        #expect(verdict.settledByShape)
        #expect(verdict.chosen.value == "1")
    }

    @Test func agreedModelsTheShapesContradictAreDisputed() {
        // Two zeros read by both models as one (the page reading of a table without rulings, `oo`).
        let verdict = Self.verdict(chinese: "0", eng: "0", on: "00")
        #expect(verdict.disputed)
        #expect(verdict.chosen.confidence == 0)
        #expect(verdict.doubts.contains("the glyphs' shapes read 00"))
    }

    @Test func aSignIsNoGlyphTheShapesContradict() {
        let verdict = Self.verdict(chinese: "-1", eng: "-1", on: "-1")
        #expect(!verdict.disputed)
        #expect(verdict.chosen.value == "-1")
    }
}
