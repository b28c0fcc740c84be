import ReportModel

extension Word {
    /// A word as print sets it, for synthetic layouts: a CJK glyph is as wide as the font size, a Latin letter or
    /// digit half as wide, every glyph with its own box.
    public static func printed(_ text: String, x: Double, y: Double, size: Double) -> Word {
        var glyphs: [Glyph] = []
        var cursor = x
        for character in text {
            let width = character.isASCII ? size / 2 : size
            glyphs.append(Glyph(char: String(character), box: Box(x0: cursor, y0: y, x1: cursor + width, y1: y + size)))
            cursor += width
        }
        return Word(text: text, box: Box(x0: x, y0: y, x1: cursor, y1: y + size), font: "SimSun", fontSize: size, glyphs: glyphs)
    }
}
