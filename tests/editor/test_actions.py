"""Every action's shortcuts against every platform's standard key bindings
(editor/platform_keys.py), and the keys that moved doing their work."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from editor import actions, platform_keys
from tests.canvas.helpers import centre, click

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
# keys only some keyboards have (a Copy key, a Save key): left out of the table
DEDICATED = {"Back", "Forward", "Cancel", "Close", "Copy", "Cut", "Exit", "Find", "Help", "New",
             "Open", "Paste", "Redo", "Refresh", "Save", "Shift+Save", "Settings", "Undo",
             "Zoom In", "Zoom Out"}


def specs() -> dict:
    return {name: keys for name, (_text, keys, _tip) in actions.SPECS.items()}


def test_no_shortcut_clashes_on_any_platform():
    assert platform_keys.audit(specs(), actions.STANDS_FOR, actions.KEPT) == []


def test_the_audit_catches_ctrl_d_on_x11():
    clashing = dict(specs(), edit_duplicate=["Ctrl+D"], edit_delete=[QKeySequence.StandardKey.Delete])
    problems = platform_keys.audit(clashing, {}, actions.KEPT)
    assert "x11: Ctrl+D is both edit_duplicate and edit_delete" in problems
    assert any(p.startswith("gnome: edit_duplicate is on Ctrl+D, which is Delete") for p in problems)


def test_every_kept_key_is_still_used_and_explained():
    for (name, key), why in actions.KEPT.items():
        assert key in actions.SPECS[name][1] and len(why) > 40
    assert "edit_text" in actions.CANVAS_ONLY  # Return: never where text is edited


@pytest.mark.parametrize("std", [k for k in QKeySequence.StandardKey if k != QKeySequence.StandardKey.UnknownKey],
                         ids=lambda k: k.name)
def test_the_table_is_what_qt_gives_on_this_platform(qapp, std):
    """Tests run on the offscreen platform, whose keyboard scheme is Windows'."""
    live = {platform_keys.portable(k) for k in QKeySequence.keyBindings(std)} - DEDICATED
    assert live == set(platform_keys.standard(std.name, platform_keys.WINDOWS))


def test_ctrl_shift_d_duplicates_the_selected_card(window):
    ed = window.editor
    card = ed.lay.cards[0]
    n = len(ed.doc.journey.cards)
    click(window.view, *centre(card.rect))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_D, CTRL | SHIFT)
    assert len(ed.doc.journey.cards) == n + 1
    assert ed.stack.undoText() == "Duplicate 1 card"


def test_a_duplicate_is_for_the_same_personas(window):
    ed = window.editor
    card = next(c for c in ed.lay.cards if ed.doc.store.card(c.id).personas)  # the sample's Ruth cards
    personas = ed.doc.store.card(card.id).personas
    before = {c.id for c in ed.doc.journey.cards}
    click(window.view, *centre(card.rect))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_D, CTRL | SHIFT)
    [copy] = [c for c in ed.doc.journey.cards if c.id not in before]
    assert copy.personas == personas


def test_ctrl_d_deletes_nothing(window):
    """Ctrl+D is Delete on X11: it is on no action, so a Miro habit deletes no card."""
    ed = window.editor
    before = ed.doc.snapshot()
    click(window.view, *centre(ed.lay.cards[0].rect))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_D, CTRL)
    assert ed.doc.snapshot() == before
    assert all(QKeySequence("Ctrl+D") not in a.shortcuts() for a in window.actions.values())
