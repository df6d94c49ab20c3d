"""Shortcuts on the real X11 platform, where Qt's X11 key bindings apply (Ctrl+D is
Delete there): Duplicate's key duplicates, and no key is ambiguous."""
import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from editor import actions, platform_keys
from tests.canvas.helpers import centre, click

DEDICATED = {"Back", "Forward", "Cancel", "Close", "Copy", "Cut", "Exit", "Find", "Help", "New",
             "Open", "Paste", "Redo", "Refresh", "Save", "Shift+Save", "Settings", "Undo",
             "Zoom In", "Zoom Out"}


@pytest.fixture
def qt_warnings():
    seen = []
    previous = qInstallMessageHandler(lambda _kind, _context, message: seen.append(message))
    yield seen
    qInstallMessageHandler(previous)


@pytest.fixture
def x11_window(wayline_x11, sample_path, qtbot):
    window = wayline_x11.open(sample_path)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    window.view.set_zoom(0.7)
    return window


@pytest.mark.parametrize("std", [k for k in QKeySequence.StandardKey if k != QKeySequence.StandardKey.UnknownKey],
                         ids=lambda k: k.name)
def test_the_x11_table_is_what_qt_gives_here(qapp, std):
    live = {platform_keys.portable(k) for k in QKeySequence.keyBindings(std)} - DEDICATED
    assert live == set(platform_keys.standard(std.name, platform_keys.X11))


def test_no_two_actions_share_a_key_on_x11(x11_window):
    owner = {}
    for name, action in x11_window.actions.items():
        for seq in action.shortcuts():
            key = platform_keys.portable(seq)
            assert key not in owner, f"{key} is both {owner[key]} and {name}"
            owner[key] = name
    assert "Ctrl+D" not in owner


def test_duplicate_shortcut_duplicates_on_x11(x11_window, qt_warnings):
    ed = x11_window.editor
    card = ed.lay.cards[0]
    n = len(ed.doc.journey.cards)
    click(x11_window.view, *centre(card.rect))
    key = x11_window.actions["edit_duplicate"].shortcut()[0]  # the action's own key
    QTest.keyClick(x11_window.view.viewport(), key.key(), key.keyboardModifiers())
    assert len(ed.doc.journey.cards) == n + 1
    assert ed.stack.undoText() == "Duplicate 1 card"
    assert not [m for m in qt_warnings if "Ambiguous shortcut" in m]


def test_no_shortcut_is_ambiguous_on_x11(x11_window, qt_warnings):
    """Press every canvas key (and Ctrl+D, Miro's duplicate) on a selected card:
    Qt warns "Ambiguous shortcut overload" for a key two actions hold."""
    ed = x11_window.editor
    vp = x11_window.view.viewport()
    keys = [platform_keys.portable(s) for name in actions.CANVAS_ONLY
            for s in x11_window.actions[name].shortcuts()] + ["Ctrl+D"]
    for key in keys:
        click(x11_window.view, *centre(ed.lay.cards[1].rect))
        combo = QKeySequence(key)[0]
        QTest.keyClick(vp, combo.key(), combo.keyboardModifiers())
        QTest.keyClick(vp, Qt.Key.Key_Escape)  # leaves an edit the key may have started
    assert not [m for m in qt_warnings if "Ambiguous shortcut" in m], qt_warnings
