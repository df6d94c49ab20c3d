"""While a gesture runs, Undo, Redo, Cut, Delete and Paste are off; a change of the
map that arrives during a gesture from elsewhere ends it cleanly (issue 12, item 3)."""
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.window import MapWindow
from model.document import Document
from model.operations import Op
from tests.canvas.helpers import at, centre, click, double_click

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
GUARDED = ("edit_undo", "edit_redo", "edit_cut", "edit_delete", "edit_paste")


def move_to(view, point) -> None:
    """A mouse move with the left button held (QTest.mouseMove sends no buttons)."""
    vp = view.viewport()
    QApplication.sendEvent(vp, QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(point),
                                           QPointF(vp.mapToGlobal(point)), Qt.MouseButton.NoButton,
                                           LEFT, NONE))


def new_card(window, text: str):
    """Double-click an empty cell and type: the card the tests then drag."""
    ed = window.editor
    lanes = {l.id for l in ed.lay.lanes if l.kind in ("actions", "backstage", "notes")}
    cell = next(c for key, c in ed.lay.cells.items() if not ed.lay.cell_cards.get(key) and key[1] in lanes)
    double_click(window.view, *centre(cell))
    QTest.keyClicks(window.view.viewport(), text)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    card = next(c for c in ed.doc.journey.cards if c.text == text)
    return ed.lay.card_by_id[card.id]


def press_and_move(view, box, dx: int = 120):
    vp, p0 = view.viewport(), at(view, *centre(box.rect))
    QTest.mousePress(vp, LEFT, NONE, p0)
    for step in range(1, 5):
        move_to(view, p0 + type(p0)(dx * step // 4, 0))
    return p0 + type(p0)(dx, 0)


def test_undo_during_a_card_drag_does_nothing_and_the_drag_goes_on(window):
    ed, view = window.editor, window.view
    box = new_card(window, "Dragged while undoing")
    count = len(ed.doc.journey.cards)
    here = press_and_move(view, box)
    assert all(not window.actions[name].isEnabled() for name in GUARDED)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, CTRL)    # was: the card went, then KeyError
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert len(ed.doc.journey.cards) == count and ed.stack.undoText() == "Add card"
    move_to(view, here + type(here)(40, 0))
    QTest.mouseRelease(view.viewport(), LEFT, NONE, here + type(here)(40, 0))
    assert window.actions["edit_undo"].isEnabled() and window.actions["edit_delete"].isEnabled()
    assert not window.actions["edit_redo"].isEnabled()     # the stack's own state is back


def test_an_undo_from_elsewhere_during_a_drag_ends_it_cleanly(window):
    ed, view = window.editor, window.view
    box = new_card(window, "Undone under the pointer")
    before = ed.doc.snapshot()
    here = press_and_move(view, box)
    ed.stack.undo()                    # another route: the workshop's Ctrl+Z, a phone, a server
    move_to(view, here + type(here)(60, 30))                # was: KeyError in canvas/tools.py
    assert box.id not in ed.scene.cards and view.tool is None
    assert window.actions["edit_redo"].isEnabled()          # the guard let go with the gesture
    QTest.mouseRelease(view.viewport(), LEFT, NONE, here + type(here)(60, 30))
    assert ed.stack.redoText() == "Add card" and ed.stack.count() == 1  # the drop moved nothing
    ed.stack.redo()
    assert ed.doc.snapshot() == before


def test_a_header_drag_ends_when_its_stage_is_undone_away(window):
    ed, view = window.editor, window.view
    window.actions["insert_stage"].trigger()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)     # keep the default name
    stage = ed.lay.stages[-1]
    vp, p0 = view.viewport(), at(view, *centre(stage.header))
    QTest.mousePress(vp, LEFT, NONE, p0)
    for step in range(1, 4):
        move_to(view, p0 + type(p0)(-60 * step, 0))
    ed.stack.undo()
    assert view.tool is None and not ed.scene.indicator.isVisible()
    move_to(view, p0 + type(p0)(-240, 0))
    QTest.mouseRelease(vp, LEFT, NONE, p0 + type(p0)(-240, 0))
    assert stage.id not in {s.id for s in ed.doc.journey.stages} and ed.stack.undoText() == ""


def test_a_marker_drag_and_a_rubber_band_turn_undo_off_until_release(window):
    ed, view = window.editor, window.view
    ed.run("Rename", [Op("update_journey", {"title": "Before the drag"})])  # something to undo
    assert window.actions["edit_undo"].isEnabled()
    marker = ed.lay.markers[0]
    vp, p0 = view.viewport(), at(view, marker.x, marker.y)
    QTest.mousePress(vp, LEFT, NONE, p0)
    move_to(view, p0 + type(p0)(0, 30))
    assert not window.actions["edit_undo"].isEnabled()
    QTest.mouseRelease(vp, LEFT, NONE, p0 + type(p0)(0, 30))
    assert window.actions["edit_undo"].isEnabled()
    empty = next(c for key, c in ed.lay.cells.items() if not ed.lay.cell_cards.get(key))
    p0 = at(view, empty.x + 8, empty.y + 8)
    QTest.mousePress(vp, LEFT, NONE, p0)
    move_to(view, p0 + type(p0)(80, 60))
    assert view.band.isVisible() and not window.actions["edit_undo"].isEnabled()
    QTest.mouseRelease(vp, LEFT, NONE, p0 + type(p0)(80, 60))
    assert window.actions["edit_undo"].isEnabled()


def test_a_text_edited_in_place_keeps_undo_off_and_ends_if_its_card_goes(window):
    ed, view = window.editor, window.view
    ed.run("Rename", [Op("update_journey", {"title": "Before the edit"})])
    card = ed.lay.cards[0]
    click(view, *centre(card.rect))
    assert window.actions["edit_undo"].isEnabled() and window.actions["edit_paste"].isEnabled()
    assert view.edit_selected()
    assert not window.actions["edit_undo"].isEnabled() and not window.actions["edit_paste"].isEnabled()
    ed.run("Delete 1 card", [Op("delete_cards", {"card_ids": [card.id]})])  # from another view
    assert view.editor is None and window.actions["edit_undo"].isEnabled()
    assert ed.stack.count() == 2 and ed.stack.undoText() == "Delete 1 card"


def test_read_only_keeps_delete_and_paste_off_after_a_gesture(qtbot, sample_path):
    window = MapWindow(Document.open(sample_path, read_only=True))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        card = window.editor.lay.cards[0]
        here = press_and_move(window.view, card)
        QTest.mouseRelease(window.view.viewport(), LEFT, NONE, here)
        assert not window.actions["edit_delete"].isEnabled()    # the map's mode, not the guard
        assert not window.actions["edit_paste"].isEnabled()
    finally:
        window.close()
