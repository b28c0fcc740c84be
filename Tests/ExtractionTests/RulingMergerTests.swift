import ReportModel
import Testing

@testable import Extraction

/// Pieces of one line join; pieces apart or off the line do not.
struct RulingMergerTests {
    private func piece(_ position: Double, _ start: Double, _ end: Double, width: Double = 0.5, _ orientation: Ruling.Orientation = .horizontal) -> RulingMerger.Piece {
        RulingMerger.Piece(orientation: orientation, position: position, start: start, end: end, width: width)
    }

    @Test func touchingAndOverlappingPiecesJoin() {
        let merged = RulingMerger.merge([piece(100, 0, 50), piece(100, 50, 80), piece(100, 70, 120)])
        #expect(merged == [Ruling(orientation: .horizontal, position: 100, start: 0, end: 120)])
    }

    @Test func aGapWiderThanTheLineBreaksIt() {
        let merged = RulingMerger.merge([piece(100, 0, 50), piece(100, 50.4, 80), piece(100, 81, 120)])
        #expect(merged.map(\.start) == [0, 81])
    }

    @Test func piecesWhoseBandsTouchAreOneLineAtTheirWeightedPosition() {
        // 0.5 pt wide at 100 and 100.4: the bands overlap. Lengths 30 and 10 weight the position.
        let merged = RulingMerger.merge([piece(100, 0, 30), piece(100.4, 30, 40)])
        #expect(merged.count == 1)
        #expect(abs(merged[0].position - 100.1) < 1e-9)
        #expect(RulingMerger.merge([piece(100, 0, 30), piece(101, 30, 40)]).count == 2)
    }

    @Test func orientationsStayApart() {
        let merged = RulingMerger.merge([piece(100, 0, 50), piece(100, 0, 50, .vertical)])
        #expect(merged.map(\.orientation) == [.horizontal, .vertical])
    }
}
