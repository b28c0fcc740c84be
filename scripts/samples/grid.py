"""A table as a grid of cells with row and column spans, laid out the way word processors draw the
national format's tables: wrapped labels, vertically merged cells, vertical (one glyph per line) text,
and rows that split over pages with or without a repeated header."""
from dataclasses import dataclass

from fonts import CJK, FIGURES, width
from linebreak import wrap

PAD = 2.5


@dataclass
class Cell:
    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    align: str = "center"  # "center" or "left"
    vertical: bool = False
    font: str = CJK

    @property
    def rows(self):
        return range(self.row, self.row + self.row_span)


def figure(row, col, text, col_span=1):
    """A numeric cell: figures are set in Times, as in most real reports."""
    return Cell(row, col, text, col_span=col_span, font=FIGURES if text.isascii() else CJK)


@dataclass
class Fragment:
    """The rows of a table that landed on one page, and where."""
    page: object
    top: float
    rows: list


class Grid:
    def __init__(self, col_widths, cells, header_rows=0, size=9.0, min_row=17.0):
        self.col_widths, self.cells, self.header_rows, self.size = col_widths, cells, header_rows, size
        self.lead = size * 1.3
        self.row_count = max(c.row + c.row_span for c in cells)
        self.heights = [min_row] * self.row_count
        for cell in sorted(cells, key=lambda c: c.row_span):
            need, have = self.needed_height(cell), sum(self.heights[r] for r in cell.rows)
            if need > have:
                self.heights[cell.row + cell.row_span - 1] += need - have

    def keep_height(self):
        """The header rows and two more: a table never starts on a page with less room than this."""
        return sum(self.heights[:self.header_rows + 2])

    @property
    def width(self):
        return sum(self.col_widths)

    def cell_width(self, cell):
        return sum(self.col_widths[cell.col:cell.col + cell.col_span])

    def lines(self, cell):
        if cell.vertical:
            return list(cell.text)
        inner = self.cell_width(cell) - 2 * PAD
        return wrap(cell.text, inner, inner, self.size, cell.font)

    def needed_height(self, cell):
        step = self.size * 1.12 if cell.vertical else self.lead
        return len(self.lines(cell)) * step + 2 * PAD + 2

    def draw(self, fragments, left, ruled):
        """Draws every cell into the fragments; a cell split over pages is ruled on each page and its
        text drawn once, in the first piece tall enough for it (else the tallest), as Word does."""
        for cell in self.cells:
            pieces = []
            for fragment in fragments:
                y, spans = fragment.top, []
                for r in fragment.rows:
                    if r in cell.rows:
                        spans.append((y, y + self.heights[r]))
                    y += self.heights[r]
                if spans:
                    pieces.append((fragment.page, spans[0][0], spans[-1][1], len(spans) == cell.row_span))
            owner = self._owner(cell, pieces)
            x0 = left + sum(self.col_widths[:cell.col])
            x1 = x0 + self.cell_width(cell)
            for index, (page, y0, y1, whole) in enumerate(pieces):
                if ruled:
                    page.rect(x0, y0, x1, y1)
                if whole or index == owner:
                    self._text(page, cell, x0, y0, x1, y1)

    def _owner(self, cell, pieces):
        partial = [i for i, p in enumerate(pieces) if not p[3]]
        if not partial:
            return None
        need = self.needed_height(cell)
        fits = [i for i in partial if pieces[i][2] - pieces[i][1] >= need]
        return fits[0] if fits else max(partial, key=lambda i: pieces[i][2] - pieces[i][1])

    def _text(self, page, cell, x0, y0, x1, y1):
        lines = self.lines(cell)
        if not lines or not cell.text:
            return
        step = self.size * 1.12 if cell.vertical else self.lead
        top = (y0 + y1 - len(lines) * step) / 2
        for i, line in enumerate(lines):
            baseline = top + i * step + (step - self.size) / 2 + self.size * 0.86
            w = width(line, self.size, cell.font)
            x = x0 + PAD + 1 if cell.align == "left" else (x0 + x1 - w) / 2
            page.text(x, baseline, cell.font, self.size, line)
