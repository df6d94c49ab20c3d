"""The ranked backlog: the map's opportunities by score (best first, then the
unscored ones in map order), each with the pain points it addresses and its
action items. What the side panel lists, the tracker exports write and the
printed plan shows: computed here once, from the map, never stored.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import lanes, scoring

KINDS = lanes.with_role(lanes.OPPORTUNITY_ROLE)


@dataclass
class Entry:
    rank: int | None          # None: not scored under the map's model
    score: float | None
    card: object              # the opportunity card
    stage: str                # its stage's name
    addresses: list = field(default_factory=list)  # the pain point cards it is linked to
    items: list = field(default_factory=list)      # its action items, in order


def backlog(journey, kinds: tuple[str, ...] = KINDS) -> list[Entry]:
    lane_kind = {lane.id: lane.kind for lane in journey.lanes}
    stage_order = {s.id: i for i, s in enumerate(journey.stages)}
    stage_name = {s.id: s.name for s in journey.stages}
    lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = sorted((c for c in journey.cards if lane_kind.get(c.lane_id) in kinds),
                   key=lambda c: (stage_order.get(c.stage_id, 0), lane_order.get(c.lane_id, 0), c.position, c.id))
    by_id = {c.id: c for c in journey.cards}
    addresses: dict[int, list] = {}
    for link in journey.links:
        if link.pain_point_id in by_id:
            addresses.setdefault(link.opportunity_id, []).append(by_id[link.pain_point_id])
    items: dict[int, list] = {}
    for item in sorted(journey.action_items, key=lambda a: (a.position, a.id)):
        items.setdefault(item.card_id, []).append(item)
    ranked = scoring.ranked(cards, journey.scoring)
    scored = {c.id for _, c, _ in ranked}
    entries = [(rank, score, c) for rank, c, score in ranked] + \
              [(None, None, c) for c in cards if c.id not in scored]
    return [Entry(rank, score, c, stage_name.get(c.stage_id, ""), addresses.get(c.id, []), items.get(c.id, []))
            for rank, score, c in entries]


def addressed_by(journey) -> dict[int, int]:
    """Pain point card id -> how many opportunities address it ("addressed by 2")."""
    counts: dict[int, int] = {}
    for link in journey.links:
        counts[link.pain_point_id] = counts.get(link.pain_point_id, 0) + 1
    return counts
