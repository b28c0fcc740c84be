import ReportModel
import TestSupport

/// Builds a PDF page's layout holding one ruled table, for tests that run repair and parse together: words with
/// per-glyph boxes (a CJK glyph as wide as the font size, a digit half as wide), rulings drawn cell edge by cell
/// edge so that any of them can be left out.
struct RuledTableFixture {
    /// Column boundaries, left to right, and row boundaries, top to bottom.
    var xs: [Double]
    var ys: [Double]
    /// Each row's cell texts by column; "" leaves a cell empty. Spaces in a text separate words by one em.
    var rows: [[String]]
    /// Elementary cells (row, column) whose bottom ruling is not drawn.
    var openBelow: Set<[Int]> = []
    var size = 8.0

    static func word(_ text: String, x: Double, y: Double, size: Double) -> Word {
        Word.printed(text, x: x, y: y, size: size)
    }

    /// One printed line of space-separated words starting at x.
    static func line(_ text: String, x: Double, y: Double, size: Double) -> TextLine {
        var words: [Word] = []
        var cursor = x
        for piece in text.split(separator: " ") {
            let word = word(String(piece), x: cursor, y: y, size: size)
            words.append(word)
            cursor = word.box.x1 + size
        }
        return TextLine(box: Box.enclosing(words.map(\.box))!, words: words)
    }

    var lines: [TextLine] {
        rows.enumerated().flatMap { row, texts in
            texts.enumerated().compactMap { column, text -> TextLine? in
                guard !text.isEmpty else { return nil }
                return Self.line(text, x: xs[column] + 2, y: (ys[row] + ys[row + 1] - size) / 2, size: size)
            }
        }
    }

    var rulings: [Ruling] {
        var rulings: [Ruling] = []
        for (index, y) in ys.enumerated() {
            for column in 0..<(xs.count - 1) where index == 0 || !openBelow.contains([index - 1, column]) {
                rulings.append(Ruling(orientation: .horizontal, position: y, start: xs[column], end: xs[column + 1]))
            }
        }
        rulings += xs.map { Ruling(orientation: .vertical, position: $0, start: ys.first!, end: ys.last!) }
        return rulings
    }

    /// A page with a heading line above the table and any further lines.
    func page(_ number: Int, width: Double = 595, height: Double = 842, heading: String, extra: [TextLine] = []) -> Page {
        let headingLine = Self.line(heading, x: xs[0], y: ys[0] - 30, size: 16)
        let all = [headingLine] + lines + extra
        return Page(number: number, width: width, height: height, kind: .text,
                    lines: all.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }, rulings: rulings)
    }

    static func document(_ pages: [Page]) -> LayoutDocument {
        LayoutDocument(
            source: SourceInfo(path: "synthetic.pdf", sha256: String(repeating: "0", count: 64), format: .pdf, pages: pages.count),
            pages: pages)
    }

    /// Part 三's header row: the applicant columns of the national format.
    static let applicantHeader = ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    /// Label column 40…300, seven value columns of 36 points.
    static let applicantXs = [40.0, 300] + (1...7).map { 300 + Double($0) * 36 }

    /// A part-三 table of the given label rows and values, with rows 20 points high starting at y 100.
    static func applications(_ rows: [[String]], openBelow: Set<[Int]> = []) -> RuledTableFixture {
        let all = [applicantHeader] + rows
        return RuledTableFixture(
            xs: applicantXs, ys: (0...all.count).map { 100 + Double($0) * 20 }, rows: all, openBelow: openBelow, size: 6)
    }
}
