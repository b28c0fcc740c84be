import ReportModel
import TestSupport

/// Builds small synthetic layouts in code: words with per-glyph boxes, lines, ruled grids and pages.
///
/// Glyph widths follow print: a CJK glyph is as wide as the font size, a Latin letter or digit half as wide.
enum LayoutFixture {
    static let pageWidth = 595.0
    static let pageHeight = 842.0

    static func word(_ text: String, x: Double, y: Double, size: Double = 12) -> Word {
        Word.printed(text, x: x, y: y, size: size)
    }

    /// One line of words, each given as (text, x); all on the same baseline.
    static func line(_ words: [(String, Double)], y: Double, size: Double = 12) -> TextLine {
        let built = words.map { word($0.0, x: $0.1, y: y, size: size) }
        return TextLine(box: Box.enclosing(built.map(\.box))!, words: built)
    }

    /// A text stacked one glyph per line (a vertical table label), each glyph its own line.
    static func stacked(_ text: String, x: Double, y: Double, size: Double = 10) -> [TextLine] {
        text.enumerated().map { index, character in line([(String(character), x)], y: y + Double(index) * (size + 2), size: size) }
    }

    /// Full-length rulings for every boundary of a grid.
    static func grid(xs: [Double], ys: [Double]) -> [Ruling] {
        ys.map { Ruling(orientation: .horizontal, position: $0, start: xs.first!, end: xs.last!) }
            + xs.map { Ruling(orientation: .vertical, position: $0, start: ys.first!, end: ys.last!) }
    }

    static func page(_ number: Int, lines: [TextLine], rulings: [Ruling] = []) -> Page {
        Page(number: number, width: pageWidth, height: pageHeight, kind: .text,
             lines: lines.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }, rulings: rulings)
    }

    static func document(_ pages: [Page]) -> LayoutDocument {
        LayoutDocument(source: SourceInfo(path: "synthetic.pdf", sha256: String(repeating: "0", count: 64), format: .pdf, pages: pages.count), pages: pages)
    }

    /// A paragraph set as body text (16 pt, margins 72…520): wrapped at the right margin, the first line indented
    /// by two characters. Returns its lines and the y where the next line would start.
    static func prose(_ text: String, y: Double, indent: Bool = true) -> (lines: [TextLine], next: Double) {
        var lines: [TextLine] = []
        var current = ""
        var x = indent ? 104.0 : 72.0
        var width = x
        var top = y
        for character in text {
            let advance = character.isASCII ? 8.0 : 16.0
            if width + advance > 520.5 {
                lines.append(line([(current, x)], y: top, size: 16))
                (current, x, width, top) = ("", 72, 72, top + 27)
            }
            current.append(character)
            width += advance
        }
        if !current.isEmpty { lines.append(line([(current, x)], y: top, size: 16)) }
        return (lines, top + 27)
    }
}

extension Document {
    var tables: [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph.text } else { nil } }
    }

    var headings: [Heading] {
        blocks.compactMap { if case .heading(let heading) = $0 { heading } else { nil } }
    }
}

extension Table {
    /// Each row as `column:text` strings, for compact expectations.
    var summary: [[String]] {
        rows.map { $0.cells.map { "\($0.column):\($0.text)" } }
    }
}
