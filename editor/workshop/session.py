"""Workshop mode for one map: the facilitator's session on a projector.

`Workshop` is the controller. It owns a second scene drawn in the projector
theme (`model.theme.WORKSHOP`), laid out again after every change of the map
(`MapEditor.changed`) while the workshop is shown (a workshop that was left
stops listening and catches up when entered again; `one_layout` makes one
capture a single layout), and the parts of a session: the spotlight, quick
capture, the time box and dot voting. Edits go through the editor's `run`, so
they share its undo stack and are in the file at once. It makes the windows:
the presentation (full screen, no chrome) on the projector and, when a second
screen exists, the presenter view on the laptop; with one screen the controls
are an overlay that hides itself.
"""
from __future__ import annotations

import time
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from canvas.scene import Hit, MapScene
from model.changes import Changes
from model.layout import Layout, Rect, StackCache, relayout
from model.theme import WORKSHOP
from model.workshop import NOT_SHOWN

from . import framing, keys, legibility, voting
from .capture import QuickCapture
from .spotlight import Dimmer
from .timebox import TimeBox
from .scoring import ScoringRound
from .voting import VotingRound
from ..i18n import translate
from ..sentences import Facilitator, fill


def choose_screens(screens, current):
    """(projector, laptop): the projector is a screen other than the editor's; the
    laptop screen is None when there is only one screen."""
    if len(screens) < 2:
        return (current or (screens[0] if screens else None)), None
    others = [s for s in screens if s is not current]
    return (others[0] if others else screens[1]), (current or screens[0])


