"""Reads each born-digital sample back with pdftotext and checks that the expected record's texts are
really in it: every paragraph of parts 一/五/六 and the title, once page numbers and running headers
are dropped. Catches a layout bug (a lost or doubled character) before it reaches the tests."""
import re
import subprocess

from record import squeeze


def check(pdf, record, running_header):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout
    kept = [line for line in text.splitlines()
            if not re.fullmatch(r"\s*-\d+-\s*", line) and (not running_header or squeeze(line) != squeeze(running_header))]
    flat = squeeze("".join(kept))
    missing = [p for part in record["sections"].values() for p in part.split("\n") if p not in flat]
    if record["title"] not in flat:
        missing.append(record["title"])
    if missing:
        raise SystemExit(f"make-samples: {pdf}: text not found as expected: {missing[0][:40]}…")
