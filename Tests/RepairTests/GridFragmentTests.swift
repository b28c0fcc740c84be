import ReportModel
import TestSupport
import Testing
@testable import Repair

@Suite struct GridFragmentTests {
    /// The former `split`, kept as its specification: it joined the glyphs' text of every word and gathered a run
    /// of glyphs per key before it knew whether the word lay in one cell.
    private static func formerSplit<Key: Equatable>(_ word: Word, by key: (Box) -> Key) -> [(key: Key, word: Word)] {
        guard word.glyphs.count > 1, word.glyphs.map(\.char).joined() == word.text else {
            return [(key(word.box), word)]
        }
        var runs: [(key: Key, glyphs: [Glyph])] = []
        for glyph in word.glyphs {
            let glyphKey = key(glyph.box)
            if let last = runs.last, last.key == glyphKey {
                runs[runs.count - 1].glyphs.append(glyph)
            } else {
                runs.append((glyphKey, [glyph]))
            }
        }
        if runs.count == 1 { return [(runs[0].key, word)] }
        return runs.map { run in
            var part = word
            part.glyphs = run.glyphs
            part.text = run.glyphs.map(\.char).joined()
            part.box = Box.enclosing(run.glyphs.map(\.box)) ?? word.box
            return (run.key, part)
        }
    }

    /// Words of 0 to 6 glyphs on cells 10 points wide, some spelling their text and some not (a text that is not
    /// its glyphs'), their boxes where the glyphs are or shifted off them: `split` gives what the former one gave.
    @Test func splitIsTheFormerSplit() {
        var random = SplitMix(seed: 72)
        let cell: (Box) -> Int? = { box in box.midX < 0 || box.midX >= 40 ? nil : Int(box.midX / 10) }
        var multiRun = 0
        for _ in 0..<4000 {
            let count = Int(random.next() % 7)
            var x = Double(random.next() % 50) - 5
            var glyphs: [Glyph] = []
            for _ in 0..<count {
                let width = Double(random.next() % 6) + 1
                glyphs.append(Glyph(char: ["1", "2", "合", "计", "a"][Int(random.next() % 5)], box: Box(x0: x, y0: 0, x1: x + width, y1: 10)))
                x += width + Double(random.next() % 3)
            }
            let spelled = glyphs.map(\.char).joined()
            let text = random.next() % 4 == 0 ? spelled + "x" : spelled
            let enclosing = Box.enclosing(glyphs.map(\.box)) ?? Box(x0: x, y0: 0, x1: x + 5, y1: 10)
            let shift = random.next() % 3 == 0 ? Double(random.next() % 20) : 0
            let word = Word(text: text, box: Box(x0: enclosing.x0 + shift, y0: 0, x1: enclosing.x1 + shift, y1: 10), glyphs: glyphs)
            let split = GridFragment.split(word, by: cell)
            let former = Self.formerSplit(word, by: cell)
            #expect(split.map(\.key) == former.map(\.key), "\(word)")
            #expect(split.map(\.word) == former.map(\.word), "\(word)")
            if former.count > 1 { multiRun += 1 }
        }
        // The variations reach the words that are cut in pieces, not only the whole ones.
        #expect(multiRun > 200)
    }
}
