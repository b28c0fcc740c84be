"""Reads each office sample back from its PDF and checks it against the expected record:

- every paragraph of parts 一/五/六 and the title are in pdftotext's text, once page numbers and the
  running header (the first line of a page) are dropped;
- every number of parts 二, 三 and 四 is in its row: words from `pdftotext -bbox`, each row found by its
  label, its numbers being the numeric words between its label and the next row's, read left to right;
- the layout features the sample claims (landscape part 四, one character per line, repeated header rows,
  filled-rectangle borders, the page-number form) are really there.

Returns the facts found (pages, where part 三's table breaks) for the README."""
import html
import os
import re
import subprocess
import tempfile
import zlib

from formats import PROACTIVE, REVIEW_ROWS, application_rows, outcome_groups

NUMERIC = re.compile(r"^([+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(万元)?|/|—)$")
PAGE_NUMBER = {"emdash": r"—\s*\d+\s*—", "hyphen": r"-\s*\d+\s*-", "chinese": r"第\s*\d+\s*页",
               "of_total": r"第\s*\d+\s*页\s*共\s*\d+\s*页", "slash": r"\d+\s*/\s*\d+"}
PART_END = {"二": "三、收到和处理政府信息公开申请情况", "三": "四、政府信息公开行政复议", "四": "五、存在的主要问题"}


def fail(pdf, message):
    raise SystemExit(f"make-samples: {pdf}: {message}")


