"""Chinese line breaking: any character may end a line, except that runs of Latin letters and digits
stay whole, closing punctuation hangs at the end of a line instead of starting the next, and opening
punctuation never ends a line (the usual 避头尾 rules of Chinese typesetting)."""
import re

from fonts import CJK, width

CLOSING = set("，。、；：？！）》”’」』%")
OPENING = set("（《“‘「『")
_TOKEN = re.compile(r"[A-Za-z0-9.+\-/@%]+|.", re.S)


def tokens(text):
    return _TOKEN.findall(text)


def wrap(text, first_width, rest_width, size, font=CJK):
    """Splits text into lines no wider than the given widths (the first line may be indented)."""
    lines, current, limit = [], "", first_width
    for token in tokens(text):
        if current and width(current + token, size, font) > limit and token not in CLOSING:
            if current[-1] in OPENING:
                lines.append(current[:-1])
                current = current[-1] + token
            else:
                lines.append(current)
                current = token
            limit = rest_width
        else:
            current += token
    if current:
        lines.append(current)
    return lines


def justify_space(line, target, size, font=CJK):
    """The extra space between characters that makes a full line end exactly at the right margin."""
    gaps = len(line) - 1
    return 0.0 if gaps <= 0 else (target - width(line, size, font)) / gaps
