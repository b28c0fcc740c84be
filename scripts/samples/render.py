"""Draws laid-out pages into a PDF with fixed metadata, so reruns give byte-identical files."""
from reportlab import rl_config
from reportlab.pdfgen import canvas

from page import A4, Line, Text

rl_config.invariant = 1  # fixed creation date and document id: deterministic output
rl_config.useA85 = 0  # binary streams: ASCII85 would make the scans a quarter larger


def render(pages, path, title, author="make-samples", images=None):
    """Writes pages to path; images maps a page index to a JPEG drawn over the whole page instead
    of that page's text (how the mixed and scanned samples are made)."""
    images = images or {}
    pdf = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor(author)
    pdf.setCreator("govreports scripts/make-samples")
    pdf.setProducer("ReportLab")
    for index, page in enumerate(pages):
        if index in images:
            pdf.drawImage(images[index], 0, 0, width=A4[0], height=A4[1])
        else:
            _draw(pdf, page)
        pdf.showPage()
    pdf.save()


def _draw(pdf, page):
    height = A4[1]
    for op in page.ops:
        if isinstance(op, Line):
            pdf.setLineWidth(op.width)
            pdf.line(op.x0, height - op.y0, op.x1, height - op.y1)
        elif isinstance(op, Text):
            text = pdf.beginText(op.x, height - op.baseline)
            text.setFont(op.font, op.size)
            text.setCharSpace(op.char_space)
            text.textOut(op.text)
            pdf.drawText(text)
