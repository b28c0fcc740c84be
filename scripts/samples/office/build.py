"""Assembles one office sample's document from the template's tables and the sample's text, and has
LibreOffice (headless) render it to PDF."""
import copy
import hashlib
import os
import re
import subprocess

from formats import PART_HEADINGS

from . import docx
from .docx import el, paragraph, run, w

PORTRAIT = {"w": 11906, "h": 16838}
LANDSCAPE = {"w": 16838, "h": 11906, "orient": "landscape"}
MARGINS = {"top": 1440, "right": 1531, "bottom": 1440, "left": 1531, "header": 851, "footer": 992, "gutter": 0}
LANDSCAPE_MARGINS = {"top": 1531, "right": 1200, "bottom": 1531, "left": 1200, "header": 851, "footer": 992, "gutter": 0}


def shared_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.normpath(os.path.join(here, "..", "..", "..", "..", "shared"))
    return os.environ.get("GOVREPORTS_SHARED", default)


def template_path():
    path = os.path.join(shared_dir(), "template", "annual-report-format-2021.docx")
    if not os.path.exists(path):
        raise SystemExit(f"make-samples: the official template is missing: {path} (set GOVREPORTS_SHARED)")
    return path


def _sect_pr(size, margins, header, footer):
    children = []
    if header:
        children.append(el("headerReference", {"type": "default"}))
        children[-1].set("{%s}id" % docx.R_NS, "rIdGrHeader")
    if footer:
        children.append(el("footerReference", {"type": "default"}))
        children[-1].set("{%s}id" % docx.R_NS, "rIdGrFooter")
    children += [el("pgSz", size), el("pgMar", margins), el("cols", {"space": 425}),
                 el("docGrid", {"type": "lines", "linePitch": 312})]
    return el("sectPr", children=children)


def footer_paragraphs(style, page_numbers):
    """Page numbers centred in the footer: "— 5 —", "- 5 -", "第 5 页", "第 5 页 共 8 页" or "5 / 8"
    (page_numbers names the form)."""
    if not page_numbers:
        return None
    rpr = style.rpr(28)
    p = paragraph(None, rpr, align="center")
    if page_numbers in ("of_total", "slash"):
        before, middle, after = {"of_total": ("第 ", " 页 共 ", " 页"), "slash": ("", " / ", "")}[page_numbers]
        for text, field in [(before, "PAGE"), (middle, "NUMPAGES")]:
            if text:
                p.append(run(text, rpr))
            for r in docx.page_field(rpr, field):
                p.append(r)
        if after:
            p.append(run(after, rpr))
        return [p]
    before, after = {"emdash": ("— ", " —"), "hyphen": ("- ", " -"), "chinese": ("第 ", " 页")}[page_numbers]
    p.append(run(before, rpr))
    for r in docx.page_field(rpr):
        p.append(r)
    p.append(run(after, rpr))
    return [p]


def header_paragraphs(style, running_header):
    if not running_header:
        return None
    rpr = style.rpr(21)
    border = el("pBdr", children=[el("bottom", {"val": "single", "sz": 6, "space": 1, "color": "auto"})])
    return [paragraph(running_header, rpr, align="center", extra=[border])]


def _break_paragraph():
    """The paragraph that carries a section break: 1 pt high, so that a table ending at the foot of a
    page does not push it (and so a blank page) ahead of the next section."""
    p = paragraph(None, None, line=20)
    ppr = p.find(w("pPr"))
    ppr.insert(0, el("snapToGrid", {"val": 0}))
    ppr.append(el("rPr", children=[el("sz", {"val": 2}), el("szCs", {"val": 2})]))
    return p


