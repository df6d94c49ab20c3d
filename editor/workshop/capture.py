"""Quick capture: the facilitator types while the room talks.

One cell has the capture focus (a bold frame). Typing starts a draft card at
the foot of that cell; Enter commits it and starts the next one in the same
cell. A prefix sends the card elsewhere in the same stage, without moving the
focus (the rules: `model/workshop.py`); the draft shows where it will go as it is typed.
Every commit is one `MapEditor.run`: one undo step, in the file at once.
"""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem

from canvas import fonts
from model import text as textmod
from model import lanes as lane_kinds
from model import workshop as rules
from model.changes import Changes
from model.errors import JourneyError
from model.lanes import holds_markers
from model.layout import DRAFT_ID, Layout, Rect

from ..i18n import translate
from ..sentences import local, refusal

FOCUS = "#0b57d0"
FOCUS_Z, DRAFT_Z = 9, 21   # above the dimming veils, and above the inline editor


DRAFT_ONLY = Changes(origin="workshop")  # a record of nothing: only the draft moved or grew


def phantom(stage_id: int, lane_id: int, text: str) -> SimpleNamespace:
    """A stand-in card for the draft, so the layout makes room for it: the row grows
    as the facilitator types instead of the draft spilling over the next lane."""
    return SimpleNamespace(id=DRAFT_ID, stage_id=stage_id, lane_id=lane_id, position=1 << 30,
                           text=text or " ", colour=None, channel=None, votes=0, asset_id=None, personas="")


