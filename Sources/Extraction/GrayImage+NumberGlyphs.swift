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
            let minus = b.maxX <= left && left - b.maxX <= band && b.width >= b.height
                && 4 * (centreY - top) >= band && 4 * (centreY - top) <= 3 * band
            return pointOrComma || minus
        }
        for mark in border + candidates.filter({ !kept($0) }) {
            for i in mark.pixels { pixels[i] = 255 }
        }
    }

    /// One 8-connected mark of ink: its pixels (indices into `pixels`) and its bounding rectangle.
    private struct Mark {
        var pixels: [Int]
        var box: PageImageRect
    }

    /// The marks of ink inside `r`, each cut off at the rectangle's edge.
    private func marks(in r: PageImageRect) -> [Mark] {
        var seen = [Bool](repeating: false, count: r.width * r.height)
        var marks: [Mark] = []
        var stack: [(Int, Int)] = []
        for y0 in r.y..<r.maxY {
            for x0 in r.x..<r.maxX where pixels[y0 * width + x0] < 128 && !seen[(y0 - r.y) * r.width + x0 - r.x] {
                var members: [Int] = []
                var (minX, maxX, minY, maxY) = (x0, x0, y0, y0)
                seen[(y0 - r.y) * r.width + x0 - r.x] = true
                stack.append((x0, y0))
                while let (x, y) = stack.popLast() {
                    members.append(y * width + x)
                    (minX, maxX, minY, maxY) = (min(minX, x), max(maxX, x), min(minY, y), max(maxY, y))
                    for ny in max(r.y, y - 1)...min(r.maxY - 1, y + 1) {
                        for nx in max(r.x, x - 1)...min(r.maxX - 1, x + 1) {
                            let s = (ny - r.y) * r.width + nx - r.x
                            if !seen[s], pixels[ny * width + nx] < 128 {
                                seen[s] = true
                                stack.append((nx, ny))
                            }
                        }
                    }
                }
                marks.append(Mark(
                    pixels: members, box: PageImageRect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)))
            }
        }
        return marks
    }
}
