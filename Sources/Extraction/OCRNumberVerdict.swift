/// What the readings of one numeric cell decide: a number two models agree on, or a disputed one.
///
/// A number is accepted only when a `chi_sim` and an `eng` reading agree, and is then as sure as two independent
/// readings that agree: wrong only if both are, and the same way (72 and 60 make 94). Otherwise
/// it is disputed, whatever its confidence: one model alone, even a confident one, is not trusted (a digit-restricted
/// model reads an 8 as a confident 3), and two that disagree leave the number unknown. An agreed number read with
/// less confidence than the threshold is doubtful too. A number whose glyphs' shapes name it (`DigitShape`: a ring is
/// a 0) is agreed by that shape and the model that read it, when the models disagree or only one read it; and two
/// models that agree on a number the shapes name otherwise are disputed.
struct OCRNumberVerdict {
    /// One engine's reading of a numeric cell.
    struct Reading {
        var words: [TesseractEngine.Word]
        var value: String?
        var confidence: Double

        init(words: [TesseractEngine.Word]) {
            self.words = words
            value = words.count == 1 ? OCRTextCleanup.numericReading(words[0].text) : nil
            confidence = words.map(\.confidence).min() ?? 0
        }
    }

    /// The reading kept: the agreed one, else the surest (for provenance only).
    var chosen: Reading
    /// Why the number is doubtful; empty when it is not.
    var doubts: [String] = []
    /// No `chi_sim` and `eng` reading agree: the number must not be published.
    var disputed = false
    /// No two models agreed, and the digit's shape settled it for the one model that read it.
    var settledByShape = false

    /// The confidence (0–100) of two independent readings that agree: 100 less the chance that both are wrong and
    /// wrong the same way. Both wrong is the product of their doubts; that two wrong readings then give the same
    /// number is taken as one in two, though on the calibration scans (`scripts/scan-stress`) no two models ever
    /// agreed on a wrong number at any confidence, and the agreed numbers the product alone put under 75 (51 to 74)
    /// were all right. Two readings that are each no surer than a guess (30 and 30) still stay under 75.
    static func combined(_ a: Double, _ b: Double) -> Double {
        100 - (100 - min(max(a, 0), 100)) * (100 - min(max(b, 0), 100)) / 200
    }

    /// - Parameters:
    ///   - chinese: `chi_sim` readings that gave a number; `digits`: `eng` readings that did.
    ///   - free: the cell's first reading, kept when no model gave a number.
    ///   - shape: what the shapes of the ink's glyphs say.
    init(chinese: [Reading], digits: [Reading], free: Reading, shape: DigitShape? = nil, minimumConfidence: Double) {
        let agreeing = chinese.flatMap { c in digits.filter { $0.value == c.value }.map { (c, $0) } }
            .max { max($0.0.confidence, $0.1.confidence) < max($1.0.confidence, $1.1.confidence) }
        if let (c, d) = agreeing, let named = shape?.digit, named != c.value?.filter(\.isNumber) {
            // Two models agreeing on one number where the glyphs' shapes name other digits (a 0 for two zeros read
            // as one): one of them has missed or misread a glyph. Signs and points are no glyphs a shape names.
            chosen = d.confidence >= c.confidence ? d : c
            doubts.append("the glyphs' shapes read \(named)")
            disputed = true
        } else if let (c, d) = agreeing {
            chosen = d.confidence >= c.confidence ? d : c
            chosen.confidence = Self.combined(c.confidence, d.confidence)
        } else if let digit = shape?.digit, let read = (chinese + digits).filter({ $0.value == digit }).max(by: { $0.confidence < $1.confidence }) {
            chosen = read
            settledByShape = true
        } else {
            let all = chinese + digits
            chosen = all.max { $0.confidence < $1.confidence } ?? free
            let others = Set(all.compactMap(\.value)).subtracting([chosen.value ?? ""])
            let alone = digits.isEmpty ? "only chi_sim read it" : chinese.isEmpty ? "only eng read it" : "the models disagree"
            doubts.append(others.isEmpty ? alone : "other readings \(others.sorted())")
            disputed = true
        }
        if chosen.value == nil { doubts.append("not a single number") }
        if disputed {
            chosen.confidence = 0
            doubts.append("given confidence 0, never published")
        } else if chosen.confidence < minimumConfidence {
            doubts.append("confidence \(Int(chosen.confidence))")
        }
    }
}
