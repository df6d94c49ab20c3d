"""Shortcuts on the real X11 platform, where Qt's X11 key bindings apply (Ctrl+D is
Delete there): Duplicate's key duplicates, and no key is ambiguous; the arrow keys
walk the map; pinned headers leave no trail on the real screen while scrolling."""
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


def test_arrow_keys_walk_the_map_on_x11(x11_window, qt_warnings):
    """The arrows on the real window: card to card in a cell, to the next stage, into an
    empty cell (the target, where N adds), and the view follows at a zoom that scrolls."""
    ed, view = x11_window.editor, x11_window.view
    vp = view.viewport()
    lay = ed.lay
    first, second = [c.id for c in lay.cell_cards[(lay.stages[0].id, lay.lanes[0].id)]]
    view.set_zoom(2.0)
    click(view, *centre(lay.card_by_id[first].rect))
    QTest.keyClick(vp, Qt.Key.Key_Down)
    assert ed.scene.selected("card") == [second]
    QTest.keyClick(vp, Qt.Key.Key_Right)
    assert ed.scene.selected("card") == [lay.cell_cards[(lay.stages[1].id, lay.lanes[0].id)][1].id]
    for _ in range(4):
        QTest.keyClick(vp, Qt.Key.Key_Right)
    last = lay.stages[-1].id
    assert ed.scene.selected("card") == [lay.cell_cards[(last, lay.lanes[0].id)][0].id]
    for _ in range(3):  # touchpoints, thoughts, then past the emotions lane: no pain point there
        QTest.keyClick(vp, Qt.Key.Key_Down)
    empty = (last, lay.lanes[4].id)
    assert not lay.cell_cards.get(empty)
    assert ed.scene.target == empty and not ed.scene.selected("card")
    cell = lay.cells[empty]
    assert vp.rect().contains(view.mapFromScene(cell.x + cell.w / 2, cell.y + 10))  # the view followed
    n = len(ed.doc.journey.cards)
    QTest.keyClick(vp, Qt.Key.Key_N)
    QTest.keyClicks(vp, "From the keyboard")
    QTest.keyClick(vp, Qt.Key.Key_Return)
    added = [c for c in ed.doc.journey.cards if c.text == "From the keyboard"]
    assert len(ed.doc.journey.cards) == n + 1 and [(c.stage_id, c.lane_id) for c in added] == [empty]
    assert not [m for m in qt_warnings if "Ambiguous shortcut" in m]


def test_pinned_headers_leave_no_trail_when_scrolling_on_x11(x11_window, qtbot):
    """Scrolling moves the pixels on screen, pinned headers with them: what the X server
    shows after small scroll steps is exactly a fresh drawing of the view."""
    from PySide6.QtWidgets import QApplication
    view, lay = x11_window.view, x11_window.editor.lay
    view.set_zoom(2.0)
    view.centerOn(lay.stages[1].column.x, lay.lanes[2].row.y)
    qtbot.wait(200)
    for _ in range(12):
        view.scroll_by(7, 11)
        qtbot.wait(30)
    qtbot.wait(300)
    assert view.frozen_headers() is not None
    shown = QApplication.primaryScreen().grabWindow(view.viewport().winId()).toImage()
    fresh = view.viewport().grab().toImage()
    w, h = min(shown.width(), fresh.width()), min(shown.height(), fresh.height())
    differ = sum(1 for y in range(0, h, 3) for x in range(0, w, 3) if shown.pixel(x, y) != fresh.pixel(x, y))
    assert differ == 0
