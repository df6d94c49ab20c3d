"""How a persona's look is drawn: the dash of its curve's line and the shape
around its markers' faces, as display-list pieces (`model.display`), so the
screen and the poster draw several personas' curves alike. No Qt.

A curve is told apart three ways (colour, line, marker shape: `model.personas`),
so it still reads in black-and-white print and for colour-blind readers; a
persona's target curve (the future state) is the same look, lighter and thinner,
with hollow markers.
"""
from __future__ import annotations

import math

from . import icon_paths

# dash patterns in pen widths, as Qt's pen styles: on, off, on, off...
DASHES = {"solid": None, "dashed": (4.0, 2.0), "dotted": (1.0, 2.0), "dashdot": (4.0, 2.0, 1.0, 2.0)}
TARGET_LIGHTEN = 0.55     # of the way to white: a target curve is fainter than today's
DIM_LIGHTEN = 0.72        # a persona out of focus fades further still
CURVE_WIDTH, TARGET_WIDTH = 2.2, 1.5
SHAPE_GAP = 3.0           # the persona's shape shows this far around a marker's face


def reach(face_radius: float) -> float:
    """How far from a marker's centre its shape may reach (a star's points, with the pen)."""
    return (face_radius + SHAPE_GAP) * 1.2 + 1.0


def dash(line: str, width: float) -> tuple | None:
    """The line's dash pattern in points for a pen this wide (None: solid)."""
    pattern = DASHES.get(line)
    return None if pattern is None else tuple(d * width for d in pattern)


def lighter(colour: str, amount: float = TARGET_LIGHTEN) -> str:
    """The colour that far towards white (a malformed colour is grey)."""
    try:
        value = int(colour.lstrip("#"), 16) if len(colour) == 7 else None
    except (ValueError, AttributeError):
        value = None
    channels = (0x88,) * 3 if value is None else (value >> 16, (value >> 8) & 255, value & 255)
    return "#%02x%02x%02x" % tuple(round(c + (255 - c) * amount) for c in channels)


def outline(shape: str, x: float, y: float, r: float) -> list:
    """A marker shape centred on (x, y) reaching about r from it, as path ops."""
    if shape == "square":
        return icon_paths.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8)
    if shape == "triangle":
        return icon_paths.poly(_points(3, x, y + r * 0.12, r * 1.12, -90))
    if shape == "diamond":
        return icon_paths.poly(_points(4, x, y, r * 1.08, -90))
    if shape == "star":
        outer = _points(5, x, y, r * 1.18, -90)
        inner = _points(5, x, y, r * 0.62, -54)
        return icon_paths.poly([p for pair in zip(outer, inner) for p in pair])
    if shape == "cross":
        a, b = r * 1.05, r * 0.36  # the arms' reach and half-width, an X
        arm = [(-b, -a), (b, -a), (b, -b), (a, -b), (a, b), (b, b), (b, a), (-b, a), (-b, b),
               (-a, b), (-a, -b), (-b, -b)]
        c, s = math.cos(math.pi / 4), math.sin(math.pi / 4)
        return icon_paths.poly([(x + px * c - py * s, y + px * s + py * c) for px, py in arm])
    return icon_paths.circle(x, y, r)


def _points(n: int, x: float, y: float, r: float, start_degrees: float) -> list:
    step = 2 * math.pi / n
    start = math.radians(start_degrees)
    return [(x + r * math.cos(start + i * step), y + r * math.sin(start + i * step)) for i in range(n)]
