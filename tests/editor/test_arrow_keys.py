"""Arrow keys on the canvas, driven with real key events: card to card, cell to
cell, an empty cell becomes the target (N then fills it), the view follows,
and the arrows belong to the text while it is edited in place."""
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest

from model.document import Document
from tests.canvas.helpers import centre, click

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def cards(ed, stage: int, lane: int) -> list[int]:
    cell = (ed.lay.stages[stage].id, ed.lay.lanes[lane].id)
    return [c.id for c in ed.lay.cell_cards.get(cell, [])]


def press(window, key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(window.view.viewport(), key, modifiers)


def selected(ed) -> list[int]:
    return ed.scene.selected("card")


def test_arrows_walk_cards_and_cells_and_change_nothing(window):
    ed = window.editor
    before = ed.doc.snapshot()
    first, second = cards(ed, 0, 0)
    click(window.view, *centre(ed.lay.card_by_id[first].rect))
    press(window, Qt.Key.Key_Down)
    assert selected(ed) == [second]
    press(window, Qt.Key.Key_Down)
    assert selected(ed) == [cards(ed, 0, 1)[0]]
    press(window, Qt.Key.Key_Right)
    assert selected(ed) == [cards(ed, 1, 1)[0]]
    press(window, Qt.Key.Key_Up)
    assert selected(ed) == [cards(ed, 1, 0)[-1]]
    press(window, Qt.Key.Key_Left)
    assert selected(ed) == [second]
    assert ed.doc.snapshot() == before and ed.stack.count() == 0


def test_an_empty_cell_reached_by_arrows_is_the_target_for_n(window, tmp_path):
    ed = window.editor
    click(window.view, *centre(ed.lay.card_by_id[cards(ed, 0, 2)[0]].rect))
    press(window, Qt.Key.Key_Down)  # past the emotions lane, into the empty pain-points cell
    pain = (ed.lay.stages[0].id, ed.lay.lanes[4].id)
    assert ed.lay.lanes[4].kind == "pain_points" and not cards(ed, 0, 4)
    assert ed.scene.target == pain and ed.scene.target_mark.isVisible() and not selected(ed)
    press(window, Qt.Key.Key_N)
    QTest.keyClicks(window.view.viewport(), "Too many forms")
    press(window, Qt.Key.Key_Return)
    path = ed.doc.path
    reader = Document.open(path, read_only=True)
    try:
        texts = [(c.stage_id, c.lane_id, c.text) for c in reader.journey.cards]
    finally:
        reader.close()
    assert (*pain, "Too many forms") in texts


def test_the_view_scrolls_to_keep_the_selection_in_sight(window):
    ed, view = window.editor, window.view
    view.set_zoom(2.5)
    click(view, *centre(ed.lay.card_by_id[cards(ed, 0, 0)[0]].rect))
    press(window, Qt.Key.Key_Right, times=5)
    press(window, Qt.Key.Key_Down, times=12)
    [card_id] = selected(ed)
    r = ed.lay.card_by_id[card_id].rect
    assert ed.lay.card_by_id[card_id].stage_id == ed.lay.stages[5].id
    on_screen = QRect(view.mapFromScene(r.x, r.y), view.mapFromScene(r.x + r.w, r.y + min(r.h, 40)))
    assert view.viewport().rect().contains(on_screen), (on_screen, view.viewport().rect())


def test_arrows_with_nothing_selected_start_near_the_top_left(window):
    ed = window.editor
    ed.scene.clearSelection()
    window.view.fit_width()
    press(window, Qt.Key.Key_Down)
    assert selected(ed) == [cards(ed, 0, 0)[0]]


def test_arrows_move_the_caret_while_editing_and_ctrl_arrows_do_not_navigate(window):
    ed = window.editor
    first, second = cards(ed, 0, 0)
    click(window.view, *centre(ed.lay.card_by_id[first].rect))
    press(window, Qt.Key.Key_F2)
    assert window.view.editor is not None
    press(window, Qt.Key.Key_Down)
    press(window, Qt.Key.Key_Right)
    assert window.view.editor is not None and selected(ed) == [first]
    press(window, Qt.Key.Key_Escape)
    for mods in (CTRL, SHIFT, CTRL | SHIFT):
        press(window, Qt.Key.Key_Down, mods)
        assert selected(ed) == [first]
