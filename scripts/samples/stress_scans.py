"""Stress scans of the LibreOffice samples for scripts/scan-stress: every page rasterised with pdftoppm, blurred, greyed,
specked, optionally sealed (a red ring and star on the last page), turned, grained and JPEG-compressed, then wrapped
into an image-only PDF (or, for a mixed one, spliced among the text pages with qpdf). Seeded by the output name, so
reruns give identical files. Not committed: they are made into out/ and scored there."""
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageFilter, ImageDraw, ImageChops

def degrade(pdf, page, dpi, angle, quality, specks, seal, rng, tmp):
    """One page as a scan, saved as a JPEG in tmp and reopened (so the PDF holds the JPEG's artefacts)."""
    stem = os.path.join(tmp, f"p{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page), pdf, stem], check=True)
    im = Image.open(stem + ".png").convert("RGB")
    im = im.filter(ImageFilter.GaussianBlur(dpi / 300 * 0.7))
    im = im.point(lambda v: int(30 + v * (228 - 30) / 255))
    w, h = im.size
    if seal:
        d = ImageDraw.Draw(im, "RGBA")
        cx, cy, r = int(w * 0.62), int(h * 0.55), int(dpi * 0.8)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(210, 30, 30, 170), width=max(3, dpi // 25))
        d.regular_polygon((cx, cy, r // 3), 5, fill=(210, 30, 30, 150))
    if specks:
        d = ImageDraw.Draw(im)
        for _ in range(int(w * h / 6000)):
            x, y = rng.randrange(w), rng.randrange(h)
            s = rng.choice([1, 1, 2, 2, 3]) * dpi / 300
            g = rng.randrange(20, 90)
            d.ellipse([x, y, x + s, y + s], fill=(g, g, g))
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=(222, 220, 214))
    grain = Image.frombytes("L", im.size, rng.randbytes(im.size[0] * im.size[1])).point(lambda v: 128 + (v - 128) * 18 // 256)
    im = ImageChops.add(im, Image.merge("RGB", [grain] * 3), scale=1.0, offset=-128)
    path = stem + ".jpg"
    im.save(path, "JPEG", quality=quality)
    return Image.open(path)

def main():
    """stress_scans.py SOURCE.pdf OUT.pdf DPI ANGLE JPEG_QUALITY SPECKS(0|1) SEAL(0|1) [PAGES|all]"""
    src, out, dpi, angle, quality, specks, seal = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6] == "1", sys.argv[7] == "1"
    pages = [int(p) for p in sys.argv[8].split(",")] if len(sys.argv) > 8 and sys.argv[8] != "all" else None
    n = int(subprocess.run(["pdfinfo", src], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    rng = random.Random(out)
    with tempfile.TemporaryDirectory() as tmp:
        if pages is None:
            ims = [degrade(src, p, dpi, angle, quality, specks, seal and p == n, rng, tmp) for p in range(1, n + 1)]
            ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])
        else:
            # mixed: scanned pages replace the text pages (qpdf splices them in)
            parts = []
            for p in range(1, n + 1):
                part = os.path.join(tmp, f"part{p}.pdf")
                if p in pages:
                    degrade(src, p, dpi, angle, quality, specks, False, rng, tmp).save(part, "PDF", resolution=dpi)
                else:
                    subprocess.run(["qpdf", src, "--pages", src, str(p), "--", part], check=True)
                parts.append(part)
            subprocess.run(["qpdf", "--empty", "--pages", *parts, "--", out], check=True)

if __name__ == "__main__":
    main()
