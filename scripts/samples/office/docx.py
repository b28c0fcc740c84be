"""Builds a sample's .docx from the official template (shared/template/annual-report-format-2021.docx):
its three tables are taken as they are (rows, merges, borders, widths), filled with the sample's printed
cell texts and, where a sample says so, edited (the 2019 format's part 二, a single （六）其他处理 row,
tight rows, narrow or landscape part 四, repeated header rows). The prose, headings, title, sign-off,
running header and page-number footer are written here. Only zipfile and xml.etree are used."""
import copy
import io
import re
import zipfile
import xml.etree.ElementTree as ET

from formats import PROACTIVE, application_rows

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "{%s}" % W_NS
CJK_FONT = "WenQuanYi Zen Hei"  # the CJK font make-samples installs; its glyphs map to Unicode in LO's PDFs


def w(tag):
    return W + tag


def el(tag, attrs=None, children=()):
    node = ET.Element(w(tag), {w(k): str(v) for k, v in (attrs or {}).items()})
    for child in children:
        node.append(child)
    return node


def _register_namespaces(xml_bytes):
    for _, (prefix, uri) in ET.iterparse(io.BytesIO(xml_bytes), events=["start-ns"]):
        ET.register_namespace(prefix, uri)


def _strip_ids(node):
    """Cloned rows would repeat the template's w14:paraId values; drop them."""
    for e in node.iter():
        for key in [k for k in e.attrib if k.endswith("}paraId") or k.endswith("}textId")]:
            del e.attrib[key]


def text_of(node):
    return "".join(t.text or "" for t in node.iter(w("t")))


class Style:
    """How a sample sets its type: fonts (CJK and Latin), sizes in half-points."""

    def __init__(self, latin_font=CJK_FONT, body_size=32, table_size=20, title_size=44, cjk_font=CJK_FONT,
                 body_line=None, body_line_rule="exact", justify=False):
        self.latin_font, self.body_size, self.table_size, self.title_size = latin_font, body_size, table_size, title_size
        self.cjk_font = cjk_font  # another CJK font for all text (e.g. AR PL UMing CN, fonts-arphic-uming)
        # body paragraphs' line spacing: None (single, on the document grid), or w:line in twips with
        # lineRule "exact" (560: 28 pt fixed) or "auto" (360: 1.5 lines)
        self.body_line, self.body_line_rule = body_line, body_line_rule
        self.justify = justify  # body paragraphs justified (w:jc both) instead of left-aligned

    def rpr(self, size, bold=False, heading=False):
        fonts = {"ascii": self.latin_font, "hAnsi": self.latin_font, "eastAsia": self.cjk_font, "cs": self.latin_font}
        children = [el("rFonts", fonts)]
        if bold:
            children += [el("b"), el("bCs")]
        children += [el("kern", {"val": 0}), el("sz", {"val": size}), el("szCs", {"val": size})]
        return el("rPr", children=children)


def run(text, rpr):
    t = el("t")
    t.text = text
    if text != text.strip():
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return el("r", children=[copy.deepcopy(rpr), t])


def paragraph(text, rpr, align="left", first_line=0, before=0, after=0, line=None, keep_next=False, extra=(),
              line_rule="exact", page_break_before=False):
    """Body text is left-aligned, not justified: in a justified line LibreOffice 7.4 drops a comma that
    would hang past the right margin (it is neither drawn nor in the text layer), so the PDF would not
    print the text of the record. Neither w:overflowPunct nor the template's compat settings change that.
    (Samples whose Style says justify=True are justified anyway; their read-back check shows the text is all there.)"""
    ppr = el("pPr")
    if keep_next:
        ppr.append(el("keepNext"))
    if page_break_before:
        ppr.append(el("pageBreakBefore"))
    spacing = {"before": before, "after": after}
    if line:
        spacing.update(line=line, lineRule=line_rule)
    ppr.append(el("spacing", spacing))
    ppr.append(el("ind", {"firstLine": first_line} if first_line else {"firstLine": 0}))
    ppr.append(el("jc", {"val": align}))
    for e in extra:
        ppr.append(e)
    p = el("p", children=[ppr])
    if text:
        p.append(run(text, rpr))
    return p


