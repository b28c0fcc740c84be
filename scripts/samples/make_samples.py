"""Writes Samples/: the born-digital report PDFs with their .expected.json, the non-report notice,
(unless --born-digital-only) the scanned and mixed variants, and (unless --no-office) the office
samples that LibreOffice renders from the official template (scripts/samples/office). --office-only
renders only those. Run through scripts/make-samples."""
import argparse
import json
import os
import sys

import fonts
import verify
from catalog import REPORTS
from notice import NOTICE_NAME, notice_pages
from readme import write_readme
from record import expected
from render import render


def write_json(path, data):
    """Atomic write: a failed run never leaves a half-written expected file."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    os.replace(tmp, path)


def born_digital(out):
    """Lays out and renders every report; returns (report, pages, crossing notes) for the scan step."""
    made = []
    for make in REPORTS:
        report = make()
        pages, crossings = report.layout()
        pdf = os.path.join(out, report.name + ".pdf")
        render(pages, pdf, "".join(report.title_lines), author=report.agency)
        notes = [f"layout: {len(pages)} pages; " + "; ".join(crossings) + "."] if crossings else []
        record = expected(report, report.name + ".pdf", notes, pages=len(pages))
        write_json(os.path.join(out, report.name + ".expected.json"), record)
        verify.check(pdf, record, report.running_header)
        print(f"make-samples: {report.name}.pdf ({len(pages)} pages)" + "".join(f"\n    {c}" for c in crossings))
        made.append((report, pages, crossings))
    _check_coverage([c for _, _, crossings in made for c in crossings])
    render(notice_pages(), os.path.join(out, NOTICE_NAME + ".pdf"), "部门预算公开说明")
    print(f"make-samples: {NOTICE_NAME}.pdf (not an annual report)")
    return made


def _check_coverage(crossings):
    """Page breaks fall where the layout puts them; fail loudly if an edit loses a case the tests need."""
    wanted = {"a paragraph crossing a page break": "paragraph",
              "a table continuing with its header repeated": "repeats its header",
              "a table continuing without a repeated header": "does not repeat"}
    lost = [case for case, phrase in wanted.items() if not any(phrase in c for c in crossings)]
    if lost:
        raise SystemExit(f"make-samples: no sample has {lost[0]} any more; adjust the catalog")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="Samples", help="output folder (default: Samples)")
    parser.add_argument("--born-digital-only", action="store_true", help="no scanned variants")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--office-only", action="store_true", help="only the LibreOffice samples")
    group.add_argument("--no-office", action="store_true", help="no LibreOffice samples")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    fonts.register()
    if args.office_only:
        made = [(report, *report.layout()) for report in (make() for make in REPORTS)]  # for the README only
    else:
        made = born_digital(args.out)
    if args.office_only or args.born_digital_only:
        from scans import listed_scans
        scans = listed_scans(made)  # unchanged: listed, not remade
    else:
        from scans import make_scans  # needs Pillow and poppler-utils only for this step
        scans = make_scans(made, args.out, write_json)
    from office.make import known_office, make_office  # office needs LibreOffice and qpdf, not reportlab
    office = known_office(args.out) if args.no_office else make_office(args.out, write_json)
    write_readme(made, args.out, scans, office)


if __name__ == "__main__":
    sys.exit(main())
