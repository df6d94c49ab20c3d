"""A scoring round in the workshop (issue 15 item 2): the room scores the
selected opportunity (or pain point) live, with number keys: the first digit
is its impact, the next its effort (1–5, the matrix's scales), then the next
card. Each digit is one undo step, in the file at once; the controls and the
status line say what was set and what comes next. Typing still captures: a
digit with no card selected, or a letter, starts a card as usual."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from model import lanes, scoring
from model.op import Op

from ..i18n import translate
from ..sentences import fill

LO, HI = scoring.CRITERIA["impact"].bounds  # impact and effort share the 1–5 scale


class ScoringRound(QObject):
    changed = Signal()

    def __init__(self, workshop):
        super().__init__(workshop)
        self.workshop = workshop
        self.active = False
        self.impact_given: dict[int, int] = {}  # card id -> the impact just given: the next digit is its effort

    def start(self) -> None:
        self.active, self.impact_given = True, {}
        self.changed.emit()

    def end(self) -> None:
        self.active, self.impact_given = False, {}
        self.changed.emit()

    def scorable(self, card) -> bool:
        return lanes.role_of(self.workshop.editor.doc.journey.lanes, card.lane_id) is not None

    def key(self, card_id: int, digit: int) -> str:
        """Give the card this digit (its impact, or the effort after an impact): what to say."""
        card = next((c for c in self.workshop.editor.doc.journey.cards if c.id == card_id), None)
        if card is None or not self.scorable(card):
            return translate("Workshop", "Only opportunities and pain points are scored.")
        if not LO <= digit <= HI:
            return translate("Workshop", "Impact and effort go from 1 to 5.")
        text = card.text if len(card.text) <= 40 else card.text[:39] + "…"
        if card_id in self.impact_given:
            impact = self.impact_given.pop(card_id)
            done = self.workshop.editor.run(fill(translate("Steps", "Score effort %1"), str(digit)),
                                            [Op("update_card", {"card_id": card_id, "effort": digit})])
            said = fill(translate("Workshop", "“%1”: impact %2, effort %3."), text, str(impact), str(digit))
        else:
            self.impact_given = {card_id: digit}
            done = self.workshop.editor.run(fill(translate("Steps", "Score impact %1"), str(digit)),
                                            [Op("update_card", {"card_id": card_id, "impact": digit})])
            said = fill(translate("Workshop", "“%1”: impact %2. Now its effort, 1–5."), text, str(digit))
        self.changed.emit()
        return said if done is not None else ""

    def status(self) -> str:
        if not self.active:
            return ""
        return translate("Workshop", "Scoring: select a card, then its impact and its effort, 1–5")
