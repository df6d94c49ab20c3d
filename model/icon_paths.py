"""Vector icons for lane kinds, touchpoint channels and card marks, as plain path data.

Each icon is a tuple of path operations on a 16×16 grid, y down, stroked with a
`PEN`-wide round pen (never an emoji glyph, so it looks the same with any font and
prints sharply). Both drawing backends read these same operations: the canvas
(`canvas/icons.py` builds a QPainterPath from them) and the PDF (`export/poster.py`),
so a PDF export never needs Qt. Operations, as in `model.display.Path`:
("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y) and ("Z",).

Ellipses and rounded corners are cubic Béziers with Qt's own constant, so the
icons are the shapes the canvas drew when it built them with QPainterPath.
"""
from __future__ import annotations

import math
from functools import lru_cache

GRID = 16.0
PEN = 1.5       # stroke width on the grid
KAPPA = 0.5522847498  # a quarter circle as one cubic (Qt's QT_PATH_KAPPA)


def ellipse(x: float, y: float, w: float, h: float) -> list:
    """A closed ellipse in the box, from its right-hand point, as four cubics."""
    rx, ry, cx, cy = w / 2, h / 2, x + w / 2, y + h / 2
    kx, ky = rx * KAPPA, ry * KAPPA
    return [("M", cx + rx, cy),
            ("C", cx + rx, cy - ky, cx + kx, cy - ry, cx, cy - ry),
            ("C", cx - kx, cy - ry, cx - rx, cy - ky, cx - rx, cy),
            ("C", cx - rx, cy + ky, cx - kx, cy + ry, cx, cy + ry),
            ("C", cx + kx, cy + ry, cx + rx, cy + ky, cx + rx, cy),
            ("Z",)]


def circle(cx: float, cy: float, r: float) -> list:
    return ellipse(cx - r, cy - r, 2 * r, 2 * r)


def rect(x: float, y: float, w: float, h: float) -> list:
    return [("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",)]


def rounded(x: float, y: float, w: float, h: float, r: float) -> list:
    """A closed rectangle with quarter-circle corners of radius r (at most half a side)."""
    r = min(r, w / 2, h / 2)
    k = r * (1 - KAPPA)
    right, bottom = x + w, y + h
    return [("M", x, y + r), ("C", x, y + k, x + k, y, x + r, y),
            ("L", right - r, y), ("C", right - k, y, right, y + k, right, y + r),
            ("L", right, bottom - r), ("C", right, bottom - k, right - k, bottom, right - r, bottom),
            ("L", x + r, bottom), ("C", x + k, bottom, x, bottom - k, x, bottom - r),
            ("Z",)]


def poly(points, close: bool = True) -> list:
    (x0, y0), rest = points[0], points[1:]
    ops = [("M", x0, y0)] + [("L", x, y) for x, y in rest]
    return ops + [("Z",)] if close else ops


def line(*points) -> list:
    return poly(points, close=False)


def quad(x0: float, y0: float, cx: float, cy: float, x: float, y: float) -> tuple:
    """A quadratic Bézier from (x0, y0) as the equal cubic (controls 2/3 of the way)."""
    return ("C", x0 + (cx - x0) * 2 / 3, y0 + (cy - y0) * 2 / 3,
            x + (cx - x) * 2 / 3, y + (cy - y) * 2 / 3, x, y)


def _globe():
    return ellipse(2, 2, 12, 12) + ellipse(5.5, 2, 5, 12) + line((2, 8), (14, 8))


def _app():
    return rounded(4, 1.5, 8, 13, 1.5) + line((7, 12.5), (9, 12.5))


def _envelope():
    return rect(1.5, 3.5, 13, 9) + line((1.5, 3.5), (8, 9), (14.5, 3.5))


def _phone():
    # a classic handset: two ear/mouth pieces joined by a grip
    return [("M", 3, 2.5), ("L", 6, 2.5), ("L", 7, 5.5), ("L", 5.2, 6.8),
            ("C", 6, 9, 7, 10, 9.2, 10.8),
            ("L", 10.5, 9), ("L", 13.5, 10), ("L", 13.5, 13),
            ("C", 7, 13.5, 2.5, 9, 3, 2.5)]


