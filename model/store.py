"""What operations see of an open journey: its session and rows (`Store`), and
the cards by id and by cell (`CardIndex`), which the Document keeps.

Kept apart from `operations` (the operations themselves) so each stays small.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.collections import collection_adapter

from .card_index import CardIndex  # noqa: F401  (kept apart: the editor's read-only stand-in has one too)
from .entities import Card, Journey
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence


# made once: a lookup that finds its row (nearly every one) costs nothing more
STAGE_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That stage no longer exists."))
LANE_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That lane no longer exists."))
MARKER_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That emotion marker no longer exists."))
PERSONA_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That persona no longer exists."))


CHUNK = 500  # ids per DELETE or SELECT (SQLite allows 32,766 parameters; a short statement is kinder)


@dataclass
class NewCard:
    """A card about to join the map, as checked values: an operation places it among
    its cell's cards (`position`, as `renumber` sets it) and `Store.attach` writes it.
    `id` and `uuid` are set when an undo brings a card back."""
    stage_id: int
    lane_id: int
    values: dict
    id: int | None = None
    uuid: str | None = None
    position: int = 0

    def row(self, journey_id: int) -> dict:
        """Its columns; one left unset is not written, so the column's default applies."""
        row = {**self.values, "journey_id": journey_id, "stage_id": self.stage_id,
               "lane_id": self.lane_id, "position": self.position}
        for key in ("id", "uuid"):
            if getattr(self, key) is not None:
                row[key] = getattr(self, key)
        return row


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
    #
    # Cards an undo brings back (their ids known) and cards that leave are written
    # in one statement each, not as k units of work: the ORM's per-row flush was
    # most of the model's time in deleting a 200-card stage and in its undo.
    def attach(self, cards: list[NewCard]) -> list[Card]:
        """Write these cards into the map and return them as Cards, in order. New ones
        go through the ORM (they get their ids); ones an undo brings back are written
        as rows in one statement and read back in one, which skips the ORM's per-object
        bookkeeping (11 instrumented attribute sets and a unit of work a card)."""
        rows = [card.row(self.journey.id) for card in cards]
        new = [Card(**row) for row, card in zip(rows, cards) if card.id is None]
        self.session.add_all(new)
        self.session.flush()  # new cards get ids; a stage or picture they need is written
        back = [row for row, card in zip(rows, cards) if card.id is not None]
        batches: dict[tuple, list[dict]] = {}  # rows of the same columns: one executemany
        for row in back:
            batches.setdefault(tuple(row), []).append(row)
        connection = self.session.connection()
        for batch in batches.values():
            connection.execute(Card.__table__.insert(), batch)
        ids = [row["id"] for row in back]
        loaded = {c.id: c for start in range(0, len(ids), CHUNK)
                  for c in self.session.scalars(select(Card).where(Card.id.in_(ids[start:start + CHUNK])))}
        made = iter(new)
        out = [loaded[card.id] if card.id is not None else next(made) for card in cards]
        append = collection_adapter(self.journey.cards).append_without_event
        for card in out:
            append(card)
            self.index.add(card)
        return out

    def detach(self, cards: list[Card]) -> None:
        """Take these cards out of the map: one statement for their rows, one pass
        over `journey.cards` for all of them."""
        stored = []
        for card in cards:
            if not inspect(card).pending:  # else attached in this same operation, never written
                stored.append(card.id)
            self.session.expunge(card)
            self.index.remove(card)
        for start in range(0, len(stored), CHUNK):
            self.session.execute(delete(Card).where(Card.id.in_(stored[start:start + CHUNK])),
                                 execution_options={"synchronize_session": False})
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
