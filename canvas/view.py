"""The map view: zoom and pan, and turning mouse gestures into intents.

The view owns no business rules. A press picks a tool (see tools.py) from a
pure hit test on the layout; the tool emits one intent signal when the gesture
completes. Zoom is centred on the pointer (Ctrl+wheel, pinch); space+drag and
the middle button pan. The arrow keys walk from card to card and cell to cell
(the rule is `model.navigation`), selecting a card or making an empty cell the
target, and scroll it into view; while text is edited in place they are its own.
Zoomed in, the stage and lane headers scrolled out of sight are drawn pinned
to the top and left edges (canvas/frozen.py); a click there is on the header.
Typing on the selection and editing text in place are canvas/inplace.py, the
arrow keys canvas/arrows.py; what screen readers see of the map is
canvas/accessible.py.

While a gesture runs (a tool from press to release, or a text edited in place)
the view says so (`gesture_changed`), so the editor can keep undo, delete and
paste off; a change of the map from elsewhere meanwhile ends it (`end_gesture`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QRubberBand

from model import navigation
from model.layout import feeling_at

from . import accessible, frozen
from .paint import PLAIN_LOD
from .scene import Hit, MapScene
from .arrows import ArrowNavigation
from .inplace import InPlaceEditing
from .textedit import InlineEditor
from .tools import AxisDrag, AxisResize, CardDrag, LinkDrag, MarkerDrag, Pan, RubberBand, Tool

ZOOM_RANGE = (0.05, 8.0)
WHEEL_STEP = 1.0015  # zoom factor per 1/8° of wheel turn: a notch (15°) is about 20 %
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ARROWS = {Qt.Key.Key_Up: navigation.UP, Qt.Key.Key_Down: navigation.DOWN,
          Qt.Key.Key_Left: navigation.LEFT, Qt.Key.Key_Right: navigation.RIGHT}


class MapView(InPlaceEditing, ArrowNavigation, QGraphicsView):
    card_drop_requested = Signal(list, int, int, int)      # card ids, stage, lane, index
    link_requested = Signal(int, int)                      # a card dragged onto another with Alt: link them
    stage_move_requested = Signal(int, int)                # stage id, new index
    stage_resize_requested = Signal(int, float)            # stage id, width
    lane_move_requested = Signal(int, int)
    lane_resize_requested = Signal(int, float)             # lane id, minimum height
    marker_move_requested = Signal(int, int, float, float)  # marker, stage, offset, feeling
    marker_add_requested = Signal(int, int, float, float)   # lane, stage, offset, feeling
    marker_dragged = Signal(int, float)                     # marker, feeling shown during a drag
    card_add_requested = Signal(int, int)                  # stage, lane
    text_edit_requested = Signal(str, int, str)            # kind, id, new text
    edit_ended = Signal(str, int)                          # kind, id: in-place editing closed
    edit_refused = Signal(str)                             # why text cannot be edited now
    files_dropped = Signal(list, int, int)                 # paths, stage, lane
    context_menu_requested = Signal(QPoint, object)        # global position, Hit
    selection_changed = Signal()
    zoom_changed = Signal(float)
    gesture_changed = Signal(bool)                         # a gesture began, or none runs any more
    pins_headers = True  # frozen stage and lane headers (the workshop pins its own)

    def __init__(self, scene: MapScene, parent=None):
        super().__init__(scene, parent)
        self.map_scene = scene
        self._tool: Tool | None = None
        self._editor: InlineEditor | None = None
        self.editing: tuple[str, int] | None = None  # what the in-place editor edits
        self.in_gesture = False
        self.space_held = False
        self.pointer = QPointF()
        self.texts = lambda kind, item_id: ""  # the editor supplies the model's full texts
        self.edit_refusal = lambda: None  # the editor says why editing is refused (read-only map)
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        scene.selectionChanged.connect(self.selection_changed)
        accessible.install(self)  # screen readers see the stages, lanes and cards (canvas/accessible.py)

    # -- zoom and pan --------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, at: QPoint | None = None) -> None:
        """Scale by `factor`, keeping the map point under `at` (viewport pixels) in place."""
        at = at if at is not None else self.viewport().rect().center()
        anchor = self.mapToScene(at)
        new = min(max(self.zoom() * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.set_zoom(new)
        moved = self.mapFromScene(anchor) - at
        self.scroll_by(moved.x(), moved.y())

    def set_zoom(self, zoom: float) -> None:
        self.setTransform(self.transform().fromScale(zoom, zoom))
        self.zoomed()

    def zoomed(self) -> None:
        self.map_scene.set_overview(self.zoom() * self.devicePixelRatioF() < PLAIN_LOD)
        self.zoom_changed.emit(self.zoom())

    def scroll_by(self, dx: float, dy: float) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))

    def fit_map(self) -> None:
        if self.map_scene.lay:
            lay = self.map_scene.lay
            self.fitInView(QRectF(0, 0, lay.width, lay.height), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoomed()

    def fit_width(self) -> None:
        """The map's width fills the window; the top of the map shows."""
        lay = self.map_scene.lay
        if lay:
            bar = self.verticalScrollBar().sizeHint().width()  # it appears once zoomed in
            self.set_zoom((self.viewport().width() - bar) / (lay.width + 24))
            self.centerOn(lay.width / 2, 0)

    def actual_size(self) -> None:
        """100 %: a point on the map is a point on the screen, as it will print."""
        self.set_zoom(self.logicalDpiX() / 72.0)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() or event.angleDelta().x()
            self.zoom_by(WHEEL_STEP ** steps, event.position().toPoint())
            event.accept()
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                at = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), at)
                return True
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position().toPoint())
            return True
        return super().viewportEvent(event)

    # -- gestures --------------------------------------------------------------------
    # A gesture runs from a press to its release (a tool; panning does not count) and while
    # a text is edited in place; undo, delete and paste stay off meanwhile (editor/intents.py).
    @property
    def tool(self) -> Tool | None:
        return self._tool

    @tool.setter
    def tool(self, tool: Tool | None) -> None:
        self._tool = tool
        self._gesture_state()

    def _gesture_state(self) -> None:
        busy = (self._tool is not None and self._tool.guarded) or self._editor is not None
        if busy != self.in_gesture:
            self.in_gesture = busy
            self.gesture_changed.emit(busy)

    def end_gesture(self) -> None:
        """The map changed from elsewhere during a gesture: a drag ends as if Escape was
        pressed, its items where the new layout puts them (a drop would act on a map
        that is gone); a text edited in place goes on unless its item went."""
        if self.tool is not None:
            tool, self.tool = self.tool, None
            tool.cancel()
            self.viewport().unsetCursor()
        if self.editing is not None and self.map_scene.item(*self.editing) is None:
            self.cancel_edit()

    def hideEvent(self, event) -> None:
        self.end_gesture()  # a window closed mid-drag (Esc in the workshop) leaves no gesture
        super().hideEvent(event)

    def mousePressEvent(self, event) -> None:
        self.pointer = event.position()
        pos = self.mapToScene(event.position().toPoint())
        if self.in_editor(pos):
            return super().mousePressEvent(event)
        self.commit_edit()
        self.setFocus()
        button = event.button()
        pinned = self.pinned_hit(pos) if button == Qt.MouseButton.LeftButton and not self.space_held else None
        if pinned is not None:  # a frozen header: select it; the map underneath is not touched
            if pinned.kind != "none":
                self.map_scene.select(pinned.kind, [pinned.id])
            event.accept()
            return
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self.space_held):
            self.tool = Pan(self, pos, event.modifiers())
        elif button == Qt.MouseButton.LeftButton and self.map_scene.lay is not None:
            self.tool = self.tool_for(self.map_scene.hit(pos.x(), pos.y(), self.edge()), pos,
                                      event.modifiers())
        if self.tool is not None:
            self.viewport().setCursor(self.tool.cursor)
        event.accept()

    def edge(self) -> float:
        """How close (in map points) to an edge a press grabs it: 5 screen pixels."""
        return 5.0 / max(self.zoom(), 0.01)

    def tool_for(self, hit: Hit, pos: QPointF, modifiers) -> Tool:
        if hit.kind in ("stage_edge", "lane_edge"):
            return AxisResize(self, pos, modifiers, hit.kind[:-5], hit.id)
        if hit.kind in ("stage", "lane"):
            self.map_scene.select(hit.kind, [hit.id])
            return AxisDrag(self, pos, modifiers, hit.kind, hit.id)
        if hit.kind == "marker":
            self.select_clicked("marker", hit.id, modifiers)
            return MarkerDrag(self, pos, modifiers, hit.id)
        if hit.kind == "card" and _links(modifiers):
            return LinkDrag(self, pos, modifiers, hit.id)
        if hit.kind == "card":
            was_selected = self.map_scene.cards[hit.id].isSelected()
            self.select_clicked("card", hit.id, modifiers)
            return CardDrag(self, pos, modifiers, hit.id, was_selected)
        cell = (hit.stage_id, hit.lane_id) if hit.kind in ("cell", "curve") else None
        return RubberBand(self, pos, modifiers, cell)

    def select_clicked(self, kind: str, item_id: int, modifiers) -> None:
        """Click selects; Ctrl toggles; Shift adds; a click on a selected card keeps
        the selection so several cards can be dragged together."""
        item = self.map_scene.item(kind, item_id)
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            item.setSelected(True)
        elif not item.isSelected():
            self.map_scene.select(kind, [item_id])

    def mouseMoveEvent(self, event) -> None:
        self.pointer = event.position()
        pos = self.mapToScene(event.position().toPoint())
        if self.tool is not None:
            self.tool.move(pos, event.modifiers())
        elif self.editor is not None and event.buttons():
            super().mouseMoveEvent(event)
        else:
            self.viewport().setCursor(self.hover_cursor(pos))

    def hover_cursor(self, pos: QPointF):
        if self.space_held:
            return Qt.CursorShape.OpenHandCursor
        kind = self.map_scene.hit(pos.x(), pos.y(), self.edge()).kind if self.map_scene.lay else ""
        if self.pinned_hit(pos) is not None:
            kind = "pinned"
        return {"stage_edge": Qt.CursorShape.SizeHorCursor, "lane_edge": Qt.CursorShape.SizeVerCursor,
                "marker": Qt.CursorShape.SizeAllCursor}.get(kind, Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        self.pointer = event.position()
        if self.tool is None:
            return super().mouseReleaseEvent(event)
        tool, self.tool = self.tool, None
        tool.release(self.mapToScene(event.position().toPoint()), event.modifiers())
        self.viewport().unsetCursor()

    def mouseDoubleClickEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        if self.in_editor(pos) or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        self.tool = None
        hit = self.pinned_hit(pos) or self.map_scene.hit(pos.x(), pos.y(), self.edge())
        if hit.kind in ("card", "stage", "lane", "marker"):
            self.start_edit(hit.kind, hit.id)
        elif hit.kind == "curve":
            self.marker_add_requested.emit(hit.lane_id, *self.marker_place(hit, pos))
        elif hit.kind == "cell":
            self.card_add_requested.emit(hit.stage_id, hit.lane_id)

    def marker_place(self, hit: Hit, pos: QPointF) -> tuple[int, float, float]:
        lay = self.map_scene.lay
        stage = next(s for s in lay.stages if s.id == hit.stage_id)
        box = next(e for e in lay.emotions if e.lane_id == hit.lane_id)
        feeling = float(round(min(max(feeling_at(box, pos.y()), -3.0), 3.0)))
        return stage.id, round((pos.x() - stage.column.x) / stage.column.w, 4), feeling

    def keyPressEvent(self, event) -> None:
        if self.editor is None and self.typed(event) and self.selection_takes_typing():
            self.type_into_selection(event.text())
        elif event.key() == Qt.Key.Key_Escape and self.tool is not None:
            self.tool.cancel()
            self.tool = None
            self.viewport().unsetCursor()
        elif event.key() in ARROWS and self.editor is None and self.tool is None and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.navigate(ARROWS[event.key()])
        elif event.key() == Qt.Key.Key_Space and self.editor is None:
            if not event.isAutoRepeat():
                self.space_held = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def event(self, event) -> bool:
        # while a text is edited in place, its keys (Delete, Ctrl+A, Enter...) are its own;
        # typing on a selected item is text for it, never a single-letter command (N, M)
        if event.type() == QEvent.Type.ShortcutOverride and (
                self.editor is not None or (self.typed(event) and self.selection_takes_typing())):
            event.accept()
            return True
        return super().event(event)

    # -- frozen headers (canvas/frozen.py) ---------------------------------------------
    def frozen_headers(self) -> frozen.Frozen | None:
        if not self.pins_headers:
            return None
        return frozen.frozen(self.map_scene.lay, self.mapToScene(self.viewport().rect()).boundingRect())

    def pinned_hit(self, pos: QPointF) -> Hit | None:
        """The frozen header under a map point, as a Hit; None where the map shows."""
        lay = self.map_scene.lay
        found = frozen.hit(lay, self.frozen_headers(), pos.x(), pos.y()) if lay is not None else None
        return Hit(*found) if found is not None else None

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        lay, pinned = self.map_scene.lay, self.frozen_headers()
        if pinned is None or not any(r.intersects(rect) for r in frozen.strips(lay, pinned)):
            return
        chosen = {(kind, i) for kind in ("stage", "lane") for i in self.map_scene.selected(kind)}
        frozen.draw(painter, lay, self.map_scene.theme, pinned, chosen)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolling moves the pixels on screen, pinned headers with them: repaint where
        they were drawn and where they are drawn now."""
        lay = self.map_scene.lay
        before = frozen.strips(lay, self.frozen_headers()) if lay is not None else []
        super().scrollContentsBy(dx, dy)
        after = frozen.strips(lay, self.frozen_headers()) if lay is not None else []
        for r in before + after:  # mapped after the scroll: where the old pixels went, where new go
            self.viewport().update(self.mapFromScene(r).boundingRect().adjusted(-3, -3, 3, 3))

    def contextMenuEvent(self, event) -> None:
        pos = self.mapToScene(event.pos())
        hit = self.pinned_hit(pos) or (self.map_scene.hit(pos.x(), pos.y(), self.edge())
                                       if self.map_scene.lay else Hit("none"))
        # the menu acts on what is under the pointer: select it (a selected card stays
        # with the rest of the selection); an empty cell becomes the target cell
        if hit.kind in ("card", "marker", "stage", "lane") and \
                not self.map_scene.item(hit.kind, hit.id).isSelected():
            self.map_scene.select(hit.kind, [hit.id])
        elif hit.kind in ("cell", "curve"):
            self.map_scene.set_target((hit.stage_id, hit.lane_id))
        self.context_point = pos
        self.context_menu_requested.emit(event.globalPos(), hit)

    def show_band(self, rect: QRectF | None) -> None:
        if rect is None:
            self.band.hide()
            return
        self.band.setGeometry(QRect(self.mapFromScene(rect.topLeft()),
                                    self.mapFromScene(rect.bottomRight())).normalized())
        self.band.show()

    # -- dropping image files on a cell -------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        event.setAccepted(event.mimeData().hasUrls())

    def dragMoveEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        hit = self.map_scene.hit(pos.x(), pos.y(), -1) if self.map_scene.lay else Hit("none")
        event.setAccepted(event.mimeData().hasUrls() and hit.kind in ("cell", "card"))

    def dropEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        hit = self.map_scene.hit(pos.x(), pos.y(), -1)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and hit.kind in ("cell", "card"):
            event.acceptProposedAction()
            self.files_dropped.emit(paths, hit.stage_id, hit.lane_id)


def _links(modifiers) -> bool:
    """Alt, or Ctrl+Shift where the desktop takes Alt+drag to move windows: a drag that links."""
    mods = modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                        | Qt.KeyboardModifier.ShiftModifier)
    return mods == Qt.KeyboardModifier.AltModifier or \
        mods == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
