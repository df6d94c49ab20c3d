"""Paint strips of the map into QImages with the canvas's `paint_map` (Qt only here).

Kept apart from `png.py` so the PNG encoder and size maths import without Qt.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from canvas import fonts as canvas_fonts
from canvas.paint import paint_map
from model.layout import Layout
from model.theme import Theme


class StripPainter:
    def __init__(self, lay: Layout, theme: Theme, asset_bytes, photo_id, k: float, dpi: float,
                 transparent: bool):
        canvas_fonts.register()
        self.lay, self.k, self.transparent = lay, k, transparent
        # paint_map fills the map with the theme's background; "transparent" keeps alpha 0
        self.theme = dataclasses.replace(theme, background="transparent") if transparent else theme
        self.asset_bytes = asset_bytes
        self.images: dict[int, QImage | None] = {}
        self.photo = self.picture(photo_id) if photo_id else None
        self.dots = round(dpi / 0.0254)

    def picture(self, asset_id: int) -> QImage | None:
        if asset_id not in self.images:
            data = self.asset_bytes(asset_id) if self.asset_bytes else None
            image = QImage.fromData(data) if data else None
            self.images[asset_id] = image if image is not None and not image.isNull() else None
        return self.images[asset_id]

    def strip(self, y0: int, rows: int, width: int):
        """Yield `rows` rows of pixels starting at row y0, as bytes (RGB or RGBA)."""
        from .png import visible
        image = QImage(width, rows, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(self.dots)
        image.setDotsPerMeterY(self.dots)
        image.fill(QColor(0, 0, 0, 0) if self.transparent else QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.translate(0, -y0)
            painter.scale(self.k, self.k)
            top, bottom = y0 / self.k, (y0 + rows) / self.k
            painter.setClipRect(QRectF(0, top, self.lay.width, bottom - top))
            paint_map(painter, visible(self.lay, top, bottom), self.theme, self.picture, 1.0, self.photo)
        finally:
            painter.end()
        fmt = QImage.Format.Format_RGBA8888 if self.transparent else QImage.Format.Format_RGB888
        out = image.convertToFormat(fmt)
        del image
        view = out.constBits()
        stride, length = out.bytesPerLine(), width * (4 if self.transparent else 3)
        for r in range(rows):
            yield bytes(view[r * stride:r * stride + length])
