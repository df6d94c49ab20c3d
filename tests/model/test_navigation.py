"""Arrow-key navigation as a pure rule on the layout (no QApplication): reading
order within a cell, the neighbouring lane or stage, empty cells, the edges."""
import pytest

from model import navigation as nav
from model.layout import layout


@pytest.fixture
def lay(sample_doc):
    return layout(sample_doc.journey)


def cell(lay, stage: int, lane: int) -> tuple[int, int]:
    return lay.stages[stage].id, lay.lanes[lane].id


def cards(lay, stage: int, lane: int) -> list[int]:
    return [c.id for c in lay.cell_cards.get(cell(lay, stage, lane), [])]


def card(i):
    return ("card", i)


def test_down_walks_a_cell_in_reading_order_then_the_lane_below(lay):
    first, second = cards(lay, 0, 0)
    assert nav.step(lay, card(first), nav.DOWN) == card(second)
    assert nav.step(lay, card(second), nav.DOWN) == card(cards(lay, 0, 1)[0])


def test_up_lands_on_the_last_card_of_the_lane_above(lay):
    assert nav.step(lay, card(cards(lay, 0, 2)[0]), nav.UP) == card(cards(lay, 0, 1)[-1])
    assert nav.step(lay, card(cards(lay, 0, 1)[1]), nav.UP) == card(cards(lay, 0, 1)[0])


def test_the_emotions_lane_is_stepped_over(lay):
    assert lay.lanes[3].kind == "emotions"
    assert nav.step(lay, card(cards(lay, 3, 2)[0]), nav.DOWN) == card(cards(lay, 3, 4)[0])
    assert nav.step(lay, card(cards(lay, 3, 4)[0]), nav.UP) == card(cards(lay, 3, 2)[-1])


def test_left_and_right_keep_the_level_in_the_next_stage(lay):
    first, second = cards(lay, 0, 0)
    assert nav.step(lay, card(second), nav.RIGHT) == card(cards(lay, 1, 0)[1])
    assert nav.step(lay, card(first), nav.RIGHT) == card(cards(lay, 1, 0)[0])
    # a stage with one card in that lane: that card, whatever the level
    assert nav.step(lay, card(cards(lay, 1, 0)[1]), nav.RIGHT) == card(cards(lay, 2, 0)[0])
    assert nav.step(lay, card(cards(lay, 2, 0)[0]), nav.LEFT) == card(cards(lay, 1, 0)[0])


def test_an_empty_cell_is_a_place_and_down_enters_a_cell(lay):
    assert cards(lay, 0, 4) == [] and cards(lay, 0, 5) == []
    empty = ("cell", cell(lay, 0, 4))
    assert nav.step(lay, card(cards(lay, 0, 2)[0]), nav.DOWN) == empty
    assert nav.step(lay, empty, nav.DOWN) == ("cell", cell(lay, 0, 5))
    assert nav.step(lay, empty, nav.RIGHT) == card(cards(lay, 1, 4)[0])
    assert nav.step(lay, empty, nav.UP) == card(cards(lay, 0, 2)[-1])
    # a cell with cards (a right-clicked target): down goes to its first card
    assert nav.step(lay, ("cell", cell(lay, 1, 0)), nav.DOWN) == card(cards(lay, 1, 0)[0])


def test_from_an_emotions_cell_up_and_down_reach_the_card_lanes(lay):
    emotions = ("cell", cell(lay, 2, 3))
    assert nav.step(lay, emotions, nav.UP) == card(cards(lay, 2, 2)[-1])
    assert nav.step(lay, emotions, nav.DOWN) == ("cell", cell(lay, 2, 4))


def test_the_edges_of_the_map_go_nowhere(lay):
    top_left = cards(lay, 0, 0)[0]
    assert nav.step(lay, card(top_left), nav.UP) is None
    assert nav.step(lay, card(top_left), nav.LEFT) is None
    assert nav.step(lay, card(cards(lay, 5, 9)[-1]), nav.DOWN) is None
    assert nav.step(lay, card(cards(lay, 5, 9)[-1]), nav.RIGHT) is None
    assert nav.step(lay, card(10 ** 9), nav.DOWN) is None  # a card that is gone
    assert nav.step(lay, ("cell", (10 ** 9, 1)), nav.DOWN) is None


def test_start_is_the_cell_nearest_a_point(lay):
    assert nav.start(lay) == card(cards(lay, 0, 0)[0])
    empty = lay.cells[cell(lay, 0, 5)]
    assert nav.start(lay, (empty.x + 5, empty.y + 5)) == ("cell", cell(lay, 0, 5))
    above_stage_3 = (lay.stages[3].column.x + 10, -100.0)
    assert nav.start(lay, above_stage_3) == card(cards(lay, 3, 0)[0])