def page_field(rpr, name="PAGE"):
    """PAGE (or NUMPAGES) as a complex field, the way Word and WPS write it."""
    def fld(kind):
        return el("r", children=[copy.deepcopy(rpr), el("fldChar", {"fldCharType": kind})])
    instr = el("instrText")
    instr.text = f" {name} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return [fld("begin"), el("r", children=[copy.deepcopy(rpr), instr]), fld("separate"), run("1", rpr), fld("end")]


# ---------------------------------------------------------------- tables

def rows_of(tbl):
    return tbl.findall(w("tr"))


def cells_of(tr):
    return tr.findall(w("tc"))


def set_cell_text(tc, text, rpr, align=None):
    """Replaces the cell's text by one run, keeping its paragraph properties (alignment etc.)."""
    paras = tc.findall(w("p"))
    for extra in paras[1:]:
        tc.remove(extra)
    p = paras[0]
    for child in list(p):
        if child.tag != w("pPr"):
            p.remove(child)
    ppr = p.find(w("pPr"))
    if align and ppr is not None:
        jc = ppr.find(w("jc"))
        if jc is None:
            jc = el("jc")
            ppr.append(jc)
        jc.set(w("val"), align)
    if text:
        p.append(run(text, rpr))


def restyle_runs(tbl, rpr):
    """The template's cells name 宋体 in several sizes; a sample sets its own font and size everywhere."""
    for tc in tbl.iter(w("tc")):
        for p in tc.findall(w("p")):
            for r in p.findall(w("r")):
                old = r.find(w("rPr"))
                bold = old is not None and old.find(w("b")) is not None
                new = copy.deepcopy(rpr)
                if bold:
                    new.insert(1, el("b"))
                if old is not None:
                    r.remove(old)
                r.insert(0, new)
            ppr = p.find(w("pPr"))
            if ppr is not None:
                for rp in ppr.findall(w("rPr")):
                    ppr.remove(rp)


def grid_span(tc):
    pr = tc.find(w("tcPr"))
    g = pr.find(w("gridSpan")) if pr is not None else None
    return int(g.get(w("val"))) if g is not None else 1


def set_grid_span(tc, span):
    pr = tc.find(w("tcPr"))
    g = pr.find(w("gridSpan"))
    if span == 1:
        if g is not None:
            pr.remove(g)
        return
    if g is None:
        g = el("gridSpan")
        tcw = pr.find(w("tcW"))
        pr.insert(list(pr).index(tcw) + 1 if tcw is not None else 0, g)
    g.set(w("val"), str(span))


def set_widths(tbl, col_widths):
    """Sets gridCol widths and every cell's tcW from its span, and the table width."""
    grid = tbl.find(w("tblGrid"))
    for g in list(grid):
        grid.remove(g)
    for width in col_widths:
        grid.append(el("gridCol", {"w": width}))
    tbl.find(w("tblPr")).find(w("tblW")).set(w("w"), str(sum(col_widths)))
    for tr in rows_of(tbl):
        col = 0
        for tc in cells_of(tr):
            span = grid_span(tc)
            tcw = tc.find(w("tcPr")).find(w("tcW"))
            if tcw is not None:
                tcw.set(w("w"), str(sum(col_widths[col:col + span])))
                tcw.set(w("type"), "dxa")
            col += span


def scale_widths(tbl, col_widths):
    """set_widths for a table whose grid has as many columns as col_widths (e.g. part 三 on a landscape page)."""
    if len(tbl.find(w("tblGrid"))) != len(col_widths):
        raise SystemExit("make-samples: scale_widths: column count differs from the template's")
    set_widths(tbl, col_widths)