class Workshop(QObject):
    updated = Signal()          # the map, the spotlight or the session changed
    view_changed = Signal()     # the projector panned or zoomed (legibility may change)
    message = Signal(str)       # a sentence for the room / the facilitator
    left = Signal()

    def __init__(self, editor, clock=time.monotonic, parent=None):
        super().__init__(parent or editor)
        self.editor = editor
        self.theme = WORKSHOP
        # Python owns the scene (no Qt parent): Qt deleting it as a child of the editor
        # while a workshop window still showed it crashed at exit (a half-deleted scene
        # emitting selectionChanged into Python)
        self.scene = MapScene(editor.picture, self.theme)
        self.lay: Layout = None  # type: ignore[assignment]
        self.stage_id: int | None = None     # in the spotlight; None: the whole map
        self.room_stage: int | None = None   # the last stage in the spotlight
        self.entered = False                 # F5 again comes back to where the room was
        self.ranking_shown = False
        self.matrix_shown = False  # the opportunity matrix over the map on the projector (Ctrl+Shift+O)
        self.top_n = 5
        self.presentation = None
        self.presenter = None
        self.screens = (None, None)     # (projector, laptop) as last entered
        self.dimmer = Dimmer(self.scene)
        self.draft_box = None
        self.stacks = StackCache()  # the workshop theme lays out apart from the editor's
        self.holding = 0            # inside `one_layout`: a refresh waits for its end
        self.refresh_due = False
        self.due: Changes | None = None  # the records it waits with, merged (None: everything)
        self.listening = False      # to the editor's change records: only while shown
        self.relayout()
        self.capture = QuickCapture(self)
        self.voting = VotingRound(self)
        self.scoring = ScoringRound(self)
        self.timebox = TimeBox(clock, self)
        self.timebox.ended.connect(lambda: self.notify(translate("Workshop", "Time is up.")))
        editor.message.connect(self.notify)

    # -- the map ----------------------------------------------------------------------
    def relayout(self, changes: Changes | None = None) -> None:
        """Lay out what `changes` names (everything when None), with room made for the
        draft being typed: its box is `draft_box`, which the draft item draws."""
        capture = getattr(self, "capture", None)
        stand_in = capture.stand_in() if capture is not None else None
        self.lay = relayout(self.editor.doc.journey, changes, self.editor.doc.store.index, self.theme,
                            cache=self.stacks, draft=stand_in, view=self.editor.persona_view)
        self.draft_box = self.lay.draft
        self.scene.show(self.lay, self.editor.persona_photo(), changes)
        if self.stage_id is not None and self.stage_id not in {s.id for s in self.lay.stages}:
            self.stage_id = self.lay.stages[0].id if self.lay.stages else None
        self.dimmer.show(self.lay, self.stage_id)

    def refresh(self, changes: Changes | None = None) -> None:
        """Lay the map out again and show it: what a change record names (while shown),
        everything when None. Inside `one_layout` the records wait, merged, for its end."""
        if self.holding:
            self.due = changes if not self.refresh_due else (
                None if self.due is None or changes is None else self.due.merged(changes))
            self.refresh_due = True
            return
        self.relayout(changes)
        if self.capture.cell not in self.lay.cells:
            self.capture.cell = None
            if self.stage_id is not None:
                self.capture.follow(self.stage_id)
        self.capture.place()
        self.updated.emit()

    @contextmanager
    def one_layout(self):
        """Everything inside (a capture's step, clearing its draft) is shown with one
        layout at the end, not one for each thing that asked for it."""
        self.holding += 1
        try:
            with self.editor.one_step("workshop"):  # its edits are the workshop's, one record
                yield
        finally:
            self.holding -= 1
            if not self.holding and self.refresh_due:
                self.refresh_due = False
                self.refresh(self.due)

    @property
    def projector_view(self):
        return self.presentation.view if self.presentation else None

    def views(self) -> list:
        return [w.view for w in (self.presentation, self.presenter) if w is not None]

    # -- entering and leaving ------------------------------------------------------------
    def enter(self, screens=None, current=None, size=None) -> None:
        """Show the presentation full screen on the projector (or at `size`, windowed,
        for tests and screenshots) and the presenter view on the laptop screen."""
        from .presentation import PresentationWindow
        from .presenter import PresenterWindow
        screens = QGuiApplication.screens() if screens is None else screens
        if not self.listening:  # the map may have changed while the workshop was left
            self.editor.changed.connect(self.refresh)
            self.listening = True
            self.refresh()
        projector, laptop = choose_screens(screens, current)
        self.screens = (projector, laptop)
        self.presentation = PresentationWindow(self, overlay=laptop is None)
        self.presentation.present(projector, size)
        if laptop is not None:
            self.presenter = PresenterWindow(self)
            self.presenter.present(laptop, size)
        if self.timebox.state() == "over":
            self.timebox.reset()   # it ran out while the room was not watching
        self.timebox.wake()
        first = self.lay.stages[0].id if self.lay.stages else None
        # back where the room was (a stage, or the whole map); the first time, stage 1
        self.spotlight(self.stage_id if self.entered else first, animate=False)
        self.entered = True
        self.editor.cover(True)  # the editor's canvas catches up when the workshop is left
        (self.presenter or self.presentation).view.setFocus()

    def swap_screens(self) -> None:
        """The projector came up as the laptop's screen (or the other way round): swap."""
        projector, laptop = self.screens
        if self.presenter is None or laptop is None:
            return
        self.screens = (laptop, projector)
        self.presentation.present(laptop)
        self.presenter.present(projector)
        self.frame_views(animate=False)

    def leave(self) -> None:
        self.capture.cancel()
        for view in self.views():
            view.commit_edit()
        self.timebox.timer.stop()
        if self.timebox.state() == "over":  # "Time's up" does not greet the next F5
            self.timebox.reset()
        for window in (self.presenter, self.presentation):
            if window is not None:
                window.close_quietly()
        self.presentation = self.presenter = None
        if self.listening:  # a hidden scene is not laid out
            self.editor.changed.disconnect(self.refresh)
            self.listening = False
        self.editor.cover(False)
        self.left.emit()

    def active(self) -> bool:
        return self.presentation is not None

    # -- the spotlight -------------------------------------------------------------------
    def spotlight(self, stage_id: int | None, animate: bool = True) -> None:
        """Put one stage in the spotlight (None: the whole map, nothing dimmed)."""
        self.stage_id = stage_id
        if stage_id is not None:
            self.room_stage = stage_id
        self.dimmer.show(self.lay, stage_id)
        if stage_id is not None and (self.capture.cell is None or self.capture.cell[0] != stage_id):
            self.capture.follow(stage_id)
        self.frame_views(animate)
        self.updated.emit()

    def step(self, step: int) -> None:
        """The next or previous stage; from the whole map, back to the stage the room was on."""
        ids = {s.id for s in self.lay.stages}
        if self.stage_id is None and self.room_stage in ids:
            self.spotlight(self.room_stage)
            return
        self.spotlight(framing.neighbour(self.lay, self.stage_id, step))

    def whole_map(self) -> None:
        self.spotlight(None)

    def next_persona(self) -> None:
        """Ctrl+Shift+P: the next persona's feelings are the ones a -2 or +3 sets (the
        choice is the editor's, as in its Persona panel); the controls say whose."""
        personas = self.editor.doc.journey.personas
        if len(personas) < 2:
            return
        ids = [p.id for p in personas]
        chosen = personas[(ids.index(self.editor.persona_id()) + 1) % len(personas)]
        self.editor.choose_persona(chosen.id)
        self.notify(fill(translate("Workshop", "Feelings now go on %1's curve."), chosen.name))
        self.updated.emit()

    def frame_views(self, animate: bool = True) -> None:
        """Frame the projector; the presenter view shows what the projector shows."""
        projector = self.projector_view
        if projector is None:
            return
        frame = self.frame_for(projector)
        projector.camera.fly_to(frame, animate)
        if self.presenter is not None:
            pw, ph = projector.viewport().width(), projector.viewport().height()
            vp = self.presenter.view.viewport()
            zoom = frame.zoom * min(vp.width() / max(pw, 1), vp.height() / max(ph, 1))
            self.presenter.view.camera.fly_to(framing.Frame(frame.cx, frame.cy, zoom), animate)

    def frame_for(self, view) -> framing.Frame:
        vp = view.viewport()
        insets = getattr(view, "reserved", framing.NO_INSETS)  # the chips, the controls strip
        if self.stage_id is None:
            return framing.map_frame(self.lay, vp.width(), vp.height(), insets)
        return framing.stage_frame(self.lay, self.stage_id, vp.width(), vp.height(),
                                   view.devicePixelRatioF(), self.focus_rect(), insets,
                                   self.capture.routed_rect(self.stage_id), self.typing_rects())

    def focus_rect(self) -> Rect | None:
        cell = self.capture.cell
        if cell is None or cell[0] != self.stage_id or cell not in self.lay.cells:
            return None
        rect = self.lay.cells[cell]
        draft = self.capture.draft_rect()
        if draft is not None and draft.bottom > rect.bottom:
            return Rect(rect.x, rect.y, rect.w, draft.bottom - rect.y)
        return rect

    def typing_rects(self) -> tuple[Rect, ...]:
        """What the room watches, so it stays on screen however tall the cell: the draft
        and the card captured before it (the last of its cell), else the one that
        matters now: the draft being typed, or from Enter to the next key the card
        just captured. See `framing.stage_frame`."""
        draft, cell = self.capture.draft_rect(), self.capture.cell
        if draft is None or cell is None:
            return ()
        cards = self.lay.cell_cards.get(cell)
        if not cards:
            return (draft,)
        last = cards[-1].rect
        return framing.union(last, draft), (last if self.capture.just_captured else draft)

    def focus_moved(self) -> None:
        """Capture moved to another cell: follow it with the spotlight, or scroll to it."""
        cell = self.capture.cell
        if cell is not None and self.stage_id is not None and cell[0] != self.stage_id:
            self.spotlight(cell[0])
        elif self.stage_id is not None:
            self.frame_views()
        self.updated.emit()

    def view_moved(self, view) -> None:
        # not at every frame of a flight: the check runs over every card (once, on landing)
        if view is self.projector_view and not view.camera.flying():
            self.view_changed.emit()

    # -- legibility on the projector --------------------------------------------------
    def unreadable(self) -> list:
        view, rect = self.projector_view, self.shown_rect()
        if view is None:
            return []
        return legibility.too_small(legibility.shown_cards(self.lay, rect), rect,
                                    view.zoom() * view.devicePixelRatioF())

    def zoom_to_readable(self) -> None:
        """The fix for unreadable cards: the smallest zoom at which all text reads,
        keeping the middle of what the projector shows."""
        view = self.projector_view
        zoom = legibility.readable_zoom(self.lay.cards, view.devicePixelRatioF()) if view else None
        if zoom is None or view.zoom() >= zoom:
            return
        here = view.camera.here()
        view.camera.fly_to(framing.Frame(here.cx, here.cy, zoom))

    # -- the session's other parts -----------------------------------------------------
    def toggle_matrix(self, shown: bool | None = None) -> None:
        self.matrix_shown = (not self.matrix_shown) if shown is None else shown
        self.updated.emit()

    def toggle_ranking(self, shown: bool | None = None) -> None:
        self.ranking_shown = (not self.ranking_shown) if shown is None else shown
        self.updated.emit()

    def timebox_key(self, action: str) -> None:
        """Ctrl+T, Ctrl+Shift+T, Ctrl+Shift+M, Ctrl+Shift+Backspace: say what it did."""
        tb = self.timebox
        done = tb.toggle() if action == "toggle" else getattr(tb, action)()
        if action != "toggle" or done == "ended" or tb.state() == "idle":
            self.notify(fill(translate("Workshop", "Time box ended. %1"), tb.describe()) if done == "ended"
                        else tb.describe())

    def toggle_voting(self) -> None:
        if self.voting.active:
            self.voting.end()
            n = self.voting.spent()
            self.notify(Facilitator.tr("Voting round ended: %n dot(s) given.", None, n))
        else:
            self.scene.clearSelection()  # a card selected earlier takes no dots by accident
            if self.scoring.active:
                self.scoring.end()  # digits do one thing at a time
            self.voting.start()
            n = self.voting.dots_each
            self.notify(Facilitator.tr("Voting round: %n dot(s) each. Click a pain point or "
                                                     "opportunity, or select one on screen and press 1–9. "
                                                     "Typing still captures.", None, n))
        self.updated.emit()

    def toggle_scoring(self) -> None:
        """Ctrl+Shift+I: a scoring round on or off (a voting round ends: digits do one thing)."""
        if self.scoring.active:
            self.scoring.end()
            self.notify(translate("Workshop", "Scoring round ended."))
        else:
            if self.voting.active:
                self.voting.end()
            self.scoring.start()
            self.notify(translate("Workshop", "Scoring round: select an opportunity, then press its impact and "
                                              "its effort, 1–5. Typing still captures."))
        self.updated.emit()

    def shown_rect(self) -> Rect | None:
        """What the projector shows of the map, in scene coordinates."""
        view = self.projector_view
        if view is None:
            return None
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        return Rect(shown.x(), shown.y(), shown.width(), shown.height())

    def key_vote_target(self) -> tuple:
        """(card id, "") for a number key's dots, or (None, why not)."""
        shown = self.shown_rect()
        boxes = [self.lay.card_by_id[i] for i in self.scene.selected("card") if i in self.lay.card_by_id]
        if shown is None:
            return None, ""
        return voting.key_vote_target(boxes, shown, self.dimmer.dimmed())

    def key_score_target(self) -> tuple:
        """(card id, "") for a scoring round's digit: the last selected card, if the room
        can see it; else (None, why not), why "" with nothing selected."""
        shown = self.shown_rect()
        boxes = [self.lay.card_by_id[i] for i in self.scene.selected("card") if i in self.lay.card_by_id]
        if shown is None or not boxes:
            return None, ""
        if not voting.seen_by_room(boxes[-1], shown, self.dimmer.dimmed()):
            return None, NOT_SHOWN
        return boxes[-1].id, ""

    def notify(self, text: str) -> None:
        self.message.emit(text)

    def capture_at(self, stage_id: int, lane_id: int) -> None:
        if self.capture.text().strip():
            self.capture.commit()
        self.capture.focus(stage_id, lane_id)
        self.focus_moved()

    # -- input ---------------------------------------------------------------------------
    def handle_key(self, event) -> bool:
        return keys.handle(self, event)

    def wants_key(self, event) -> bool:
        return keys.wants(self, event)

    def click(self, hit: Hit, modifiers) -> bool:
        return keys.click(self, hit, modifiers)
