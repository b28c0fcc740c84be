"""The two fonts the samples use: a CJK TrueType font for all text and Times for table figures.

Real reports mix a CJK font (宋体/仿宋) with Times New Roman digits; mixing here makes the extractor
meet more than one font per page. WenQuanYi Zen Hei is the CJK font Debian ships as a TTC.
"""
import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

CJK = "ZenHei"
FIGURES = "Times-Roman"
CJK_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def register():
    """Registers the CJK font once; fails with a clear message when the Debian package is missing."""
    if CJK in pdfmetrics.getRegisteredFontNames():
        return
    if not os.path.exists(CJK_PATH):
        raise SystemExit(f"make-samples: {CJK_PATH} is missing (apt-get install fonts-wqy-zenhei)")
    pdfmetrics.registerFont(TTFont(CJK, CJK_PATH, subfontIndex=0))


def width(text, size, font=CJK):
    return pdfmetrics.stringWidth(text, font, size)
