extension ImageCleanup {
    /// The binary page without specks: connected marks (8-connected) far smaller than the text's stroke, which
    /// Tesseract reads as stray punctuation (`0.`, `“0`, `12.50 机`) and which then keep a number from reading as one.
    ///
    /// A speck is a mark no wider and no taller than the stroke, with at most a stroke's square of ink. A mark that
    /// small with text within four strokes on both its left and its right is kept: a decimal point between two digits (3.1416) is
    /// sometimes no bigger than a speck, and dropping it would publish 31416.
    func despeckle(_ image: GrayImage) -> GrayImage {
        let stroke = Self.strokeWidth(image)
        guard stroke >= 2 else { return image }
        let maxArea = stroke * stroke
        let w = image.width
        // 0: paper, 1: part of a real mark, 2: part of a speck.
        var kind = image.pixels.map { $0 < 128 ? UInt8(1) : 0 }
        var specks: [[Int]] = []
        image.forEachMark { mark in
            if mark.pixels.count <= maxArea, mark.box.width - 1 <= stroke, mark.box.height - 1 <= stroke {
                for i in mark.pixels { kind[i] = 2 }
                specks.append(mark.pixels)
            }
        }
        var out = image
        for members in specks where !Self.hasText(onBothSidesOf: members, kind: kind, width: w, reach: 4 * stroke) {
            for i in members { out.pixels[i] = 255 }
        }
        return out
    }

    /// The most common length of a horizontal ink run: the width of a vertical stroke, in pixels.
    static func strokeWidth(_ image: GrayImage) -> Int {
        var histogram = [Int](repeating: 0, count: 64)
        image.pixels.withUnsafeBufferPointer { p in
            for y in 0..<image.height {
                var run = 0
                for x in 0..<image.width {
                    if p[y * image.width + x] == 0 {
                        run += 1
                    } else if run > 0 {
                        histogram[min(run, 63)] += 1
                        run = 0
                    }
                }
                if run > 0 { histogram[min(run, 63)] += 1 }
            }
        }
        // Runs of one or two pixels are mostly noise and anti-aliasing; a stroke is wider.
        return (2..<63).max { histogram[$0] < histogram[$1] }.flatMap { histogram[$0] > 0 ? $0 : nil } ?? 0
    }

    /// Whether real marks lie within `reach` pixels to the left and to the right of the speck, on its rows.
    private static func hasText(onBothSidesOf members: [Int], kind: [UInt8], width w: Int, reach: Int) -> Bool {
        let rows = Dictionary(grouping: members, by: { $0 / w }).mapValues { ($0.map { $0 % w }.min()!, $0.map { $0 % w }.max()!) }
        func found(_ step: Int) -> Bool {
            rows.contains { y, span in
                let from = step < 0 ? span.0 : span.1
                return (1...reach).contains { d in
                    let x = from + step * d
                    return x >= 0 && x < w && kind[y * w + x] == 1
                }
            }
        }
        return found(-1) && found(1)
    }
}
