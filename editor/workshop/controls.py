"""The facilitator's controls: stage, time box, dot voting, top N, legibility
and notes. The same panel serves the presenter view (full) and the one-screen
overlay (compact). Buttons never take the keyboard focus, so typing keeps
going to the map (capture)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..i18n import translate
from ..sentences import Facilitator, fill
from .timebox import LONGEST, SHORTEST

from . import legibility
from .board import stage_caption

HINTS = QT_TRANSLATE_NOOP("Workshop", "←/→ stage · Home whole map · type to capture, Enter next · Tab lane · "
                          "Ctrl+arrows cell · Ctrl+T timer, Ctrl+Shift+T/M ± minute, Ctrl+Shift+Backspace reset · "
                          "Ctrl+D vote · Ctrl+R top · Esc leave")
TIMER_BUTTON = {"idle": QT_TRANSLATE_NOOP("Workshop", "Start"), "running": QT_TRANSLATE_NOOP("Workshop", "Pause"),
                "last_minute": QT_TRANSLATE_NOOP("Workshop", "Pause"), "paused": QT_TRANSLATE_NOOP("Workshop", "Resume"),
                "over": QT_TRANSLATE_NOOP("Workshop", "End")}
# the one-screen strip: its groups in one row, else two, else one a row (full text at 2× scale)
ARRANGEMENTS = (((0, 1, 2),), ((0, 1), (2,)), ((0,), (1, 2)), ((0,), (1,), (2,)))


def button(text: str, slot, name: str) -> QPushButton:
    b = QPushButton(translate("Workshop", text))
    b.setObjectName(name)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    b.clicked.connect(slot)
    return b


def spin(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    s = QSpinBox()
    s.setRange(low, high)
    s.setValue(value)
    s.setSuffix(translate("Workshop", suffix) if suffix else "")
    s.setObjectName(name)
    return s


class ControlPanel(QWidget):
    def __init__(self, workshop, compact: bool = False, parent=None):
        super().__init__(parent)
        self.ws = workshop
        self.compact = compact
        self.now, self.next, self.capturing = QLabel(), QLabel(), QLabel()
        self.clock, self.dots, self.legible, self.notes = QLabel(), QLabel(), QLabel(), QLabel()
        for label in (self.now, self.next, self.capturing, self.dots, self.legible, self.notes):
            label.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.minutes = spin(SHORTEST, LONGEST, round(workshop.timebox.minutes), QT_TRANSLATE_NOOP("Workshop", " min"),
                           "timebox_minutes")
        self.minutes.valueChanged.connect(self.set_minutes)
        self.minutes.editingFinished.connect(self.give_keys_back)
        self.dots_each = spin(1, 20, 3, QT_TRANSLATE_NOOP("Workshop", " dots each"), "dots_each")
        self.people = spin(1, 200, 8, QT_TRANSLATE_NOOP("Workshop", " people"), "people")
        self.top_n = spin(1, 20, 5, "", "top_n")
        self._build_buttons()
        (self._compact if compact else self._full)()
        self.links = [(workshop.updated, self.refresh), (workshop.timebox.changed, self.refresh_clock),
                      (workshop.voting.changed, self.refresh), (workshop.scoring.changed, self.refresh), (workshop.view_changed, self.legibility)]
        for signal, slot in self.links:
            signal.connect(slot)
        self.refresh()

    def detach(self) -> None:
        """Stop listening before the window goes: the session outlives its windows."""
        for signal, slot in self.links:
            signal.disconnect(slot)
        self.links = []

    def _build_buttons(self) -> None:
        ws = self.ws
        self.previous = button(QT_TRANSLATE_NOOP("Workshop", "◀ Previous"), lambda: ws.step(-1), "previous_stage")
        self.following = button(QT_TRANSLATE_NOOP("Workshop", "Next ▶"), lambda: ws.step(1), "next_stage")
        self.whole = button(QT_TRANSLATE_NOOP("Workshop", "Whole map"), ws.whole_map, "whole_map")
        self.timer_button = button(QT_TRANSLATE_NOOP("Workshop", "Start"), self.toggle_timer, "timebox_toggle")
        self.plus = button(QT_TRANSLATE_NOOP("Workshop", "+1 min"), ws.timebox.add_minute, "timebox_add_minute")
        self.minus = button(QT_TRANSLATE_NOOP("Workshop", "−1 min"), ws.timebox.remove_minute, "timebox_remove_minute")
        self.reset = button(QT_TRANSLATE_NOOP("Workshop", "Reset"), ws.timebox.reset, "timebox_reset")
        self.vote_button = button(QT_TRANSLATE_NOOP("Workshop", "Start voting"), self.toggle_voting, "voting_toggle")
        self.top_button = button(QT_TRANSLATE_NOOP("Workshop", "Show top"), self.toggle_top, "ranking_toggle")
        self.readable = button(QT_TRANSLATE_NOOP("Workshop", "Zoom to fit readable"), ws.zoom_to_readable, "zoom_readable")
        self.leave = button(QT_TRANSLATE_NOOP("Workshop", "Leave (Esc)"), ws.leave, "leave_workshop")
        self.swap = button(QT_TRANSLATE_NOOP("Workshop", "Swap screens"), ws.swap_screens, "swap_screens")

    def _row(self, *widgets) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w)
        return row

    def _group(self, title: str, *rows) -> QGroupBox:
        box = QGroupBox(translate("Workshop", title))
        inner = QVBoxLayout(box)
        for r in rows:
            inner.addLayout(r) if isinstance(r, QHBoxLayout) else inner.addWidget(r)
        return box

    def _full(self) -> None:
        self.clock.setStyleSheet("font-size: 34px; font-weight: bold;")
        self.now.setStyleSheet("font-size: 18px; font-weight: bold;")
        lay = QVBoxLayout(self)
        lay.addWidget(self._group(QT_TRANSLATE_NOOP("Workshop", "Stage"), self.now, self.next,
                                  self._row(self.previous, self.whole, self.following), self.capturing))
        lay.addWidget(self._group(QT_TRANSLATE_NOOP("Workshop", "Time box"), self._row(self.clock),
                                  self._row(self.minutes, self.timer_button),
                                  self._row(self.plus, self.minus, self.reset)))
        lay.addWidget(self._group(QT_TRANSLATE_NOOP("Workshop", "Dot voting"), self._row(self.dots_each, self.people),
                                  self._row(self.vote_button), self.dots,
                                  self._row(QLabel(translate("Workshop", "Top")), self.top_n, self.top_button)))
        lay.addWidget(self._group(QT_TRANSLATE_NOOP("Workshop", "Legibility on the projector"), self.legible, self._row(self.readable)))
        lay.addWidget(self._group(QT_TRANSLATE_NOOP("Workshop", "Notes"), self.notes), 1)
        lay.addLayout(self._row(self.swap, self.leave))

    def _compact(self) -> None:
        self.setObjectName("workshop_overlay_controls")
        self.clock.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.hints = QLabel(translate("Workshop", HINTS))
        self.hints.setWordWrap(True)
        self.groups = [self._strip(self.previous, self.whole, self.following, self.now),
                       self._strip(self.clock, self.minutes, self.timer_button, self.plus, self.minus,
                                   self.reset),
                       self._strip(self.vote_button, self.top_button, self.readable, self.leave)]
        self.column = QVBoxLayout(self)
        self.now.setWordWrap(False)  # its full width counts when the strip is arranged
        self.arranged = None
        self.fit(1 << 20)

    def _strip(self, *widgets) -> QWidget:
        box = QWidget()
        row = self._row(*widgets)
        row.setContentsMargins(0, 0, 0, 0)
        box.setLayout(row)
        return box

    def fit(self, width: int) -> None:
        """Arrange the strip's groups in the fewest rows in which every button shows
        its full text at `width` (a 2× screen has half the room for the same text)."""
        m = self.column.contentsMargins()
        room = width - m.left() - m.right()
        gap = 12
        wanted = [g.sizeHint().width() for g in self.groups]
        chosen = ARRANGEMENTS[-1]
        for rows in ARRANGEMENTS:
            if all(sum(wanted[i] for i in row) + gap * (len(row) - 1) <= room for row in rows):
                chosen = rows
                break
        if chosen == self.arranged:
            return
        self.arranged = chosen
        while self.column.count():
            item = self.column.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    item.layout().takeAt(0)
                item.layout().deleteLater()
        for row in chosen:
            line = QHBoxLayout()
            line.setSpacing(gap)
            for i in row:
                line.addWidget(self.groups[i])
            line.addStretch(1)
            self.column.addLayout(line)
        self.column.addWidget(self.hints)

    # -- buttons ------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        tb = self.ws.timebox
        if not tb.countdown.started:
            tb.start(self.minutes.value())
        else:
            tb.toggle()

    def set_minutes(self, value: int) -> None:
        """The minutes box sets the length of the next box (the one set runs on)."""
        self.ws.timebox.minutes = value

    def give_keys_back(self) -> None:
        """After typing the minutes, typing goes to the map again (capture)."""
        views = self.ws.views()
        if views and self.minutes.hasFocus():
            views[-1].setFocus()

    def toggle_voting(self) -> None:
        v = self.ws.voting
        if not v.active:
            v.dots_each, v.people = self.dots_each.value(), self.people.value()
        self.ws.toggle_voting()

    def toggle_top(self) -> None:
        self.ws.top_n = self.top_n.value()
        self.ws.toggle_ranking()

    # -- showing the session ------------------------------------------------------------
    def refresh(self) -> None:
        ws, lay = self.ws, self.ws.lay
        self.now.setText(stage_caption(lay, ws.stage_id) if ws.stage_id is not None
                         else translate("Workshop", "Whole map"))
        if self.compact:  # as wide as the longest caption: the strip keeps its rows from stage to stage
            fm = self.now.fontMetrics()
            self.now.setMinimumWidth(max([fm.horizontalAdvance(stage_caption(lay, s.id)) for s in lay.stages]
                                         + [fm.horizontalAdvance(translate("Workshop", "Whole map"))]))
        nxt = _next_stage(lay, ws.stage_id)
        self.next.setText(fill(translate("Workshop", "Next: %1"), nxt) if nxt else translate("Workshop", "Last stage"))
        self.capturing.setText(self._capturing())
        self.vote_button.setText(translate("Workshop", "End voting") if ws.voting.active
                                 else translate("Workshop", "Start voting"))
        self.dots.setText(ws.voting.status() or ws.scoring.status())
        self.top_button.setText(translate("Workshop", "Hide top") if ws.ranking_shown
                                else translate("Workshop", "Show top"))
        view = ws.projector_view
        if view is None or not view.camera.flying():  # a flight checks once, as it lands
            self.legibility()
        self.notes.setText(self._notes())
        self.refresh_clock()

    def refresh_clock(self) -> None:
        tb = self.ws.timebox
        state = tb.state()
        self.clock.setText(tb.text() or "–:––")
        if not self.minutes.hasFocus():
            self.minutes.setValue(round(tb.minutes))
        self.timer_button.setText(translate("Workshop", TIMER_BUTTON[state]))
        self.reset.setEnabled(state != "idle")

    def _capturing(self) -> str:
        cell = self.ws.capture.cell
        if cell is None:
            return ""
        stage = next((s for s in self.ws.lay.stages if s.id == cell[0]), None)
        lane = next((l for l in self.ws.lay.lanes if l.id == cell[1]), None)
        if stage is None or lane is None:
            return ""
        personas = self.ws.editor.doc.journey.personas
        if len(personas) > 1:  # whose feeling a -2 or +3 sets (Ctrl+Shift+P: the next persona)
            chosen = next(p for p in personas if p.id == self.ws.editor.persona_id())
            return fill(translate("Workshop", "Typing goes to: %1 · %2 · feelings: %3"), " ".join(stage.name.lines),
                        " ".join(lane.name.lines), chosen.name)
        return fill(translate("Workshop", "Typing goes to: %1 · %2"), " ".join(stage.name.lines),
                    " ".join(lane.name.lines))

    def legibility(self) -> None:
        small = self.ws.unreadable()
        self.readable.setEnabled(bool(small))
        if not small:
            self.legible.setText(translate("Workshop", "✔ Every card on the projector is readable."))
            self.legible.setStyleSheet("color: #1e7b45;")
            return
        view = self.ws.projector_view
        px = min(legibility.text_px(c, view.zoom() * view.devicePixelRatioF()) for c in small)
        n = len(small)
        said = Facilitator.tr("⚠ %n card(s) too small to read from the back (%1 px text, %2 px needed).", None, n)
        self.legible.setText(fill(said, f"{px:.0f}", f"{legibility.MIN_PX:.0f}"))
        self.legible.setStyleSheet("color: #b45309; font-weight: bold;")

    def _notes(self) -> str:
        journey = self.ws.editor.doc.journey
        parts = [journey.notes.strip()] if journey.notes.strip() else []
        lanes = {l.id for l in journey.lanes if l.kind == "notes"}
        cells = self.ws.editor.doc.store.index.cells  # the stage's cells, not every card of the map
        parts += [f"• {c.text}" for lane in journey.lanes if lane.id in lanes
                  for c in sorted(cells.get((self.ws.stage_id, lane.id), ()), key=lambda c: (c.position, c.id))
                  if c.text]
        return "\n".join(parts) or translate("Workshop", "No notes for this stage.")


def _next_stage(lay, stage_id) -> str:
    ids = [s.id for s in lay.stages]
    if stage_id not in ids:
        return " ".join(lay.stages[0].name.lines) if lay.stages else ""
    i = ids.index(stage_id)
    return " ".join(lay.stages[i + 1].name.lines) if i + 1 < len(ids) else ""
