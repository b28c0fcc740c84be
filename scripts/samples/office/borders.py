"""Rewrites LibreOffice's stroked border lines as thin filled rectangles, the way some PDF producers
(WPS, Word's own export of some tables, print drivers) draw table rulings. LibreOffice 7.4 draws every
border segment as its own path, `q W w 0 J 1 j  x1 y1 m  x2 y2 l S  Q` under a stroke colour set with RG;
each becomes `q r g b rg  x y w h re f  Q`, a rectangle of the line's width centred on the line and as long
as the segment (butt caps, so no extension). Done on qpdf's uncompressed QDF form, then repacked with qpdf."""
import os
import re
import subprocess
import tempfile

SEGMENT = re.compile(rb"q ([\d.]+) w 0 J 1 j\n(-?[\d.]+) (-?[\d.]+) m\n(-?[\d.]+) (-?[\d.]+) l S\nQ")
STROKE_COLOUR = re.compile(rb"(?m)^([\d.]+) ([\d.]+) ([\d.]+) RG$|^([\d.]+) G$")


def _fmt(v):
    return f"{v:.3f}".rstrip("0").rstrip(".").encode()


def _rewrite_stream(data):
    out, pos, colour, count = [], 0, b"0 0 0", 0
    colours = [(m.start(), m) for m in STROKE_COLOUR.finditer(data)]
    ci = 0
    for m in SEGMENT.finditer(data):
        while ci < len(colours) and colours[ci][0] < m.start():
            c = colours[ci][1]
            colour = b" ".join(c.group(1, 2, 3)) if c.group(1) else b" ".join([c.group(4)] * 3)
            ci += 1
        width = float(m.group(1))
        x1, y1, x2, y2 = map(float, m.group(2, 3, 4, 5))
        if abs(y1 - y2) < 1e-6:  # horizontal
            x, y, w, h = min(x1, x2), y1 - width / 2, abs(x2 - x1), width
        elif abs(x1 - x2) < 1e-6:  # vertical
            x, y, w, h = x1 - width / 2, min(y1, y2), width, abs(y2 - y1)
        else:
            continue  # not a ruling; leave it stroked
        out.append(data[pos:m.start()])
        out.append(b"q " + colour + b" rg\n" + b" ".join(map(_fmt, (x, y, w, h))) + b" re f\nQ")
        pos = m.end()
        count += 1
    out.append(data[pos:])
    return b"".join(out), count


def strokes_to_fills(pdf):
    """Rewrites pdf in place; returns the number of segments converted (fails if there were none)."""
    with tempfile.TemporaryDirectory() as tmp:
        qdf = os.path.join(tmp, "q.pdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, qdf], check=True)
        data = open(qdf, "rb").read()
        new, count = _rewrite_stream(data)
        if not count:
            raise SystemExit(f"make-samples: {pdf}: no stroked border segments found to rewrite")
        fixed = os.path.join(tmp, "fixed.pdf")
        with open(qdf, "wb") as f:
            f.write(new)
        with open(fixed, "wb") as f:
            subprocess.run(["fix-qdf", qdf], check=True, stdout=f)
        subprocess.run(["qpdf", "--deterministic-id", "--compress-streams=y", "--object-streams=disable",
                        fixed, pdf], check=True)
    return count
