extension GrayImage {
    /// The rectangle of a numeric cell with everything that is not part of its number painted white: specks, a
    /// speck's neighbour left by despeckling, what erasing a ruling left behind.
    ///
    /// A number's digits are its tallest marks and of one height, so a mark is a digit when it is at least half as
    /// tall as the tallest. Of the smaller marks only those a number has are kept: a point or comma low between two
    /// digits, on their baseline (3.1416, 1,234), and a minus just before the first digit at mid-height. A mark as tall as the whole
    /// rectangle is a border fragment, never a digit. Tesseract then reads the digits alone, on a box tight round them.
    mutating func keepNumberGlyphs(in rect: PageImageRect) {
        let r = rect.clamped(width: width, height: height)
        guard r.width > 0, r.height > 0 else { return }
        let marks = self.marks(in: r)
        let border = marks.filter { $0.box.height * 10 >= r.height * 9 }
        let candidates = marks.filter { $0.box.height * 10 < r.height * 9 }
        guard let tallest = candidates.map(\.box.height).max(), tallest >= 3 else { return }
        let digits = candidates.filter { 2 * $0.box.height >= tallest }
        let top = digits.map(\.box.y).min()!, bottom = digits.map(\.box.maxY).max()!
        let left = digits.map(\.box.x).min()!, right = digits.map(\.box.maxX).max()!
        let band = bottom - top
        func kept(_ mark: Mark) -> Bool {
            let b = mark.box
            if 2 * b.height >= tallest { return true }
            let centreX = b.x + b.width / 2, centreY = b.y + b.height / 2
            let pointOrComma = centreX > left && centreX < right && 20 * (b.y - top) >= 11 * band
                && b.y < bottom && 3 * (b.maxY - bottom) <= band
            // A minus is a bar, at least twice as wide as it is thick; a speck there is round (`· 0` read as -0).
            let minus = b.maxX <= left && left - b.maxX <= band && b.width >= 2 * b.height
                && 4 * (centreY - top) >= band && 4 * (centreY - top) <= 3 * band
            return pointOrComma || minus
        }
        for mark in border + candidates.filter({ !kept($0) }) {
            for i in mark.pixels { pixels[i] = 255 }
        }
    }

    /// The marks of ink inside `r`, each cut off at the rectangle's edge.
    private func marks(in r: PageImageRect) -> [Mark] {
        var marks: [Mark] = []
        forEachMark(in: r) { marks.append($0) }
        return marks
    }
}