def tight_rows(tbl, height=300):
    """Rows of 15 pt (taller only where a label wraps): 12 pt lines, no cell margins top and bottom,
    1.4 pt left and right, text at the bottom of its cell."""
    mar = tbl.find(w("tblPr")).find(w("tblCellMar"))
    for side, value in [("top", 0), ("bottom", 0), ("left", 28), ("right", 28)]:
        node = mar.find(w(side))
        node.set(w("w"), str(value))
    for tr in rows_of(tbl):
        trpr = tr.find(w("trPr"))
        if trpr is None:
            trpr = el("trPr")
            tr.insert(0 if tr.find(w("tblPrEx")) is None else 1, trpr)
        for h in trpr.findall(w("trHeight")):
            trpr.remove(h)
        trpr.insert(0, el("trHeight", {"val": height, "hRule": "atLeast"}))
        for tc in cells_of(tr):
            va = tc.find(w("tcPr")).find(w("vAlign"))
            if va is not None:
                va.set(w("val"), "bottom")
            for p in tc.findall(w("p")):
                ppr = p.find(w("pPr"))
                sp = ppr.find(w("spacing")) if ppr is not None else None
                if sp is not None:
                    for k in list(sp.attrib):
                        del sp.attrib[k]
                    sp.set(w("before"), "0")
                    sp.set(w("after"), "0")
                    sp.set(w("line"), "240")  # 12 pt lines, off the document grid: 15 pt rows stay 15 pt
                    sp.set(w("lineRule"), "exact")
                    if ppr.find(w("snapToGrid")) is None:
                        ppr.insert(0, el("snapToGrid", {"val": 0}))


def repeat_header(tbl, count):
    for tr in rows_of(tbl)[:count]:
        trpr = tr.find(w("trPr"))
        if trpr is None:
            trpr = el("trPr")
            tr.insert(0 if tr.find(w("tblPrEx")) is None else 1, trpr)
        trpr.append(el("tblHeader"))


def _find_cell(tbl, label):
    for tr in rows_of(tbl):
        for i, tc in enumerate(cells_of(tr)):
            if text_of(tc).strip() == label:
                return tr, i
    raise SystemExit(f"make-samples: template: no cell {label!r}")


# Part 二

def _proactive_rows_2019(tbl):
    """The 2019/2020 format's part 二, built from the 2021 template's rows: a band row (第二十条第（x）项,
    one cell over four columns), header rows and data rows cloned from the template's own, with the 2019
    labels and column structure of formats.PROACTIVE["2019"]."""
    rows = rows_of(tbl)
    band_proto, header_proto, data_proto = rows[0], rows[1], rows[2]
    for tr in rows:
        tbl.remove(tr)

    def make(proto, texts, spans):
        tr = copy.deepcopy(proto)
        _strip_ids(tr)
        protos = cells_of(tr)
        for tc in protos:
            tr.remove(tc)
        for i, (text, span) in enumerate(zip(texts, spans)):
            tc = copy.deepcopy(protos[min(i, len(protos) - 1)])
            set_grid_span(tc, span)
            set_cell_text(tc, text, _first_rpr(protos[min(i, len(protos) - 1)]))
            tr.append(tc)
        tbl.append(tr)

    for band, headers, data, spans in PROACTIVE["2019"]:
        make(band_proto, [band], [4])
        make(header_proto, headers, [1] + spans)
        for _, label, _ in data:
            make(data_proto, [label] + [""] * len(spans), [1] + spans)


def _first_rpr(tc):
    r = tc.find(".//" + w("r"))
    if r is not None and r.find(w("rPr")) is not None:
        return copy.deepcopy(r.find(w("rPr")))
    return el("rPr")


def fill_proactive(tbl, template, printed, rpr):
    """Fills part 二 by row label: the value cells right of each label, in the format's column order."""
    if template == "2019":
        _proactive_rows_2019(tbl)
    wanted = {label: (key, columns) for _, _, rows, _ in PROACTIVE[template] for key, label, columns in rows}
    seen = set()
    for tr in rows_of(tbl):
        cells = cells_of(tr)
        label = text_of(cells[0]).strip()
        if label in wanted:
            key, columns = wanted[label]
            for tc, column in zip(cells[1:], columns):
                set_cell_text(tc, printed[key][column], rpr, align="center")
            seen.add(label)
    if seen != set(wanted):
        raise SystemExit(f"make-samples: part 二 rows not found: {sorted(set(wanted) - seen)}")


# Part 三

