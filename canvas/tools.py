"""Gestures on the canvas, each a small object: `move`, `release`, `cancel`.

A tool gives live feedback by moving items and the scene's indicator; when the
gesture completes it emits one intent on the view (ids and a target, found by
pure hit tests on the layout) and puts the items back where the layout says.
The editor then changes the model and the scene follows the new layout.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsLineItem

from model import rules
from model.values import FEELING_MAX, FEELING_MIN
from model.layout import smooth_curve as layout_curve  # the layout's own spline: one drawing
from model.layout import feeling_at, feeling_y

INDICATOR_THICKNESS = 3.0
LINK_COLOUR = "#7b8797"  # as the links are drawn (model.link_drawing)


class Tool:
    """A gesture that starts at a press; `started` once the pointer travelled far enough."""

    cursor = Qt.CursorShape.ArrowCursor
    guarded = True  # undo, delete and paste wait until it ends: they would change the map under it

    def __init__(self, view, pos: QPointF, modifiers):
        self.view, self.scene = view, view.map_scene
        self.start, self.pos = pos, pos
        self.started = False

    def travelled(self, pos: QPointF) -> bool:
        delta = self.view.mapFromScene(pos) - self.view.mapFromScene(self.start)
        return delta.manhattanLength() >= QApplication.startDragDistance()

    def move(self, pos: QPointF, modifiers) -> None:
        self.pos = pos
        if not self.started and self.travelled(pos):
            self.started = True
        if self.started:
            self.drag(pos, modifiers)

    def drag(self, pos: QPointF, modifiers) -> None:
        pass

    def release(self, pos: QPointF, modifiers) -> None:
        self.finish()
        if self.started:
            self.complete(pos, modifiers)
        else:
            self.click(modifiers)

    def complete(self, pos: QPointF, modifiers) -> None:
        pass

    def click(self, modifiers) -> None:
        pass

    def cancel(self) -> None:
        self.finish()

    def finish(self) -> None:
        self.scene.indicator.hide()
        self.scene.reset_positions(self.displaced())

    def displaced(self) -> list[tuple[str, int]]:
        """The items (kind, id) this tool moved off their boxes, to put back when it ends
        (only these: putting every item back cost a move a card on every drop)."""
        return []

    def show_indicator(self, x, y, w, h) -> None:
        self.scene.indicator.setRect(QRectF(x, y, w, h))
        self.scene.indicator.show()


class CardDrag(Tool):
    """Drag the selected cards to a cell and a place in it; they move as one."""

    def __init__(self, view, pos, modifiers, card_id: int, clicked_selected: bool):
        super().__init__(view, pos, modifiers)
        self.card_id = card_id
        self.clicked_selected = clicked_selected  # a plain click narrows the selection on release
        self.ids = self.scene.selected("card") or [card_id]
        self.target = None

    def drag(self, pos, modifiers):
        delta = pos - self.start
        for i in self.ids:
            item = self.scene.cards[i]
            item.drag_by(delta.x(), delta.y())
            item.lift(True)
            item.setOpacity(1.0)  # zoomed far out, unselected cards are drawn by the background
        self.target = self.drop_target(pos)
        if self.target is None:
            self.scene.indicator.hide()
        else:
            self.show_indicator(*self.indicator_rect(*self.target))

    def drop_target(self, pos):
        hit = self.scene.hit(pos.x(), pos.y(), edge=-1)
        if hit.kind not in ("card", "cell"):
            return None
        return hit.stage_id, hit.lane_id, self.scene.drop_index(hit.stage_id, hit.lane_id, pos.y())

    def indicator_rect(self, stage_id, lane_id, index):
        theme, cell = self.scene.theme, self.scene.lay.cells[(stage_id, lane_id)]
        cards = self.scene.lay.cell_cards.get((stage_id, lane_id), [])
        if index < len(cards):
            y = cards[index].rect.y - theme.card_gap / 2
        elif cards:
            y = cards[-1].rect.bottom + theme.card_gap / 2
        else:
            y = cell.y + theme.cell_pad / 2
        x, w = cell.x + theme.cell_pad, cell.w - 2 * theme.cell_pad
        return x, y - INDICATOR_THICKNESS / 2, w, INDICATOR_THICKNESS

    def displaced(self):
        return [("card", i) for i in self.ids]

    def finish(self):
        for i in self.ids:
            if i in self.scene.cards:
                self.scene.cards[i].lift(False)
                self.scene.cards[i].setOpacity(1.0 if not self.scene.overview
                                               or self.scene.cards[i].isSelected() else 0.0)
        super().finish()

    def complete(self, pos, modifiers):
        if self.target is not None and not self.stays_put(*self.target):
            self.view.card_drop_requested.emit(list(self.ids), *self.target)

    def stays_put(self, stage_id, lane_id, index) -> bool:
        if len(self.ids) != 1:
            return False
        card = self.scene.lay.card_by_id[self.ids[0]]
        return (card.stage_id, card.lane_id) == (stage_id, lane_id) and index in (card.index, card.index + 1)

    def click(self, modifiers):
        if self.clicked_selected and not modifiers & (Qt.KeyboardModifier.ControlModifier
                                                      | Qt.KeyboardModifier.ShiftModifier):
            self.scene.select("card", [self.card_id])


class LinkDrag(Tool):
    """Alt+drag (or Ctrl+Shift+drag, where the desktop takes Alt+drag to move windows)
    from one card to another: link them (an opportunity to the pain point it addresses;
    the editor decides which is which). A dashed line follows the pointer."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view, pos, modifiers, card_id: int):
        super().__init__(view, pos, modifiers)
        self.card_id, self.target = card_id, None
        r = self.scene.lay.card_by_id[card_id].rect
        self.origin = QPointF(r.x + r.w / 2, r.y + r.h / 2)
        self.line = QGraphicsLineItem(QLineF(self.origin, pos))
        pen = QPen(QColor(LINK_COLOUR), 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.line.setZValue(100)
        self.line.hide()
        self.scene.addItem(self.line)

    def drag(self, pos, modifiers):
        self.line.setLine(QLineF(self.origin, pos))
        self.line.show()
        hit = self.scene.hit(pos.x(), pos.y(), edge=-1)
        self.target = hit.id if hit.kind == "card" and hit.id != self.card_id else None
        if self.target is None:
            self.scene.indicator.hide()
        else:
            r = self.scene.lay.card_by_id[self.target].rect
            self.show_indicator(r.x - 2, r.y - 2, r.w + 4, r.h + 4)

    def finish(self):
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
        super().finish()

    def complete(self, pos, modifiers):
        if self.target is not None:
            self.view.link_requested.emit(self.card_id, self.target)


class AxisDrag(Tool):
    """Drag a stage header along the stages, or a lane header along the lanes."""

    def __init__(self, view, pos, modifiers, kind: str, item_id: int):
        super().__init__(view, pos, modifiers)
        self.kind, self.item_id = kind, item_id
        self.horizontal = kind == "stage"
        self.boxes = self.scene.lay.stages if self.horizontal else self.scene.lay.lanes
        self.old = next(b.index for b in self.boxes if b.id == item_id)
        self.gap = self.old

    def drag(self, pos, modifiers):
        item = self.scene.item(self.kind, self.item_id)
        r = item.box.header
        delta = pos - self.start
        if self.horizontal:
            item.setPos(r.x + delta.x(), r.y)
        else:
            item.setPos(r.x, r.y + delta.y())
        item.setZValue(6)
        along = pos.x() if self.horizontal else pos.y()
        self.gap = sum(1 for b in self.boxes if self.middle(b) < along)
        self.show_indicator(*self.indicator_rect())

    def middle(self, box) -> float:
        h = box.header
        return h.x + h.w / 2 if self.horizontal else h.y + h.h / 2

    def indicator_rect(self):
        lay, t = self.scene.lay, INDICATOR_THICKNESS
        if self.horizontal:
            x = self.boxes[self.gap].header.x if self.gap < len(self.boxes) else lay.width
            return x - t / 2, self.boxes[0].header.y, t, lay.height - self.boxes[0].header.y
        y = self.boxes[self.gap].row.y if self.gap < len(self.boxes) else lay.height
        return 0, y - t / 2, lay.width, t

    def displaced(self):
        return [(self.kind, self.item_id)]

    def finish(self):
        item = self.scene.item(self.kind, self.item_id)
        if item is not None:
            item.setZValue(3)
        super().finish()

    def complete(self, pos, modifiers):
        index = self.gap if self.gap <= self.old else self.gap - 1  # index once it is taken out
        if index != self.old:
            signal = self.view.stage_move_requested if self.horizontal else self.view.lane_move_requested
            signal.emit(self.item_id, index)


class AxisResize(Tool):
    """Drag a stage header's right edge (its width) or a lane header's lower edge
    (its minimum height)."""

    def __init__(self, view, pos, modifiers, kind: str, item_id: int):
        super().__init__(view, pos, modifiers)
        self.kind, self.item_id = kind, item_id
        self.horizontal = kind == "stage"
        self.cursor = (Qt.CursorShape.SizeHorCursor if self.horizontal
                       else Qt.CursorShape.SizeVerCursor)
        self.size = None

    def drag(self, pos, modifiers):
        lay, t = self.scene.lay, INDICATOR_THICKNESS
        box = self.scene.item(self.kind, self.item_id).box
        if self.horizontal:
            self.size = _clamp(pos.x() - box.header.x, rules.STAGE_WIDTH)
            x = box.header.x + self.size
            self.show_indicator(x - t / 2, box.header.y, t, lay.height - box.header.y)
        else:
            self.size = _clamp(pos.y() - box.row.y, rules.LANE_HEIGHT)
            self.show_indicator(0, box.row.y + self.size - t / 2, lay.width, t)

    def complete(self, pos, modifiers):
        if self.size is None:
            return
        if self.horizontal:
            self.view.stage_resize_requested.emit(self.item_id, round(self.size, 1))
        else:
            self.view.lane_resize_requested.emit(self.item_id, round(self.size, 1))


class MarkerDrag(Tool):
    """Drag an emotion marker: up/down is the feeling (whole steps unless Alt),
    left/right its place along the journey."""

    def __init__(self, view, pos, modifiers, marker_id: int):
        super().__init__(view, pos, modifiers)
        self.marker_id = marker_id
        box = self.scene.markers[marker_id].box
        self.emotion = next(e for e in self.scene.lay.emotions if e.lane_id == box.lane_id)
        self.grab = QPointF(box.x, box.y) - pos
        self.target = None

    def drag(self, pos, modifiers):
        lay = self.scene.lay
        x = min(max(pos.x() + self.grab.x(), lay.stages[0].column.x), lay.stages[-1].column.right - 0.01)
        feeling = _clamp(feeling_at(self.emotion, pos.y() + self.grab.y()), (FEELING_MIN, FEELING_MAX))
        if not modifiers & Qt.KeyboardModifier.AltModifier:
            feeling = float(round(feeling))
        else:
            feeling = round(feeling, 2)
        stage = lay.stage_at(x)
        offset = _clamp((x - stage.column.x) / stage.column.w, (0.0, 1.0))
        self.target = (stage.id, round(offset, 4), feeling)
        self.show_feedback(x, feeling_y(self.emotion, feeling), feeling)

    def show_feedback(self, x, y, feeling):
        item = self.scene.markers[self.marker_id]
        box = item.box
        moved = replace(box, x=x, y=y, feeling=feeling,
                        label=replace(box.label, x=x, y=y + (box.label.y - box.y)))
        item.show(moved)  # the face follows the feeling while dragging
        # the curve follows too: the lane's points with this one moved, through the
        # layout's spline, drawn by the same paint function as always
        # (its own persona's curve, today's or the target: the others stay put)
        curve = (box.persona_id, box.target)
        points = sorted((x, y) if m.id == self.marker_id else (m.x, m.y) for m in self.scene.lay.markers
                        if m.lane_id == box.lane_id and (m.persona_id, m.target) == curve)
        curves = tuple(replace(c, segments=layout_curve(points)) if (c.persona_id, c.target) == curve else c
                       for c in self.emotion.curves)
        self.scene.show_live_curve(box.lane_id, replace(self.emotion, curves=curves))
        self.view.marker_dragged.emit(self.marker_id, feeling)

    def displaced(self):
        return [("marker", self.marker_id)]

    def finish(self):
        item = self.scene.markers.get(self.marker_id)
        self.scene.show_live_curve(self.emotion.lane_id, None)
        if item is not None and self.scene.lay is not None:
            current = next((m for m in self.scene.lay.markers if m.id == self.marker_id), None)
            if current is not None:
                item.show(current)
                self.view.marker_dragged.emit(self.marker_id, current.feeling)
        super().finish()

    def complete(self, pos, modifiers):
        if self.target is not None:
            self.view.marker_move_requested.emit(self.marker_id, *self.target)


class RubberBand(Tool):
    """Drag on empty map to select the cards and markers it touches; a click on an
    empty cell makes it the target cell (where new and pasted cards go)."""

    def __init__(self, view, pos, modifiers, cell=None):
        super().__init__(view, pos, modifiers)
        self.adding = bool(modifiers & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.ShiftModifier))
        self.before = set(self.scene.selectedItems()) if self.adding else set()
        self.cell = cell

    def drag(self, pos, modifiers):
        self.scene.set_target(None)
        rect = QRectF(self.start, pos).normalized()
        self.view.show_band(rect)
        touched = self.scene.items(rect, Qt.ItemSelectionMode.IntersectsItemShape)
        chosen = {i for i in touched if getattr(i, "kind", "") in ("card", "marker")}
        for item in self.scene.selectedItems():
            if item not in chosen and item not in self.before:
                item.setSelected(False)
        for item in chosen:
            item.setSelected(True)

    def finish(self):
        self.view.show_band(None)
        self.scene.indicator.hide()

    def click(self, modifiers):
        if not self.adding:
            self.scene.clearSelection()
            self.scene.set_target(self.cell)


class Pan(Tool):
    """Space+drag or the middle button: move the map under the pointer."""

    cursor = Qt.CursorShape.ClosedHandCursor
    guarded = False  # moves the view, not the map

    def __init__(self, view, pos, modifiers):
        super().__init__(view, pos, modifiers)
        self.last = view.pointer  # viewport pixels: the map moves under the pointer
        self.started = True

    def move(self, pos, modifiers):
        now = self.view.pointer
        delta = now - self.last
        self.view.scroll_by(-delta.x(), -delta.y())
        self.last = now

    def release(self, pos, modifiers):
        pass

    def cancel(self):
        pass


def _clamp(value: float, bounds) -> float:
    lo, hi = bounds
    return max(lo, min(hi, value))

