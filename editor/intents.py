"""One wiring of intents for every view of a map, and the guard on its gestures.

The editor's view and the workshop's views are the same `MapView`, so they get
their intents from one place (`connect`): a drop, a header drag, a resize, a
double-click and a text edited in place become the same `MapEditor` calls
wherever they happen. What a map open for viewing only allows is decided here
once too: every view asks `MapEditor.read_only_refusal` before it opens an
in-place editor, and says the sentence instead; the model refuses the rest
with the same sentence.

`Gestures` knows which views have a gesture in progress (a drag, a rubber band,
a text edited in place). While one has, undo, redo, cut, delete and paste are
off (`editor.actions.EditGate`); a change of the map that arrives during a
gesture from elsewhere (an undo from another view, later a phone or a server)
ends the gesture (`MapView.end_gesture`) before the next mouse move can reach
items that are gone.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from model import lanes
from model.op import Op

from .i18n import translate


class Gestures(QObject):
    busy_changed = Signal(bool)   # some view of the map is in a gesture, or none is any more

    def __init__(self, parent=None):
        super().__init__(parent)
        self._busy: dict[int, object] = {}  # id(view) -> view, while its gesture runs

    @property
    def busy(self) -> bool:
        return bool(self._busy)

    def track(self, view, busy: bool) -> None:
        was = self.busy
        if busy:
            self._busy[id(view)] = view
        else:
            self._busy.pop(id(view), None)
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    def map_changed(self, *_record) -> None:
        """The map changed while gestures ran: none of them started from this map."""
        for view in list(self._busy.values()):
            view.end_gesture()


def link_cards(editor, a: int, b: int) -> None:
    """Two cards dragged together: an opportunity and a pain point are linked, in
    either order; any other pair is said, not linked."""
    roles = {}
    for card_id in (a, b):
        card = editor.find("card", card_id)
        roles[card_id] = lanes.role_of(editor.doc.journey.lanes, card.lane_id) if card is not None else None
    if roles[a] == lanes.PAIN_POINT_ROLE and roles[b] == lanes.OPPORTUNITY_ROLE:
        a, b = b, a
    if not (roles[a] == lanes.OPPORTUNITY_ROLE and roles[b] == lanes.PAIN_POINT_ROLE):
        editor.message.emit(translate("Status", "Link an opportunity to a pain point it addresses: drag one onto "
                                                "the other with Alt held."))
        return
    editor.run(translate("Steps", LINK_STEP), [Op("link_cards", {"opportunity_id": a, "pain_point_id": b})])


LINK_STEP = QT_TRANSLATE_NOOP("Steps", "Link cards")


def connect(view, editor, add_card: Callable[[int, int], None] | None = None) -> None:
    """Give `view` its intents: each becomes one `MapEditor` call (one undo step).
    `add_card` replaces what a double-click on an empty cell does (the workshop
    captures there instead of opening an empty card)."""
    def run(name: str, op: str, **args) -> None:
        editor.run(translate("Steps", name), [Op(op, args)])

    view.card_drop_requested.connect(editor.move_cards)
    view.link_requested.connect(lambda a, b: link_cards(editor, a, b))
    view.stage_move_requested.connect(lambda i, at: run(QT_TRANSLATE_NOOP("Steps", "Move stage"), "move_stage", stage_id=i, index=at))
    view.lane_move_requested.connect(lambda i, at: run(QT_TRANSLATE_NOOP("Steps", "Move lane"), "move_lane", lane_id=i, index=at))
    view.stage_resize_requested.connect(lambda i, w: run(QT_TRANSLATE_NOOP("Steps", "Resize stage"), "update_stage", stage_id=i, width=w))
    view.lane_resize_requested.connect(lambda i, h: run(QT_TRANSLATE_NOOP("Steps", "Resize lane"), "update_lane", lane_id=i, height=h))
    view.marker_move_requested.connect(editor.move_marker)
    view.marker_add_requested.connect(editor.add_marker_at)
    view.card_add_requested.connect(add_card or editor.add_card)
    view.text_edit_requested.connect(editor.edit_text)
    view.files_dropped.connect(editor.add_pictures)
    view.texts = editor.text_of
    view.edit_refusal = editor.read_only_refusal  # read-only: the same sentence in every view
    view.edit_refused.connect(editor.message)
    view.edit_ended.connect(editor.drop_unwritten_card)
    view.edit_ended.connect(editor.back_to_target)
    gestures = editor.gestures
    view.gesture_changed.connect(lambda busy: gestures.track(view, busy))
    view.destroyed.connect(lambda *_: gestures.track(view, False))
