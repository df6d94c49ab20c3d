"""The editing logic of one open map: intents in, undo commands out.

`MapEditor` owns the document, the undo stack and the canvas scene. Canvas
intents (wired once for every view: editor/intents.py) and menu actions come
here; each becomes model operations pushed as one undo step (`run`), which Qt
applies in the command's `redo()` (editor/commands.py). After every step the
map is laid out again where the step's change record (`model.changes.Changes`)
says, the scene reconciles what moved, and `changed` hands the record to every
view: one per step, with the part that asked as its origin (`one_step`;
`editor/steps.py`). Refusals (`JourneyError`) go to `message`, in the user's
language (`editor/sentences.py`), and change nothing; so do the step names.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QUndoStack

from canvas import picture_reader
from canvas.scene import MapScene
from canvas.view import MapView
from model.decode import SizedCache
from model.errors import JourneyError
from model.changes import Changes
from model.lanes import holds_markers
from model.layout import StackCache, relayout
from model.op import Op
from model.personas import EVERYONE, PersonaView, chosen_or_first
from model import images
from model.theme import KIND_LABELS, STANDARD

from . import clipboard, intents, marker_curve, sentences
from .backup_timer import BackupTimer
from .collector import QuietCollector
from .commands import EditCommand
from .fields import FieldCommits
from .steps import Steps

if TYPE_CHECKING:  # the first frame is drawn before SQLAlchemy is loaded (issue 18)
    from model.document import Document
    from model.plain import PlainDocument


# A picture is decoded with no side above what Wayline keeps on import
# (images.MAX_SIDE): a picture Wayline stored is shown in full, one from elsewhere
# (6300 px, say) as if it had been imported. That is sharp on a default card
# (about 200 pt wide) up to zoom 8 on a 1× screen (4 on a 2× one): more than a workshop uses.
PICTURE_SIDE = images.MAX_SIDE
# Decoded pictures kept: a dozen at the largest size (1600² × 4 bytes = 10 MB).
# Cards keep their own drawn pixels (DeviceCoordinateCache), so a picture that
# was let go is decoded again only when its card is redrawn, e.g. after a zoom.
PICTURE_CACHE_BYTES = 128 * 1024 * 1024
ADD_CARD = QT_TRANSLATE_NOOP("Steps", "Add card")
GESTURE_POLL_MS = 50  # the map opened for editing waits for a gesture under way to end


class MapEditor(QObject):
    changed = Signal(object)     # a Changes record, once per step, after the canvas shows it
    shown = Signal(object)       # the canvas shows a new layout (a step's, or catching up: `cover`)
    message = Signal(str)        # a sentence for the user (status bar or dialog)

    def __init__(self, doc: Document | PlainDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        # while `doc` is a read-only stand-in (model.plain): opens the map for editing and
        # hands it to `adopt`; every edit waits for it (`ready`), so none is lost or applied
        # to the stand-in's rows
        self.opening: Callable[[], None] | None = None
        self.theme = STANDARD
        self.stack = QUndoStack(self)
        self.fields = FieldCommits(self)  # panel text fields: commit on a pause and on close
        self.pictures = SizedCache(PICTURE_CACHE_BYTES, picture_reader.image_bytes)
        self.stacks = StackCache()  # re-lay out only the cells an edit touched
        self.steps = Steps(self.show_step)  # one record, one layout per step
        self.context_cell: tuple[int, int] | None = None  # the cell last right-clicked
        self.covered = False        # by the workshop: see `cover`
        self.chosen_persona: int | None = None  # in the Persona panel: see `persona_id`
        self.persona_view = EVERYONE  # which personas' curves are shown: see `show_personas`
        self.marker_target = False  # new markers go on the target curve (editor/marker_curve.py)
        self.missed: Changes | None = Changes()  # the records a covered canvas has not shown
        self.scene = MapScene(self.picture, self.theme, self)
        self.view = MapView(self.scene)
        self.gestures = intents.Gestures(self)  # undo, delete, paste wait for a gesture to end
        self.changed.connect(self.gestures.map_changed)
        intents.connect(self.view, self)
        self.refresh()
        self.backups = BackupTimer(self)
        self.collector = QuietCollector(self)  # no full garbage collection mid-gesture
        self.changed.connect(self.collector.edited)
        # an undo or redo applies its ops through `apply` inside QUndoStack; the stack
        # says when it is done (indexChanged), and the step is shown once, then
        self.stack.indexChanged.connect(lambda _index: self.steps.flush())

    # -- running operations ------------------------------------------------------
    def ready(self) -> bool:
        """Before an edit: the map opened for editing is in (opened now if the first
        frame's stand-in is still held: the edit waits the ~250 ms, and is not lost)."""
        if self.opening is not None:
            opening, self.opening = self.opening, None
            opening()
        return not getattr(self.doc, "stand_in", False)

    def open_soon(self) -> None:
        """After the first paint: open the map for editing, unless a gesture runs (the
        swap's reload would end it, `Gestures.map_changed`): then a moment later, or
        when its edit asks (`ready`)."""
        if self.opening is None:
            return
        if self.gestures.busy:
            QTimer.singleShot(GESTURE_POLL_MS, self.open_soon)
            return
        self.ready()

    def adopt(self, doc: Document) -> None:
        """The map opened for editing replaces the stand-in the first frame was drawn
        from: the same file, the same ids, so the canvas reconciles by id and the
        panels reload (one `reloaded` record)."""
        stand_in, self.doc = self.doc, doc
        stand_in.close()
        self.stacks = StackCache()  # its boxes name the stand-in's rows
        self.show_step(Changes.reloaded())

    def run(self, name: str, ops: list[Op], merge: object = None, opens=None, withdraws=False):
        """Push ops as one undo step named `name` (Qt applies them in its redo); return
        their changes, None if refused. Consecutive steps with the same `merge` key
        become one; `opens(changes)` names the key of one follow-up the step takes in,
        and a follow-up that `withdraws` takes the step away with it."""
        if not self.ready():
            return None
        command = EditCommand(name, ops, self.replay, self.refused, merge, opens, withdraws)
        could_redo = self.stack.canRedo()
        with self.one_step("editor"):  # one change record, one layout for the step
            self.stack.push(command)
        if command.changes is None and could_redo and not self.stack.canRedo():
            # push drops the redo steps before it deletes a refused (obsolete) command,
            # and says nothing: tell the Redo action, or it offers a step that is gone
            self.stack.canRedoChanged.emit(False)
            self.stack.redoTextChanged.emit("")
        return command.changes

    def refused(self, error: JourneyError) -> None:
        """Say why the model refused, in the user's language."""
        self.message.emit(sentences.refusal(error))

    def apply(self, op: Op):
        """Apply one op. Inside a step (`one_step`) the canvas and the views are
        brought up to date when the step ends, else at once; a refused op too (it
        reloads the model, which the canvas must show)."""
        try:
            change = self.doc.apply(op)
        except JourneyError:
            self.steps.note(Changes.reloaded())
            raise
        self.steps.note(change.record)
        return change

    def replay(self, op: Op):
        """`apply` for the undo stack: an undo or redo runs its ops inside QUndoStack,
        which says when it is done (indexChanged), so the step is shown once, then."""
        try:
            with self.steps.held("undo"):
                return self.apply(op)
        finally:
            if not self.steps.inside:
                QTimer.singleShot(0, self.steps.flush)  # in case no indexChanged follows

    def one_step(self, origin: str = "editor"):
        """Operations applied inside are one step: one layout, one `changed` record,
        whose origin is the outermost step's ("panel", "workshop", ...)."""
        return self.steps.step(origin)

    def show_step(self, record: Changes) -> None:
        """A step ended: lay out what its record names, reconcile, tell the views."""
        self.refresh(record)
        self.changed.emit(record)

    def refresh(self, changes: Changes | None = None) -> None:
        """Lay out again what `changes` names (everything when None) and show it; while
        the canvas is covered, only note what changed (`cover`)."""
        if self.covered:
            self.missed = None if changes is None or self.missed is None else self.missed.merged(changes)
            return
        self.lay = relayout(self.doc.journey, changes, self.doc.store.index, self.theme, cache=self.stacks,
                            view=self.persona_view)
        self.scene.show(self.lay, self.persona_photo(), changes)
        self.shown.emit(changes)

    def cover(self, covered: bool) -> None:
        """The workshop covers the canvas (True) or has left it (False). While covered no
        one sees the canvas, so a quick capture does not lay it out and reconcile it too:
        the steps' records are merged, and the canvas catches up, in one layout, when
        uncovered. Panels and other views still hear every step (`changed`)."""
        if covered == self.covered:
            return
        self.covered = covered
        if not covered:
            missed, self.missed = self.missed, Changes()
            if missed is None or missed:
                self.refresh(missed)

    def close(self) -> None:
        """Let the file go. The scene's items die with the window; silence the scene
        first so nobody asks a half-destroyed scene about its selection."""
        self.opening = None  # closed before the map was opened for editing: nothing to open
        self.view.commit_edit()
        self.fields.flush()
        self.backups.on_close()
        self.scene.blockSignals(True)
        self.view.blockSignals(True)
        self.doc.close()
        self.collector.release()

    # -- pictures ------------------------------------------------------------------
    def picture(self, asset_id: int) -> QImage | None:
        """The image an asset holds, decoded at the size it is drawn (assets never
        change once stored, so a cached one stays right while it is kept)."""
        return self.pictures.get(asset_id, lambda: picture_reader.read_image(
            self.doc.asset_bytes(asset_id), picture_reader.fit(PICTURE_SIDE)))

    def persona_photo(self) -> QImage | None:
        personas = self.doc.journey.personas
        if personas and personas[0].photo_id:
            return self.picture(personas[0].photo_id)
        return None

    # -- intents ----------------------------------------------------------------------
    def move_cards(self, card_ids: list, stage_id: int, lane_id: int, index: int) -> None:
        op = Op("move_cards", {"card_ids": list(card_ids), "stage_id": stage_id,
                               "lane_id": lane_id, "index": index})
        self.run(sentences.move_cards(len(card_ids)), [op])

    def move_marker(self, marker_id: int, stage_id: int, offset: float, feeling: float) -> None:
        op = Op("update_marker", {"marker_id": marker_id, "stage_id": stage_id,
                                  "offset": offset, "feeling": feeling})
        self.run(sentences.step(QT_TRANSLATE_NOOP("Steps", "Move emotion marker")), [op])

    # -- the chosen persona: whose curve new markers go on (a view, not an edit) --------
    def persona_id(self) -> int | None:
        """The persona chosen in the Persona panel, or the map's first (None: no persona)."""
        return chosen_or_first(self.doc.journey, self.chosen_persona)

    def choose_persona(self, persona_id: int | None) -> None:
        self.chosen_persona = persona_id

    def show_personas(self, view: PersonaView) -> None:
        """Which personas' curves the canvas (and the workshop, and exports) show: a view,
        not an edit: no undo step, nothing written. Every view lays out again."""
        if view != self.persona_view:
            self.persona_view = view
            self.refresh(None)
            self.changed.emit(Changes(origin="view", personas=frozenset(p.id for p in self.doc.journey.personas)))

    def add_marker_at(self, lane_id: int, stage_id: int, offset: float, feeling: float):
        """A marker on the chosen persona's felt or target curve (`marker_target`), said
        in the status bar."""
        persona = self.find("persona", self.persona_id())
        data = {"lane_id": lane_id, "stage_id": stage_id, "offset": offset, "feeling": feeling,
                "persona_id": self.persona_id(), "target": int(self.marker_target)}
        changes = self.run(marker_curve.step_name(self.marker_target), [Op("add_markers", {"markers": [data]})])
        if changes:
            self.scene.select("marker", changes[0].result)
            self.message.emit(marker_curve.added(persona.name if persona else None, self.marker_target))
        return changes

    def add_card(self, stage_id: int, lane_id: int, edit: bool = True, **values):
        data = {"stage_id": stage_id, "lane_id": lane_id, "position": None, **values}
        targeted = self.scene.target == (stage_id, lane_id)
        # the card's first words join this step (mergeWith): one Ctrl+Z takes both
        first_words = (lambda changes: ("first words", changes[0].result[0])) if edit else None
        changes = self.run(sentences.step(ADD_CARD), [Op("add_cards", {"cards": [data]})], opens=first_words)
        if changes and edit:
            self.unwritten = (changes[0].result[0], self.stack.index())
            self.return_to = (stage_id, lane_id) if targeted else None
            self.view.start_edit("card", changes[0].result[0])
        return changes

    def back_to_target(self, kind: str, item_id: int) -> None:
        """A card added to the target cell is written: the cell is the target again, so
        N, words, Enter, N... fills one cell (typing would otherwise go to the new card)."""
        cell, self.return_to = getattr(self, "return_to", None), None
        if cell is not None and kind == "card":
            self.scene.set_target(cell)

    def drop_unwritten_card(self, kind: str, item_id: int) -> None:
        """A card just added and left empty (Escape, or Enter on no text) was never
        wanted: take it away, and its "Add card" step with it, not even a Redo."""
        fresh, self.unwritten = getattr(self, "unwritten", None), None
        card = self.find("card", item_id) if kind == "card" else None
        if (fresh != (item_id, self.stack.index()) or card is None or card.text.strip()
                or card.asset_id):
            return
        # a follow-up that takes the card away: merged into "Add card", the two do nothing
        # and Qt drops the step (obsolete after mergeWith)
        self.run(sentences.step(ADD_CARD), [Op("delete_cards", {"card_ids": [item_id]})],
                 merge=("first words", item_id), withdraws=True)

    def edit_text(self, kind: str, item_id: int, text: str) -> None:
        op = {"card": Op("update_card", {"card_id": item_id, "text": text}),
              "stage": Op("update_stage", {"stage_id": item_id, "name": text}),
              "lane": Op("update_lane", {"lane_id": item_id, "name": text}),
              "marker": Op("update_marker", {"marker_id": item_id, "label": text})}[kind]
        fresh = kind == "card" and getattr(self, "unwritten", None) == (item_id, self.stack.index())
        if fresh:
            self.unwritten = None
        # the first words of a new card merge into its "Add card" step (EditCommand.opens)
        self.run(sentences.step(sentences.EDIT_TEXT[kind]), [op], merge=("first words", item_id) if fresh else None)

    def read_only_refusal(self) -> str | None:
        if not self.ready() or self.doc.read_only:  # not ready: could not be opened for editing
            return sentences.viewing_only(self.doc.path.name)
        return None

    def find(self, kind: str, item_id: int):
        """The model object of one kind and id (read only: edits go through `run`)."""
        j = self.doc.journey
        items = {"card": j.cards, "stage": j.stages, "lane": j.lanes, "marker": j.markers,
                 "persona": j.personas}[kind]
        return next((item for item in items if item.id == item_id), None)

    def text_of(self, kind: str, item_id: int) -> str:
        """The full text the in-place editor starts from (the layout only has wrapped lines)."""
        item = self.find(kind, item_id)
        field = {"card": "text", "stage": "name", "lane": "name", "marker": "label"}[kind]
        return getattr(item, field) if item is not None else ""

    # -- the selection ----------------------------------------------------------------
    def select_all(self) -> None:
        self.scene.select("card", [c.id for c in self.lay.cards])

    def delete_selection(self) -> None:
        cards, markers = self.scene.selected("card"), self.scene.selected("marker")
        if cards or markers:
            ops = [Op("delete_cards", {"card_ids": cards})] if cards else []
            ops += [Op("delete_markers", {"marker_ids": markers})] if markers else []
            self.run(sentences.delete_selection(len(cards), len(markers)), ops)
            return
        for kind in ("stage", "lane"):
            ids = self.scene.selected(kind)
            if ids:
                self.delete_axis(kind, ids)

    def delete_axis(self, kind: str, ids: list[int]) -> None:
        """Delete stages or lanes as one step, and say what went with them: nothing asks
        first, because Undo brings everything back."""
        names = [self.find(kind, i).name for i in ids]
        cards = sum(1 for c in self.doc.journey.cards if getattr(c, f"{kind}_id") in ids)
        markers = sum(1 for m in self.doc.journey.markers if getattr(m, f"{kind}_id") in ids)
        step = sentences.delete_axis(kind, len(ids))
        if self.run(step, [Op(f"delete_{kind}", {f"{kind}_id": i}) for i in ids]) is None:
            return
        self.message.emit(sentences.deleted_axis(kind, names, cards, markers))

    def copy_selection(self) -> bool:
        ids = self.scene.selected("card")
        if not ids:
            return False
        by_id = {c.id: c for c in self.doc.journey.cards}
        uuids = {p.id: p.uuid for p in self.doc.journey.personas}
        cards = []
        for i in ids:
            card = by_id[i]
            data = self.doc.asset_bytes(card.asset_id) if card.asset_id else None
            cards.append(clipboard.card_data(card, (data, "image/png") if data else None, uuids))
        QGuiApplication.clipboard().setMimeData(clipboard.to_mime(cards))
        return True

    def cut_selection(self) -> None:
        if self.copy_selection():
            self.delete_selection()

    def paste(self) -> None:
        """Wayline cards from the clipboard, else its plain text as one card per line."""
        mime = QGuiApplication.clipboard().mimeData()
        try:
            cards = clipboard.from_mime(mime)
            lines = [] if cards else clipboard.text_lines(mime)
        except JourneyError as e:  # damaged cards, too many lines, a broken character: say so
            self.refused(e)
            return
        if lines:
            self.paste_lines(lines)
            return
        if not cards:
            return
        cell = self.target_cell()
        if cell is None:
            self.message.emit(sentences.no_card_lane())
            return
        try:
            data = [self._pasted(c, *cell) for c in cards]
        except JourneyError as e:
            self.refused(e)
            return
        changes = self.run(sentences.paste_cards(len(data)), [Op("add_cards", {"cards": data})])
        if changes:
            self.scene.select("card", changes[0].result)

    def paste_lines(self, lines: list[str]) -> None:
        """Text from another program: a card per line in the target cell, one undo step."""
        cell = self.target_cell()
        if cell is None:
            self.message.emit(sentences.no_card_lane())
            return
        data = [{"stage_id": cell[0], "lane_id": cell[1], "position": None, "text": line}
                for line in lines]
        changes = self.run(sentences.paste_cards(len(data)), [Op("add_cards", {"cards": data})])
        if changes:
            self.scene.select("card", changes[0].result)

    def _pasted(self, card: clipboard.ClipCard, stage_id: int, lane_id: int) -> dict:
        values = dict(card.values)
        if card.picture is not None:  # from another map, perhaps: check it like any picture
            values["picture"] = images.load_bytes(card.picture).values()
        return {"stage_id": stage_id, "lane_id": lane_id, "position": None, **values}

    def duplicate_selection(self) -> None:
        ids = self.scene.selected("card")
        if not ids:
            return
        by_id = {c.id: c for c in self.doc.journey.cards}
        data, placed = [], {}
        for i in ids:  # map order, so each copy lands right after its original
            c = by_id[i]
            extra = placed.get((c.stage_id, c.lane_id), 0)
            placed[(c.stage_id, c.lane_id)] = extra + 1
            data.append({"stage_id": c.stage_id, "lane_id": c.lane_id, "position": c.position + 1 + extra,
                         "text": c.text, "colour": c.colour, "channel": c.channel,
                         "votes": c.votes, "asset_id": c.asset_id, "personas": c.personas})
        changes = self.run(sentences.duplicate_cards(len(ids)), [Op("add_cards", {"cards": data})])
        if changes:
            self.scene.select("card", changes[0].result)

    def target_cell(self) -> tuple[int, int] | None:
        """Where a new or pasted card goes: the selected card's cell, else the cell last
        right-clicked, else the clicked target cell, else the first cell that holds cards."""
        cards = self.scene.selected("card")
        if cards and cards[-1] in self.lay.card_by_id:
            c = self.lay.card_by_id[cards[-1]]
            return c.stage_id, c.lane_id
        if self.context_cell in self.lay.cells:
            return self.context_cell
        if self.scene.target in self.lay.cells:
            return self.scene.target
        lanes = [l for l in self.lay.lanes if not holds_markers(l.kind)]
        return (self.lay.stages[0].id, lanes[0].id) if lanes and self.lay.stages else None

    # -- adding -------------------------------------------------------------------------
    def add_stage(self) -> None:
        chosen = self.scene.selected("stage")
        index = next((s.index + 1 for s in self.lay.stages if s.id in chosen), None)
        changes = self.run(sentences.step(QT_TRANSLATE_NOOP("Steps", "Add stage")), [Op("add_stage", {"index": index})])
        if changes:
            self.view.start_edit("stage", changes[0].result)

    def add_lane(self, kind: str) -> None:
        chosen = self.scene.selected("lane")
        index = next((l.index + 1 for l in self.lay.lanes if l.id in chosen), None)
        op = Op("add_lane", {"name": KIND_LABELS[kind], "kind": kind, "index": index})
        changes = self.run(sentences.add_lane(KIND_LABELS[kind]), [op])
        if changes:
            self.view.start_edit("lane", changes[0].result)

    def add_card_here(self) -> None:
        cell = self.target_cell()
        if cell is not None:
            self.add_card(*cell)

    def add_marker_here(self) -> None:
        emotions = [l for l in self.lay.lanes if holds_markers(l.kind)]
        if not emotions:
            self.message.emit(sentences.no_emotions_lane())
            return
        cell = self.context_cell or self.target_cell()
        stage_id = cell[0] if cell else self.lay.stages[0].id
        lane_id = cell[1] if cell and cell[1] in {l.id for l in emotions} else emotions[0].id
        self.add_marker_at(lane_id, stage_id, 0.5, 0.0)

    def add_pictures(self, paths: list, stage_id: int, lane_id: int) -> None:
        """Picture cards from files, one undo step; any unreadable file refuses them all."""
        try:
            pictures = [images.load_file(p) for p in paths]
        except JourneyError as e:
            self.refused(e)
            return
        # the bytes go with the step: undo takes them out of the file again
        data = [{"stage_id": stage_id, "lane_id": lane_id, "position": None, "text": "",
                 "picture": p.values()} for p in pictures]
        self.run(sentences.add_pictures(len(data)), [Op("add_cards", {"cards": data})])
