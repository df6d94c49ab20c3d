"""Change records: what one undo step changed, and which part of the program asked.

Every model operation says which ids of which kinds it changed; `Changes` is
that answer, typed, like Anki's `OpChanges`. The editor merges the records of
one step (several operations, or an undo) into one and hands it to every view:
the canvas re-lays out and reconciles only what it names, a panel reloads only
when its kind changed, and a view may ignore a change it made itself (`origin`).

`axes` means stages or lanes were added, removed, moved or resized: every cell
may have moved, so views that place things start afresh. `everything` means the
model was read again (a refused operation, a reload): nothing can be assumed.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

# the kinds operations name (their `changed` keys), and the field of `Changes` each fills
KINDS = {"journey": "journey", "persona": "personas", "stage": "stages", "lane": "lanes",
         "card": "cards", "marker": "markers", "asset": "assets",
         "link": "links", "action_item": "action_items", "metric": "metric_defs", "metric_value": "metric_values"}

_EMPTY: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Changes:
    origin: str = "editor"         # "editor", "panel", "workshop", "undo", "model" (a reload)...
    journey: bool = False          # the title or the scenario
    personas: frozenset[int] = _EMPTY
    stages: frozenset[int] = _EMPTY
    lanes: frozenset[int] = _EMPTY
    cards: frozenset[int] = _EMPTY
    markers: frozenset[int] = _EMPTY
    assets: frozenset[int] = _EMPTY
    links: frozenset[int] = _EMPTY     # an opportunity's links to the pain points it addresses
    action_items: frozenset[int] = _EMPTY  # action items under a card
    metric_defs: frozenset[int] = _EMPTY      # metrics themselves (name, kind, baseline, target...)
    metric_values: frozenset[int] = _EMPTY
    axes: bool = False             # stages or lanes added, removed, reordered or resized
    everything: bool = False       # reloaded: any part of the map may differ

    @classmethod
    def of(cls, changed: dict, origin: str = "editor") -> "Changes":
        """The record of one operation's `changed` dict (kind -> ids). A kind this
        module does not know makes the record `everything`, so no view misses it."""
        values: dict = {"origin": origin}
        for kind, ids in changed.items():
            name = KINDS.get(kind)
            if name is None:
                values["everything"] = True
            elif name == "journey":
                values["journey"] = True
            else:
                values[name] = frozenset(ids)
        values["axes"] = bool(values.get("stages") or values.get("lanes"))
        return cls(**values)

    @classmethod
    def reloaded(cls, origin: str = "model") -> "Changes":
        return cls(origin=origin, journey=True, axes=True, everything=True)

    def merged(self, other: "Changes") -> "Changes":
        """One record for two in a row (a step of several operations, an undo of
        it); the first one's origin is the step's."""
        values = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = a if f.name == "origin" else (a | b)
        return Changes(**values)

    def touches(self, *kinds: str) -> bool:
        """True when any of these kinds ("card", "persona", ...) changed, or anything may have."""
        if self.everything:
            return True
        for kind in kinds:
            value = getattr(self, KINDS[kind])
            if value:
                return True
        return False

    def ids(self, kind: str) -> frozenset[int]:
        value = getattr(self, KINDS[kind])
        return value if isinstance(value, frozenset) else _EMPTY

    def __bool__(self) -> bool:
        return self.everything or self.axes or self.journey or any(
            getattr(self, name) for name in KINDS.values() if name != "journey")
