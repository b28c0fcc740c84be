import CPopplerDrawing
import ReportModel

/// What a page draws besides text, read from its content stream's operators (Poppler's core library):
/// the horizontal and vertical pieces table borders are made of, and whether it paints images or other ink.
///
/// Pieces are in the layout's space: points from the top-left corner of the crop box after the page's
/// /Rotate, y down, as poppler-glib gives text boxes. A dashed line is one piece over its whole length: the
/// dash pattern is a style of the border, not a break in it. Pieces entirely outside the clip (and so
/// the crop box) are dropped; ones partly inside are kept whole.
struct PageDrawing: Sendable {
    var pieces: [RulingMerger.Piece] = []
    /// Painted paths in a colour that shows on paper (not white, not transparent), straight or curved, and
    /// shadings and pattern fills.
    var visiblePaths = 0
    var images = 0
    /// Share of the page covered by the images' bounding boxes.
    var imageShare = 0.0
    /// Messages Poppler reported while interpreting the page.
    var errors = 0
    /// False when the page could not be interpreted at all.
    var interpreted = true

    /// The page's table rulings: pieces on one line that touch, joined.
    var rulings: [Ruling] { RulingMerger.merge(pieces) }

    /// Whether anything but text shows on the page.
    var hasInk: Bool { visiblePaths > 0 || images > 0 }

    init(copying page: gr_page) {
        interpreted = page.ok != 0
        errors = Int(page.errors)
        visiblePaths = Int(page.visible_paths)
        images = Int(page.images)
        imageShare = page.image_share
        if let segments = page.segments, page.segment_count > 0 {
            pieces = UnsafeBufferPointer(start: segments, count: Int(page.segment_count)).map { segment in
                RulingMerger.Piece(
                    orientation: segment.orientation == 0 ? .horizontal : .vertical, position: segment.position,
                    start: segment.start, end: segment.end, width: segment.width)
            }
        }
    }

    init() {}
}
