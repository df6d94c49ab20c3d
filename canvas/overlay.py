"""Marks over the map's cards, drawn from display lists as print draws them:
the faint connectors between the selected cards and the cards they are linked
to (`model.link_drawing`), and the plan's tags on cards (`model.plan_marks`).
One item each, above the cards; it takes no clicks."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

from .paint import draw

Z = 50  # above the cards, below an item being dragged


class Overlay(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.items = []
        self.bounds = QRectF()
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the cards below

    def show(self, items, rects) -> None:
        """Draw these primitives, which lie around these rectangles (map points)."""
        bounds = QRectF()
        for r in rects:
            bounds = bounds.united(QRectF(r.x, r.y, r.w, r.h))
        self.prepareGeometryChange()
        self.items, self.bounds = items, bounds.adjusted(-60, -60, 60, 60)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        if self.items:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter, self.items)
