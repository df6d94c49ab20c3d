"""Page furniture shared by single sheets and tile pages: the footer line,
lines shortened to fit, and the persona legend of a tile page's info band
(kept apart from `pdf` and `tilepages` so each imports it, and neither the
other, at the top).

The legend is the poster header's (`model.drawing.legend_entry`: photo, name,
a stretch of the curve with its marker), made small: a person holding one tile
of a tiled poster still sees whose curve is whose. Its photos print
`LEGEND_PHOTO` wide, which the preflight checks like any picture.
"""
from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from model import drawing
from model import text as textmod
from model.layout import Layout, LegendEntry, Lines, Rect
from model.theme import Theme

from . import paper
from .draw import Pictures, text
from .poster import draw

MUTED = HexColor("#5b6475")
MM = paper.MM
LEGEND_PHOTO = 4.5 * MM     # a persona's photo in a tile page's legend
LEGEND_ROW = 6.3 * MM       # one persona: its photo, name and curve beside it
LEGEND_COLUMN = 27 * MM     # up to three personas a column
LEGEND_NAME = 6.0           # points


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


def legend_width(lay: Layout) -> float:
    """How wide a tile page's persona legend is (0: the map has one persona or none)."""
    n = len(lay.legend)
    return 0.0 if not n else LEGEND_COLUMN * ((n + 2) // 3)


def legend_entries(lay: Layout, x: float, top: float) -> list[LegendEntry]:
    """The poster's legend entries, small, in columns of three from (x, top): page
    points measured down from the page top."""
    out = []
    for i, e in enumerate(lay.legend):
        left, y = x + (i // 3) * LEGEND_COLUMN, top + (i % 3) * LEGEND_ROW
        photo = Rect(left, y, LEGEND_PHOTO, LEGEND_PHOTO)
        text_x = photo.right + 1.5 * MM
        room = LEGEND_COLUMN - LEGEND_PHOTO - 3 * MM
        name = " ".join(e.name.lines)
        out.append(LegendEntry(e.persona_id, e.photo_id, photo,
                               Lines((fit_line(name, room, LEGEND_NAME, True),) if name else (),
                                     text_x, y - 0.5, LEGEND_NAME, True),
                               Lines((), text_x, y, LEGEND_NAME),
                               Rect(text_x, y + LEGEND_NAME * 1.15, min(room, 12 * MM), 3.6 * MM),
                               e.look, e.dim))
    return out


def draw_legend(c: Canvas, lay: Layout, x: float, top: float, theme: Theme, pictures: Pictures) -> None:
    """The persona legend at (x, top), page points down from the page top."""
    c.saveState()
    c.translate(0, c._pagesize[1])
    for e in legend_entries(lay, x, top):
        draw(c, drawing.legend_entry(e, theme), pictures)
    c.restoreState()
