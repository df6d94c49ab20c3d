"""Deleting a stage, as a person does it (click its header, press Delete), and
undoing it re-stack only that stage's cells: every other cell's cards keep
their wrapped text and their items their pictures, and only move (issue 18:
a stage deleted or brought back laid out and compared the whole map again)."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import model.layout as layout_module
from canvas.items import CardItem
from model.layout import layout
from model.operations import Op


@pytest.fixture
def counted(monkeypatch):
    calls = {"stacked": 0, "compared": 0}
    stack, look = layout_module._stack_cards, CardItem.same_look

    def stacked(*args, **kwargs):
        calls["stacked"] += 1
        return stack(*args, **kwargs)

    def compared(item, old, new):
        calls["compared"] += 1
        return look(item, old, new)
    monkeypatch.setattr(layout_module, "_stack_cards", stacked)
    monkeypatch.setattr(CardItem, "same_look", compared)
    return calls


def test_deleting_the_first_stage_and_undoing_it_restack_only_its_cells(window, counted):
    editor, view = window.editor, window.editor.view
    first = editor.lay.stages[0]
    held = [c.id for c in editor.lay.cards if c.stage_id == first.id]
    others = [c.id for c in editor.lay.cards if c.stage_id != first.id]
    assert held and others
    header = view.mapFromScene(first.header.x + first.header.w / 2, first.header.y + first.header.h / 2)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, header)
    assert editor.scene.selected("stage") == [first.id]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert first.id not in [s.id for s in editor.lay.stages]
    assert counted == {"stacked": 0, "compared": 0}  # every other cell only moved left
    assert editor.lay == layout(editor.doc.journey, editor.theme)
    assert set(editor.scene.cards) == set(others)
    for card_id in others:  # the items stand on their new boxes
        box, item = editor.lay.card_by_id[card_id].rect, editor.scene.cards[card_id]
        assert (item.scenePos().x(), item.scenePos().y()) == (box.x, box.y)
    counted.update(stacked=0, compared=0)  # the fresh layout above stacked every cell
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.lay.stages[0].id == first.id
    lanes = {c.lane_id for c in editor.lay.cards if c.stage_id == first.id}
    assert counted["stacked"] <= len(editor.lay.lanes) and counted["stacked"] >= len(lanes)
    assert counted["compared"] == 0  # brought back: new items; the rest moved right again
    assert set(editor.scene.cards) == set(held) | set(others)
    assert editor.lay == layout(editor.doc.journey, editor.theme)


def test_undoing_a_stage_delete_brings_back_its_items_with_their_pictures(window, monkeypatch):
    """The stage's card items wait, parked, for the step after the delete: Ctrl+Z makes
    none again and paints none of them afresh (they keep their cached pixels)."""
    editor, view = window.editor, window.editor.view
    first = editor.lay.stages[0]
    held = [c.id for c in editor.lay.cards if c.stage_id == first.id]
    view.viewport().repaint()  # every card on screen has its picture
    items = {i: editor.scene.cards[i] for i in held}
    made, painted = [], []
    real_init, real_paint = CardItem.__init__, CardItem.paint
    monkeypatch.setattr(CardItem, "__init__", lambda item, box, *a: made.append(box.id) or real_init(item, box, *a))
    monkeypatch.setattr(CardItem, "paint", lambda item, *a: painted.append(item.id) or real_paint(item, *a))
    header = view.mapFromScene(first.header.x + first.header.w / 2, first.header.y + first.header.h / 2)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, header)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    view.viewport().repaint()
    assert first.id not in [s.id for s in editor.lay.stages]
    assert not set(held) & set(editor.scene.cards)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in items.values():  # gone from the scene, or out of sight and reach; not selected
        assert not item.isSelected()
        assert item.scene() is None or not item.sceneBoundingRect().intersects(editor.scene.sceneRect())
        assert item.scene() is None or not item.sceneBoundingRect().intersects(shown)
    painted.clear()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view.viewport().repaint()
    assert editor.lay.stages[0].id == first.id
    assert made == []
    assert all(editor.scene.cards[i] is items[i] for i in held)
    assert not set(painted) & set(held), "brought back: the same pictures, none painted again"
    for card_id in held:
        box, item = editor.lay.card_by_id[card_id].rect, editor.scene.cards[card_id]
        assert (item.scenePos().x(), item.scenePos().y()) == (box.x, box.y)
    # deleted again, and a step later the parked items are gone for good
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, header)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert first.id not in [s.id for s in editor.lay.stages]
    editor.run("Rename", [Op("update_journey", {"title": "Later"})])
    cards_in_scene = [i for i in editor.scene.items() if isinstance(i, CardItem)]
    assert len(cards_in_scene) == len(editor.scene.cards)
