"""The stage spotlight on the canvas: dimming the other stages, and a camera
that flies a view to a frame with a smooth pan and zoom.

The dims are scene items, so the projector and the presenter view (which share
the workshop scene) show the same spotlight. The camera belongs to one view:
each view frames the same stage for its own size.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QObject, QPointF, Qt, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from canvas.scene import MapScene
from model.layout import Layout

from .framing import Frame

DIM_ALPHA = 0.72   # the other stages fade towards the background, still readable up close
DIM_Z = 8          # above cards (2), headers (3) and markers (4); below the capture focus


class Dimmer:
    """One translucent veil per stage that is not in the spotlight."""

    def __init__(self, scene: MapScene):
        self.scene = scene
        self.veils: dict[int, QGraphicsRectItem] = {}

    def show(self, lay: Layout, stage_id: int | None) -> None:
        wanted = {} if stage_id is None else {s.id: s for s in lay.stages if s.id != stage_id}
        for gone in [i for i in self.veils if i not in wanted]:
            self.scene.removeItem(self.veils.pop(gone))
        for sid, stage in wanted.items():
            veil = self.veils.get(sid) or self._veil(sid)
            c = stage.column
            veil.setRect(c.x, c.y, c.w, c.h)

    def _veil(self, stage_id: int) -> QGraphicsRectItem:
        veil = QGraphicsRectItem()
        colour = QColor(self.scene.theme.background)
        colour.setAlphaF(DIM_ALPHA)
        veil.setBrush(QBrush(colour))
        veil.setPen(QPen(QColor(0, 0, 0, 0)))
        veil.setZValue(DIM_Z)
        veil.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        veil.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.scene.addItem(veil)
        self.veils[stage_id] = veil
        return veil

    def dimmed(self) -> set[int]:
        return set(self.veils)


class Camera(QObject):
    """Flies a MapView to a frame: centre and zoom eased together, zoom on a log
    scale so zooming in and out feel equally fast."""

    DURATION_MS = 550

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.target: Frame | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._step)
        self._from: Frame | None = None

    def here(self) -> Frame:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return Frame(centre.x(), centre.y(), self.view.zoom())

    def fly_to(self, frame: Frame, animate: bool = True) -> None:
        self.animation.stop()
        self.target = frame
        if not animate or self.DURATION_MS <= 0 or not self.view.isVisible():
            self._place(frame)
            return
        self._from = self.here()
        self.animation.setDuration(self.DURATION_MS)
        self.animation.start()

    def finish(self) -> None:
        """Jump to the end of a flight (tests, and a new key press mid-flight)."""
        if self.animation.state() == QVariantAnimation.State.Running:
            self.animation.stop()
        if self.target is not None:
            self._place(self.target)

    def flying(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def _step(self, t) -> None:
        a, b = self._from, self.target
        if a is None or b is None:
            return
        zoom = math.exp(math.log(a.zoom) + (math.log(b.zoom) - math.log(a.zoom)) * t)
        self._place(Frame(a.cx + (b.cx - a.cx) * t, a.cy + (b.cy - a.cy) * t, zoom))

    def _place(self, frame: Frame) -> None:
        self.view.set_zoom(frame.zoom)
        self.view.centerOn(QPointF(frame.cx, frame.cy))
