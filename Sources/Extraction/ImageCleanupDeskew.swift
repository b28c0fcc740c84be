import Foundation

extension ImageCleanup {
    /// The page's skew in degrees (positive = turned clockwise), by projection-profile variance.
    ///
    /// Text lines and ruled table borders make the row histogram of ink peaky when sheared by the right angle, flat otherwise;
    /// the angle with the peakiest histogram wins. Coarse 0.1° steps over ±`maxSkewDegrees`, then 0.01° around the best.
    func estimateSkew(_ image: GrayImage) -> Double {
        let (points, step) = inkSample(image)
        guard points.count >= 50 else { return 0 }
        let range = stride(from: -maxSkewDegrees, through: maxSkewDegrees, by: 0.1)
        let coarse = best(points, bin: step, height: image.height, candidates: range)
        let fine = best(points, bin: step, height: image.height, candidates: stride(from: coarse - 0.1, through: coarse + 0.1, by: 0.01))
        return (fine * 100).rounded() / 100
    }

    /// The image turned by `degrees` (positive = clockwise) about its centre, same size, white where nothing maps.
    /// Bilinear, then re-thresholded at mid-grey so a binary page stays binary.
    func rotate(_ image: GrayImage, degrees: Double) -> GrayImage {
        let radians = degrees * .pi / 180
        let c = cos(radians), s = sin(radians)
        let cx = Double(image.width - 1) / 2, cy = Double(image.height - 1) / 2
        let w = image.width, h = image.height
        var out = [UInt8](repeating: 255, count: w * h)
        image.pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<h {
                    let dy = Double(y) - cy
                    for x in 0..<w {
                        let dx = Double(x) - cx
                        let sx = cx + c * dx + s * dy, sy = cy - s * dx + c * dy
                        let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
                        guard x0 >= 0, y0 >= 0, x0 + 1 < w, y0 + 1 < h else { continue }
                        let fx = sx - Double(x0), fy = sy - Double(y0)
                        let i = y0 * w + x0
                        let top = Double(p[i]) * (1 - fx) + Double(p[i + 1]) * fx
                        let bottom = Double(p[i + w]) * (1 - fx) + Double(p[i + w + 1]) * fx
                        o[y * w + x] = top * (1 - fy) + bottom * fy < 128 ? 0 : 255
                    }
                }
            }
        }
        return GrayImage(width: w, height: h, pixels: out)
    }

    /// Coordinates of dark pixels, thinned to about 200 000 (every `step`-th row and column) so the search costs the same on any page.
    private func inkSample(_ image: GrayImage) -> (points: [(x: Double, y: Double)], step: Int) {
        var dark = 0
        for v in image.pixels where v < 128 { dark += 1 }
        let step = max(1, Int((Double(dark) / 200_000).squareRoot().rounded(.up)))
        var points: [(x: Double, y: Double)] = []
        points.reserveCapacity(dark / (step * step) + 1)
        image.pixels.withUnsafeBufferPointer { p in
            for y in stride(from: 0, to: image.height, by: step) {
                let row = y * image.width
                for x in stride(from: 0, to: image.width, by: step) where p[row + x] < 128 {
                    points.append((Double(x), Double(y)))
                }
            }
        }
        return (points, step)
    }

    /// The candidate angle with the peakiest histogram of sheared rows. Bins are `bin` rows high, the sampling step:
    /// finer bins would make angle 0 win on any page, its sheared rows all falling on sampled rows.
    private func best(_ points: [(x: Double, y: Double)], bin: Int, height: Int, candidates: StrideThrough<Double>) -> Double {
        let margin = Int(Double(height) * 0.05) + 2
        let binHeight = Double(bin)
        var histogram = [Int](repeating: 0, count: (height + 2 * margin) / bin + 1)
        var bestAngle = 0.0, bestScore = -1.0
        for angle in candidates {
            let t = tan(angle * .pi / 180)
            for i in histogram.indices { histogram[i] = 0 }
            for point in points {
                let row = Int(((point.y - point.x * t + Double(margin)) / binHeight).rounded(.down))
                if row >= 0, row < histogram.count { histogram[row] += 1 }
            }
            var score = 0.0
            for n in histogram { score += Double(n * n) }
            if score > bestScore || (score == bestScore && abs(angle) < abs(bestAngle)) {
                bestScore = score
                bestAngle = angle
            }
        }
        return bestAngle
    }
}