def build_document(sample):
    """The document.xml tree of a sample: title, preface, parts 一 to 六 with the template's filled tables,
    sign-off; part 四 in its own landscape section when the sample asks for it."""
    report, style = sample.report, sample.style
    parts, root, (t2, t3, t4) = docx.read_template(template_path())
    body = root.find(w("body"))
    for child in list(body):
        body.remove(child)

    body_rpr, heading_rpr = style.rpr(style.body_size), style.rpr(style.body_size, bold=True)
    title_rpr, table_rpr = style.rpr(style.title_size, bold=True), style.rpr(style.table_size)
    indent = style.body_size * 10 * 2  # two characters, in twips (half-points * 10)
    spacing = {"line": style.body_line, "line_rule": style.body_line_rule}  # line None: the template's default
    text_align = "both" if style.justify else "left"

    for i, line in enumerate(report.title_lines):
        body.append(paragraph(line, title_rpr, align="center", after=240 if i == len(report.title_lines) - 1 else 0))
    for text in report.preface:
        body.append(paragraph(text, body_rpr, first_line=indent, align=text_align, **spacing))

    def section(part, items):
        body.append(paragraph(PART_HEADINGS[part], heading_rpr, first_line=indent, keep_next=True, before=120,
                              **spacing))
        for kind, text in items:
            body.append(paragraph(text, heading_rpr if kind == "h" and sample.bold_subheadings else body_rpr,
                                  first_line=indent, keep_next=kind == "h", align="left" if kind == "h" else text_align,
                                  **spacing))

    section(0, report.overview)

    for tbl in (t2, t3, t4):
        docx.restyle_runs(tbl, table_rpr)
    docx.fill_proactive(t2, report.template, report.proactive, table_rpr)
    docx.fill_applications(t3, report.applications, report.split_other_handling, report.social_label, table_rpr)
    docx.fill_review(t4, report.review, table_rpr)
    if sample.tight:
        for tbl in (t2, t3, t4):
            docx.tight_rows(tbl)
    if report.repeat_header:
        docx.repeat_header(t3, 3)
    if sample.narrow_review:
        docx.set_widths(t4, [560] * 15)
    elif sample.landscape_review:
        docx.set_widths(t4, [950] * 15)
    if sample.landscape_applications:
        docx.scale_widths(t3, [1100, 1300, 5038] + [1000] * 7)

    header, footer = bool(report.running_header), bool(sample.page_numbers)
    for part, tbl in [(1, t2), (2, t3), (3, t4)]:
        landscape = (part == 3 and sample.landscape_review) or (part == 2 and sample.landscape_applications)
        if landscape:
            # end the portrait section before part 四 (or 三); the part gets a landscape section of its own
            end = _break_paragraph()
            end.find(w("pPr")).append(_sect_pr(PORTRAIT, MARGINS, header, footer))
            body.append(end)
        body.append(paragraph(PART_HEADINGS[part], heading_rpr, first_line=indent, keep_next=True, before=120,
                              page_break_before=part == 2 and sample.part3_new_page, **spacing))
        body.append(tbl)
        if part == 2 and sample.landscape_applications:
            end = _break_paragraph()
            end.find(w("pPr")).append(_sect_pr(LANDSCAPE, LANDSCAPE_MARGINS, header, footer))
            body.append(end)
        elif part == 3 and sample.landscape_review:
            end = _break_paragraph()
            end.find(w("pPr")).append(_sect_pr(LANDSCAPE, LANDSCAPE_MARGINS, header, footer))
            body.append(end)
        else:
            body.append(paragraph(None, body_rpr))

    section(4, report.problems)
    section(5, report.other)
    if report.signature:  # kept together: agency and date on one page
        body.append(paragraph(None, body_rpr, keep_next=True))
        for i, line in enumerate(report.signature):
            body.append(paragraph(line, body_rpr, align="right", keep_next=i < len(report.signature) - 1, **spacing))
    body.append(_sect_pr(PORTRAIT, MARGINS, header, footer))
    return parts, root


def render(sample, work_dir):
    """Writes NAME.docx in work_dir and converts it with soffice into work_dir/NAME.pdf; returns that path."""
    parts, root = build_document(sample)
    report = sample.report
    name = report.name
    docx_path = os.path.join(work_dir, name + ".docx")
    docx.write_docx(docx_path, parts, root, header_paragraphs(sample.style, report.running_header),
                    footer_paragraphs(sample.style, sample.page_numbers), "".join(report.title_lines),
                    report.agency, sample.date)
    profile = os.path.join(work_dir, "lo-profile")
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", work_dir, docx_path],
                   check=True, capture_output=True, timeout=300)
    pdf = os.path.join(work_dir, name + ".pdf")
    if not os.path.exists(pdf):
        raise SystemExit(f"make-samples: LibreOffice did not write {pdf}")
    if sample.filled_borders:
        from .borders import strokes_to_fills
        strokes_to_fills(pdf)
    fix_dates(pdf, sample.date)
    return pdf


def fix_dates(pdf, date):
    """LibreOffice stamps the conversion time (CreationDate), a checksum over it (/DocChecksum) and an /ID
    into the PDF. All are overwritten in place with values of the same length (the sample's date, a hash
    of the file), so xref offsets stay valid and reruns give the same bytes when LibreOffice's output does."""
    data = open(pdf, "rb").read()
    stamp = "D:" + date.replace("-", "") + "090000"
    data = re.sub(rb"/CreationDate\s*\((D:[^)]*)\)", lambda m: _same_length(m, stamp), data)
    # /DocChecksum (LibreOffice's MD5 of the file with its timestamp) and /ID are derived from the rest
    digest = hashlib.md5(re.sub(rb"/ID\s*\[[^\]]*\]|/DocChecksum\s*/[0-9A-Fa-f]+", b"", data)).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + (digest * 2)[:len(m.group(2))], data)

    def id_sub(m):
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + (digest * 4)[:len(h.group(1))] + b">", m.group(0))
    data = re.sub(rb"/ID\s*\[[^\]]*\]", id_sub, data)
    with open(pdf, "wb") as f:
        f.write(data)


def _same_length(m, stamp):
    """The date with the stamp written over it, padded with its own tail to the same length."""
    old = m.group(1)
    new = (stamp.encode() + old[len(stamp):])[:len(old)]
    return m.group(0).replace(old, new)
