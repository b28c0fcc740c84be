"""Flows a report's blocks down A4 pages: title, headings, justified paragraphs with a two-character
first-line indent, tables split at row boundaries, a signature block; then adds the running header
and the -N- page numbers. Records what crossed a page break so the expected record's notes can say so."""
from fonts import CJK, width
from grid import Fragment
from linebreak import justify_space, wrap
from page import A4, Page

LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 78.0, 86.0


class Flow:
    def __init__(self, body_size=14.0, running_header=None):
        self.body_size, self.running_header = body_size, running_header
        self.pages, self.y = [Page()], TOP
        self.crossings = []  # human-readable notes on what crossed a page break

    @property
    def page(self):
        return self.pages[-1]

    @property
    def text_width(self):
        return A4[0] - LEFT - RIGHT

    def new_page(self):
        self.pages.append(Page())
        self.y = TOP

    def room(self):
        return A4[1] - BOTTOM - self.y

    def space(self, points):
        self.y += points

    def title(self, lines, size=20.0):
        for line in lines:
            lead = size * 1.6
            self.page.text((A4[0] - width(line, size)) / 2, self.y + size, CJK, size, line)
            self.y += lead
        self.y += size * 0.6

    def heading(self, text, size=15.0, keep=None):
        """A part heading, kept on one page with the first `keep` points of what follows
        (by default three lines of text)."""
        lead = size * 1.75
        keep = 3 * self.body_size * 1.75 if keep is None else keep
        if self.room() < lead + keep:
            self.new_page()
        self.page.text(LEFT + 2 * self.body_size, self.y + size * 1.1, CJK, size, text)
        self.y += lead

    def paragraph(self, text, label=None, size=None, indent=True):
        size = size or self.body_size
        lead = size * 1.75
        first = self.text_width - (2 * size if indent else 0)
        lines = wrap(text, first, self.text_width, size)
        start_page = None
        for i, line in enumerate(lines):
            if self.room() < lead:
                self.new_page()
            start_page = start_page or len(self.pages)
            x = LEFT + (2 * size if indent and i == 0 else 0)
            target = first if i == 0 else self.text_width
            space = justify_space(line, target, size) if i < len(lines) - 1 else 0.0
            self.page.text(x, self.y + size * 1.05, CJK, size, line, space)
            self.y += lead
        if start_page and len(self.pages) > start_page and label:
            self.crossings.append(f"{label} runs from page {start_page} onto page {len(self.pages)}")

    def table(self, grid, label, repeat_header, ruled=True, caption=None):
        """Places the grid row by row; a row that does not fit starts a new page, which repeats the
        header rows when repeat_header is set."""
        left = LEFT + (self.text_width - grid.width) / 2
        header = list(range(grid.header_rows))
        if self.room() < grid.keep_height():
            self.new_page()
        fragments = [Fragment(self.page, self.y, [])]
        for r in range(grid.row_count):
            h = grid.heights[r]
            if self.room() < h:
                self.new_page()
                fragments.append(Fragment(self.page, self.y, []))
                if repeat_header and r >= grid.header_rows:
                    fragments[-1].rows.extend(header)
                    self.y += sum(grid.heights[x] for x in header)
            fragments[-1].rows.append(r)
            self.y += h
        grid.draw(fragments, left, ruled)
        if len(fragments) > 1:
            first = self.pages.index(fragments[0].page) + 1
            how = "repeats its header rows" if repeat_header else "does not repeat its header"
            self.crossings.append(
                f"{label} runs from page {first} to page {len(self.pages)}; the continuation {how}"
                f"{'' if ruled else ' (no rulings)'}")
        self.y += 8

    def signature(self, lines, size=14.0):
        """The closing agency name and date, right-aligned; its box is marked for the seal stamp."""
        lead = size * 1.75
        if self.room() < lead * (len(lines) + 1):
            self.new_page()
        self.y += lead
        top = self.y
        right = A4[0] - RIGHT - 2 * size
        widest = max(width(line, size) for line in lines)
        for line in lines:
            self.page.text(right - width(line, size), self.y + size * 1.05, CJK, size, line)
            self.y += lead
        self.page.marks["signature"] = (right - widest, top, right, self.y)

    def finish(self, numbered=True, header_from=2):
        """Adds running headers (from page header_from on) and -N- footers; returns the pages."""
        for number, page in enumerate(self.pages, start=1):
            if self.running_header and number >= header_from:
                size = 9.0
                page.text((A4[0] - width(self.running_header, size)) / 2, 52, CJK, size, self.running_header)
                page.line(LEFT, 57, A4[0] - RIGHT, 57, 0.5)
            if numbered:
                label = f"-{number}-"
                page.text((A4[0] - width(label, 10.5)) / 2, A4[1] - 48, CJK, 10.5, label)
        return self.pages
