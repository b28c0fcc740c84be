import ReportModel

/// One printed line of a page, as repair sees it: the words still outside any table, with the page they are on.
struct LayoutLine: Sendable {
    var page: Int
    var words: [Word]
    var vertical: Bool

    var box: Box { Box.enclosing(words.map(\.box)) ?? Box(x0: 0, y0: 0, x1: 0, y1: 0) }

    var text: String { LayoutText.joinLine(words.map { ($0.text, $0.box) }) }

    /// The typical font size of the line (the median word's), falling back to the line's height.
    var fontSize: Double { declaredFontSize ?? box.height }

    /// The median word's font size as the PDF declares it; nil for OCR text, whose box heights vary with the glyphs.
    var declaredFontSize: Double? {
        let sizes = words.compactMap(\.fontSize).sorted()
        return sizes.isEmpty ? nil : sizes[sizes.count / 2]
    }
}
