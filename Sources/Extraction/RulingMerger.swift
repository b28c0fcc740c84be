import ReportModel

/// Joins the pieces of one line into one ruling: office suites draw a table border cell by cell, and a
/// stroked rectangle repeats the sides its neighbours draw.
///
/// Geometric, not tuned: two pieces are on the same line when their painted bands touch (positions no further
/// apart than half their widths together), and they join when the gap between them along the line is no wider
/// than the thicker one, a gap the eye does not see as a break.
struct RulingMerger {
    /// One horizontal or vertical piece as drawn; `width` is its stroke width or thickness (0 for a fill's edge).
    struct Piece: Hashable, Sendable {
        var orientation: Ruling.Orientation
        var position: Double
        var start: Double
        var end: Double
        var width: Double
    }

    /// Floating-point noise of the PDF's transformations, far below anything visible.
    static let noise = 0.01

    static func merge(_ pieces: [Piece]) -> [Ruling] {
        var rulings: [Ruling] = []
        for orientation in [Ruling.Orientation.horizontal, .vertical] {
            let sorted = pieces.filter { $0.orientation == orientation }.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
            // Lines: runs of pieces whose bands touch the previous one's.
            var lines: [[Piece]] = []
            for piece in sorted {
                if let last = lines.last?.last, piece.position - last.position <= (piece.width + last.width) / 2 + noise {
                    lines[lines.count - 1].append(piece)
                } else {
                    lines.append([piece])
                }
            }
            for line in lines {
                var group: [Piece] = []
                var reach = -Double.infinity
                var thickest = 0.0
                for piece in line.sorted(by: { $0.start < $1.start }) {
                    if !group.isEmpty, piece.start - reach > max(thickest, piece.width) + noise {
                        rulings.append(ruling(from: group, orientation: orientation))
                        group = []
                        thickest = 0
                    }
                    group.append(piece)
                    reach = group.count == 1 ? piece.end : max(reach, piece.end)
                    thickest = max(thickest, piece.width)
                }
                if !group.isEmpty { rulings.append(ruling(from: group, orientation: orientation)) }
            }
        }
        return rulings
    }

    /// The group's extent, at the mean of its positions weighted by length.
    private static func ruling(from group: [Piece], orientation: Ruling.Orientation) -> Ruling {
        let total = group.reduce(0) { $0 + ($1.end - $1.start) }
        let position = total > 0
            ? group.reduce(0) { $0 + $1.position * ($1.end - $1.start) } / total
            : group.reduce(0) { $0 + $1.position } / Double(group.count)
        return Ruling(
            orientation: orientation, position: position, start: group.map(\.start).min()!, end: group.map(\.end).max()!)
    }
}
