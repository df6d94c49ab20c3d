"""What operations see of an open journey: its session and rows (`Store`), and
the cards by id and by cell (`CardIndex`), which the Document keeps.

Kept apart from `operations` (the operations themselves) so each stays small.
"""
from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.collections import collection_adapter

from .entities import Card, Journey
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence


# made once: a lookup that finds its row (nearly every one) costs nothing more
STAGE_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That stage no longer exists."))
LANE_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That lane no longer exists."))
MARKER_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That emotion marker no longer exists."))
PERSONA_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That persona no longer exists."))


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


class Store:
    """The open journey and its session, as operations see them."""

    def __init__(self, session: Session, journey: Journey, index: CardIndex):
        self.session = session
        self.journey = journey
        self.index = index

    def find(self, items, item_id: int, gone: Sentence):
        """The item of that id; else refused with `gone` ("That stage no longer exists.")."""
        for item in items:
            if item.id == item_id:
                return item
        raise JourneyError(gone)

    def stage(self, stage_id):
        return self.find(self.journey.stages, stage_id, STAGE_GONE)

    def lane(self, lane_id):
        return self.find(self.journey.lanes, lane_id, LANE_GONE)

    def card(self, card_id) -> Card:
        try:
            return self.index.by_id[card_id]
        except (KeyError, TypeError):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That card no longer exists."))) from None

    def marker(self, marker_id):
        return self.find(self.journey.markers, marker_id, MARKER_GONE)

    def persona(self, persona_id):
        return self.find(self.journey.personas, persona_id, PERSONA_GONE)

    def cell(self, stage_id: int, lane_id: int) -> list[Card]:
        return sorted(self.index.cells.get((stage_id, lane_id), ()), key=lambda c: (c.position, c.id))

    # A card joins or leaves the map through the session, with its foreign key
    # set, and `journey.cards` is kept in step without collection events: an
    # event makes SQLAlchemy copy the whole list to track its history, once per
    # flush, so restoring k cards into a map of n cost k·n (33 s for the undo of
    # a 200-card stage at 20,000 cards). The session alone decides what is
    # written; the list is only the in-memory view of the map's cards.
    def attach(self, card: Card) -> None:
        card.journey_id = self.journey.id
        self.session.add(card)
        if card.id is None:
            self.session.flush()  # a new card gets its id (undo brings its old one)
        collection_adapter(self.journey.cards).append_without_event(card)
        self.index.add(card)

    def detach(self, cards: list[Card]) -> None:
        """Take these cards out of the map: one pass over `journey.cards` for all of
        them (removing one at a time searched the whole list per card)."""
        for card in cards:
            if inspect(card).pending:  # attached in this same operation, never written
                self.session.expunge(card)
            else:
                self.session.delete(card)
            self.index.remove(card)
        gone = {id(card) for card in cards}
        if gone:
            # list's own slice assignment on the instrumented list: no collection event
            # (see above); the session already knows the rows go
            listed = self.journey.cards
            list.__setitem__(listed, slice(None), [c for c in listed if id(c) not in gone])

    def relocate(self, card: Card, stage_id: int, lane_id: int) -> None:
        if (card.stage_id, card.lane_id) != (stage_id, lane_id):
            self.index.remove(card)
            card.stage_id, card.lane_id = stage_id, lane_id
            self.index.add(card)
