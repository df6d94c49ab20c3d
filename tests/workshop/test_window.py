"""F5 from the map window starts workshop mode; Esc comes back; the session stays."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.editor.conftest import wayline, window  # noqa: F401  (fixtures)

from .helpers import key, type_line


def test_f5_enters_workshop_mode_and_esc_returns_to_the_editor(window, qtbot):
    action = window.actions["view_workshop"]
    assert action in window.view_menu.actions() and action.shortcut().toString() == "F5"
    QTest.keyClick(window, Qt.Key.Key_F5)
    ws = window.workshop
    assert ws is not None and ws.active()
    qtbot.waitExposed(ws.presentation)
    assert ws.presentation.isFullScreen()
    type_line(ws.presentation.view, "Captured in the workshop")
    assert window.editor.stack.undoText() == "Capture card"   # the editor's own undo stack
    key(ws.presentation.view, Qt.Key.Key_Escape)
    assert not ws.active()
    window.actions["edit_undo"].trigger()                      # undone from the editor
    assert "Captured in the workshop" not in {c.text for c in window.editor.doc.journey.cards}
    action.trigger()
    assert window.workshop is ws and ws.active()              # same session: same time box


def test_closing_the_window_leaves_workshop_mode(window, qtbot):
    window.actions["view_workshop"].trigger()
    ws = window.workshop
    window.close()
    assert not ws.active()


def test_esc_and_f5_come_back_to_the_stage_the_room_was_on(window, qtbot):
    """Issue 10, item 11: re-entering always restarted at stage 1, and → from the whole
    map went to stage 1, not to the stage the room was on."""
    QTest.keyClick(window, Qt.Key.Key_F5)
    ws = window.workshop
    stages = ws.lay.stages
    view = ws.presentation.view
    for _ in range(3):
        key(view, Qt.Key.Key_PageDown)                         # the clicker
    assert ws.stage_id == stages[3].id
    key(view, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert ws.active() and ws.stage_id == stages[3].id
    assert ws.presentation.caption.text().startswith("4 / ")
    view = ws.presentation.view
    key(view, Qt.Key.Key_Home)
    key(view, Qt.Key.Key_Right)                                # back to the room's stage
    assert ws.stage_id == stages[3].id
    key(view, Qt.Key.Key_Home)
    key(view, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F5)                      # left on the whole map: comes back to it
    assert ws.stage_id is None
    key(ws.presentation.view, Qt.Key.Key_Left)
    assert ws.stage_id == stages[3].id
