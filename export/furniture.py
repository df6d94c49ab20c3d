"""Page furniture shared by single sheets and tile pages: the footer line and
lines shortened to fit (kept apart from `pdf` and `tilepages` so each imports
it, and neither the other, at the top)."""
from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from model import text as textmod
from model.layout import Lines

from .draw import text

MUTED = HexColor("#5b6475")


def footer(c: Canvas, page_w: float, page_h: float, margin: float, band: float,
           left: str, middle: str, right: str) -> None:
    """A footer line in the band above the bottom margin: title, date, page info."""
    size = band * 0.42
    y = page_h - margin - band / 2 - size * 0.65  # layout y of a one-line block, centred
    c.saveState()
    c.translate(0, page_h)
    ink = MUTED
    r_w = textmod.measure(right, size)
    m_w = textmod.measure(middle, size)
    room = page_w - 2 * margin - r_w - m_w - 4 * size
    text(c, Lines((fit_line(left, room, size, True),), margin, y, size, True), ink)
    text(c, Lines((middle,), page_w / 2, y, size), ink, center=True)
    text(c, Lines((right,), page_w - margin - r_w, y, size), ink)
    c.restoreState()


def fit_line(line: str, room: float, size: float, bold: bool = False) -> str:
    """The line, shortened with an ellipsis to fit `room` points."""
    if textmod.measure(line, size, bold) <= room:
        return line
    while line and textmod.measure(line + "…", size, bold) > room:
        line = line[:-1]
    return line.rstrip() + "…" if line else ""
