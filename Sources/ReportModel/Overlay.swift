/// Shapes to draw over a rendered page, so that a person can see what a stage detected (lines, paragraphs, table cells).
///
/// Kept free of any drawing library: repair produces these, the extraction module (which owns Poppler and cairo) draws them.
public struct PageOverlay: Hashable, Sendable {
    /// 1-based page number.
    public var page: Int
    public var shapes: [OverlayShape]

    public init(page: Int, shapes: [OverlayShape]) {
        self.page = page
        self.shapes = shapes
    }
}

/// One stroked rectangle in page points (origin top-left), with its colour and stroke width.
public struct OverlayShape: Hashable, Sendable {
    public var box: Box
    public var color: OverlayColor
    public var lineWidth: Double

    public init(box: Box, color: OverlayColor, lineWidth: Double = 1) {
        self.box = box
        self.color = color
        self.lineWidth = lineWidth
    }
}

/// An RGBA colour, components 0…1.
public struct OverlayColor: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    public static let line = OverlayColor(red: 0.6, green: 0.6, blue: 0.6, alpha: 0.8)
    public static let paragraph = OverlayColor(red: 0.1, green: 0.3, blue: 0.9, alpha: 0.8)
    public static let heading = OverlayColor(red: 0.0, green: 0.6, blue: 0.1, alpha: 0.9)
    public static let cell = OverlayColor(red: 0.9, green: 0.1, blue: 0.1, alpha: 0.8)
    public static let mergedCell = OverlayColor(red: 1.0, green: 0.55, blue: 0.0, alpha: 0.9)
    public static let dropped = OverlayColor(red: 0.7, green: 0.0, blue: 0.7, alpha: 0.9)
}
