"""The wrap-up: the most-voted cards, ranked. Pure Python (no Qt)."""
from __future__ import annotations

from dataclasses import dataclass

from model.workshop import VOTABLE


@dataclass(frozen=True)
class Ranked:
    rank: int          # ties share a rank: 1, 2, 2, 4 ("competition" ranking)
    card_id: int
    text: str
    votes: int
    stage: str
    kind: str


def top_cards(journey, n: int = 5, kinds=VOTABLE) -> list[Ranked]:
    """The `n` cards with most votes (ties at the cut are all kept, so no card
    with as many dots as a listed one is left out); ties in map order."""
    stages = {s.id: s for s in journey.stages}
    lanes = {lane.id: lane for lane in journey.lanes}
    voted = [c for c in journey.cards
             if c.votes > 0 and c.lane_id in lanes and lanes[c.lane_id].kind in kinds
             and c.stage_id in stages]
    voted.sort(key=lambda c: (-c.votes, stages[c.stage_id].position,
                              lanes[c.lane_id].position, c.position))
    out: list[Ranked] = []
    for i, card in enumerate(voted):
        rank = out[-1].rank if out and out[-1].votes == card.votes else i + 1
        if rank > n:
            break
        out.append(Ranked(rank, card.id, card.text, card.votes, stages[card.stage_id].name,
                          lanes[card.lane_id].kind))
    return out
