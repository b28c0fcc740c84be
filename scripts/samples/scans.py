"""Scanned and mixed variants of born-digital samples, for OCR: pages rasterised with pdftoppm, then
given a grey paper tone, scanner blur, a small skew, noise, JPEG artefacts and (on one) a red seal over
the signature and date, and wrapped back into image-only PDFs. Noise comes from a seeded generator,
so reruns give identical files."""
import contextlib
import json
import os
import random
import subprocess
import tempfile
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

from record import squeeze
from render import render
from seal import stamp


@dataclass
class Scan:
    source: str  # the born-digital sample's name
    suffix: str
    dpi: int
    angle: float  # degrees, counter-clockwise
    seal: bool = False
    pages: tuple = None  # 1-based pages to scan; None: all (an image-only PDF)


SCANS = [
    Scan("qinghe-market-2022", "scan300", 300, 0.8, seal=True),
    Scan("songchuan-district-2023", "scan150", 150, -1.3),
    Scan("yunling-resources-2019", "mixed", 200, 0.6, pages=(2, 3)),
]


def make_scans(made, out, write_json):
    """Writes each variant's PDF and expected record; returns (name, what it covers) for the README."""
    by_name = {report.name: (report, pages) for report, pages, _ in made}
    listed = []
    for scan in SCANS:
        report, pages = by_name[scan.source]
        name = f"{scan.source}-{scan.suffix}"
        scanned = scan.pages or tuple(range(1, len(pages) + 1))
        source_pdf = os.path.abspath(os.path.join(out, scan.source + ".pdf"))
        target = os.path.abspath(os.path.join(out, name + ".pdf"))
        with tempfile.TemporaryDirectory() as tmp, _inside(tmp):
            # Relative image names: reportlab names each image after its path, so a temporary
            # folder's random name would otherwise change the PDF on every run.
            images = {n - 1: _degrade(source_pdf, n, scan, pages[n - 1], report) for n in scanned}
            render(pages, target, "".join(report.title_lines), report.agency, images)
        what = _what(scan, scanned)
        with open(os.path.join(out, scan.source + ".expected.json"), encoding="utf-8") as f:
            record = json.load(f)
        record["source"] = name + ".pdf"
        record["pageOrigins"] = ["ocr" if n in scanned else "text" for n in range(1, len(pages) + 1)]
        record["notes"] = [f"scanned variant of {scan.source}.pdf ({what}); the expected values are the "
                           f"source's."] + record["notes"]
        write_json(os.path.join(out, name + ".expected.json"), record)
        size = os.path.getsize(os.path.join(out, name + ".pdf")) / 1e6
        print(f"make-samples: {name}.pdf ({what}; {size:.1f} MB)")
        listed.append((name, f"variant of `{scan.source}.pdf`: {what}"))
    return listed


def _what(scan, scanned):
    kind = (f"pages {', '.join(map(str, scanned))} scanned, the others text" if scan.pages
            else "image-only, every page scanned")
    return (f"{kind} at {scan.dpi} dpi: grey paper, skew {scan.angle:+.1f}°, noise, JPEG quality 75"
            + ("; red seal over the signature and date" if scan.seal else ""))


def listed_scans(made):
    """What make_scans lists for the README, without rendering (for runs that do not remake the scans)."""
    by_name = {report.name: pages for report, pages, _ in made}
    return [(f"{scan.source}-{scan.suffix}", f"variant of `{scan.source}.pdf`: "
             + _what(scan, scan.pages or tuple(range(1, len(by_name[scan.source]) + 1)))) for scan in SCANS]


@contextlib.contextmanager
def _inside(folder):
    previous = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


def _degrade(pdf, number, scan, page, report):
    """Rasterises one page into the current folder and makes it look scanned; returns the JPEG's name."""
    stem = f"p{number}"
    subprocess.run(["pdftoppm", "-r", str(scan.dpi), "-gray", "-png", "-singlefile", "-f", str(number),
                    "-l", str(number), pdf, stem], check=True)
    image = Image.open(stem + ".png").convert("L")
    image = image.filter(ImageFilter.GaussianBlur(scan.dpi / 300 * 0.7))
    image = image.point(lambda v: int(34 + v * (226 - 34) / 255))  # ink never black, paper never white
    if scan.seal and "signature" in page.marks:
        x0, y0, x1, y1 = (v * scan.dpi / 72 for v in page.marks["signature"])
        centre = ((x0 + x1) / 2 + 0.1 * (x1 - x0), (y0 + y1) / 2)
        image = stamp(image, centre, int(120 * scan.dpi / 72), squeeze(report.agency))
    background = 222 if image.mode == "L" else (222, 220, 214)
    image = image.rotate(scan.angle, resample=Image.BICUBIC, fillcolor=background)
    image = _noisy(image, random.Random(f"{scan.source}-{scan.suffix}-{number}"))
    path = stem + ".jpg"
    image.save(path, "JPEG", quality=75, optimize=True)
    return path


def _noisy(image, rng, amplitude=18):
    """Adds uniform grain of +/- amplitude/2 grey levels to every channel."""
    grain = Image.frombytes("L", image.size, rng.randbytes(image.size[0] * image.size[1]))
    grain = grain.point(lambda v: 128 + (v - 128) * amplitude // 256)
    if image.mode == "RGB":
        grain = Image.merge("RGB", [grain] * 3)
    return ImageChops.add(image, grain, scale=1.0, offset=-128)
