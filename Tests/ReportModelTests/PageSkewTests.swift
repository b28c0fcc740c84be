import Foundation
import ReportModel
import Testing

struct PageSkewTests {
    private let skew = PageSkew(degrees: 1.5, centreX: 300, centreY: 400)

    /// Clockwise on a page whose y grows downwards: a point right of the centre goes down, one below it goes left.
    @Test func positiveDegreesTurnClockwise() {
        let right = skew.toPage(Box(x0: 499, y0: 399, x1: 501, y1: 401))
        #expect(abs(right.midY - (400 + 200 * sin(1.5 * .pi / 180))) < 1e-9)
        #expect(right.midX < 500)
        let below = skew.toPage(Box(x0: 299, y0: 599, x1: 301, y1: 601))
        #expect(abs(below.midX - (300 - 200 * sin(1.5 * .pi / 180))) < 1e-9)
    }

    /// A box keeps its size; straightening undoes placing.
    @Test func boxesKeepTheirSizeAndComeBack() {
        let box = Box(x0: 72, y0: 700, x1: 160, y1: 712)
        let placed = skew.toPage(box)
        #expect(abs(placed.width - box.width) < 1e-9 && abs(placed.height - box.height) < 1e-9)
        #expect(abs(placed.midX - box.midX) > 5)  // 370 pt from the centre: moved by about 10 pt
        let back = skew.toStraight(placed)
        #expect([back.x0 - box.x0, back.y0 - box.y0, back.x1 - box.x1, back.y1 - box.y1].allSatisfy { abs($0) < 1e-9 })
    }

    /// A ruling's middle turns like a box's centre; it keeps its orientation and length.
    @Test func rulingsMoveByTheirMiddle() {
        let ruling = Ruling(orientation: .vertical, position: 100, start: 500, end: 700)
        let placed = skew.toPage(ruling)
        let middle = skew.toPage(Box(x0: 100, y0: 600, x1: 100, y1: 600))
        #expect(placed.orientation == .vertical)
        #expect(abs(placed.position - middle.midX) < 1e-9 && abs((placed.start + placed.end) / 2 - middle.midY) < 1e-9)
        #expect(abs(placed.end - placed.start - 200) < 1e-9)
    }

    @Test func aPageIsPlacedAndStraightenedBack() {
        let word = Word(text: "12", box: Box(x0: 400, y0: 100, x1: 412, y1: 112),
                        glyphs: [Glyph(char: "1", box: Box(x0: 400, y0: 100, x1: 406, y1: 112)), Glyph(char: "2", box: Box(x0: 406, y0: 100, x1: 412, y1: 112))])
        let page = Page(number: 1, width: 600, height: 800, kind: .ocr, lines: [TextLine(box: word.box, words: [word])],
                        rulings: [Ruling(orientation: .horizontal, position: 90, start: 72, end: 520)])
        let placed = page.placed(skew: -0.8)
        #expect(placed.skew == -0.8)
        #expect(placed.lines[0].words[0].glyphs[1].box != page.lines[0].words[0].glyphs[1].box)
        let back = placed.straightened()
        #expect(back.skew == nil)
        let (a, b) = (back.lines[0].words[0].glyphs[1].box, page.lines[0].words[0].glyphs[1].box)
        #expect(abs(a.x0 - b.x0) < 1e-9 && abs(a.y1 - b.y1) < 1e-9)
        #expect(abs(back.rulings[0].position - 90) < 1e-9)
        #expect(page.placed(skew: 0) == page)
    }
}
