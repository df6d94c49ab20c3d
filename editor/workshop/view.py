"""A map view in workshop mode: the projector's and the presenter's.

It is the ordinary `MapView` (drags, double-click editing, zoom), wired to the
editor by the same `editor.intents.connect`, with four differences: keys go to
the workshop first (capture, spotlight, voting), a click on a cell gives it the
capture focus, and during a voting round a click on a card is a dot. The lane
names are frozen beside the spotlit stage: the scene's own lane-name column is
drawn again at the stage's left (over the dimmed stage before it), so from the
second stage on the room still reads which row is which; a click there moves
the capture to that lane. It has no scroll bars and a camera for smooth flights;
while it flies, it is painted from two pictures (`spotlight.FlightPictures`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView

from canvas.view import MapView

from .. import intents
from . import framing
from .spotlight import Camera


class WorkshopView(MapView):
    pins_headers = False  # the workshop pins its lane names beside the spotlit stage

    def __init__(self, workshop, parent=None):
        super().__init__(workshop.scene, parent)
        self.workshop = workshop
        self.camera = Camera(self)
        self.reserved = framing.NO_INSETS  # screen edges the framing keeps the map clear of
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        # the editor view's intents, from the same wiring; a double-click on a cell captures
        intents.connect(self, workshop.editor, add_card=workshop.capture_at)
        self.zoom_changed.connect(lambda _z: workshop.view_moved(self))
        self.camera.landed.connect(self.landed)

    def event(self, event) -> bool:
        # Tab would move the keyboard focus to the next widget: here it is "next lane"
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and self.editor is None:
            self.keyPressEvent(event)
            return True
        if event.type() == QEvent.Type.ShortcutOverride and self.editor is None \
                and self.workshop.wants_key(event):
            event.accept()  # a window's shortcut must not steal a key the workshop uses
            return True
        return super().event(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        return False

    def keyPressEvent(self, event) -> None:
        if self.tool is not None and event.key() == Qt.Key.Key_Escape:
            super().keyPressEvent(event)  # Esc ends the drag first, the workshop after
            return
        if self.editor is None and self.workshop.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def landed(self) -> None:
        # after the landing frame is painted, not in it: the check runs over every card
        QTimer.singleShot(0, self, lambda: self.workshop.view_moved(self))

    def paintEvent(self, event) -> None:
        if self.camera.flying() and self.camera.pictures.shots:  # see spotlight.FlightPictures
            painter = QPainter(self.viewport())
            self.camera.pictures.paint(self, painter, QColor(self.workshop.theme.background))
            painter.end()
            return
        super().paintEvent(event)

    # -- the frozen lane names ---------------------------------------------------------
    def lane_names(self) -> tuple[QRectF, QRectF] | None:
        """(where, in scene coordinates, the lane names are drawn again; the scene's own
        lane-name column they show), or None when the real one is in sight."""
        ws, lay = self.workshop, self.workshop.lay
        stage = next((s for s in lay.stages if s.id == ws.stage_id), None) if lay else None
        if stage is None or not lay.lanes:
            return None
        width = framing.lane_names_width(lay)
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if shown.x() <= lay.lanes[0].header.x + 0.5:
            return None  # the real lane names are on screen
        x = max(stage.column.x - width, shown.x())  # beside the stage; at the screen's edge if panned
        top = max(lay.lanes[0].row.y, shown.y())
        bottom = min(lay.lanes[-1].row.bottom, shown.bottom())
        if bottom <= top:
            return None
        return QRectF(x, top, width, bottom - top), QRectF(lay.lanes[0].header.x, top, width, bottom - top)

    def drawForeground(self, painter, rect) -> None:
        super().drawForeground(painter, rect)
        frozen = self.lane_names()
        if frozen is None:
            return
        target, source = frozen
        if source.right() > target.left() - source.width():  # the real names, cut: not twice
            shown_x = self.mapToScene(0, 0).x()
            painter.fillRect(QRectF(shown_x, source.y(), source.right() - shown_x, source.height()),
                             QColor(self.workshop.theme.background))
        self.scene().render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        pen = QPen(QColor(self.workshop.theme.grid), 3)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLine(QPointF(target.right(), target.top()), QPointF(target.right(), target.bottom()))

    def lane_at_names(self, pos: QPointF) -> int | None:
        frozen = self.lane_names()
        if frozen is None or not frozen[0].contains(pos):
            return None
        return next((l.id for l in self.workshop.lay.lanes if l.row.y <= pos.y() < l.row.bottom), None)

    def mousePressEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        lane_id = self.lane_at_names(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if self.editor is None and lane_id is not None and self.workshop.stage_id is not None:
            self.workshop.capture_at(self.workshop.stage_id, lane_id)  # not the dimmed stage below
            self.setFocus()
            event.accept()
            return
        if self.editor is None and event.button() == Qt.MouseButton.LeftButton \
                and self.map_scene.lay is not None and not self.space_held:
            hit = self.map_scene.hit(pos.x(), pos.y(), self.edge())
            if self.workshop.click(hit, event.modifiers()):
                self.setFocus()
                event.accept()
                return
        super().mousePressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.workshop.view_moved(self)
