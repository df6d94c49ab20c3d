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
