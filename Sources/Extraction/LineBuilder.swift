import ReportModel

/// Groups characters into lines by vertical overlap and splits lines into words by gaps and font changes,
/// from geometry alone: Poppler's block order glues a table row's numbers together.
///
/// Characters are swept top to bottom once, keeping only the lines that can still grow, so a page costs
/// O(n log n), not O(n²).
struct LineBuilder {
    /// Share of the smaller height a character must overlap with a line's core band to join it.
    var minLineOverlap = 0.5
    /// A horizontal gap wider than this many ems starts a new word.
    var wordGap = 0.2
    /// Font sizes closer than this (points) count as the same font.
    var sizeTolerance = 0.5

    /// A line under construction: its core band is the mean top and bottom of its members, so one
    /// tall character cannot stretch it over the next line.
    private struct OpenLine {
        var members: [PageCharacter] = []
        var sumY0 = 0.0
        var sumY1 = 0.0
        var coreY0: Double { sumY0 / Double(members.count) }
        var coreY1: Double { sumY1 / Double(members.count) }

        mutating func add(_ character: PageCharacter) {
            members.append(character)
            sumY0 += character.box.y0
            sumY1 += character.box.y1
        }
    }

    func lines(from characters: [PageCharacter]) -> [TextLine] {
        let sorted = characters.filter { $0.box.height > 0 }.sorted {
            ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0)
        }
        var open: [OpenLine] = []
        var closed: [OpenLine] = []
        for character in sorted {
            var index = 0
            while index < open.count {
                if open[index].coreY1 <= character.box.y0 {
                    closed.append(open.remove(at: index))
                } else {
                    index += 1
                }
            }
            var best: (index: Int, overlap: Double)?
            for (index, line) in open.enumerated() {
                let overlap = min(line.coreY1, character.box.y1) - max(line.coreY0, character.box.y0)
                let needed = minLineOverlap * min(line.coreY1 - line.coreY0, character.box.height)
                if overlap >= needed, overlap > (best?.overlap ?? 0) { best = (index, overlap) }
            }
            if let best {
                open[best.index].add(character)
            } else {
                var line = OpenLine()
                line.add(character)
                open.append(line)
            }
        }
        closed.append(contentsOf: open)
        return closed.compactMap { line(from: $0.members) }
    }

    private func line(from members: [PageCharacter]) -> TextLine? {
        let ordered = members.sorted { ($0.box.x0, $0.box.y0) < ($1.box.x0, $1.box.y0) }
        var words: [Word] = []
        var current: [PageCharacter] = []
        for character in ordered {
            if character.isSpace {
                if let word = Self.word(from: current) { words.append(word) }
                current = []
                continue
            }
            if let last = current.last, startsNewWord(character, after: last) {
                if let word = Self.word(from: current) { words.append(word) }
                current = []
            }
            current.append(character)
        }
        if let word = Self.word(from: current) { words.append(word) }
        guard let box = Box.enclosing(words.map(\.box)) else { return nil }
        return TextLine(box: box, words: words)
    }

    private func startsNewWord(_ character: PageCharacter, after previous: PageCharacter) -> Bool {
        if character.font != previous.font { return true }
        if let a = character.fontSize, let b = previous.fontSize, abs(a - b) > sizeTolerance { return true }
        let gap = character.box.x0 - previous.box.x1
        return gap > wordGap * min(character.em, previous.em)
    }

    /// A word from characters that share a font; nil for none.
    static func word(from characters: [PageCharacter]) -> Word? {
        guard let first = characters.first, let box = Box.enclosing(characters.map(\.box)) else { return nil }
        return Word(
            text: PrintedText.string(characters.lazy.map(\.scalar)), box: box, font: first.font, fontSize: first.fontSize, glyphs: characters.map(\.glyph))
    }

    /// A vertical run as one line of one word, glyphs in writing order: top to bottom as a rule, bottom to
    /// top for text turned anticlockwise, which is why Poppler's order within the run is kept.
    static func verticalLine(from run: [PageCharacter]) -> TextLine? {
        guard let word = word(from: run) else { return nil }
        return TextLine(box: word.box, words: [word], vertical: true)
    }
}
