"""What a gesture that moves rows makes the layout and the scene do, counted
rather than timed (issue 18: every gesture within a frame). A card dropped so
that its row grows moves every row below; the cards there keep their look and
their place in their cell, so the scene moves one item a cell (`CellItem`) and
the layout makes no box for them until someone reads one (`stacks.Shifted`)."""
import importlib

import pytest

from canvas import items as items_module
from model import layout as layout_module
from model.layout import layout
from model.operations import Op

from .helpers import centre, click, drag


@pytest.fixture
def counted(monkeypatch):
    """Calls of CardItem.setPos, CellItem.setPos and CardBox, from the gesture on."""
    counts = {"card moves": 0, "cell moves": 0, "boxes made": 0}

    def counting(cls, name, key):
        real = getattr(cls, name)

        def wrapper(*args, **kwargs):
            counts[key] += 1
            return real(*args, **kwargs)
        monkeypatch.setattr(cls, name, wrapper)
    counting(items_module.CardItem, "setPos", "card moves")
    if hasattr(items_module, "CellItem"):  # (the old code has no cell items: its cards move one by one)
        counting(items_module.CellItem, "setPos", "cell moves")
    try:  # where card boxes are made (the old code made them in model.layout)
        boxes = importlib.import_module("model.stacks")
    except ImportError:
        boxes = layout_module
    counting(boxes, "CardBox", "boxes made")
    return counts


def fill_the_rows_below(editor, per_cell: int = 4):
    """A few more cards in every card cell below the top row (the sample has one or two)."""
    lay = editor.lay
    cards = [{"stage_id": s.id, "lane_id": lane.id, "text": f"note {n} of {s.id}-{lane.id}"}
             for lane in lay.lanes[1:] if lane.kind != "emotions" for s in lay.stages for n in range(per_cell)]
    editor.run("Fill", [Op("add_cards", {"cards": cards})])


def grow_the_top_row(editor):
    """Drag the longest card of the bottom card row into the tallest cell of the top
    row, with the mouse: that row grows, and every row below it moves down."""
    lay = editor.lay
    top = lay.lanes[0].id
    bottom = [lane for lane in lay.lanes if lane.kind != "emotions"][-1].id
    tallest = max((cell for cell in lay.cell_cards if cell[1] == top),
                  key=lambda cell: lay.cell_cards[cell][-1].rect.bottom)
    card = max((c for c in lay.cards if c.lane_id == bottom and c.stage_id != tallest[0]),
               key=lambda c: c.rect.h)
    target = lay.cells[tallest]
    drag(editor.view, centre(card.rect), (target.x + 40, target.bottom - 4))
    return card, tallest


def test_a_row_that_grows_moves_the_rows_below_as_cells_not_cards(map_editor, counted):
    editor = map_editor
    fill_the_rows_below(editor)
    before = editor.lay
    row_h = before.lanes[0].row.h
    for key in counted:
        counted[key] = 0
    card, target = grow_the_top_row(editor)
    counts = dict(counted)  # what the gesture did (reading the layout below makes boxes)
    lay = editor.lay
    assert lay.card_by_id[card.id].stage_id == target[0]  # the drop happened
    assert lay.lanes[0].row.h > row_h                        # and its row grew
    below = [c for c in lay.cards if c.lane_id != target[1] and c.id != card.id
             and (c.stage_id, c.lane_id) != (card.stage_id, card.lane_id)]
    moved_cells = {(c.stage_id, c.lane_id) for c in below}
    assert len(below) > 3 * len(moved_cells) / 2, "the sample map was meant to have full cells"
    touched = len(lay.cell_cards[target]) + len(before.cell_cards[(card.stage_id, card.lane_id)])
    # the dragged card follows the pointer (8 steps) and is put back; then the cards of
    # the two cells the drop changed, each once; none of the rows below, one by one
    assert counts["card moves"] <= 9 + touched, counts
    assert counts["cell moves"] <= len([cell for cell in before.cell_cards if cell[1] != target[1]]), counts
    assert counts["boxes made"] <= touched, counts
    # and every item stands exactly on its box, the layout as a fresh one
    for c in lay.cards:
        pos = editor.scene.cards[c.id].scenePos()
        assert (pos.x(), pos.y()) == (c.rect.x, c.rect.y)
    assert lay == layout(editor.doc.journey, editor.theme)


def test_a_moved_cells_boxes_are_made_when_read_and_match_a_fresh_layout(map_editor):
    editor = map_editor
    fill_the_rows_below(editor)
    grow_the_top_row(editor)
    lay = editor.lay
    shifted = [cell for cell, stack in lay.cell_cards.items() if isinstance(stack, layout_module.Shifted)]
    assert shifted, "the rows below were meant to move as whole cells"
    fresh = layout(editor.doc.journey, editor.theme)
    for cell in shifted:
        assert list(lay.cell_cards[cell]) == fresh.cell_cards[cell]
        for box in fresh.cell_cards[cell]:
            assert lay.card_by_id[box.id] == box
            hit = editor.scene.hit(box.rect.x + 2, box.rect.y + 2)  # hit tests read the moved boxes
            assert (hit.kind, hit.id) == ("card", box.id)
    # undone, the row shrinks back and the cards stand where they stood
    editor.stack.undo()
    assert editor.lay == layout(editor.doc.journey, editor.theme)
    for c in editor.lay.cards:
        pos = editor.scene.cards[c.id].scenePos()
        assert (pos.x(), pos.y()) == (c.rect.x, c.rect.y)


def test_a_click_selecting_a_card_asks_no_other_card(map_editor, monkeypatch):
    """Selecting a card (a click: the drag tool's press and release, the panels asking
    what is selected) asks Qt's set of selected items, not every card's item; and it
    puts back only the item the tool could have moved."""
    editor = map_editor
    fill_the_rows_below(editor)
    asked = []
    real = items_module.CardItem.isSelected
    monkeypatch.setattr(items_module.CardItem, "isSelected", lambda item: asked.append(item.id) or real(item))
    moved = []
    real_pos = items_module.CardItem.setPos
    monkeypatch.setattr(items_module.CardItem, "setPos", lambda item, *a: moved.append(item.id) or real_pos(item, *a))
    card = editor.lay.cards[len(editor.lay.cards) // 2]
    click(editor.view, card.rect.x + 12, card.rect.y + 8)
    assert editor.scene.selected("card") == [card.id]
    assert len(set(asked)) <= 3, f"{len(set(asked))} card items asked whether they are selected"
    assert set(moved) <= {card.id}
