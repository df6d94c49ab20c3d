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


def test_typing_during_a_round_captures_and_digits_vote_only_on_a_card_on_screen(workshop, sample_path):
    """Issue 10, item 2: letters vanished, and the digits of "2 kids at home" gave
    2 dots to a card still selected off-screen."""
    view, messages = workshop.presentation.view, []
    workshop.message.connect(messages.append)
    key(view, Qt.Key.Key_D, CTRL)
    pain = cards_of(workshop, "pain_points")[0]
    show(workshop, pain)
    click(view, *centre(pain.rect))                          # a dot, and the card is selected
    voted = votes(workshop, pain.id)
    key(view, Qt.Key.Key_Right)                              # the room moves on: the card is gone
    stage, lane_id = workshop.capture.cell
    qtbot_keys(view, "2 kids at home")
    key(view, Qt.Key.Key_Return)
    assert "not on the screen" in " ".join(messages)
    key(view, Qt.Key.Key_Left)
    click(view, *centre(pain.rect))                          # on screen again: 1–9 vote
    key(view, Qt.Key.Key_3)
    assert "3 dots on" in messages[-1] and "left" in messages[-1]
    key(view, Qt.Key.Key_D, CTRL)
    doc = workshop.editor.doc
    workshop.leave()
    doc.close()
    with Document.open(sample_path, read_only=True) as again:
        cards = {c.id: c for c in again.journey.cards}
        assert cards[pain.id].votes == voted + 1 + 3
        typed = [c for c in again.journey.cards if c.text == "2 kids at home"]
        assert [(c.stage_id, c.lane_id) for c in typed] == [(stage, lane_id)]


def test_letters_in_a_round_start_a_capture_and_enter_commits_it(workshop):
    view = workshop.presentation.view
    count = len(workshop.editor.doc.journey.cards)
    key(view, Qt.Key.Key_D, CTRL)
    assert workshop.voting.active
    qtbot_keys(view, "Queue at the till")
    assert workshop.capture.text() == "Queue at the till"
    key(view, Qt.Key.Key_Return)
    assert len(workshop.editor.doc.journey.cards) == count + 1 and workshop.voting.active


def test_which_card_a_number_key_votes_on_is_a_plain_rule():
    from types import SimpleNamespace as C

    from editor.workshop.voting import key_vote_target
    from model.layout import Rect
    shown = Rect(0, 0, 100, 100)
    pain = C(id=1, kind="pain_points", stage_id=7, rect=Rect(10, 10, 20, 20))
    far = C(id=2, kind="opportunities", stage_id=7, rect=Rect(10, 300, 20, 20))
    action = C(id=3, kind="actions", stage_id=7, rect=Rect(10, 10, 20, 20))
    assert key_vote_target([], shown, set()) == (None, "")
    assert key_vote_target([action, pain], shown, set()) == (1, "")
    assert key_vote_target([far], shown, set())[0] is None
    assert key_vote_target([pain], shown, {7}) == (None, "The selected card is not on the screen.")
    assert key_vote_target([action], shown, set())[1].startswith("Dots go on")


def qtbot_keys(view, text: str) -> None:
    from PySide6.QtTest import QTest
    QTest.keyClicks(view.viewport(), text)
