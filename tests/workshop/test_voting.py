"""Dot voting: clicks and number keys, a budget per round, undo refunds, saved."""
from PySide6.QtCore import Qt

from model.document import Document

from ..canvas.helpers import centre, click
from .helpers import CTRL, SHIFT, key, lane


def cards_of(ws, kind: str):
    lane_id = lane(ws.lay, kind).id
    return [c for c in ws.lay.cards if c.lane_id == lane_id]


def show(ws, card) -> None:
    ws.spotlight(card.stage_id, animate=False)


def votes(ws, card_id: int) -> int:
    return next(c.votes for c in ws.editor.doc.journey.cards if c.id == card_id)


def test_clicks_add_dots_within_the_rounds_budget(workshop, sample_path):
    view, messages = workshop.presentation.view, []
    workshop.message.connect(messages.append)
    key(view, Qt.Key.Key_D, CTRL)
    workshop.voting.end()
    workshop.voting.start(dots_each=2, people=2)            # 4 dots in this round
    pain = cards_of(workshop, "pain_points")[0]
    start = votes(workshop, pain.id)
    show(workshop, pain)
    click(view, *centre(pain.rect))
    click(view, *centre(pain.rect))
    assert votes(workshop, pain.id) == start + 2 and workshop.voting.left() == 2
    key(view, Qt.Key.Key_5)                                   # on the selected card: capped at 2
    assert votes(workshop, pain.id) == start + 4 and workshop.voting.left() == 0
    click(view, *centre(pain.rect))
    assert votes(workshop, pain.id) == start + 4 and "No dots left" in messages[-1]
    assert "0 of 4 dots left" in workshop.presentation.dots.text()
    key(view, Qt.Key.Key_Z, CTRL)                             # undo refunds a dot
    assert votes(workshop, pain.id) == start + 2 and workshop.voting.left() == 2
    doc = workshop.editor.doc
    workshop.leave()
    doc.close()
    with Document.open(sample_path) as again:
        assert next(c.votes for c in again.journey.cards if c.id == pain.id) == start + 2


def test_only_pain_points_and_opportunities_take_dots(workshop):
    view, messages = workshop.presentation.view, []
    workshop.message.connect(messages.append)
    workshop.voting.start()
    action = cards_of(workshop, "actions")[0]
    show(workshop, action)
    before = votes(workshop, action.id)
    click(view, *centre(action.rect))
    assert votes(workshop, action.id) == before and "pain points and opportunities" in messages[-1]
    opportunity = cards_of(workshop, "opportunities")[0]
    show(workshop, opportunity)
    click(view, *centre(opportunity.rect))
    assert votes(workshop, opportunity.id) == opportunity.votes + 1


def test_shift_click_and_minus_take_back_only_this_rounds_dots(workshop):
    view = workshop.presentation.view
    voted = next(c for c in cards_of(workshop, "pain_points") if c.votes > 0)  # earlier dots
    workshop.voting.start()
    show(workshop, voted)
    click(view, *centre(voted.rect))
    assert votes(workshop, voted.id) == voted.votes + 1
    click(view, *centre(voted.rect), SHIFT)
    assert votes(workshop, voted.id) == voted.votes
    key(view, Qt.Key.Key_Minus)                               # earlier rounds' dots stay
    assert votes(workshop, voted.id) == voted.votes


def test_typing_is_not_capture_during_a_round(workshop, qtbot):
    view = workshop.presentation.view
    count = len(workshop.editor.doc.journey.cards)
    key(view, Qt.Key.Key_D, CTRL)
    assert workshop.voting.active
    qtbot.keyClicks(view.viewport(), "3")
    key(view, Qt.Key.Key_Return)
    assert workshop.capture.draft is None and len(workshop.editor.doc.journey.cards) == count
    key(view, Qt.Key.Key_D, CTRL)
    assert not workshop.voting.active
