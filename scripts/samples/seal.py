"""A red official seal (公章): a ring, the agency's name around the top, a star in the middle, stamped
by multiplying, so the print under it stays visible as it does under real ink."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFont

from fonts import CJK_PATH

INK = (214, 48, 40)


def stamp(image, centre, diameter, text):
    """Returns an RGB copy of image with the seal multiplied onto it at centre (pixels)."""
    layer = Image.new("RGB", (diameter, diameter), "white")
    draw = ImageDraw.Draw(layer)
    ring = max(3, diameter // 28)
    draw.ellipse([ring, ring, diameter - ring, diameter - ring], outline=INK, width=ring)
    _star(draw, diameter / 2, diameter / 2, diameter * 0.17)
    size = int(diameter * 0.12)
    font = ImageFont.truetype(CJK_PATH, size, index=0)
    radius = diameter / 2 - ring * 2 - size * 0.65
    sweep = min(250.0, 22.0 * len(text))
    for i, char in enumerate(text):
        angle = -sweep / 2 + sweep * (i + 0.5) / len(text)
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size, size), char, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.BICUBIC)
        x = diameter / 2 + radius * math.sin(math.radians(angle)) - size
        y = diameter / 2 - radius * math.cos(math.radians(angle)) - size
        layer.paste(Image.new("RGB", glyph.size, INK), (int(x), int(y)), glyph)
    result = image.convert("RGB")
    box = (int(centre[0] - diameter / 2), int(centre[1] - diameter / 2))
    region = result.crop(box + (box[0] + diameter, box[1] + diameter))
    result.paste(ImageChops.multiply(region, layer), box)
    return result


def _star(draw, cx, cy, r):
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.38
        angle = math.radians(-90 + 36 * k)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=INK)
