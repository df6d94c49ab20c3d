"""A map view in workshop mode: the projector's and the presenter's.

It is the ordinary `MapView` (drags, double-click editing, zoom) with three
differences: keys go to the workshop first (capture, spotlight, voting), a
click on a cell gives it the capture focus, and during a voting round a click
on a card is a dot. It has no scroll bars and a camera for smooth flights.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGraphicsView

from canvas.view import MapView

from .spotlight import Camera


class WorkshopView(MapView):
    def __init__(self, workshop, parent=None):
        super().__init__(workshop.scene, parent)
        self.workshop = workshop
        self.camera = Camera(self)
        self.texts = workshop.editor.text_of
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        ed = workshop.editor
        self.card_drop_requested.connect(ed.move_cards)
        self.marker_move_requested.connect(ed.move_marker)
        self.marker_add_requested.connect(ed.add_marker_at)
        self.text_edit_requested.connect(ed.edit_text)
        self.card_add_requested.connect(workshop.capture_at)
        self.zoom_changed.connect(lambda _z: workshop.view_moved(self))

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
        if self.editor is None and self.workshop.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
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
