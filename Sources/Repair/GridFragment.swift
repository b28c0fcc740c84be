import ReportModel

/// A table as found on one page, or several once its continuations are appended: rows of cells placed by their x-range.
///
/// Cells keep absolute x-ranges rather than column numbers so that pieces from different pages, whose grids may
/// have different inner lines, can be put on one common set of columns at the end.
struct GridFragment: Sendable {
    struct Cell: Sendable {
        var x0: Double
        var x1: Double
        var rowSpan: Int
        var text: String
        var location: Location?
        var origin: TextOrigin
        var confidence: Double?
        /// The printed lines of a cell spanning several rows (see `ReportModel.Cell.lines`).
        var lines: [CellLine]? = nil
    }

    /// Each merged cell is in the row where it starts.
    var rows: [[Cell]]
    var firstPage: Int
    var lastPage: Int
    /// The table's box on its first page, and on the last page it covers (where a continuation would follow).
    var firstBox: Box
    var lastBox: Box
    var closedTop: Bool
    var closedBottom: Bool

    /// A piece of a word that fell into one cell: the glyphs of the word whose centres are in the cell.
    struct Piece: Sendable {
        var text: String
        var box: Box
        var origin: TextOrigin
        var confidence: Double?
    }

    /// Fills a ruled grid with the words whose glyph centres fall into its cells; those words leave `lines`.
    static func filling(_ grid: RulingGrid, from lines: inout [LayoutLine]) -> GridFragment {
        var pieces = Array(repeating: [Piece](), count: grid.table.cells.count)
        lines = lines.compactMap { line in
            var rest: [Word] = []
            for word in line.words {
                for part in split(word, by: { grid.cellIndex(x: $0.midX, y: $0.midY) }) {
                    if let cell = part.key {
                        pieces[cell].append(Piece(text: part.word.text, box: part.word.box, origin: word.origin, confidence: word.confidence))
                    } else {
                        rest.append(part.word)
                    }
                }
            }
            return rest.isEmpty ? nil : LayoutLine(page: line.page, words: rest, vertical: line.vertical)
        }
        var rows = Array(repeating: [Cell](), count: grid.table.ys.count - 1)
        for (index, cell) in grid.table.cells.enumerated() {
            let own = pieces[index]
            let printed = Self.lines(of: own)
            rows[cell.row].append(Cell(
                x0: cell.box.x0, x1: cell.box.x1, rowSpan: cell.rowSpan, text: text(of: printed),
                location: Location(page: grid.page, box: cell.box),
                origin: own.contains { $0.origin == .ocr } ? .ocr : .text,
                confidence: own.compactMap(\.confidence).min(),
                lines: cell.rowSpan > 1 && printed.count > 1 ? printed : nil))
        }
        return GridFragment(
            rows: rows, firstPage: grid.page, lastPage: grid.page, firstBox: grid.table.bounds, lastBox: grid.table.bounds,
            closedTop: grid.table.closedTop, closedBottom: grid.table.closedBottom)
    }

    /// Splits a word into runs of consecutive glyphs that share a key (a cell index, or nil for outside).
    /// Without per-glyph boxes the whole word goes by its centre.
    static func split<Key: Equatable>(_ word: Word, by key: (Box) -> Key) -> [(key: Key, word: Word)] {
        let wordKey = key(word.box)
        guard word.glyphs.count > 1 else { return [(wordKey, word)] }
        let keys = word.glyphs.map { key($0.box) }
        // Most words lie in one cell, as their glyphs do: then the answer is the same whether or not the glyphs
        // spell the word, and their text need not be joined to find out.
        if keys.allSatisfy({ $0 == wordKey }) { return [(wordKey, word)] }
        guard word.glyphs.map(\.char).joined() == word.text else { return [(wordKey, word)] }
        var runs: [(key: Key, glyphs: ArraySlice<Glyph>)] = []
        var start = 0
        for index in 1...keys.count where index == keys.count || keys[index] != keys[start] {
            runs.append((keys[start], word.glyphs[start..<index]))
            start = index
        }
        if runs.count == 1 { return [(runs[0].key, word)] }
        return runs.map { run in
            var part = word
            part.glyphs = Array(run.glyphs)
            part.text = run.glyphs.map(\.char).joined()
            part.box = Box.enclosing(run.glyphs.map(\.box)) ?? word.box
            return (run.key, part)
        }
    }

    /// A cell's pieces grouped into printed lines (top to bottom), each line read left to right. Glyphs stacked one
    /// per line (vertical labels) are thereby lines of their own.
    static func lines(of pieces: [Piece]) -> [CellLine] {
        var lines: [[Piece]] = []
        for piece in pieces.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let index = lines.lastIndex(where: { line in
                line.contains { $0.box.verticalOverlap(with: piece.box) > 0.5 * min($0.box.height, piece.box.height) }
            }) {
                lines[index].append(piece)
            } else {
                lines.append([piece])
            }
        }
        return lines.compactMap { line in
            Box.enclosing(line.map(\.box)).map { CellLine(text: LayoutText.joinLine(line.map { ($0.text, $0.box) }), box: $0) }
        }
    }

    /// A cell's text: its printed lines joined by the contract's rule, so a vertical label reads top-down.
    static func text(of lines: [CellLine]) -> String {
        lines.map(\.text).reduce("") { LayoutText.joinLines($0, $1) }
    }

    static func text(of pieces: [Piece]) -> String { text(of: lines(of: pieces)) }
}

extension GridFragment.Cell {
    /// A cell holding `pieces` (their text already joined), located at the pieces' box.
    init(_ text: String, _ pieces: [GridFragment.Piece], x0: Double, x1: Double, rowSpan: Int, page: Int) {
        self.init(
            x0: x0, x1: x1, rowSpan: rowSpan, text: text, location: Location(page: page, box: Box.enclosing(pieces.map(\.box))),
            origin: pieces.contains { $0.origin == .ocr } ? .ocr : .text, confidence: pieces.compactMap(\.confidence).min())
    }
}
