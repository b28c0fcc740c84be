"""A laid-out page as a list of drawing operations, in PDF points with the origin at the top left.

Keeping pages as plain data (not drawn straight onto a canvas) lets one layout be rendered as a
born-digital PDF, and again as a mixed PDF where some pages are replaced by scanned images.
"""
from dataclasses import dataclass, field

A4 = (595.0, 842.0)


@dataclass
class Text:
    x: float
    baseline: float
    font: str
    size: float
    text: str
    char_space: float = 0.0


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.6


@dataclass
class Page:
    ops: list = field(default_factory=list)
    # Named regions (e.g. "signature") that later steps such as the seal stamp need to find.
    marks: dict = field(default_factory=dict)

    def text(self, x, baseline, font, size, text, char_space=0.0):
        self.ops.append(Text(x, baseline, font, size, text, char_space))

    def line(self, x0, y0, x1, y1, width=0.6):
        self.ops.append(Line(x0, y0, x1, y1, width))

    def rect(self, x0, y0, x1, y1, width=0.6):
        self.line(x0, y0, x1, y0, width)
        self.line(x1, y0, x1, y1, width)
        self.line(x1, y1, x0, y1, width)
        self.line(x0, y1, x0, y0, width)
