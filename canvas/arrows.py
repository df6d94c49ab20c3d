"""The arrow keys on the map view: from card to card and cell to cell.

The rule of where an arrow goes is `model.navigation` (pure); this mixin of
`MapView` finds where the arrows start (the selection, the target cell, or
what is shown), selects where they land and scrolls it clear of the frozen
headers.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from model import navigation


class ArrowNavigation:
    def navigate(self, direction: str) -> None:
        """Select the card (or make the empty cell the target) an arrow key goes to,
        and scroll it into view. With nothing selected the first arrow picks the
        place nearest the top left of what is shown."""
        lay = self.map_scene.lay
        if lay is None:
            return
        here = self.place_now(direction)
        if here is None:
            near = self.start_point()
            there = navigation.start(lay, (near.x(), near.y()))
        else:
            there = navigation.step(lay, here, direction)
        if there is None:
            return
        kind, what = there
        if kind == "card":
            self.map_scene.select("card", [what])
            rect = lay.card_by_id[what].rect
        else:
            self.map_scene.set_target(what)
            rect = lay.cells[what]
        # clear of the frozen headers, which cover the map's top and left edges
        theme, zoom = self.map_scene.theme, self.zoom()
        self.ensureVisible(QRectF(rect.x, rect.y, rect.w, min(rect.h, 200.0)),
                           round(theme.lane_header * zoom) + 20, round(theme.stage_header * zoom) + 20)

    def place_now(self, direction: str):
        """Where the arrows start: the selected card (the first for ↑/←, the last for
        ↓/→), the target cell, or a selected marker's cell; None for anything else."""
        cards = self.map_scene.selected("card")
        if cards:
            return "card", cards[0] if direction in (navigation.UP, navigation.LEFT) else cards[-1]
        if self.map_scene.target is not None:
            return "cell", self.map_scene.target
        markers = self.map_scene.selected("marker")
        box = self.map_scene.markers[markers[0]].box if markers else None
        return ("cell", (box.stage_id, box.lane_id)) if box is not None else None

    def start_point(self) -> QPointF:
        """A selected stage or lane: its first cell; else the top left of what is shown."""
        for kind in ("stage", "lane"):
            ids = self.map_scene.selected(kind)
            if ids:
                r = self.map_scene.item(kind, ids[0]).box.header
                return QPointF(r.x + r.w / 2, r.y + r.h / 2)
        return self.mapToScene(self.viewport().rect()).boundingRect().topLeft()
