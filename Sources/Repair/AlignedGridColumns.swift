import ReportModel

/// The columns of a table printed without rulings, and its heads.
///
/// Label columns start where the row labels start (their left edges clustered), because nested labels are indented;
/// value columns are split midway between the clustered centres of the numbers, because numbers are centred or
/// right-aligned in their column.
struct AlignedGridColumns {
    /// Column boundaries, left to right: the label columns, then the value columns.
    var bounds: [Double]
    var labelColumnCount: Int
    /// Left edge of the leftmost number: everything left of it is label text.
    var valueLeft: Double
    /// Clustered left edges of the row labels.
    var labelStarts: [Double]
    /// The narrowest distance between two value columns: a head wider than this spans columns.
    var pitch: Double
    var size: Double

    init(labels: [Word], values: [Word], lines: [LayoutLine], size: Double) {
        let centres = TableGrid.cluster(values.map(\.box.midX), tolerance: max(8, size))
        let valueLeft = values.map(\.box.x0).min() ?? 0
        let left = min(lines.map(\.box.x0).min() ?? 0, valueLeft - 1)
        let right = max(lines.map(\.box.x1).max() ?? 0, values.map(\.box.x1).max() ?? 0, valueLeft) + 1
        let labelStarts = TableGrid.cluster(labels.map(\.box.x0), tolerance: size)
        let starts = labelStarts.dropFirst().map { $0 - size / 2 }.filter { $0 > left && $0 < valueLeft - 1 }
        self.bounds = [left] + starts + [valueLeft - 1] + zip(centres, centres.dropFirst()).map { ($0 + $1) / 2 } + [right]
        self.labelColumnCount = starts.count + 1
        self.valueLeft = valueLeft
        self.labelStarts = labelStarts
        self.pitch = zip(centres, centres.dropFirst()).map { $1 - $0 }.min() ?? .infinity
        self.size = size
    }

    /// A label word goes to the label column where it starts; any other word to the value column holding its centre.
    func column(of word: Word) -> Int {
        if word.box.midX < valueLeft {
            return max(0, bounds[..<labelColumnCount].lastIndex { $0 <= word.box.x0 + size / 2 } ?? 0)
        }
        return min(bounds.count - 2, max(labelColumnCount, bounds.lastIndex { $0 <= word.box.midX } ?? labelColumnCount))
    }

    /// The heads above the first row: heads set over several lines in one column (自然 / 人) joined, heads wider than
    /// a column (or alone on their line) on rows of their own, and the label block's head across the label columns.
    func heads(_ lines: ArraySlice<LayoutLine>, page: Int) -> [[GridFragment.Cell]] {
        var heads: [[GridFragment.Cell]] = []
        var stacked: [Int: [GridFragment.Piece]] = [:]
        func flushStacked() {
            guard !stacked.isEmpty else { return }
            heads.append(stacked.keys.sorted().map { target in
                let x1 = target < labelColumnCount ? bounds[labelColumnCount] : bounds[target + 1]
                let pieces = stacked[target] ?? []
                return GridFragment.Cell(GridFragment.text(of: pieces), pieces, x0: bounds[target], x1: x1, rowSpan: 1, page: page)
            })
            stacked = [:]
        }
        for line in lines {
            var spanning: [GridFragment.Cell] = []
            for word in line.words {
                let piece = GridFragment.Piece(text: word.text, box: word.box, origin: word.origin, confidence: word.confidence)
                if word.box.midX < valueLeft {
                    // Label-block text beside (not under) the label-block text so far starts a new head row (a sub-table title).
                    if let above = stacked[0], !above.contains(where: { $0.box.horizontalOverlap(with: word.box) > 0 }) { flushStacked() }
                    stacked[0, default: []].append(piece)
                } else if word.box.width > pitch || (line.words.count == 1 && word.box.width > pitch / 2) {
                    let first = max(labelColumnCount, bounds.lastIndex { $0 <= word.box.x0 } ?? labelColumnCount)
                    let last = max(first, min(bounds.count - 2, bounds.lastIndex { $0 < word.box.x1 } ?? first))
                    spanning.append(GridFragment.Cell(word.text, [piece], x0: bounds[first], x1: bounds[last + 1], rowSpan: 1, page: page))
                } else {
                    stacked[column(of: word), default: []].append(piece)
                }
            }
            if !spanning.isEmpty { heads.append(spanning) }
        }
        flushStacked()
        return heads
    }
}
