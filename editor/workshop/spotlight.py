"""The stage spotlight on the canvas: dimming the other stages, and a camera
that flies a view to a frame with a smooth pan and zoom.

The dims are scene items, so the projector and the presenter view (which share
the workshop scene) show the same spotlight. The camera belongs to one view:
each view frames the same stage for its own size.

A flight is drawn from two pictures taken at its first ticks (where it leaves, where it
lands), scaled each frame: painting the items at every new zoom costs about the
whole map a frame (their pixel caches are lost at each zoom), which made a flight
from the whole map drop most frames at 1,000 cards. What watches the view (the
legibility check) hears of the move once, when the flight lands.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
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


class FlightPictures:
    """The view as a flight leaves and as it lands, each with the map rectangle it
    shows. A frame draws both where the camera now puts those rectangles: the
    sharper (the larger zoom) on top, so the landing picture takes over as it nears."""

    def __init__(self):
        self.shots: list[tuple[float, QRectF, object]] = []
        self.due: list[str] = []

    def start(self) -> None:
        """A flight starts: the key press paints the view as it is (nothing moved yet);
        the pictures are taken one a tick after it, so each of those fits in a frame."""
        self.shots, self.due = [], ["leaving", "landing"]

    def take_one(self, view, leaving: Frame, landing: Frame, place) -> None:
        """Before a tick moves the view: the next picture due. The view is at the
        leaving frame until then, its items cached at that zoom; the landing picture
        moves it there to paint, and the tick then places it where it should be."""
        which = self.due.pop(0)
        if which == "landing":
            place(landing)
        frame = landing if which == "landing" else leaving
        self.shots = sorted(self.shots + [self._shot(view, frame.zoom)], key=lambda shot: shot[0])

    @staticmethod
    def _shot(view, zoom: float) -> tuple[float, QRectF, object]:
        shown = view.viewportTransform().inverted()[0].mapRect(QRectF(view.viewport().rect()))
        return zoom, shown, view.viewport().grab()

    def paint(self, view, painter: QPainter, background: QColor) -> None:
        painter.fillRect(view.viewport().rect(), background)  # where neither picture reaches
        to_view = view.viewportTransform()
        for _zoom, shown, picture in self.shots:
            painter.drawPixmap(to_view.mapRect(shown), picture, QRectF(picture.rect()))

    def clear(self) -> None:
        self.shots, self.due = [], []


class Camera(QObject):
    """Flies a MapView to a frame: centre and zoom eased together, zoom on a log
    scale so zooming in and out feel equally fast."""

    DURATION_MS = 550
    landed = Signal()   # a flight ended where it was going (not when cut short by `finish`)

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.target: Frame | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._step)
        self.animation.finished.connect(self._land)
        self.pictures = FlightPictures()
        self.in_flight = False  # from the pictures to the landing: moves are not news yet
        self._from: Frame | None = None

    def here(self) -> Frame:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return Frame(centre.x(), centre.y(), self.view.zoom())

    def fly_to(self, frame: Frame, animate: bool = True) -> None:
        self.animation.stop()
        self.target = frame
        here = self.here()
        if not animate or self.DURATION_MS <= 0 or not self.view.isVisible() or _same(here, frame):
            self._place(frame)
            return
        self._from = here
        self.in_flight = True
        self.pictures.start()
        self.animation.setDuration(self.DURATION_MS)
        self.animation.start()

    def finish(self) -> None:
        """Jump to the end of a flight (tests, and a new key press mid-flight)."""
        if self.animation.state() != QVariantAnimation.State.Stopped:
            self.animation.stop()
        self._grounded()
        if self.target is not None:
            self._place(self.target)

    def flying(self) -> bool:
        return self.in_flight

    def _land(self) -> None:
        self._grounded()
        self.landed.emit()

    def _grounded(self) -> None:
        self.in_flight = False
        self.pictures.clear()
        self.view.viewport().update()  # the items again, at the landing zoom

    def _step(self, t) -> None:
        a, b = self._from, self.target
        if a is None or b is None:
            return
        if self.pictures.due and self.in_flight and t > 0:  # start() ticks at 0, in the key press
            self.pictures.take_one(self.view, a, b, self._place)
        zoom = math.exp(math.log(a.zoom) + (math.log(b.zoom) - math.log(a.zoom)) * t)
        self._place(Frame(a.cx + (b.cx - a.cx) * t, a.cy + (b.cy - a.cy) * t, zoom))

    def _place(self, frame: Frame) -> None:
        self.view.set_zoom(frame.zoom)
        self.view.centerOn(QPointF(frame.cx, frame.cy))


def _same(a: Frame, b: Frame) -> bool:
    """Less than a pixel apart: nothing to fly (a capture that did not need a scroll)."""
    return abs(a.zoom - b.zoom) < 1e-6 and abs(a.cx - b.cx) * b.zoom < 0.5 and abs(a.cy - b.cy) * b.zoom < 0.5
