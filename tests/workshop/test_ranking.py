"""The wrap-up: the most-voted cards, ranked; ties share a rank."""
from PySide6.QtCore import Qt

from editor.workshop.ranking import top_cards
from model.operations import Op

from .helpers import CTRL, key


def set_votes(ws, values: dict) -> None:
    ws.editor.run("Votes", [Op("update_card", {"card_id": i, "votes": v}) for i, v in values.items()])


def votable(ws):
    kinds = {l.id: l.kind for l in ws.lay.lanes}
    return [c for c in ws.lay.cards if kinds[c.lane_id] in ("pain_points", "opportunities")]


def test_top_n_ranks_by_votes_with_shared_ranks(workshop):
    cards = votable(workshop)
    set_votes(workshop, {c.id: 0 for c in cards})
    a, b, c, d = cards[:4]
    set_votes(workshop, {a.id: 2, b.id: 7, c.id: 2, d.id: 1})
    ranked = top_cards(workshop.editor.doc.journey, 3)
    assert [(r.rank, r.card_id, r.votes) for r in ranked] == [(1, b.id, 7), (2, a.id, 2), (2, c.id, 2)]
    ranked = top_cards(workshop.editor.doc.journey, 2)        # a tie at the cut keeps both
    assert [r.card_id for r in ranked] == [b.id, a.id, c.id]
    assert [r.card_id for r in top_cards(workshop.editor.doc.journey, 1)] == [b.id]
    # a voted card that is not a pain point or opportunity is not in the list
    action = next(x for x in workshop.lay.cards if x not in cards)
    set_votes(workshop, {action.id: 50})
    assert action.id not in [r.card_id for r in top_cards(workshop.editor.doc.journey, 10)]


def test_ctrl_r_shows_the_board_and_esc_hides_it(workshop):
    cards = votable(workshop)
    set_votes(workshop, {cards[0].id: 9})
    view, board = workshop.presentation.view, workshop.presentation.board
    key(view, Qt.Key.Key_R, CTRL)
    assert board.isVisible() and "Top 5" in board.title.text()
    first_row = [board.rows.itemAtPosition(0, col).widget().text() for col in range(3)]
    assert first_row[0] == "1" and first_row[1] == " ".join(cards[0].text.lines) and first_row[2].endswith("9")
    key(view, Qt.Key.Key_Escape)
    assert not board.isVisible() and workshop.active()
