import ReportModel

/// Finds text set top-to-bottom: CJK glyphs that follow each other in Poppler's reading order while
/// stacking in one column (a vertical font, or one glyph per line in a narrow table cell). ASCII never
/// joins a run: stacked digits are a merged cell's numbers, one per table row.
///
/// Poppler's order is only trusted *within* a run, where it follows the writing direction (downwards, or
/// upwards for text rotated anticlockwise); the geometry decides whether the run is vertical, so a
/// horizontal line can never be mistaken for one.
struct VerticalRunFinder {
    /// Minimum share of the narrower glyph's width two stacked glyphs must share.
    var minColumnOverlap = 0.6
    /// Largest gap between stacked glyphs, in units of the taller glyph's height.
    var maxStackGap = 0.35

    /// Splits `characters` (in Poppler's order) into vertical runs and everything else.
    func split(_ characters: [PageCharacter]) -> (runs: [[PageCharacter]], rest: [PageCharacter]) {
        var runs: [[PageCharacter]] = []
        var rest: [PageCharacter] = []
        var current: [PageCharacter] = []

        func flush() {
            if current.count >= 2 { runs.append(current) } else { rest.append(contentsOf: current) }
            current = []
        }
        for character in characters {
            if character.isSpace {
                // Poppler puts synthetic spaces between the words of a vertical line too.
                if current.isEmpty { rest.append(character) }
                continue
            }
            if character.scalar.isASCII {
                // A stack of digits is a merged cell holding one number per row, not vertical writing.
                flush()
                rest.append(character)
                continue
            }
            if let last = current.last, !(stacks(character, below: last) || stacks(last, below: character)) {
                flush()
            }
            current.append(character)
        }
        flush()
        return (runs, rest)
    }

    func stacks(_ next: PageCharacter, below previous: PageCharacter) -> Bool {
        let a = previous.box
        let b = next.box
        let narrower = min(a.width, b.width)
        guard narrower > 0, a.horizontalOverlap(with: b) >= minColumnOverlap * narrower else { return false }
        guard b.midY > a.y1 - 0.25 * a.height else { return false }
        return b.y0 - a.y1 <= maxStackGap * max(a.height, b.height)
    }
}
