"""Dot voting: a round in which the room spends a budget of dots on pain
points and opportunities.

Votes live on the cards (`card.votes`), each click one undo step, so a vote is
in the file at once, exports show it and undo takes it back. The round keeps
only its budget and each card's votes when it began: the dots spent are
*derived* from the cards, so an undo refunds a dot with no bookkeeping.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from model.layout import Rect
from model.operations import Op

from .ranking import VOTABLE


def seen(rect: Rect, shown: Rect) -> bool:
    """The room can see a card: its middle is on the projector's screen."""
    x, y = rect.x + rect.w / 2, rect.y + rect.h / 2
    return shown.x <= x <= shown.x + shown.w and shown.y <= y <= shown.y + shown.h


def key_vote_target(selected: list, shown: Rect, dimmed: set) -> tuple:
    """(card id, "") for the card a number key votes on: the last selected card, if the
    room can see it (on screen, in a stage not dimmed) and it takes dots; else
    (None, why not), why being "" when no card is selected. Pure: no Qt."""
    if not selected:
        return None, ""
    card = selected[-1]
    if card.kind not in VOTABLE:
        return None, "Dots go on pain points and opportunities."
    if card.stage_id in dimmed or not seen(card.rect, shown):
        return None, "The selected card is not on the screen."
    return card.id, ""


class VotingRound(QObject):
    changed = Signal()

    def __init__(self, workshop):
        super().__init__(workshop)
        self.workshop = workshop
        self.active = False
        self.dots_each = 3
        self.people = 8
        self.baseline: dict[int, int] = {}

    @property
    def journey(self):
        return self.workshop.editor.doc.journey

    @property
    def budget(self) -> int:
        return self.dots_each * self.people

    def start(self, dots_each: int | None = None, people: int | None = None) -> None:
        self.dots_each = max(1, dots_each or self.dots_each)
        self.people = max(1, people or self.people)
        self.baseline = {c.id: c.votes for c in self.journey.cards}
        self.active = True
        self.changed.emit()

    def end(self) -> None:
        self.active = False
        self.changed.emit()

    def spent(self) -> int:
        return sum(max(0, c.votes - self.baseline.get(c.id, 0)) for c in self.journey.cards)

    def left(self) -> int:
        return max(0, self.budget - self.spent())

    def votable(self, card) -> bool:
        return any(lane.id == card.lane_id and lane.kind in VOTABLE for lane in self.journey.lanes)

    def card(self, card_id: int):
        return next((c for c in self.journey.cards if c.id == card_id), None)

    def vote(self, card_id: int, dots: int = 1) -> bool:
        """Add up to `dots` votes to a card, as far as the round's budget goes."""
        card = self.card(card_id)
        if not self.active or card is None:
            return False
        if not self.votable(card):
            self.workshop.notify("Dots go on pain points and opportunities.")
            return False
        dots = min(dots, self.left())
        if dots <= 0:
            self.workshop.notify(f"No dots left in this round ({self.budget} spent).")
            return False
        word = "vote" if dots == 1 else f"{dots} votes"
        return self._set(card, card.votes + dots, f"Add {word}")

    def unvote(self, card_id: int) -> bool:
        """Take back one dot given in this round (earlier rounds' dots stay)."""
        card = self.card(card_id)
        if not self.active or card is None or card.votes <= self.baseline.get(card.id, 0):
            return False
        return self._set(card, card.votes - 1, "Remove vote")

    def _set(self, card, votes: int, name: str) -> bool:
        op = Op("update_card", {"card_id": card.id, "votes": votes})
        done = self.workshop.editor.run(name, [op]) is not None
        self.changed.emit()
        return done

    def dots_said(self, card_id: int, before: int) -> str:
        """What a number key did, for the room: how many dots on which card, how many left."""
        card = self.card(card_id)
        given = card.votes - before
        text = card.text if len(card.text) <= 40 else card.text[:39] + "…"
        word = "1 dot" if given == 1 else f"{given} dots"
        return f"{word} on “{text}” · {self.left()} of {self.budget} left"

    def status(self) -> str:
        if not self.active:
            return ""
        return f"{self.left()} of {self.budget} dots left · {self.dots_each} each × {self.people} people"
