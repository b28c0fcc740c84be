/// What the shape of a lone printed digit says, read from its ink alone: a third reading, independent of Tesseract's
/// models, and coarse on purpose. It names only the digits whose shape no other digit shares: 0, one ring from top to
/// bottom; 6, one ring in its lower part; and 1, no ring, one upright stroke with a flag at its top left and nothing
/// else beside it. Of the other digits it says nothing: their shapes overlap (a 4's closed triangle and a 9's loop; a
/// 7 and an open 4 without holes), and a speck that touches a glyph can add a hole (a 9 read as two rings), so an 8 is
/// not named either.
///
/// On the calibration and probe scans (`scripts/scan-stress`) it named 1,472 agreed zeros and 20 agreed sixes, each
/// right; of the 386 lone 1s the models agreed on it named 382 (the other four had a speck beside the stroke); and,
/// since a 6's ring must reach the glyph's lower quarter, it names no digit the models agreed was another (before,
/// one closed 4 of 57 was named 6).
struct DigitShape: Equatable {
    /// The digit the shape names, or nil when its shape is not one that tells.
    var digit: String?

    /// The shape of the glyphs of `rect` in `image` (ink darker than 128), the marks of digit height (at least half
    /// the tallest), nil when there are none, or too small to have a shape. One glyph is named beside specks; several
    /// only each one named, left to right, and with no other mark among them: a point, a comma or a sign is part of
    /// a number that no shape names (3.1 is not 31).
    init?(of rect: PageImageRect, in image: GrayImage) {
        var marks: [GrayImage.Mark] = []
        image.forEachMark(in: rect) { marks.append($0) }
        guard let tallest = marks.map(\.box.height).max(), tallest >= 12 else { return nil }
        let glyphs = marks.filter { 2 * $0.box.height >= tallest }.sorted { $0.box.x < $1.box.x }
        guard let glyph = glyphs.first else { return nil }
        guard glyphs.count > 1 else {
            self.init(glyph: glyph, imageWidth: image.width)
            return
        }
        guard marks.count == glyphs.count else { return nil }
        let named = glyphs.compactMap { DigitShape(glyph: $0, imageWidth: image.width).digit }
        self.init(digit: named.count == glyphs.count ? named.joined() : nil)
    }

    private init(digit: String?) { self.digit = digit }

    init(glyph: GrayImage.Mark, imageWidth: Int) {
        let bitmap = Bitmap(glyph: glyph, imageWidth: imageWidth)
        let holes = bitmap.holes()
        if holes.isEmpty {
            if bitmap.isOne() { digit = "1" }
            return
        }
        guard holes.count == 1, let hole = holes.first else { return }
        // Where the hole lies, as a share of the glyph's height from its top.
        let h = Double(glyph.box.height)
        let top = Double(hole.y - glyph.box.y) / h, bottom = Double(hole.maxY - glyph.box.y) / h
        // A closed 4's triangle ends at its bar, two-thirds down: on the calibration and probe scans its hole's
        // bottom lay at 0.61–0.67 of the height, a 0's at 0.77–0.92 and a 6's at 0.84–0.90 (its top at 0.45–0.54,
        // a 4's at 0.17–0.40).
        if top <= 0.3 && bottom >= 0.72 {
            digit = "0"
        } else if top >= 0.4 && bottom >= 0.75 {
            digit = "6"
        }
    }

    /// The glyph's ink in a grid one pixel larger all round, so that the outside is one white region.
    private struct Bitmap {
        var box: PageImageRect
        var w: Int, h: Int
        var ink: [Bool]

        init(glyph: GrayImage.Mark, imageWidth: Int) {
            box = glyph.box
            (w, h) = (box.width + 2, box.height + 2)
            ink = [Bool](repeating: false, count: w * h)
            for i in glyph.pixels {
                ink[(i / imageWidth - box.y + 1) * w + i % imageWidth - box.x + 1] = true
            }
        }

        /// Whether the glyph is inked at column `x`, row `y` of its box.
        func inked(_ x: Int, _ y: Int) -> Bool { ink[(y + 1) * w + x + 1] }

        /// A 1: one upright stroke through nearly every row (the columns inked in 85% of them, side by side), nothing
        /// beside it from 45% to 80% of the way down, and a flag to its left in the top 40%. A 7's bar goes right and
        /// its stroke slants, a 4 has a triangle or a bar across, a 3 or a 5 has bowls on both sides of any upright,
        /// and a bare upright (what is left of a ruling) has no flag.
        func isOne() -> Bool {
            let (width, height) = (box.width, box.height)
            let upright = (0..<width).filter { x in 100 * (0..<height).filter { inked(x, $0) }.count >= 85 * height }
            guard let left = upright.first, let right = upright.last, right - left + 1 == upright.count else { return false }
            let slack = Double(upright.count) / 2
            var flag = false
            for y in 0..<height {
                guard let first = (0..<width).first(where: { inked($0, y) }),
                    let last = (0..<width).last(where: { inked($0, y) })
                else { continue }
                let (beforeStroke, afterStroke) = (Double(left - first), Double(last - right))
                let down = Double(y) / Double(height)
                if down >= 0.45, down <= 0.8, beforeStroke > slack || afterStroke > slack { return false }
                if down < 0.4, beforeStroke > slack, afterStroke <= slack { flag = true }
            }
            return flag
        }

        /// The rectangles of the glyph's holes: white regions inside its box that do not reach the box's edge, each
        /// at least a sixth of the glyph's height across both ways (a pinhole left by binarising is no hole).
        func holes() -> [PageImageRect] {
            var seen = ink
            var stack: [Int] = []
            func flood(from start: Int) -> PageImageRect {
                var (minX, maxX, minY, maxY) = (start % w, start % w, start / w, start / w)
                stack = [start]
                seen[start] = true
                while let i = stack.popLast() {
                    let (x, y) = (i % w, i / w)
                    (minX, maxX, minY, maxY) = (min(minX, x), max(maxX, x), min(minY, y), max(maxY, y))
                    for n in [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1]
                    where n >= 0 && !seen[n] {
                        seen[n] = true
                        stack.append(n)
                    }
                }
                return PageImageRect(x: box.x + minX - 1, y: box.y + minY - 1, width: maxX - minX + 1, height: maxY - minY + 1)
            }
            _ = flood(from: 0)  // the outside, through the padding round the box
            var holes: [PageImageRect] = []
            let least = max(2, box.height / 6)
            for i in 0..<(w * h) where !seen[i] {
                let hole = flood(from: i)
                if hole.width >= least / 2, hole.height >= least { holes.append(hole) }
            }
            return holes
        }
    }
}