def _words(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages, words = [], []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" '
                         r'xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        if m.group(1):
            pages.append((float(m.group(1)), float(m.group(2))))
        else:
            x0, y0, x1, y1 = map(float, m.group(3, 4, 5, 6))
            words.append({"page": len(pages), "x0": x0, "y0": y0, "x1": x1, "y1": y1, "text": html.unescape(m.group(7))})
    return pages, words


def _lines(words):
    """Words grouped into lines by page and top (2 pt), each line's text joined without spaces."""
    lines = []
    for wd in sorted(words, key=lambda w: (w["page"], w["y0"], w["x0"])):
        if lines and lines[-1]["page"] == wd["page"] and abs(lines[-1]["y0"] - wd["y0"]) < 2:
            lines[-1]["words"].append(wd)
        else:
            lines.append({"page": wd["page"], "y0": wd["y0"], "words": [wd]})
    for line in lines:
        line["words"].sort(key=lambda w: w["x0"])
        line["text"] = "".join(w["text"] for w in line["words"])
    return lines


def _rulings(pdf, pages):
    """Per page, the y (from the top) of every horizontal ruling: stroked segments (x y m x y l S) or
    thin filled rectangles (x y w h re f, h under 2 pt), from qpdf's uncompressed form."""
    with tempfile.TemporaryDirectory() as tmp:
        qdf = os.path.join(tmp, "q.pdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, qdf], check=True)
        data = open(qdf, "rb").read().decode("latin-1")
    found = {}
    for m in re.finditer(r"%% Contents for page (\d+)\n.*?stream\n(.*?)endstream", data, re.S):
        page, content = int(m.group(1)), m.group(2)
        height = pages[page - 1][1]
        ys = []
        for x1, y1, x2, y2 in re.findall(r"([-\d.]+) ([-\d.]+) m\n([-\d.]+) ([-\d.]+) l S", content):
            if abs(float(y1) - float(y2)) < 0.01 and abs(float(x1) - float(x2)) > 5:
                ys.append(height - float(y1))
        for x, y, w, h in re.findall(r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re f\n", content):
            if float(h) < 2 and float(w) > 5:
                ys.append(height - float(y) - float(h) / 2)
        found[page] = sorted(set(round(y, 1) for y in ys))
    return found


class Reader:
    def __init__(self, pdf, page_numbers):
        self.pdf = pdf
        self.pages, words = _words(pdf)
        self.lines = _lines(words)
        self.rulings = _rulings(pdf, self.pages)
        pattern = PAGE_NUMBER.get(page_numbers)
        self.furniture = {id(l) for l in self.lines if pattern and re.fullmatch(pattern, l["text"])}
        self.cursor = 0

    def find(self, fragment, what):
        for i in range(self.cursor, len(self.lines)):
            if fragment in self.lines[i]["text"]:
                self.cursor = i
                return i
        fail(self.pdf, f"{what}: label {fragment!r} not found")

    def row_numbers(self, line_index):
        """Numeric words whose centre lies between the rulings above and below the line's centre."""
        line = self.lines[line_index]
        centre = line["y0"] + (line["words"][0]["y1"] - line["words"][0]["y0"]) / 2
        ys = self.rulings.get(line["page"], [])
        top = max((y for y in ys if y <= centre), default=None)
        bottom = min((y for y in ys if y > centre), default=None)
        if top is None or bottom is None:
            fail(self.pdf, f"no rulings around {line['text'][:20]!r} on page {line['page']}")
        return [w for l in self.lines if l["page"] == line["page"] and id(l) not in self.furniture
                for w in l["words"] if NUMERIC.match(w["text"]) and top < (w["y0"] + w["y1"]) / 2 < bottom]

    def numbers(self, start, end):
        """Numeric words on lines start..end-1, in reading order (page numbers excluded)."""
        found = []
        for line in self.lines[start:end]:
            if id(line) in self.furniture:
                continue
            found += [w for w in line["words"] if NUMERIC.match(w["text"])]
        return found


def _rows(reader, part, rows, end_label):
    """rows: [(label fragment, [printed texts])]; checks each row's numbers, left to right."""
    anchors = [reader.find(fragment, f"part {part}") for fragment, _ in rows[:1]]
    for fragment, _ in rows[1:]:
        reader.cursor = anchors[-1] + 1
        anchors.append(reader.find(fragment, f"part {part}"))
    reader.cursor = anchors[-1] + 1
    anchors.append(reader.find(end_label, f"end of part {part}"))
    for (fragment, printed), start in zip(rows, anchors):
        words = reader.row_numbers(start)
        texts = [w["text"] for w in sorted(words, key=lambda w: (w["page"], w["x0"]))]
        if texts != printed:
            fail(reader.pdf, f"part {part} row {fragment!r}: read {texts}, expected {printed}")
    return anchors


def check(sample, pdf, record):
    report = sample.report
    reader = Reader(pdf, sample.page_numbers)
    _check_text(sample, pdf, record)

    # part 二
    reader.find("二、主动公开政府信息情况", "part 二")
    rows = [(label, [report.proactive[key][c] for c in columns])
            for _, _, data, _ in PROACTIVE[report.template] for key, label, columns in data]
    anchors2 = _rows(reader, "二", rows, PART_END["二"])
    part2_pages = (reader.lines[anchors2[0]]["page"], reader.lines[anchors2[-2]]["page"])

    # part 三
    heading3 = reader.find(PART_END["二"], "part 三")
    fragments = {"newReceived": "一、本年新收", "carriedOver": "二、上年结转", "total": "（七）总计",
                 "carriedForward": "四、结转下年度"}
    for prefix, group, subs in outcome_groups(report.split_other_handling):
        if not subs:
            fragments[prefix] = group[:7]
        for suffix, label in subs:
            fragments[f"{prefix}.{suffix}"] = label[:8]
    rows = [(fragments[key], report.applications[key]) for key in application_rows(report.split_other_handling)]
    anchors = _rows(reader, "三", rows, PART_END["三"])
    first_page, last_page = reader.lines[anchors[0]]["page"], reader.lines[anchors[-2]]["page"]
    repeated = sum(1 for l in reader.lines[heading3:anchors[-1]] if "申请人情况" in l["text"]) > 1
    facts = {"pages": len(reader.pages)}
    if last_page > first_page:
        facts["part3"] = (f"part 三's table runs from page {first_page} to page {last_page}; the continuation "
                          + ("repeats its header rows" if repeated else "does not repeat its header"))
    if report.repeat_header and last_page > first_page and not repeated:
        fail(pdf, "part 三 should repeat its header rows on the next page")
    if report.repeat_header and last_page == first_page:
        fail(pdf, "part 三's table does not cross a page break, so its repeated header is not exercised")

    # part 四: one row of fifteen numbers under the header
    start = reader.find("复议后起诉", "part 四")
    end = reader.find(PART_END["四"], "end of part 四")
    words = reader.numbers(start, end)
    texts = [w["text"] for w in sorted(words, key=lambda w: w["x0"])]
    printed = [t for key in REVIEW_ROWS for t in report.review[key]]
    if texts != printed:
        fail(pdf, f"part 四: read {texts}, expected {printed}")
    page4 = reader.lines[start]["page"]
    width, height = reader.pages[page4 - 1]
    if sample.landscape_review != (width > height):
        fail(pdf, f"part 四's page {page4} is {'landscape' if width > height else 'portrait'}")
    _check_claims(sample, pdf, reader, part2_pages, (first_page, last_page), (page4, words[0]["page"]))
    if sample.narrow_review:
        singles = [l for l in reader.lines[start - 3:start + 12] if l["text"].startswith("结结")]
        if not singles:
            fail(pdf, "part 四's labels do not wrap one character per line")
    blank = set(range(1, len(reader.pages) + 1)) - {l["page"] for l in reader.lines if id(l) not in reader.furniture
                                                   and l["text"] != (report.running_header or "")}
    if blank:
        fail(pdf, f"page {min(blank)} has nothing but its running header and page number")
    if sample.page_numbers and len(reader.furniture) != len(reader.pages):
        fail(pdf, f"{len(reader.furniture)} page numbers of the form {sample.page_numbers} on {len(reader.pages)} pages")
    _check_borders(sample, pdf)
    return facts


def _check_claims(sample, pdf, reader, part2, part3, part4):
    """The page layout the holdout samples claim: part 三 on a landscape page, part 二's table over a page
    break, part 四's header rows and its data row on different pages, parts 三 and 四 on one page.
    part2, part3: pages of the first and last data rows; part4: pages of its header and its data row."""
    portrait = [p for p in range(part3[0], part3[1] + 1) if reader.pages[p - 1][0] < reader.pages[p - 1][1]]
    if sample.landscape_applications and portrait:
        fail(pdf, f"part 三 should be on landscape pages; page {portrait[0]} is portrait")
    claims = set(sample.claims)
    if "part2_break" in claims and not part2[1] > part2[0]:
        fail(pdf, f"part 二's table should run over a page break (its rows are on pages {part2})")
    if "part4_break" in claims and not part4[1] > part4[0]:
        fail(pdf, f"part 四's header and data row should be on two pages (pages {part4})")
    if "tables_share_page" in claims and not (part3[0] == part3[1] == part4[0] == part4[1]):
        fail(pdf, f"parts 三 (pages {part3}) and 四 (pages {part4}) are not on one page")


def _check_text(sample, pdf, record):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout
    header = sample.report.running_header
    pattern = PAGE_NUMBER.get(sample.page_numbers)
    kept = []
    for page in text.split("\f"):
        lines = [l for l in page.splitlines() if l.strip()]
        if header and lines and re.sub(r"\s+", "", lines[0]) == re.sub(r"\s+", "", header):
            lines = lines[1:]
        kept += [l for l in lines if not (pattern and re.fullmatch(pattern, l.strip()))]
    flat = re.sub(r"\s+", "", "".join(kept))
    missing = [p for part in record["sections"].values() for p in part.split("\n") if p not in flat]
    if record["title"] not in flat:
        missing.append(record["title"])
    if missing:
        fail(pdf, f"text not found as expected: {missing[0][:40]}…")


def _check_borders(sample, pdf):
    """Filled-border samples must have no stroked segments left and many thin filled rectangles."""
    data = open(pdf, "rb").read()
    strokes = fills = 0
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            content = zlib.decompress(m.group(1))
        except zlib.error:
            content = m.group(1)
        strokes += len(re.findall(rb" l S\n", content))
        fills += len(re.findall(rb" re f\n", content))
    if sample.filled_borders and (strokes or fills < 20):
        fail(pdf, f"borders: {strokes} stroked segments, {fills} filled rectangles")
    if not sample.filled_borders and strokes < 20:
        fail(pdf, f"borders: only {strokes} stroked segments")