class DraftItem(QGraphicsTextItem):
    """The card being typed: a dashed sticky note in the colour of where it will land."""

    def __init__(self, size: float, dpi: float, look, typed):
        super().__init__()
        self.look = look  # text -> (colour, hint): the routing preview
        self.note = QRectF()  # the laid-out card, in item coordinates
        font = QFont(fonts.family("NotoSans-Regular"))
        font.setPointSizeF(size * 72.0 / (dpi or 72))  # one layout point per scene unit
        font.setKerning(False)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self.setFont(font)
        self.size = size
        self.document().setDocumentMargin(0)
        self.setDefaultTextColor(QColor("#000000"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(DRAFT_Z)
        self.document().contentsChanged.connect(typed)

    def set_place(self, note: QRectF, text_x: float, text_y: float, width: float) -> None:
        self.prepareGeometryChange()
        self.setPos(text_x, text_y)
        self.setTextWidth(width)
        self.note = note.translated(-text_x, -text_y)
        self.update()

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self.note).adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        colour, hint = self.look(self.toPlainText())
        painter.setPen(QPen(QColor(FOCUS), 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(self.note, 4, 4)
        if hint:  # on the note's first line, which the layout keeps free for it
            painter.setPen(QColor(FOCUS))
            hint_font = QFont(self.font())
            hint_font.setBold(True)
            painter.setFont(hint_font)
            painter.drawText(QRectF(0, -self.size * textmod.LINE_HEIGHT, self.note.right(),
                                    self.size * textmod.LINE_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, hint)
        plain = QStyleOptionGraphicsItem(option)  # no dotted focus frame: the note is the frame
        plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, plain, widget)

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)


class QuickCapture(QObject):
    moved = Signal()          # the focused cell changed

    def __init__(self, workshop):
        super().__init__(workshop)
        self.workshop = workshop
        self.cell: tuple[int, int] | None = None
        self.addresses: tuple[int, ...] = ()  # a selected pain point that captured opportunities address
        self.draft: DraftItem | None = None
        self.routed: tuple[int, int] | None = None  # the cell a prefix last sent a card to
        self.just_captured = False  # from Enter to the next key: the room looks at that card
        self.frame = QGraphicsRectItem()
        pen = QPen(QColor(FOCUS), 4.0)
        pen.setCosmetic(True)  # the same weight at any zoom
        self.frame.setPen(pen)
        self.frame.setZValue(FOCUS_Z)
        self.frame.hide()
        workshop.scene.addItem(self.frame)

    @property
    def lay(self) -> Layout:
        return self.workshop.lay

    # -- the focused cell -------------------------------------------------------------
    def focus(self, stage_id: int, lane_id: int) -> None:
        if (stage_id, lane_id) not in self.lay.cells:
            return
        self.cell = (stage_id, lane_id)
        self.routed = None
        self.place()
        self.moved.emit()

    def step_lane(self, step: int) -> None:
        if self.cell is None:
            return
        ids = [lane.id for lane in self.lay.lanes]
        i = ids.index(self.cell[1])
        self.focus(self.cell[0], ids[(i + step) % len(ids)])  # Tab wraps, like a form

    def step_stage(self, step: int) -> None:
        if self.cell is None:
            return
        ids = [s.id for s in self.lay.stages]
        i = max(0, min(ids.index(self.cell[0]) + step, len(ids) - 1))
        self.focus(ids[i], self.cell[1])

    def follow(self, stage_id: int) -> None:
        """The spotlight moved: the focus moves to the same lane of the new stage."""
        lane_id = self.cell[1] if self.cell else self.first_lane()
        if lane_id is not None:
            self.focus(stage_id, lane_id)

    def first_lane(self) -> int | None:
        lanes = [lane for lane in self.lay.lanes if not holds_markers(lane.kind)] or self.lay.lanes
        return lanes[0].id if lanes else None

    def lane_kind(self, lane_id: int) -> str:
        return rules.lane_kind(self.lay.lanes, lane_id)

    # -- the draft -------------------------------------------------------------------------
    def start(self) -> DraftItem | None:
        if self.cell is None:
            return None
        if self.draft is None:
            self.addresses = self.addressed()  # the pain point selected as typing starts
            view = self.workshop.projector_view
            dpi = view.logicalDpiY() if view is not None else 96
            self.draft = DraftItem(self.workshop.theme.card_text, dpi, self.look, self.typed)
            self.workshop.scene.addItem(self.draft)
            self.workshop.refresh(DRAFT_ONLY)
        self.draft.setFocus()
        return self.draft

    def text(self) -> str:
        return self.draft.toPlainText() if self.draft is not None else ""

    def cancel(self) -> None:
        draft, self.draft = self.draft, None
        if draft is not None:
            self.workshop.scene.removeItem(draft)
            self.workshop.refresh(DRAFT_ONLY)

    def stand_in(self):
        """The draft's stand-in card for the layout (none in an emotion lane: no cards there)."""
        if self.draft is None or self.cell is None or holds_markers(self.lane_kind(self.cell[1])):
            return None
        return phantom(*self.cell, self.laid_text())

    def laid_text(self) -> str:
        """The text the draft's room is laid out for: a first line for the hint, if any."""
        hint = self.look(self.text())[1]
        return f"{hint}\n{self.text()}" if hint else self.text()

    def typed(self) -> None:
        """The draft changed: lay out again only when it needs another line. The first
        key after a routed or a captured card brings the view back to the draft."""
        if self.text() and (self.routed is not None or self.just_captured):
            self.routed, self.just_captured = None, False
            self.workshop.focus_moved()
        box = self.workshop.draft_box
        if box is None:
            return
        width = max(box.rect.right - box.text.x - self.workshop.theme.card_pad, 10)
        if len(textmod.wrap(self.laid_text() or " ", width, box.text.size)) != len(box.text.lines):
            self.workshop.refresh(DRAFT_ONLY)
            self.workshop.focus_moved()

    def look(self, text: str) -> tuple[str, str]:
        capture = rules.parse(text, self.cell is not None and holds_markers(self.lane_kind(self.cell[1])))
        kind = capture.lane_kind if capture and capture.lane_kind else \
            (rules.EMOTIONS if capture and capture.feeling is not None else self.lane_kind(self.cell[1]))
        colour = self.workshop.theme.kind_colours.get(kind, "#ffffff")
        return colour, local(rules.describe(capture))

    def place(self) -> None:
        """Frame the focused cell; put the draft at its foot, where the new card will be."""
        if self.cell is None or self.cell not in self.lay.cells:
            self.frame.hide()
            return
        cell = self.lay.cells[self.cell]
        self.frame.setRect(QRectF(cell.x, cell.y, cell.w, cell.h))
        self.frame.show()
        if self.draft is not None:
            self.draft.set_place(*self.draft_place(cell))

    def draft_place(self, cell: Rect):
        """Where the draft is drawn: its laid-out stand-in, else the top of the cell."""
        t, box = self.workshop.theme, self.workshop.draft_box
        if box is not None:
            r = box.rect
            hint_line = box.text.pitch if self.look(self.text())[1] else 0.0
            return (QRectF(r.x, r.y, r.w, r.h), box.text.x, box.text.y + hint_line,
                    r.right - box.text.x - t.card_pad)
        x, y, w = cell.x + t.cell_pad, cell.y + t.cell_pad, cell.w - 2 * t.cell_pad
        note = QRectF(x, y, w, t.card_min)
        return note, x + t.card_pad, y + t.card_pad, w - 2 * t.card_pad

    def routed_rect(self, stage_id: int) -> Rect | None:
        """The card a prefix just sent to another lane of this stage (the view follows it)."""
        if self.routed is None or self.routed[0] != stage_id:
            return None
        cards = self.lay.cell_cards.get(self.routed)
        return cards[-1].rect if cards else self.lay.cells.get(self.routed)

    def draft_rect(self) -> Rect | None:
        if self.draft is None:
            return None
        r = self.draft.sceneBoundingRect()
        return Rect(r.x(), r.y(), r.width(), r.height())

    # -- committing ------------------------------------------------------------------------
    def addressed(self) -> tuple[int, ...]:
        """The pain point the room has selected (and can see): a captured opportunity
        addresses it, linked in the same step. None selected: no link."""
        card_id, _ = self.workshop.key_score_target()
        journey = self.workshop.editor.doc.journey
        card = next((c for c in journey.cards if c.id == card_id), None)
        if card is None:
            return ()
        return (card_id,) if lane_kinds.role_of(journey.lanes, card.lane_id) == lane_kinds.PAIN_POINT_ROLE else ()

    def commit(self) -> bool:
        """Capture the draft (one undo step) and start the next one; False if refused
        (the facilitator is told why and the draft stays)."""
        if self.cell is None or self.draft is None:
            return False
        try:
            editor = self.workshop.editor
            plan = rules.plan_capture(self.text(), self.cell, editor.doc.journey, editor.persona_id(),
                                      self.addressed() or self.addresses)
        except JourneyError as refused:
            self.workshop.notify(refusal(refused))
            return False
        if plan is None:
            return True
        with self.workshop.one_layout():  # the new card and the emptied draft: one layout
            done = self.workshop.editor.run(local(plan.name), plan.ops) is not None
            self.just_captured = done
            if done and plan.goes_to is not None:
                self.routed = plan.goes_to  # the room sees where it went
            linked = [d for op in plan.ops for d in op.args.get("cards", ()) if d.get("addresses")]
            if done and linked:
                self.workshop.notify(translate("Workshop", "Captured, and linked to the selected pain point."))
            if done and self.draft is not None:
                self.draft.set_text("")
                self.workshop.refresh(DRAFT_ONLY)
        return done
