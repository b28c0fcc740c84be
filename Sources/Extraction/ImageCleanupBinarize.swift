extension ImageCleanup {
    /// Sauvola thresholding: each pixel against `mean · (1 + k · (sd / 128 − 1))` of its neighbourhood.
    ///
    /// A local threshold survives grey or uneven backgrounds and JPEG ringing where one global threshold fails.
    /// Mean and deviation are taken on a 4×-reduced grid with integral images and read back per pixel, which keeps
    /// memory to a sixteenth of a full-resolution integral image; the statistics vary slowly at that scale anyway.
    func binarize(_ image: GrayImage, dpi: Double) -> GrayImage {
        let cell = 4
        let gw = (image.width + cell - 1) / cell, gh = (image.height + cell - 1) / cell
        guard gw > 0, gh > 0 else { return image }
        // Per grid cell sums of values and squares.
        var sum = [Double](repeating: 0, count: gw * gh)
        var sq = [Double](repeating: 0, count: gw * gh)
        var count = [Double](repeating: 0, count: gw * gh)
        image.pixels.withUnsafeBufferPointer { p in
            for y in 0..<image.height {
                let gy = y / cell, row = y * image.width
                for x in 0..<image.width {
                    let v = Double(p[row + x]), g = gy * gw + x / cell
                    sum[g] += v
                    sq[g] += v * v
                    count[g] += 1
                }
            }
        }
        let isum = Self.integral(sum, width: gw, height: gh)
        let isq = Self.integral(sq, width: gw, height: gh)
        let icount = Self.integral(count, width: gw, height: gh)
        // Window about 1/6 inch: wider than a stroke, narrower than a paragraph's shading change.
        let radius = max(2, Int((dpi / 6 / Double(cell) / 2).rounded()))
        var threshold = [Double](repeating: 0, count: gw * gh)
        for gy in 0..<gh {
            let y0 = max(0, gy - radius), y1 = min(gh, gy + radius + 1)
            for gx in 0..<gw {
                let x0 = max(0, gx - radius), x1 = min(gw, gx + radius + 1)
                let n = Self.boxSum(icount, gw, x0, y0, x1, y1)
                let mean = Self.boxSum(isum, gw, x0, y0, x1, y1) / n
                let variance = max(0, Self.boxSum(isq, gw, x0, y0, x1, y1) / n - mean * mean)
                threshold[gy * gw + gx] = mean * (1 + sauvolaK * (variance.squareRoot() / 128 - 1))
            }
        }
        var out = [UInt8](repeating: 255, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<image.height {
                    let row = y * image.width, trow = (y / cell) * gw
                    for x in 0..<image.width where Double(p[row + x]) < threshold[trow + x / cell] {
                        o[row + x] = 0
                    }
                }
            }
        }
        return GrayImage(width: image.width, height: image.height, pixels: out)
    }

    /// Summed-area table with a zero first row and column: `(width + 1) × (height + 1)`.
    private static func integral(_ values: [Double], width: Int, height: Int) -> [Double] {
        var table = [Double](repeating: 0, count: (width + 1) * (height + 1))
        for y in 0..<height {
            var rowSum = 0.0
            for x in 0..<width {
                rowSum += values[y * width + x]
                table[(y + 1) * (width + 1) + x + 1] = table[y * (width + 1) + x + 1] + rowSum
            }
        }
        return table
    }

    private static func boxSum(_ table: [Double], _ width: Int, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> Double {
        let w = width + 1
        return table[y1 * w + x1] - table[y0 * w + x1] - table[y1 * w + x0] + table[y0 * w + x0]
    }
}
