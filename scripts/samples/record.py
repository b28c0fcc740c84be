"""The expected record of a sample, computed from the same printed cell texts the PDF is drawn from,
in the shape of shared/truth/*.json: values as printed (mistakes kept), checksFailing computed here."""
import re

from formats import APPLICANT_COLUMNS, PROACTIVE, REVIEW_COLUMNS, REVIEW_ROWS, application_rows, outcome_rows

NON_NUMERIC = {"—", "/", "无", "-", ""}


def value(text):
    """A printed cell as the contract's number: 万元 amounts as floats, signed changes as ints,
    thousands separators dropped (1,268 -> 1268), non-numeric cells (—, /, 无) as null."""
    text = text.strip()
    if text in NON_NUMERIC:
        return None
    text = text.removesuffix("万元")
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    return float(text)


def squeeze(text):
    return re.sub(r"\s+", "", text)


def section_text(items):
    return "\n".join(squeeze(text) for _, text in items)


def proactive(report):
    return {key: {column: value(report.proactive[key][column]) for column in columns}
            for _, _, rows, _ in PROACTIVE[report.template] for key, _, columns in rows}


def applications(report):
    return {key: dict(zip(APPLICANT_COLUMNS, map(value, report.applications[key])))
            for key in application_rows(report.split_other_handling)}


def review_litigation(report):
    return {key: dict(zip(REVIEW_COLUMNS, map(value, report.review[key]))) for key in REVIEW_ROWS}


def failing_checks(apps, review, split_other_handling):
    """The contract's check ids that fail, counting only checks whose inputs are all non-null."""
    checks = []  # (id, expected, actual-parts)
    for column in APPLICANT_COLUMNS:
        get = lambda row: apps[row][column]
        checks.append((f"applications.balance.{column}", [get("newReceived"), get("carriedOver")],
                       [get("total"), get("carriedForward")]))
        checks.append((f"applications.outcomes.{column}", [get("total")],
                       [get(row) for row in outcome_rows(split_other_handling)]))
    for row in application_rows(split_other_handling):
        checks.append((f"applications.rowTotal.{row}", [apps[row]["total"]],
                       [apps[row][c] for c in APPLICANT_COLUMNS[:-1]]))
    for row in REVIEW_ROWS:
        checks.append((f"reviewLitigation.{row}.total", [review[row]["total"]],
                       [review[row][c] for c in REVIEW_COLUMNS[:-1]]))
    failing, evaluated = [], 0
    for check_id, left, right in checks:
        if None in left or None in right:
            continue
        evaluated += 1
        if sum(left) != sum(right):
            failing.append(check_id)
    return failing, evaluated


def expected(report, source, extra_notes=(), pages=None):
    apps, review = applications(report), review_litigation(report)
    failing, evaluated = failing_checks(apps, review, report.split_other_handling)
    notes = list(report.notes) + list(extra_notes) + [
        f"checks: computed by make-samples from the printed numbers, counting only checks whose inputs are "
        f"all non-null: {evaluated} evaluated, {len(failing)} failing."]
    return {
        "source": source,
        # How each page must be read: the truth, not the record under test, decides which accuracy bar applies.
        "pageOrigins": ["text"] * (pages or 0),
        "title": squeeze("".join(report.title_lines)),
        "agency": report.agency,
        "year": report.year,
        "template": report.template,
        "proactive": proactive(report),
        "applications": apps,
        "reviewLitigation": review,
        "sections": {
            "overview": section_text(report.overview),
            "problems": section_text(report.problems),
            "other": section_text(report.other),
        },
        "checksFailing": failing,
        "notes": notes,
    }
