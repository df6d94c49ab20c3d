"""Draw a `model.layout.Layout` with ReportLab, in layout points.

The caller sets up a coordinate system whose origin is the map's top-left
corner with y pointing up (see `pdf.map_form`); every layout y is drawn at
-y. Text is drawn exactly on the layout's lines (never wrapped again), each
line as runs of the bundled fonts from `export.fonts`, so what the canvas
measured is what prints. Nothing here knows about pages or paper.
"""
from __future__ import annotations

import io
from functools import lru_cache
from typing import Callable

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.utils import ImageReader

from model.layout import Layout, Lines, Rect
from model.theme import Theme

from . import fonts, icons

PANEL = "#f4f6f9"        # lane headers and persona strip
RADIUS = 4.0
MAX_IMAGE_SIDE = 2400    # pixels kept per picture: ~300 dpi on a 20 cm wide card


@lru_cache(maxsize=256)
def colour(value: str) -> Color:
    try:
        return HexColor(value)
    except (ValueError, TypeError):
        return HexColor("#888888")


def tint(value: str, amount: float) -> Color:
    """The colour mixed with white: amount 0 is white, 1 the colour itself."""
    c = colour(value)
    return Color(1 - (1 - c.red) * amount, 1 - (1 - c.green) * amount, 1 - (1 - c.blue) * amount)


def shade(value: str, amount: float) -> Color:
    """The colour darkened (opaque: alpha inside a form XObject needs resources
    ReportLab only writes for pages)."""
    c = colour(value)
    return Color(c.red * amount, c.green * amount, c.blue * amount)


def box(c, r: Rect, fill=None, stroke=None, radius: float = 0.0, width: float = 0.75) -> None:
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(width)
    args = (r.x, -r.bottom, r.w, r.h)
    if radius:
        c.roundRect(*args, radius, stroke=stroke is not None, fill=fill is not None)
    else:
        c.rect(*args, stroke=stroke is not None, fill=fill is not None)


def text(c, lines: Lines, fill: Color, center: bool = False) -> None:
    """Draw wrapped lines: line i has its baseline at y + (i + 0.8) * pitch."""
    if not lines.lines:
        return
    t = c.beginText()
    t.setFillColor(fill)
    for i, line in enumerate(lines.lines):
        runs = fonts.draw_runs(line, lines.bold)
        if not runs:
            continue
        x = lines.x - fonts.width(runs, lines.size) / 2 if center else lines.x
        t.setTextOrigin(x, -(lines.y + (i + 0.8) * lines.pitch))
        for name, piece in runs:
            t.setFont(name, lines.size)
            t.textOut(piece)
    c.drawText(t)


def icon(c, shapes, x: float, y: float, size: float, ink: Color) -> None:
    """Render `export.icons` shapes into the size x size box at layout (x, y)."""
    c.saveState()
    c.translate(x, -y)
    c.scale(size, -size)  # icon y runs down like the layout's
    c.setLineWidth(icons.STROKE)
    c.setLineJoin(1)
    c.setLineCap(1)
    c.setStrokeColor(ink)
    for shape in shapes:
        mode = shape[-1]
        c.setFillColor(white if mode == "k" else ink)
        stroke, fill = mode == "s", mode != "s"
        if shape[0] == "circle":
            c.circle(shape[1], shape[2], shape[3], stroke=stroke, fill=fill)
        elif shape[0] == "rect":
            c.roundRect(*shape[1:5], shape[5], stroke=stroke, fill=fill)
        else:
            c.drawPath(_path(c, shape[1]), stroke=stroke, fill=fill)
    c.restoreState()


def _path(c, ops):
    p = c.beginPath()
    for op in ops:
        if op[0] == "M":
            p.moveTo(*op[1:])
        elif op[0] == "L":
            p.lineTo(*op[1:])
        elif op[0] == "C":
            p.curveTo(*op[1:])
        else:
            p.close()
    return p


class Pictures:
    """Images from the file, decoded once each, shrunk to print resolution,
    with Pillow's decompression-bomb guard on. A missing or unreadable image
    is drawn as a labelled placeholder, never a failed export."""

    def __init__(self, asset_bytes: Callable[[int], bytes | None] | None):
        self._bytes = asset_bytes
        self._cache: dict[int, ImageReader | None] = {}

    def get(self, asset_id: int | None) -> ImageReader | None:
        if asset_id is None or self._bytes is None:
            return None
        if asset_id not in self._cache:
            self._cache[asset_id] = self._decode(self._bytes(asset_id))
        return self._cache[asset_id]

    @staticmethod
    def _decode(data: bytes | None) -> ImageReader | None:
        if not data:
            return None
        from PIL import Image
        try:
            with Image.open(io.BytesIO(data)) as im:
                im.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
                im = im.convert("RGBA" if "A" in im.getbands() or "transparency" in im.info else "RGB")
                return ImageReader(im)
        except (OSError, ValueError, Image.DecompressionBombError):
            return None


def picture(c, pictures: Pictures, asset_id, r: Rect, theme: Theme) -> None:
    img = pictures.get(asset_id)
    if img is None:
        box(c, r, fill=colour("#e4e7eb"), stroke=colour(theme.grid), width=0.5)
        size = min(9.0, r.h / 3)
        text(c, Lines(("image missing",), r.x + r.w / 2, r.y + r.h / 2 - size * 0.65, size), colour(theme.muted), True)
        return
    c.drawImage(img, r.x, -r.bottom, r.w, r.h, preserveAspectRatio=True, anchor="c", mask="auto")
