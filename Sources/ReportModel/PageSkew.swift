import Foundation

/// The turn of a scanned page's content on the page, and the mapping between the page's own coordinates and the
/// straightened frame OCR read it in (text rows horizontal, rulings parallel to the edges).
///
/// A box keeps its size and only its centre turns: on the page, an item's box is its straightened box moved so that
/// its centre is the item's centre on the page. That is exact for a glyph, within a fraction of a point of the turned
/// outline for a word, and exactly invertible, so that repair can straighten a page, rebuild its rows and cells there,
/// and give its blocks' boxes back in the page's coordinates.
public struct PageSkew: Hashable, Sendable {
    /// Positive when the content is turned clockwise on the page.
    public var degrees: Double
    /// The point the content turned about, in points (the page's centre).
    var centreX: Double
    var centreY: Double

    public init(degrees: Double, centreX: Double, centreY: Double) {
        self.degrees = degrees
        self.centreX = centreX
        self.centreY = centreY
    }

    /// The page's skew about its centre, nil when it has none.
    public init?(of page: Page) {
        guard let degrees = page.skew, degrees != 0 else { return nil }
        self.init(degrees: degrees, centreX: page.width / 2, centreY: page.height / 2)
    }

    /// The box of a straightened item where the item is on the page.
    public func toPage(_ box: Box) -> Box { moved(box, by: degrees) }

    /// The box of an item on the page where it is once the page is straightened.
    public func toStraight(_ box: Box) -> Box { moved(box, by: -degrees) }

    public func toPage(_ ruling: Ruling) -> Ruling { moved(ruling, by: degrees) }

    public func toStraight(_ ruling: Ruling) -> Ruling { moved(ruling, by: -degrees) }

    /// The box with its centre turned by `angle` degrees (clockwise on a page, y down) about the centre.
    private func moved(_ box: Box, by angle: Double) -> Box {
        let (x, y) = turned(box.midX, box.midY, by: angle)
        let (dx, dy) = (x - box.midX, y - box.midY)
        return Box(x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy)
    }

    /// A ruling is a box of no thickness: its middle turns, its length stays.
    private func moved(_ ruling: Ruling, by angle: Double) -> Ruling {
        let middle = (ruling.start + ruling.end) / 2
        let horizontal = ruling.orientation == .horizontal
        let (x, y) = horizontal ? turned(middle, ruling.position, by: angle) : turned(ruling.position, middle, by: angle)
        let (along, across) = horizontal ? (x - middle, y - ruling.position) : (y - middle, x - ruling.position)
        return Ruling(
            orientation: ruling.orientation, position: ruling.position + across, start: ruling.start + along, end: ruling.end + along)
    }

    private func turned(_ x: Double, _ y: Double, by angle: Double) -> (Double, Double) {
        let radians = angle * .pi / 180
        let (c, s) = (cos(radians), sin(radians))
        let (dx, dy) = (x - centreX, y - centreY)
        return (centreX + c * dx - s * dy, centreY + s * dx + c * dy)
    }
}

extension Page {
    /// The page as OCR read it: every box in the straightened frame, no skew. The page itself when it has none.
    public func straightened() -> Page {
        guard let skew = PageSkew(of: self) else { return self }
        var page = mappingBoxes(skew.toStraight, skew.toStraight)
        page.skew = nil
        return page
    }

    /// The page, read in a frame straightened by turning its content `degrees` back, with every box moved to the
    /// page's own coordinates and the skew recorded.
    public func placed(skew degrees: Double) -> Page {
        var page = self
        page.skew = degrees
        guard let skew = PageSkew(of: page) else { return self }
        page = page.mappingBoxes(skew.toPage, skew.toPage)
        return page
    }

    private func mappingBoxes(_ box: (Box) -> Box, _ ruling: (Ruling) -> Ruling) -> Page {
        var page = self
        page.rulings = rulings.map(ruling)
        page.lines = lines.map { line in
            var line = line
            line.box = box(line.box)
            line.words = line.words.map { word in
                var word = word
                word.box = box(word.box)
                word.glyphs = word.glyphs.map { Glyph(char: $0.char, box: box($0.box)) }
                return word
            }
            return line
        }
        return page
    }
}
