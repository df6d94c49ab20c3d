"""Find text anywhere in a journey: cards, stage and lane names, marker labels,
the personas and the journey's own title and scenario.

Matching ignores case and accents ("cafe" finds "Café", "STRASSE" finds
"Straße"), as people type a search quickly in front of a room. Matches come
in reading order: the journey and its personas first, then the map column by
column (a stage's name, then its cells from the top lane down, cards in
their order, then its markers), then the lane names.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rows or entities alike: the editor's Find runs before SQLAlchemy is loaded
    from .entities import Journey

PERSONA_FIELDS = ("name", "role", "goals", "frustrations", "quote")


@dataclass(frozen=True)
class Match:
    kind: str  # "journey", "persona", "stage", "lane", "card", "marker"
    id: int
    field: str  # which text matched: "text", "name", "label", "goals", ...


def fold(text: str) -> str:
    """Case- and accent-free form of a text, for comparing only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find(journey: Journey, query: str) -> list[Match]:
    needle = fold(query.strip())
    if not needle:
        return []
    return [m for m, text in _texts(journey) if needle in fold(text)]


def _texts(journey: Journey):
    """Every searchable text of the journey, as (Match, text), in reading order."""
    for field in ("title", "scenario"):
        yield Match("journey", journey.id, field), getattr(journey, field)
    for p in journey.personas:
        for field in PERSONA_FIELDS:
            yield Match("persona", p.id, field), getattr(p, field)
    lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = sorted((c for c in journey.cards if c.lane_id in lanes),
                   key=lambda c: (lanes[c.lane_id], c.position, c.id))
    for stage in journey.stages:
        yield Match("stage", stage.id, "name"), stage.name
        for card in cards:
            if card.stage_id == stage.id:
                yield Match("card", card.id, "text"), card.text
        for marker in sorted(journey.markers, key=lambda m: (m.offset, m.id)):
            if marker.stage_id == stage.id:
                yield Match("marker", marker.id, "label"), marker.label
    for lane in journey.lanes:
        yield Match("lane", lane.id, "name"), lane.name
