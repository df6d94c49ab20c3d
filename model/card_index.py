"""The cards of a journey by id and by cell (`CardIndex`).

Kept apart from `store` (which needs SQLAlchemy) so that the editor's first frame,
drawn from rows read with sqlite3 alone (`plain`), has the same index the layout
and `store.card` read (issue 18: no SQLAlchemy before the first paint).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import Card


class CardIndex:
    """Cards by id and by cell, so an edit costs the size of a cell, not of the
    map (a 20,000-card map must still commit a drag in a few milliseconds).
    Kept by the Document; operations change card membership only through
    `Store.attach/detach/relocate`, which keep it true."""

    def __init__(self, cards):
        self.by_id: dict[int, Card] = {}
        self.cells: dict[tuple[int, int], list[Card]] = {}
        for c in cards:
            self.add(c)

    def add(self, card: Card) -> None:
        self.by_id[card.id] = card
        self.cells.setdefault((card.stage_id, card.lane_id), []).append(card)

    def remove(self, card: Card) -> None:
        del self.by_id[card.id]
        self.cells[(card.stage_id, card.lane_id)].remove(card)

    def of(self, key: str, item_id: int) -> list[Card]:
        """Every card in a stage (key "stage_id") or a lane ("lane_id")."""
        i = 0 if key == "stage_id" else 1
        return [c for cell, cards in self.cells.items() if cell[i] == item_id for c in cards]
