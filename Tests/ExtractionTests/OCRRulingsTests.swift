import ReportModel
import Testing

@testable import Extraction

/// A scanned page's rulings and tables on synthetic images, at the edges of the thresholds (tolerance dpi / 50).
struct OCRRulingsTests {
    /// Dark pixels from (x0, y0) to (x1, y1), both inclusive.
    private static func ink(_ image: inout GrayImage, x: ClosedRange<Int>, y: ClosedRange<Int>) {
        for row in y { for column in x { image[column, row] = 0 } }
    }

    private static func verticals(_ rulings: [Ruling]) -> [Double] {
        rulings.filter { $0.orientation == .vertical }.map(\.position).sorted()
    }

    /// A sub-row rule that overshoots the table's right edge by exactly the tolerance (4 px at 200 dpi) belongs to the
    /// table: positions and ends are whole or half pixels, compared without a trip through points (612 px → 220.32 pt
    /// → 612.0000000000001 px, more than 4 px past the edge at 608, and the rule was dropped).
    @Test func aRuleOvershootingTheFrameByExactlyTheToleranceIsKept() {
        var image = GrayImage(width: 900, height: 700)
        for y in [199, 499] { Self.ink(&image, x: 299...608, y: y...(y + 1)) }  // at 200 and 500
        for x in [299, 449, 607] { Self.ink(&image, x: x...(x + 1), y: 199...500) }  // at 300, 450 and 608
        // In the last column only, 58.7 pt long: too short to stand alone, kept only as part of the table.
        Self.ink(&image, x: 449...611, y: 349...350)

        let found = OCRRulings(in: image, dpi: 200)
        #expect(found.rulings.contains { $0.orientation == .horizontal && $0.position == 350 && $0.start == 449 && $0.end == 612 })
        #expect(found.tables.count == 1)
        #expect(found.tables.first?.grid.ys == [200, 350, 500])
        #expect(found.tables.first?.grid.xs == [300, 450, 608])
    }

    /// A one-row band lower than the shortest ruling (60 px = 14.4 pt < 25 pt): its verticals go from one accepted
    /// horizontal to the next and are rules; a digit's stroke inside the band, clear of both, is not.
    @Test func aShortVerticalSpanningOneRowBandIsKept() {
        var image = GrayImage(width: 1400, height: 900)
        for y in [299, 499, 559] { Self.ink(&image, x: 400...1201, y: y...(y + 1)) }  // at 300, 500, 560
        for x in [400, 1200] { Self.ink(&image, x: x...(x + 1), y: 299...560) }
        Self.ink(&image, x: 800...801, y: 299...500)  // a long vertical in the upper band only
        Self.ink(&image, x: 600...601, y: 499...560)  // the short one, in the one-row band
        Self.ink(&image, x: 1000...1001, y: 513...546)  // a digit 1 of 10.5 pt text: 8 pt, 3 pt clear of both rules

        let found = OCRRulings(in: image, dpi: 300)
        #expect(Self.verticals(found.rulings) == [401, 601, 801, 1201])
        #expect(found.tables.count == 1)
        #expect(found.tables.first?.grid.xs == [401, 601, 801, 1201])
        #expect(found.tables.first?.grid.cells.count == 4)
    }

    /// The short verticals of a one-row band with a speck just outside a corner, bridged into the stroke (5 px, within
    /// the detector's gap): one runs 10 px above the table's top rule, one 10 px past an inner rule, more than the
    /// tolerance; both are still the band's borders, cut at the rule. A stroke reaching only one rule is not.
    @Test func aShortVerticalRunningALittlePastARuleIsKeptUpToIt() {
        var image = GrayImage(width: 1400, height: 900)
        for y in [299, 359, 559, 619] { Self.ink(&image, x: 400...1201, y: y...(y + 1)) }  // at 300, 360, 560, 620
        for x in [400, 1200] { Self.ink(&image, x: x...(x + 1), y: 299...620) }
        Self.ink(&image, x: 800...801, y: 359...560)  // a long vertical in the middle band only
        Self.ink(&image, x: 600...601, y: 299...360)  // the top band's border
        Self.ink(&image, x: 600...603, y: 289...293)  // a speck above the table, bridged into it
        Self.ink(&image, x: 700...701, y: 559...620)  // the bottom band's border
        Self.ink(&image, x: 698...701, y: 550...553)  // a speck above its top, inside the band above
        Self.ink(&image, x: 1000...1001, y: 559...600)  // from one rule only, 20 px short of the next

        let found = OCRRulings(in: image, dpi: 300)
        let verticals = found.rulings.filter { $0.orientation == .vertical }
        #expect(Self.verticals(found.rulings) == [401, 601, 701, 801, 1201])
        #expect(verticals.first { $0.position == 601 }?.start == 300)
        #expect(verticals.first { $0.position == 701 }?.start == 560)
        #expect(found.tables.count == 1)
        #expect(found.tables.first?.grid.cells.count == 6)
    }

    /// Strokes of a label in line (三安全一 in a cell, 130 px = 31 pt with no gap over the detector's) make a run as
    /// long as a short border, but stop a cell's padding short of the borders across them: no ruling, so they are not
    /// erased from the image nor split the row. A sub-row rule from one border to the other is kept.
    @Test func strokesOfTextInLineInsideACellAreNoRuling() {
        var image = GrayImage(width: 1400, height: 900)
        for y in [299, 399, 499] { Self.ink(&image, x: 400...1201, y: y...(y + 1)) }
        for x in [400, 800, 1200] { Self.ink(&image, x: x...(x + 1), y: 299...500) }
        Self.ink(&image, x: 430...560, y: 340...342)  // the label's strokes, 30 px clear of the border on its left
        Self.ink(&image, x: 800...1201, y: 449...450)  // a sub-row rule of the right column, border to border

        let found = OCRRulings(in: image, dpi: 300)
        let horizontals = found.rulings.filter { $0.orientation == .horizontal }.map(\.position).sorted()
        #expect(!horizontals.contains { abs($0 - 341) < 3 }, "\(horizontals)")
        #expect(horizontals.contains { abs($0 - 450) < 2 })
        #expect(found.tables.count == 1)
        #expect(found.tables.first?.grid.ys.contains { abs($0 - 341) < 3 } == false)
    }
}