def _store():
    return (poly([(2.5, 7), (2.5, 14), (13.5, 14), (13.5, 7)], close=False)
            + poly([(1.5, 7), (3, 2.5), (13, 2.5), (14.5, 7)]) + rect(6.5, 9.5, 3, 4.5))


def _social():
    ops = []
    for cx, cy in ((4, 8), (12, 3.5), (12, 12.5)):
        ops += circle(cx, cy, 2)
    return ops + line((5.8, 7), (10.2, 4.5)) + line((5.8, 9), (10.2, 11.5))


def _chat():
    return rounded(1.5, 2, 13, 9, 2.5) + line((4.5, 11), (4, 14.5), (8, 11))


def _mail():
    # a parcel: post, not e-mail
    return (rect(2, 5, 12, 9) + poly([(2, 5), (4.5, 2), (11.5, 2), (14, 5)], close=False)
            + line((8, 2), (8, 14)))


def _dots():
    return [op for cx in (3.5, 8, 12.5) for op in circle(cx, 8, 1.3)]


def _warning():
    return poly([(8, 1.5), (15, 14), (1, 14)]) + line((8, 6), (8, 10)) + line((8, 11.6), (8, 12.2))


def _star():
    points = []
    for i in range(10):
        r = 7 if i % 2 == 0 else 3
        a = -math.pi / 2 + i * math.pi / 5
        points.append((8 + r * math.cos(a), 8.5 + r * math.sin(a)))
    return poly(points)


def _chevrons():
    return line((2, 3), (7, 8), (2, 13)) + line((8, 3), (13, 8), (8, 13))


def _cloud():
    return ellipse(1.5, 2, 13, 9) + circle(4, 13, 1.5) + circle(1.8, 15, 0.8)


def _face():
    return (ellipse(1.5, 1.5, 13, 13) + circle(5.7, 6.3, 0.7) + circle(10.3, 6.3, 0.7)
            + [("M", 4.8, 9.5), quad(4.8, 9.5, 8, 12.8, 11.2, 9.5)])


def _gear():
    ops = circle(8, 8, 2.2) + circle(8, 8, 5)
    for i in range(8):
        a = i * math.pi / 4
        ops += line((8 + 5 * math.cos(a), 8 + 5 * math.sin(a)), (8 + 7 * math.cos(a), 8 + 7 * math.sin(a)))
    return ops


def _bars():
    ops = []
    for x, top in ((2.5, 9), (6.5, 5), (10.5, 2)):
        ops += rect(x, top, 3, 14 - top)
    return ops + line((1, 14.5), (15, 14.5))


def _picture():
    return (rect(1.5, 2.5, 13, 11) + line((2, 13), (6.5, 7), (9.5, 10.5), (11, 9), (14, 13))
            + circle(11, 5.5, 1.3))


def _note():
    ops = poly([(3, 1.5), (10, 1.5), (13, 4.5), (13, 14.5), (3, 14.5)])
    ops += line((10, 1.5), (10, 4.5), (13, 4.5))
    for y in (7.5, 10, 12.5):
        ops += line((5, y), (11, y))
    return ops


def _person():
    return circle(8, 5, 3) + [("M", 2, 15), ("C", 2, 9, 14, 9, 14, 15)]


BUILDERS = {
    # touchpoint channels
    "web": _globe, "app": _app, "email": _envelope, "phone": _phone, "store": _store,
    "social": _social, "chat": _chat, "mail": _mail, "other": _dots,
    # lane kinds' icons (named in model.lanes) and card marks
    "chevrons": _chevrons, "cloud": _cloud, "face": _face, "warning": _warning, "star": _star,
    "gear": _gear, "bars": _bars, "picture": _picture, "note": _note,
    # other marks
    "person": _person,
}


@lru_cache(maxsize=None)
def ops(name: str) -> tuple:
    """The icon's path operations (an unknown name is the 'other' dots)."""
    return tuple(BUILDERS.get(name, _dots)())
