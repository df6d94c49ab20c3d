"""The map scene: one item per stage header, lane header, card and marker,
kept in registries by id and reconciled with each fresh layout.

`show(lay)` is the only way the scene changes: it adds items for new ids,
removes items whose ids are gone and hands every other item its new box.
When the layout follows the one shown (`Layout.base`, from `relayout` after a
change record), only the cards of the cells it re-stacked are reconciled and
only the parts of the background that differ are redrawn; otherwise every item.
Card items are children of their cell's item (`items.CellItem`), so a cell the
layout only moved (`Layout.moved`) is one `setPos`, however many cards it holds.
A cell whose stage or lane went rests, parked with its items, for one step, so
an undo takes them back instead of making and painting them again.
Python never keeps item references except in these registries, so nothing
dangles when Qt deletes an item.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from model import drawing
from model.lanes import holds_markers
from model.layout import Layout
from model.theme import STANDARD, Theme

from . import paint
from .background import changed_background
from .items import CardItem, CellItem, LaneHeaderItem, MarkerItem, StageHeaderItem

SCENE_MARGIN = 60.0
# Room to grow past the map's right and bottom edges. A new scene rect makes every
# view drop its cached background and repaint in full (Qt recalculates its content
# size), about 5 ms at 1,000 cards: a row that grows a little, or a stage deleted and
# brought back, should not pay that. Grown at once (content must stay reachable),
# shrunk when the map has been smaller for SHRINK_AFTER_MS with no edit.
SCENE_SLACK = 240.0
SHRINK_AFTER_MS = 1500
INDICATOR = "#1f6feb"
TARGET_FILL = QColor(31, 111, 235, 28)  # the target cell: a blue wash and outline
# Where a cell whose stage or lane went rests for a step (`MapScene._rest`): far outside
# any map, so no view shows it and no rubber band reaches it. Parked, not hidden: Qt
# drops a hidden item's cached pixels, and an undo then painted its cards afresh.
PARKED = (-1.0e6, -1.0e6)


@dataclass(frozen=True)
class Hit:
    """What is under a point of the map, as plain ids (for tools and menus)."""
    kind: str                       # card, marker, stage, stage_edge, lane, lane_edge, cell, curve (a cell of an emotion lane), none
    id: Optional[int] = None        # the card, marker, stage or lane hit
    stage_id: Optional[int] = None  # the cell under the point, if any
    lane_id: Optional[int] = None


class MapScene(QGraphicsScene):
    def __init__(self, picture: Callable[[int], Optional[QImage]], theme: Theme = STANDARD,
                 parent=None):
        super().__init__(parent)
        self.theme = theme
        self.picture = picture
        self.lay: Layout | None = None
        self.photo: QImage | None = None
        self.cards: dict[int, CardItem] = {}
        self.stages: dict[int, StageHeaderItem] = {}
        self.lanes: dict[int, LaneHeaderItem] = {}
        self.markers: dict[int, MarkerItem] = {}
        self.holders: dict[tuple[int, int], CellItem] = {}  # (stage id, lane id) -> its cards' parent
        # cells whose stage or lane the last step took away, parked with their card items
        # for one step: an undo brings them back with their cached pixels (`_rest`)
        self.resting: dict[tuple[int, int], tuple[CellItem, dict[int, CardItem]]] = {}
        self.overview = False
        self.indicator = self._overlay()
        self.target: tuple[int, int] | None = None  # the clicked empty cell: new cards go there
        self.target_mark = self._target_overlay()
        self.live_curves: dict[int, object] = {}  # lane id -> EmotionBox while a marker is dragged
        self.shrink_timer = QTimer(self, singleShot=True, interval=SHRINK_AFTER_MS)
        self.shrink_timer.timeout.connect(self._tighten_scene_rect)
        self.selectionChanged.connect(lambda: self.overview and self._show_card_items())
        self.selectionChanged.connect(self._selection_replaces_target)

    def _overlay(self) -> QGraphicsRectItem:
        """The drop indicator / resize guide: one C++ rect, moved and shown as needed."""
        item = QGraphicsRectItem()
        item.setBrush(QBrush(QColor(INDICATOR)))
        item.setPen(QPen(Qt.PenStyle.NoPen))
        item.setZValue(10)
        item.hide()
        self.addItem(item)
        return item

    def _target_overlay(self) -> QGraphicsRectItem:
        item = QGraphicsRectItem()
        item.setBrush(QBrush(TARGET_FILL))
        pen = QPen(QColor(INDICATOR), 2.0)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setZValue(1)  # above the background, below cards and headers
        item.hide()
        self.addItem(item)
        return item

    # -- the target cell --------------------------------------------------------
    def set_target(self, cell: tuple[int, int] | None) -> None:
        """Make an empty cell the target (it shows a blue wash); selected items let go."""
        if cell is not None:
            self.clearSelection()
        self.target = cell if self.lay is not None and cell in self.lay.cells else None
        self._show_target()

    def _show_target(self) -> None:
        if self.target is None:
            self.target_mark.hide()
            return
        r = self.lay.cells[self.target]
        self.target_mark.setRect(QRectF(r.x + 1.5, r.y + 1.5, r.w - 3, r.h - 3))
        self.target_mark.show()

    def _selection_replaces_target(self) -> None:
        if self.target is not None and self.selectedItems():
            self.set_target(None)

    # -- reconciling -------------------------------------------------------------
    def show(self, lay: Layout, photo: QImage | None = None, changes=None) -> None:
        """Show a fresh layout. With `changes` (the step's record), the items of the
        cards it names are put back on their boxes even where nothing moved: a drag
        left them elsewhere."""
        old, old_photo = self.lay, self.photo
        self.lay, self.photo = lay, photo
        partial = old is not None and lay.base is not None and lay.base == old.serial
        resting, self.resting = self.resting, {}  # what the step before hid: for this step to take back
        if not partial or lay.stages is not old.stages:  # a layout that follows may share them
            self._reconcile(self.stages, lay.stages, lambda b: StageHeaderItem(b, self.theme))
        self._reconcile(self.lanes, lay.lanes, lambda b: LaneHeaderItem(b, self.theme))
        if partial:
            self._reconcile_cells(old, lay, changes.cards if changes is not None else (), resting)
            self._prune_holders(lay, lay.restacked)
        else:
            for cell in [c for c in self.holders if c in lay.cells]:
                self.holders[cell].move_to(_corner(lay, cell))
            self._reconcile(self.cards, lay.cards, self._card_item)
            self._prune_holders(lay, list(self.holders))
        for holder, _ in resting.values():  # not taken back: gone for good
            self.removeItem(holder)
        if not partial or lay.markers is not old.markers:
            self._reconcile(self.markers, lay.markers, lambda b: MarkerItem(b, self.theme))
        if self.target is not None and self.target not in lay.cells:
            self.target = None
        self._show_target()
        self._fit_scene_rect(lay, 0.0 if old is None else SCENE_SLACK / 2)
        background = QGraphicsScene.SceneLayer.BackgroundLayer
        if not partial or photo is not old_photo:
            self.invalidate(self.sceneRect(), background)
            return
        for r in changed_background(old, lay, self.overview):
            self.invalidate(QRectF(r.x - 4, r.y - 4, r.w + 8, r.h + 8), background)

    def _fit_scene_rect(self, lay: Layout, room: float) -> None:
        """The map and its margin, with up to SCENE_SLACK to spare right and below;
        `room` is what a map that outgrew its rect gets to spare."""
        tight = _tight_rect(lay)
        now = self.sceneRect()
        spare_w, spare_h = now.right() - tight.right(), now.bottom() - tight.bottom()
        if now.topLeft() == tight.topLeft() and spare_w >= 0 and spare_h >= 0:
            if spare_w > SCENE_SLACK or spare_h > SCENE_SLACK:
                self.shrink_timer.start()  # far more room than the map needs: give it back later
            return
        self.setSceneRect(tight.adjusted(0, 0, room, room))

    def _tighten_scene_rect(self) -> None:
        if self.lay is not None and self.sceneRect() != _tight_rect(self.lay):
            self.setSceneRect(_tight_rect(self.lay))

    def _reconcile_cells(self, old: Layout, lay: Layout, named, resting: dict) -> None:
        """Only the cards of the cells `lay` stacked again, and the `named` ones: they
        may have come, gone, moved or changed; every other card keeps its box (the
        layout kept it too). A cell whose stage or lane went rests, hidden, for a step;
        one that comes back takes its resting items back (`resting`)."""
        boxes = [lay.card_by_id[i] for i in named if i in lay.card_by_id]
        for cell in lay.restacked:
            if cell not in lay.cells:
                self._rest(cell, old)
            elif cell in resting:
                self._wake(cell, resting.pop(cell), lay)
            holder = self.holders.get(cell)
            if holder is not None and cell in lay.cells:
                holder.move_to(_corner(lay, cell))
            if cell in lay.moved:  # the same cards drawn the same, where their cell moved:
                continue           # its item moved them all (the named ones are shown below)
            for box in old.cell_cards.get(cell, ()):
                if box.id not in lay.card_by_id and box.id in self.cards:
                    self.removeItem(self.cards.pop(box.id))
            boxes.extend(lay.cell_cards.get(cell, ()))
        self._reconcile({}, boxes, self._card_item, self.cards)

    def _rest(self, cell: tuple[int, int], old: Layout) -> None:
        """A cell whose stage or lane went: parked with its cards' items, one move for all
        (deleting a 200-card stage removed 200 items one by one, and its undo made them
        again and painted the ones on screen afresh)."""
        holder = self.holders.pop(cell, None)
        if holder is None:
            return
        holder.move_to(PARKED)
        items = {box.id: self.cards.pop(box.id) for box in old.cell_cards.get(cell, ()) if box.id in self.cards}
        for item in items.values():
            if item.isSelected():  # as a removed item: a card that went is not selected
                item.setSelected(False)
        self.resting[cell] = holder, items

    def _wake(self, cell: tuple[int, int], rested: tuple, lay: Layout) -> None:
        """The cell came back (an undo): its items come back with it, to be handed their
        boxes like any other; the ones not in it now go."""
        holder, items = rested
        if cell in self.holders:  # made already (a card named by the record): keep that one
            self.removeItem(holder)
            return
        self.holders[cell] = holder
        holder.move_to(_corner(lay, cell))
        for card_id, item in items.items():
            if card_id in lay.card_by_id and card_id not in self.cards:
                self.cards[card_id] = item
                item.setOpacity(1.0 if not self.overview else 0.0)
            else:
                self.removeItem(item)

    def _holder(self, cell: tuple[int, int]) -> CellItem:
        """The item a cell's cards are children of, made when its first card comes."""
        holder = self.holders.get(cell)
        if holder is None:
            self.holders[cell] = holder = CellItem(_corner(self.lay, cell))
            self.addItem(holder)
        return holder

    def _prune_holders(self, lay: Layout, cells) -> None:
        """Cells of these that are gone from the map, or hold no card now, lose their
        item (after their cards were reconciled: it would take its children along)."""
        for cell in cells:
            if cell in self.holders and not lay.cell_cards.get(cell):
                self.removeItem(self.holders.pop(cell))

    def _card_item(self, box) -> CardItem:
        return CardItem(box, self.theme, self.picture, self._holder((box.stage_id, box.lane_id)))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Everything behind the items: title, persona, stage washes, grid, emotion
        guides and curves. Views cache it (CacheBackground), so a drag never redraws it."""
        painter.fillRect(rect, QColor(self.theme.background))
        lay = self.lay
        if lay is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        emotions = [self.live_curves.get(box.lane_id, box) for box in lay.emotions]
        paint.draw(painter, drawing.frame(lay, self.theme, emotions), self.picture, photo=self.photo)
        if self.overview:
            paint.draw(painter, drawing.card_blocks(lay.cards))

    def set_overview(self, overview: bool) -> None:
        """Zoomed far out, every card is a plain block: the background draws them all in
        a few calls (and caches them), instead of thousands of item paints each caching
        its pixels at a new scale. Selected cards stay drawn, to show the selection."""
        if overview == self.overview:
            return
        self.overview = overview
        self._show_card_items()
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _show_card_items(self) -> None:
        # opacity 0, not hidden: Qt skips painting it, yet it can still be selected
        for item in self.cards.values():
            item.setOpacity(1.0 if not self.overview or item.isSelected() else 0.0)

    def _reconcile(self, registry: dict, boxes, make, into: dict | None = None) -> None:
        """Items for these boxes; items in `registry` not among them are removed.
        `into` (a registry kept apart) takes new items without removing others."""
        wanted = {b.id: b for b in boxes}
        for gone in [i for i in registry if i not in wanted]:
            self.removeItem(registry.pop(gone))
        registry = registry if into is None else into
        for item_id, box in wanted.items():
            item = registry.get(item_id)
            if item is None:
                registry[item_id] = item = make(box)
                if self.overview and isinstance(item, CardItem):
                    item.setOpacity(0.0)
                if item.scene() is None:  # a card item is in the scene with its cell already
                    self.addItem(item)
            elif isinstance(item, CardItem):
                item.box_in(box, self._holder((box.stage_id, box.lane_id)))
            else:
                item.show(box)

    def show_live_curve(self, lane_id: int, box=None) -> None:
        """While a marker is dragged its lane draws this EmotionBox (None: the layout's)."""
        if box is None:
            self.live_curves.pop(lane_id, None)
        else:
            self.live_curves[lane_id] = box
        lane = next((l for l in self.lay.lanes if l.id == lane_id), None) if self.lay else None
        if lane is not None:
            r = lane.row
            self.invalidate(QRectF(r.x - 4, r.y - 4, self.lay.width + 8, r.h + 8),
                            QGraphicsScene.SceneLayer.BackgroundLayer)

    def reset_positions(self, parts=None) -> None:
        """Put these items (kind, id) back where the layout says, after a drag's
        feedback or a cancel; every item when None."""
        if self.lay is None:
            return
        if parts is None:
            parts = [(kind, i) for kind in ("stage", "lane", "card", "marker") for i in list(self.item_registry(kind))]
        for kind, item_id in parts:
            item = self.item(kind, item_id)
            if item is not None:
                item.show(item.box)

    def refresh_pictures(self) -> None:
        for item in self.cards.values():
            if item.box.asset_id is not None:
                item.update()

    # -- selection, by id ------------------------------------------------------------
    def selected(self, kind: str) -> list[int]:
        """Selected ids of one kind, in map order (stage, lane, place in cell)."""
        registry = self.item_registry(kind)
        # from Qt's set of selected items, not by asking every item: a click that selects
        # one card asked 20,000 items and ordered the whole map (19 ms at 20,000 cards)
        ids = [item.id for item in self.selectedItems()
               if getattr(item, "kind", "") == kind and registry.get(item.id) is item]
        if kind == "card" and self.lay is not None:
            stage_at = {s.id: s.index for s in self.lay.stages}
            lane_at = {lane.id: lane.index for lane in self.lay.lanes}
            by_id = self.lay.card_by_id

            def place(card_id):
                c = by_id.get(card_id)
                return (-1, -1, -1) if c is None else (stage_at[c.stage_id], lane_at[c.lane_id], c.index)
            ids.sort(key=place)
        else:
            order = {item_id: n for n, item_id in enumerate(registry)}  # the layout's order, as before
            ids.sort(key=order.get)
        return ids

    def select(self, kind: str, ids, add: bool = False) -> None:
        if not add:
            self.clearSelection()
        registry = {"card": self.cards, "marker": self.markers,
                    "stage": self.stages, "lane": self.lanes}[kind]
        for i in ids:
            if i in registry:
                registry[i].setSelected(True)

    def item_registry(self, kind: str) -> dict:
        return {"card": self.cards, "marker": self.markers, "stage": self.stages, "lane": self.lanes}.get(kind, {})

    def item(self, kind: str, item_id: int):
        return self.item_registry(kind).get(item_id)

    def drop_index(self, stage_id: int, lane_id: int, y: float) -> int:
        """Where in a cell a drop at height y lands."""
        return self.lay.drop_index(stage_id, lane_id, y)

    # -- hit testing on the layout ------------------------------------------------------
    def hit(self, x: float, y: float, edge: float = 5.0) -> Hit:
        """What a press at (x, y) means; `edge` is the grab distance for resize edges."""
        lay = self.lay
        if lay is None:
            return Hit("none")
        for m in lay.markers:
            if (m.x - x) ** 2 + (m.y - y) ** 2 <= 10.0 ** 2:
                return Hit("marker", m.id, m.stage_id, m.lane_id)
        for s in lay.stages:
            h = s.header
            if h.y <= y < h.bottom and abs(x - h.right) <= edge:
                return Hit("stage_edge", s.id)
            if h.contains(x, y):
                return Hit("stage", s.id)
        for lane in lay.lanes:
            h = lane.header
            if h.x <= x < h.right and abs(y - h.bottom) <= edge:
                return Hit("lane_edge", lane.id)
            if h.contains(x, y):
                return Hit("lane", lane.id)
        return self._cell_hit(x, y)

    def _cell_hit(self, x: float, y: float) -> Hit:
        cell = self.lay.cell_at(x, y)
        if cell is None:
            return Hit("none")
        for card in self.lay.cell_cards.get(cell, ()):
            if card.rect.contains(x, y):
                return Hit("card", card.id, *cell)
        kind = next(lane.kind for lane in self.lay.lanes if lane.id == cell[1])
        return Hit("curve" if holds_markers(kind) else "cell", None, *cell)


def _corner(lay: Layout, cell: tuple[int, int]) -> tuple[float, float]:
    r = lay.cells[cell]
    return r.x, r.y


def _tight_rect(lay: Layout) -> QRectF:
    m = SCENE_MARGIN
    return QRectF(-m, -m, lay.width + 2 * m, lay.height + 2 * m)