def single_other_handling(tbl):
    """（六）其他处理 as one row, as the 2019 format and many 2021 reports print it: the group cell spans
    both label columns (like （一）予以公开) and the three sub-rows become one."""
    tr, i = _find_cell(tbl, "（六）其他处理")
    rows = rows_of(tbl)
    at = rows.index(tr)
    for extra in rows[at + 1:at + 3]:
        tbl.remove(extra)
    cells = cells_of(tr)
    group, label = cells[i], cells[i + 1]
    tr.remove(label)
    pr = group.find(w("tcPr"))
    pr.remove(pr.find(w("vMerge")))
    set_grid_span(group, 2)


def fill_applications(tbl, printed, split_other_handling, social_label, rpr):
    """Part 三: the data rows (after the three header rows) in the format's order, seven numbers each."""
    if not split_other_handling:
        single_other_handling(tbl)
    if social_label != "社会公益组织":
        tr, i = _find_cell(tbl, "社会公益组织")
        set_cell_text(cells_of(tr)[i], social_label, _first_rpr(cells_of(tr)[i]))
    data = rows_of(tbl)[3:]
    keys = application_rows(split_other_handling)
    if len(data) != len(keys):
        raise SystemExit(f"make-samples: part 三 has {len(data)} data rows, expected {len(keys)}")
    for tr, key in zip(data, keys):
        for tc, text in zip(cells_of(tr)[-7:], printed[key]):
            set_cell_text(tc, text, rpr, align="center")


# Part 四

def fill_review(tbl, printed, rpr):
    from formats import REVIEW_ROWS
    values = [text for key in REVIEW_ROWS for text in printed[key]]
    cells = cells_of(rows_of(tbl)[3])
    if len(cells) != 15:
        raise SystemExit("make-samples: part 四's data row has not 15 cells")
    for tc, text in zip(cells, values):
        set_cell_text(tc, text, rpr, align="center")


# ---------------------------------------------------------------- package

def read_template(path):
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    _register_namespaces(parts["word/document.xml"])
    root = ET.fromstring(parts["word/document.xml"])
    tables = root.find(w("body")).findall(w("tbl"))
    if len(tables) != 3:
        raise SystemExit(f"make-samples: the template has {len(tables)} tables, expected 3")
    return parts, root, tables


HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<w:{{kind}} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{{body}}</w:{{kind}}>')


def _part(kind, paragraphs):
    body = "".join(ET.tostring(p, encoding="unicode") for p in paragraphs)
    return HEADER_XML.format(kind=kind, body=body).encode("utf-8")


def write_docx(path, parts, root, header_paragraphs, footer_paragraphs, core_title, author, date):
    """Writes the package: the new document.xml, header1/footer1 parts and their relationships, and
    docProps with the sample's title, author and a fixed date (so the .docx is reproducible)."""
    parts = dict(parts)
    parts["word/document.xml"] = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + \
        ET.tostring(root, encoding="utf-8", xml_declaration=False)
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    extra = ""
    types = parts["[Content_Types].xml"].decode("utf-8")
    for rid, kind, body in [("rIdGrHeader", "header", header_paragraphs), ("rIdGrFooter", "footer", footer_paragraphs)]:
        if body is None:
            continue
        parts[f"word/{kind}1.xml"] = _part("hdr" if kind == "header" else "ftr", body)
        extra += (f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  f'relationships/{kind}" Target="{kind}1.xml"/>')
        types = types.replace("</Types>", f'<Override PartName="/word/{kind}1.xml" ContentType="application/'
                              f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/></Types>')
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", extra + "</Relationships>").encode("utf-8")
    parts["[Content_Types].xml"] = types.encode("utf-8")
    core = parts["docProps/core.xml"].decode("utf-8")
    core = re.sub(r"<dc:title>.*?</dc:title>|<dc:title/>", "", core)
    core = re.sub(r"(<dc:creator>).*?(</dc:creator>)", rf"\g<1>{author}\g<2>", core)
    core = re.sub(r"(<cp:lastModifiedBy>).*?(</cp:lastModifiedBy>)", rf"\g<1>{author}\g<2>", core)
    core = re.sub(r"(<dcterms:(created|modified)[^>]*>).*?(</dcterms:\2>)", rf"\g<1>{date}T09:00:00Z\g<3>", core)
    core = core.replace("</cp:coreProperties>", f"<dc:title>{core_title}</dc:title></cp:coreProperties>")
    parts["docProps/core.xml"] = core.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
