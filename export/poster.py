"""The ReportLab backend: draws `model.display` primitives into the PDF, in layout points.

What the map looks like is decided once, in `model.drawing`; the canvas and the
PNG draw the same display lists with QPainter (`canvas/paint.py`). This module
only says how each primitive is written with ReportLab, in `draw`'s convention
(the map's top-left is (0, 0), a layout y is drawn at -y). What PDF needs
differently stays here: an `opacity` is pre-mixed over white (`draw.tint`), and
text goes through `draw.text` (HarfBuzz shaping, right-to-left lines written in
typed order, emoji as pictures, placeholders). No Qt is imported on this path.
"""
from __future__ import annotations

from model import drawing
from model.display import PERSONA_PHOTO, Blocks, Box, Dots, Ellipse, Icon, Image, Path, Text
from model.icon_paths import GRID, PEN, ops as icon_ops, rounded
from model.layout import Layout, Rect
from model.theme import Theme

from .draw import Pictures, colour, cover, text, tint

HEADER_FILL = drawing.HEADER_FILL
TICK_EVERY = 1000  # primitives between two progress calls (about 150 cards)


def draw_map(c, lay: Layout, theme: Theme, pictures: Pictures, persona_photo: int | None = None,
             tick=None) -> None:
    """Draw the whole map, back to front; `tick(fraction)` now and then (progress, cancel)."""
    draw(c, drawing.draw_map(lay, theme), pictures, persona_photo, tick)


def draw(c, items, pictures: Pictures, photo: int | None = None, tick=None) -> None:
    """Draw a display list in order; `photo` is the asset `PERSONA_PHOTO` refers to."""
    for i, item in enumerate(items):
        if tick is not None and i % TICK_EVERY == 0:
            tick(i / len(items))
        if isinstance(item, Image):
            _image(c, item, pictures, photo)
        else:
            _DRAW[type(item)](c, item)


def _fill(value: str, opacity: float = 1.0):
    return colour(value) if opacity >= 1.0 else tint(value, opacity)


def _stroke(c, colour_value: str, width: float, dash=None, cap: str | None = None) -> None:
    """A pen as QPainter's: square ends (each dash too) unless round, bevelled joins."""
    c.setStrokeColor(colour(colour_value))
    c.setLineWidth(width)
    c.setLineCap(1 if cap == "round" else 2)
    c.setLineJoin(2)
    if dash:
        c.setDash(list(dash), 0)  # on, off[, on, off...] in points


def _box(c, b: Box) -> None:
    c.saveState()
    if b.fill is not None:
        c.setFillColor(_fill(b.fill, b.opacity))
    if b.stroke is not None:
        _stroke(c, b.stroke, b.width, b.dash)
    if b.radius:  # Qt's outline, from the same corner: a dashed edge starts where the screen's does
        p = c.beginPath()
        _trace(p, rounded(b.x, b.y, b.w, b.h, b.radius))
        c.drawPath(p, stroke=b.stroke is not None, fill=b.fill is not None)
    else:
        c.rect(b.x, -(b.y + b.h), b.w, b.h, stroke=b.stroke is not None, fill=b.fill is not None)
    c.restoreState()


def _ellipse(c, e: Ellipse) -> None:
    c.saveState()
    if e.fill is not None:
        c.setFillColor(colour(e.fill))
    if e.stroke is not None:
        _stroke(c, e.stroke, e.width)
    c.ellipse(e.x, -(e.y + e.h), e.x + e.w, -e.y, stroke=e.stroke is not None, fill=e.fill is not None)
    c.restoreState()


def _dots(c, d: Dots) -> None:
    # a zero-length round-capped line is a disc in 2 numbers, not 26 for a circle path
    c.saveState()
    _stroke(c, d.fill, 2 * d.radius, cap="round")
    p = c.beginPath()
    for x, y in d.centres:
        p.moveTo(x, -y)
        p.lineTo(x, -y)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _blocks(c, b: Blocks) -> None:
    c.saveState()
    c.setFillColor(colour(b.fill))
    for x, y, w, h in b.rects:
        c.rect(x, -(y + h), w, h, stroke=0, fill=1)
    c.restoreState()


def _trace(p, path_ops, sy: float = -1.0) -> None:
    """Add path operations to a ReportLab path; y is multiplied by `sy` (-1: layout y down)."""
    for op in path_ops:
        kind = op[0]
        if kind == "M":
            p.moveTo(op[1], sy * op[2])
        elif kind == "L":
            p.lineTo(op[1], sy * op[2])
        elif kind == "C":
            p.curveTo(op[1], sy * op[2], op[3], sy * op[4], op[5], sy * op[6])
        else:
            p.close()


def _path(c, item: Path) -> None:
    c.saveState()
    if item.stroke is not None:
        _stroke(c, item.stroke, item.width, item.dash, item.cap)
    if item.fill is not None:
        c.setFillColor(colour(item.fill))
    p = c.beginPath()
    _trace(p, item.ops)
    c.drawPath(p, stroke=item.stroke is not None, fill=item.fill is not None)
    c.restoreState()


def _text(c, t: Text) -> None:
    text(c, t.lines, colour(t.colour), center=t.centre)


def _icon(c, i: Icon) -> None:
    """Stroke icon `i.name` into its size × size box: the icon grid's y runs down
    like the layout's, so the box is flipped once instead of every point."""
    c.saveState()
    c.translate(i.x, -i.y)
    k = i.size / GRID
    c.scale(k, -k)
    c.setLineWidth(PEN)
    c.setLineJoin(1)
    c.setLineCap(1)
    c.setStrokeColor(colour(i.colour))
    p = c.beginPath()
    _trace(p, icon_ops(i.name), sy=1.0)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _image(c, item: Image, pictures: Pictures, photo: int | None) -> None:
    img = pictures.get(photo if item.ref == PERSONA_PHOTO else item.ref)
    if img is None:
        draw(c, item.fallback, pictures)
        return
    r = Rect(item.x, item.y, item.w, item.h)
    clip = (lambda p: p.ellipse(r.x, -r.bottom, r.w, r.h)) if item.clip == "ellipse" else None
    cover(c, img, r, clip=clip)


_DRAW = {Box: _box, Ellipse: _ellipse, Dots: _dots, Blocks: _blocks, Path: _path, Text: _text,
         Icon: _icon}
