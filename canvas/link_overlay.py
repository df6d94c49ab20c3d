"""The faint connectors between the selected cards and the cards they are
linked to (an opportunity and the pain points it addresses), over the map:
one item above the cards, drawn from `model.link_drawing` as print draws it."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

from model.link_drawing import connectors

from .paint import draw

Z = 50  # above the cards, below an item being dragged


class LinkOverlay(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.items = []
        self.bounds = QRectF()
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the cards below

    def show_links(self, boxes, pairs) -> None:
        """Connect these (opportunity, pain point) pairs (none: nothing drawn)."""
        items = connectors(boxes, pairs)
        rects = [boxes[i].rect for pair in pairs for i in pair if i in boxes]
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
