"""Dot voting: a round in which the room spends a budget of dots on pain
points and opportunities.

Votes live on the cards (`card.votes`), each click one undo step, so a vote is
in the file at once, exports show it and undo takes it back. The round keeps
only its budget and each card's votes when it began: the dots spent are
*derived* from the cards, so an undo refunds a dot with no bookkeeping.
The rules (budget, dots left, which cards take dots) are `model/workshop.py`.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from model import workshop as rules
from model.layout import Rect
from model.operations import Op
from ..i18n import translate
from ..sentences import Facilitator, Steps, fill, local


def seen(rect: Rect, shown: Rect) -> bool:
    """The room can see a card: its middle is on the projector's screen."""
    x, y = rect.x + rect.w / 2, rect.y + rect.h / 2
    return shown.x <= x <= shown.x + shown.w and shown.y <= y <= shown.y + shown.h


def seen_by_room(card, shown: Rect, dimmed: set) -> bool:
    """Whether the room can see this card box: on screen, in a stage not dimmed."""
    return card.stage_id not in dimmed and seen(card.rect, shown)


def key_vote_target(selected: list, shown: Rect, dimmed: set) -> tuple:
    """(card id, "") for the card a number key votes on: the last selected card, if the
    room can see it (on screen, in a stage not dimmed) and it takes dots; else
    (None, why not), why being "" when no card is selected. Pure: no Qt."""
    visible = {c.id for c in selected if seen_by_room(c, shown, dimmed)}
    return rules.vote_target(selected, visible)


class VotingRound(QObject):
    changed = Signal()

    def __init__(self, workshop):
        super().__init__(workshop)
        self.workshop = workshop
        self.active = False
        self.dots_each = rules.DOTS_EACH
        self.people = rules.PEOPLE
        self.baseline: dict[int, int] = {}

    @property
    def journey(self):
        return self.workshop.editor.doc.journey

    @property
    def budget(self) -> int:
        return rules.budget(self.dots_each, self.people)

    def start(self, dots_each: int | None = None, people: int | None = None) -> None:
        self.dots_each = rules.round_setting(dots_each, self.dots_each)
        self.people = rules.round_setting(people, self.people)
        self.baseline = {c.id: c.votes for c in self.journey.cards}
        self.active = True
        self.changed.emit()

    def end(self) -> None:
        self.active = False
        self.changed.emit()

    def spent(self) -> int:
        return rules.dots_spent(self.journey.cards, self.baseline)

    def left(self) -> int:
        return rules.dots_left(self.budget, self.journey.cards, self.baseline)

    def votable(self, card) -> bool:
        return rules.takes_dots(card, self.journey.lanes)

    def card(self, card_id: int):
        return next((c for c in self.journey.cards if c.id == card_id), None)

    def vote(self, card_id: int, dots: int = 1) -> bool:
        """Add up to `dots` votes to a card, as far as the round's budget goes."""
        card = self.card(card_id)
        if not self.active or card is None:
            return False
        dots, why = rules.dots_to_give(card, dots, self.journey.lanes, self.left(), self.budget)
        if why:
            self.workshop.notify(local(why))
            return False
        step = (translate("Steps", "Add vote") if dots == 1
                else Steps.tr("Add %n vote(s)", None, dots))
        return self._set(card, card.votes + dots, step)

    def unvote(self, card_id: int) -> bool:
        """Take back one dot given in this round (earlier rounds' dots stay)."""
        card = self.card(card_id)
        if not self.active or card is None or not rules.can_take_back(card, self.baseline):
            return False
        return self._set(card, card.votes - 1, translate("Steps", "Remove vote"))

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
        return fill(Facilitator.tr("%n dot(s) on “%1” · %2 of %3 left", None, given),
                    text,
                    str(self.left()), str(self.budget))

    def status(self) -> str:
        if not self.active:
            return ""
        return fill(translate("Workshop", "%1 of %2 dots left · %3 each × %4 people"),
                    *(str(n) for n in (self.left(), self.budget, self.dots_each, self.people)))
