"""Writes the office samples into Samples/: NAME.pdf rendered by LibreOffice from a .docx built on the
official template, NAME.expected.json from the same printed texts (scripts/samples/record.py), and
sets.tsv (calibration / measure)."""
import json
import os
import shutil
import tempfile
import time

import record

from . import build, verify
from .catalog import SAMPLES


def made_notes(facts):
    return [f"layout: {facts['pages']} pages" + (f"; {facts['part3']}." if "part3" in facts else ".")]


def make_office(out, write_json):
    """Renders and verifies every office sample; returns [(sample, facts)] for the README."""
    made = []
    work = tempfile.mkdtemp(prefix="govreports-office-")
    try:
        for make in SAMPLES:
            sample = make()
            started = time.monotonic()
            rendered = build.render(sample, work)
            name = sample.report.name
            # facts need the PDF; the record's notes need the facts: read once, then write the record
            facts = verify.check(sample, rendered, record.expected(sample.report, name + ".pdf"))
            data = record.expected(sample.report, name + ".pdf", made_notes(facts), pages=facts["pages"])
            target = os.path.join(out, name + ".pdf")
            shutil.copyfile(rendered, target + ".tmp")  # only a verified PDF reaches Samples/
            os.replace(target + ".tmp", target)
            write_json(os.path.join(out, name + ".expected.json"), data)
            print(f"make-samples: {name}.pdf ({facts['pages']} pages, LibreOffice, {time.monotonic() - started:.1f} s)"
                  + (f"\n    {facts['part3']}" if "part3" in facts else ""))
            made.append((sample, facts))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # Not JSON: every *.json in Samples/ is an expected record, and the scorer refuses any that is not.
    lines = ["file\tset"] + [f"{sample.report.name}.pdf\t{sample.set}" for sample, _ in made]
    with open(os.path.join(out, "sets.tsv.tmp"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(os.path.join(out, "sets.tsv.tmp"), os.path.join(out, "sets.tsv"))
    return made


def known_office(out):
    """The office samples as the README lists them when this run did not render them: the catalog, with
    facts read back from the committed PDFs (no LibreOffice needed)."""
    made = []
    for make in SAMPLES:
        sample = make()
        path = os.path.join(out, sample.report.name + ".expected.json")
        facts = {"pages": "?"}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                notes = json.load(f)["notes"]
            layout = next((n for n in notes if n.startswith("layout: ")), "")
            if layout:
                head, _, rest = layout.removeprefix("layout: ").partition("; ")
                facts["pages"] = head.split()[0]
                if rest:
                    facts["part3"] = rest.rstrip(".")
        made.append((sample, facts))
    return made
