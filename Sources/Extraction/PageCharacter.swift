import ReportModel

/// One character of a page's text layer as Poppler reports it, already copied out of C memory.
struct PageCharacter: Sendable {
    var scalar: Unicode.Scalar
    var box: Box
    var font: String?
    var fontSize: Double?

    /// Spaces mark word boundaries but are not glyphs of their own.
    var isSpace: Bool { PrintedText.isWhitespace(scalar) }

    /// The size to measure gaps against: the font size when known, else the box height.
    var em: Double { max(fontSize ?? box.height, 1) }

    var glyph: Glyph { Glyph(char: String(Character(scalar)), box: box) }
}
