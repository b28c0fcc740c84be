extension GrayImage {
    /// One 8-connected mark of ink: its pixels (indices into `pixels`) and its bounding rectangle.
    struct Mark {
        var pixels: [Int]
        var box: PageImageRect
    }

    /// Calls `body` with each 8-connected mark of ink (pixels darker than 128) inside `rect`, cut off at its edge.
    /// With `startsAt`, only the marks holding a pixel it accepts: a mark is followed from there through all its ink.
    ///
    /// The one flood fill of the clean-up: despeckling, dropping a seal's remnants and keeping a number's glyphs all
    /// ask which marks the ink makes.
    func forEachMark(in rect: PageImageRect? = nil, startsAt: ((Int) -> Bool)? = nil, _ body: (Mark) -> Void) {
        let r = (rect ?? bounds).clamped(width: width, height: height)
        guard r.width > 0, r.height > 0 else { return }
        let w = width
        var seen = [Bool](repeating: false, count: r.width * r.height)
        var stack: [Int] = []
        pixels.withUnsafeBufferPointer { p in
            for y0 in r.y..<r.maxY {
                for x0 in r.x..<r.maxX {
                    let start = y0 * w + x0
                    guard p[start] < 128, !seen[(y0 - r.y) * r.width + x0 - r.x], startsAt?(start) ?? true else { continue }
                    var members: [Int] = []
                    var (minX, maxX, minY, maxY) = (x0, x0, y0, y0)
                    seen[(y0 - r.y) * r.width + x0 - r.x] = true
                    stack.append(start)
                    while let i = stack.popLast() {
                        members.append(i)
                        let (x, y) = (i % w, i / w)
                        (minX, maxX, minY, maxY) = (min(minX, x), max(maxX, x), min(minY, y), max(maxY, y))
                        for ny in max(r.y, y - 1)...min(r.maxY - 1, y + 1) {
                            for nx in max(r.x, x - 1)...min(r.maxX - 1, x + 1) {
                                let s = (ny - r.y) * r.width + nx - r.x
                                if !seen[s], p[ny * w + nx] < 128 {
                                    seen[s] = true
                                    stack.append(ny * w + nx)
                                }
                            }
                        }
                    }
                    body(Mark(pixels: members, box: PageImageRect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)))
                }
            }
        }
    }
}
