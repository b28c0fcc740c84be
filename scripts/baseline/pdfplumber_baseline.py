"""A plain pdfplumber baseline for the report record's numbers (issue 12): the bar govreports must never lose to.

For each PDF: `extract_tables()` with default settings on every page, tables concatenated across pages; each row's
label (its non-numeric cells joined) matched to the national format's row labels by edit distance; the row's
numeric cells assigned left to right to the part's columns. No tuning to any sample: it is meant to stay plain.

Writes one minimal record per PDF, OUT/<name>.record.json, in the ReportRecord shape that `govreports score`
reads (source.path names the PDF, so records pair with truth files by file name; the fields the baseline does not
read — title, agency, year, sections, checks — are null or empty).
Usage: python pdfplumber_baseline.py OUT PDF_OR_FOLDER...
"""
import glob, hashlib, json, os, re, sys

import pdfplumber

# Part 二, per format version: row key -> (labels, columns), from shared/spec/report-record.md.
PROACTIVE = {
    "2021": {
        "regulations": (["规章"], ["issued", "repealed", "inForce"]),
        "normativeDocuments": (["行政规范性文件"], ["issued", "repealed", "inForce"]),
        "licensing": (["行政许可"], ["decisions"]),
        "penalty": (["行政处罚"], ["decisions"]),
        "coercion": (["行政强制"], ["decisions"]),
        "fees": (["行政事业性收费"], ["amount"]),
    },
    "2019": {
        "regulations": (["规章"], ["made", "published", "totalPublished"]),
        "normativeDocuments": (["规范性文件"], ["made", "published", "totalPublished"]),
        "licensing": (["行政许可"], ["previousItems", "change", "decisions"]),
        "otherServices": (["其他对外管理服务事项"], ["previousItems", "change", "decisions"]),
        "penalty": (["行政处罚"], ["previousItems", "change", "decisions"]),
        "coercion": (["行政强制"], ["previousItems", "change", "decisions"]),
        "fees": (["行政事业性收费"], ["previousItems", "change"]),
        "procurement": (["政府集中采购"], ["projects", "amount"]),
    },
}
APPLICANTS = ["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total"]
OUTCOMES = "三、本年度办理结果"
# Part 三: (row key, group label or None, row label), as the national format prints them.
GROUPS = {"denied": "（三）不予公开", "unavailable": "（四）无法提供", "notProcessed": "（五）不予处理", "otherHandling": "（六）其他处理"}
APPLICATION_ROWS = [
    ("newReceived", None, "一、本年新收政府信息公开申请数量"),
    ("carriedOver", None, "二、上年结转政府信息公开申请数量"),
    ("granted", OUTCOMES, "（一）予以公开"),
    ("partiallyGranted", OUTCOMES, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.stateSecret", "denied", "1.属于国家秘密"),
    ("denied.prohibitedByLaw", "denied", "2.其他法律行政法规禁止公开"),
    ("denied.safetyStability", "denied", "3.危及“三安全一稳定”"),
    ("denied.thirdPartyRights", "denied", "4.保护第三方合法权益"),
    ("denied.internalAffairs", "denied", "5.属于三类内部事务信息"),
    ("denied.processInformation", "denied", "6.属于四类过程性信息"),
    ("denied.enforcementFiles", "denied", "7.属于行政执法案卷"),
    ("denied.queryMatters", "denied", "8.属于行政查询事项"),
    ("unavailable.notHeld", "unavailable", "1.本机关不掌握相关政府信息"),
    ("unavailable.needsCreation", "unavailable", "2.没有现成信息需要另行制作"),
    ("unavailable.unclear", "unavailable", "3.补正后申请内容仍不明确"),
    ("notProcessed.complaint", "notProcessed", "1.信访举报投诉类申请"),
    ("notProcessed.duplicate", "notProcessed", "2.重复申请"),
    ("notProcessed.publication", "notProcessed", "3.要求提供公开出版物"),
    ("notProcessed.excessive", "notProcessed", "4.无正当理由大量反复申请"),
    ("notProcessed.confirmation", "notProcessed", "5.要求行政机关确认或重新出具已获取信息"),
    ("otherHandling", OUTCOMES, "（六）其他处理"),
    ("otherHandling.noCorrection", "otherHandling", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("otherHandling.unpaidFee", "otherHandling", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("otherHandling.other", "otherHandling", "3.其他"),
    ("total", OUTCOMES, "（七）总计"),
    ("carriedForward", None, "四、结转下年度继续办理"),
]
RESULTS = ["maintained", "corrected", "other", "pending", "total"]
REVIEW_ROWS = [("review", "行政复议"), ("litigationDirect", "未经复议直接起诉"), ("litigationAfterReview", "复议后起诉")]

NUMBERING = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|(?<!\d)\d{1,2}[.．、]")
NUMBER = re.compile(r"^([+\-－]?\d+(?:\.\d+)?)(?:万元|元|件|个|项|条)?$")


def normalise(text):
    """Whitespace, numbering (一、 （一） 1.) and punctuation removed."""
    text = NUMBERING.sub("", re.sub(r"\s+", "", text or ""))
    return "".join(c for c in text if c.isalnum())


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def number(cell):
    match = NUMBER.match(re.sub(r"\s+", "", cell or "").replace("，", "").replace(",", ""))
    if not match:
        return None
    value = float(match.group(1).replace("－", "-"))
    return int(value) if value.is_integer() else value


def candidates(template):
    """(part, row key, columns, group, [label variants normalised]) for every row of the format."""
    rows = []
    for key, (labels, columns) in PROACTIVE[template].items():
        rows.append(("proactive", key, columns, None, [normalise(l) for l in labels]))
    for key, group, label in APPLICATION_ROWS:
        group_label = GROUPS.get(group, group)
        variants = [normalise(label)]
        if group_label:
            variants += [normalise(group_label + label), normalise(OUTCOMES + group_label + label)]
        rows.append(("applications", key, APPLICANTS, group, variants))
    for key, label in REVIEW_ROWS:
        rows.append(("reviewLitigation", key, RESULTS, None, [normalise(label)]))
    return rows


def best_match(label, rows, group):
    """The row whose label is nearest, within a third of its length; the current group breaks ties."""
    best = None
    for row in rows:
        d = min(distance(label, v) / max(len(v), len(label), 1) for v in row[4])
        rank = (d, 0 if row[3] == group else 1)
        if d <= 1 / 3 and (best is None or rank < best[0]):
            best = (rank, row)
    return best[1] if best else None


def read(path):
    with pdfplumber.open(path) as pdf:
        origins = ["text" if page.chars else "empty" for page in pdf.pages]
        table_rows = [row for page in pdf.pages for table in page.extract_tables() for row in table]
    cells = [[c or "" for c in row] for row in table_rows]
    flat = "".join(re.sub(r"\s+", "", c) for row in cells for c in row)
    template = "2019" if "本年新制作数量" in flat else "2021" if "本年制发件数" in flat else None
    rows = candidates(template or "2021")
    record = {"proactive": {k: {c: None for c in cols} for k, (_, cols) in PROACTIVE[template or "2021"].items()},
              "applications": {k: {c: None for c in APPLICANTS} for k, _, _ in APPLICATION_ROWS},
              "reviewLitigation": {k: {c: None for c in RESULTS} for k, _ in REVIEW_ROWS}}
    seen, group, review_header = set(), None, False
    for row in cells:
        values = [number(c) for c in row if number(c) is not None]
        label = normalise("".join(c for c in row if number(c) is None))
        if "复议" in label and not values:
            review_header = True
        if not values:
            continue
        if not label and review_header and len(values) >= len(RESULTS):
            # Part 四 prints one row of numbers under a two-level header: review, direct, after review.
            for i, (key, _) in enumerate(REVIEW_ROWS):
                fill(record, "reviewLitigation", key, RESULTS, values[i * 5:(i + 1) * 5], seen)
            continue
        match = best_match(label, rows, group) if label else None
        if match is None:
            continue
        part, key, columns, row_group, _ = match
        if row_group in GROUPS:
            group = row_group
        fill(record, part, key, columns, values, seen)
    return record, template, origins


def fill(record, part, key, columns, values, seen):
    if (part, key) in seen:  # the first row read wins (repeated headers, stray matches)
        return
    seen.add((part, key))
    for column, value in zip(columns, values):
        if part != "proactive" and not isinstance(value, int):
            value = None  # counts are integers; a fraction here is no count
        record[part][key][column] = value


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    out, inputs = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    failed = 0
    pdfs = [p for i in inputs for p in (sorted(glob.glob(os.path.join(i, "*.pdf"))) if os.path.isdir(i) else [i])]
    for pdf in pdfs:
        with open(pdf, "rb") as f:
            sha = hashlib.sha256(f.read()).hexdigest()
        try:
            parts, template, origins = read(pdf)
        except Exception as error:  # a damaged or encrypted PDF: no record, the others go on
            print(f"pdfplumber-baseline: {pdf}: {type(error).__name__}: {error}", file=sys.stderr)
            failed += 1
            continue
        record = {
            "schemaVersion": 1, "id": sha[:16],
            "source": {"path": os.path.abspath(pdf), "sha256": sha, "format": "pdf", "pages": len(origins), "pageOrigins": origins},
            "title": None, "agency": None, "year": None, "template": template,
            "sections": {"overview": None, "problems": None, "other": None},
            **parts, "checks": [], "warnings": [], "provenance": {},
            "producer": f"pdfplumber baseline (pdfplumber {pdfplumber.__version__})",
        }
        name = os.path.splitext(os.path.basename(pdf))[0]
        with open(os.path.join(out, name + ".record.json"), "w") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
