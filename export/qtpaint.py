"""Paint strips of the map into QImages with the canvas's `paint_map` (Qt only here):
the display list of `model.drawing`, drawn by the QPainter backend.

Kept apart from `png.py` so the PNG encoder and size maths import without Qt.
"""
from __future__ import annotations

import dataclasses
import logging
from contextlib import contextmanager

from PySide6.QtCore import QRectF, Qt, qInstallMessageHandler
from PySide6.QtGui import QColor, QImage, QPainter

from canvas import fonts as canvas_fonts
from canvas import picture_reader
from canvas.paint import draw, paint_map
from model.decode import SizedCache
from model.layout import Layout
from model.theme import Theme

# A picture is decoded just large enough to cover its box at the export's dpi
# (a 20 cm card at 500 dpi is ~4000 px), never above its own size or this side
MAX_PICTURE_SIDE = 4096
BLEED = 24.0  # layout points: strokes, labels and faces poking out of a box
# Decoded pictures kept while strips are painted top to bottom: a picture is
# needed again only by the next strip, so a few suffice however many the map holds
PICTURE_CACHE_BYTES = 256 * 1024 * 1024


class StripPainter:
    def __init__(self, lay: Layout, theme: Theme, asset_bytes, photo_id, k: float, dpi: float,
                 transparent: bool, origin: tuple[float, float] = (0.0, 0.0), over=()):
        """`over`: primitives drawn over the map (`model.plan_marks.over_the_map`)."""
        canvas_fonts.register()
        self.lay, self.k, self.transparent = lay, k, transparent
        self.ox, self.oy = origin  # the map's top-left on the image, in pixels (a sheet's margins)
        # paint_map fills the map with the theme's background; "transparent" keeps alpha 0
        self.theme = dataclasses.replace(theme, background="transparent") if transparent else theme
        self.asset_bytes = asset_bytes
        self.images = SizedCache(PICTURE_CACHE_BYTES, picture_reader.image_bytes)
        self.boxes = drawn_boxes(lay, k, photo_id)
        self.photo = self.picture(photo_id) if photo_id else None
        self.dots = round(dpi / 0.0254)
        self.over = list(over)

    def picture(self, asset_id: int) -> QImage | None:
        return self.images.get(asset_id, lambda: self._decode(asset_id))

    def _decode(self, asset_id: int) -> QImage | None:
        data = self.asset_bytes(asset_id) if self.asset_bytes else None
        box_w, box_h = self.boxes.get(asset_id, (MAX_PICTURE_SIDE, MAX_PICTURE_SIDE))
        return picture_reader.read_image(data, picture_reader.cover(box_w, box_h, MAX_PICTURE_SIDE))

    def strip(self, y0: int, rows: int, width: int) -> list[bytes]:
        """`rows` rows of pixels starting at row y0, as bytes (RGB or RGBA)."""
        image = QImage(width, rows, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(self.dots)
        image.setDotsPerMeterY(self.dots)
        image.fill(QColor(0, 0, 0, 0) if self.transparent else QColor("#ffffff"))
        top = max(0.0, (y0 - self.oy) / self.k)
        bottom = min(self.lay.height, (y0 + rows - self.oy) / self.k)
        if bottom > top:  # else a strip of the sheet's margin only
            painter = QPainter(image)
            try:
                painter.translate(self.ox, self.oy - y0)
                painter.scale(self.k, self.k)
                painter.setClipRect(QRectF(0, top, self.lay.width, bottom - top))
                paint_map(painter, visible(self.lay, top, bottom), self.theme, self.picture, 1.0, self.photo)
                draw(painter, self.over)
            finally:
                painter.end()
        fmt = QImage.Format.Format_RGBA8888 if self.transparent else QImage.Format.Format_RGB888
        out = image.convertToFormat(fmt)
        del image
        view = out.constBits()
        stride, length = out.bytesPerLine(), width * (4 if self.transparent else 3)
        return [bytes(view[r * stride:r * stride + length]) for r in range(rows)]


def visible(lay: Layout, top: float, bottom: float) -> Layout:
    """The layout with only the cards and markers that reach into [top, bottom):
    each strip then paints what it shows, not the whole map again."""
    cards = [c for c in lay.cards if c.rect.y - BLEED < bottom and c.rect.bottom + BLEED > top]
    markers = [m for m in lay.markers if m.y - BLEED < bottom and m.y + m.label.height + BLEED > top]
    return dataclasses.replace(lay, cards=cards, markers=markers)


def _to_log(mode, context, message) -> None:
    logging.getLogger("wayline.export.qt").debug("Qt: %s", message)


def to_log():
    """Send Qt's own messages (font and platform chatter) to the log, not stderr,
    from now on: a command-line export prints only its result and its warnings.
    Returns the handler it replaced."""
    return qInstallMessageHandler(_to_log)


@contextmanager
def quiet():
    """As `to_log`, for the length of one export (the editor keeps its own handler after)."""
    previous = to_log()
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def drawn_boxes(lay: Layout, k: float, photo_id: int | None) -> dict[int, tuple[float, float]]:
    """asset id -> the largest box (w, h) in pixels it is drawn into, at k pixels per point."""
    boxes: dict[int, tuple[float, float]] = {}
    drawn = [(c.asset_id, c.image) for c in lay.cards if c.asset_id and c.image is not None]
    if photo_id and lay.persona_photo is not None:
        drawn.append((photo_id, lay.persona_photo))
    for asset_id, r in drawn:
        w, h = boxes.get(asset_id, (0.0, 0.0))
        boxes[asset_id] = (max(w, r.w * k), max(h, r.h * k))
    return boxes
