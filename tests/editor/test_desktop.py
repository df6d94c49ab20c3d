"""Desktop conventions (issue 13 item 4): Ctrl+S, the Help menu, the icon, and
`.journey` files dropped on a window."""
import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

import main
import resources
from editor import actions, help
from editor.help import GuideDialog, ShortcutsDialog
from model.document import Document
from tests.canvas.helpers import drop_files

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
# keys Qt's bindings add that only some keyboards have: left out of the list
DEDICATED = {"Copy", "Cut", "Paste", "Find", "Open", "New", "Close", "Save", "Undo", "Redo", "Help",
             "F16", "F18", "F20", "Zoom In", "Zoom Out"}


def test_ctrl_s_says_that_every_change_is_already_saved(window):
    before = window.editor.doc.snapshot()
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage() == "Saved — Wayline saves every change as you make it"
    assert window.editor.doc.snapshot() == before


def test_about_names_the_version_and_every_bundled_font_licence(window, qtbot):
    window.actions["help_about"].trigger()
    box = window.findChild(QMessageBox, "aboutWayline")
    assert box is not None and box.isVisible()
    text = box.text()
    assert f"Wayline {main.__version__}" in text
    licences = sorted(p.name for p in (ROOT / "resources" / "fonts").glob("LICENSE-*"))
    assert len(licences) >= 5
    for name in licences:
        assert name in text
    for words in ("SIL Open Font License 1.1", "Apache License 2.0", "MIT"):
        assert words in text


def test_a_font_licence_nobody_described_is_still_listed(tmp_path):
    (tmp_path / "LICENSE-Newfont.txt").write_text("licence")
    (tmp_path / "Newfont.ttf").write_bytes(b"")
    assert help.font_licences(tmp_path) == [("Newfont", "see the licence file", "LICENSE-Newfont.txt")]


def native(keys) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def test_the_shortcut_list_has_every_action_with_a_key(window):
    window.actions["help_shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    keyed = [name for name, (_text, keys, _tip) in actions.SPECS.items() if keys]
    assert len(keyed) > 20
    for name in keyed:
        action = window.actions[name]
        label = re.sub(r"&(.)", r"\1", action.text()).removesuffix("…").strip()
        listed = rows.get(label, "").split(", ")
        assert native(action.shortcuts()[:1]) in listed, name  # the first key is the one to press
        assert not DEDICATED & set(listed), name
    assert rows["Save"] == "Ctrl+S" and rows["Print"] == "Ctrl+P" and rows["Paste"] == "Ctrl+V, Shift+Ins"
    assert "Recover from a Backup" not in rows  # no key, no row


def test_an_action_added_later_appears_in_the_shortcut_list(window):
    """Whatever adds an action with a key to the window is listed, with no list to edit."""
    added = QAction("&Lasso Select", window)
    added.setShortcut(QKeySequence("Ctrl+Shift+L"))
    window.addAction(added)
    rows = dict(ShortcutsDialog(window).rows())
    assert rows["Lasso Select"] == native([QKeySequence("Ctrl+Shift+L")])


def test_f1_opens_the_user_guide_shipped_with_wayline(window, qtbot):
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F1)
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    shown = dialog.browser.toPlainText()
    assert "Wayline User Guide" in shown and "File ▸ Print…" in shown
    assert Path(dialog.browser.source().toLocalFile()) == resources.path("guide", "index.html")


def test_the_guide_is_in_the_wheel_and_the_bundle():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = data["tool"]["setuptools"]["package-data"]["resources"]
    guide = [p.relative_to(ROOT / "resources").as_posix()
             for p in (ROOT / "resources" / "guide").rglob("*") if p.is_file()]
    assert guide
    assert all(any(fnmatch(name, g) for g in globs) for name in guide)
    # the spec takes every data folder under resources/ (packaging/wayline.spec, `datas`)
    assert 'rglob("*")' in (ROOT / "packaging" / "wayline.spec").read_text()


def test_every_window_has_the_app_icon_in_every_size_and_the_desktop_file(window):
    sizes = {int(p.stem.split("-")[1]) for p in (ROOT / "resources" / "icons" / "app").glob("wayline-*.png")}
    assert {16, 256} <= sizes
    assert {s.width() for s in window.windowIcon().availableSizes()} == sizes
    assert QApplication.instance().desktopFileName() == "wayline"


def a_cell(window):
    cell = next(iter(window.editor.lay.cells.values()))
    return cell.x + cell.w / 2, cell.y + cell.h / 2


def test_a_journey_dropped_on_a_cell_opens_in_its_own_window(wayline, window, tmp_path):
    other = tmp_path / "Other map.journey"
    Document.create(other, "blank").close()
    cards = len(window.editor.doc.journey.cards)
    drop_files(window.view, [other], a_cell(window))
    assert [w.editor.doc.path.name for w in wayline.windows] == [window.editor.doc.path.name, other.name]
    assert len(window.editor.doc.journey.cards) == cards  # not taken for a picture
    assert "not a picture" not in window.statusBar().currentMessage()


def test_dropping_the_map_already_open_opens_no_second_window(wayline, window):
    drop_files(window.view, [window.editor.doc.path], a_cell(window))
    assert wayline.windows == [window]


def test_a_map_and_a_picture_dropped_together_open_the_map_and_say_why_the_picture_did_not(
        wayline, window, tmp_path):
    other = tmp_path / "Second.journey"
    Document.create(other, "blank").close()
    picture = tmp_path / "photo.png"
    picture.write_bytes((ROOT / "resources" / "icons" / "app" / "wayline-32.png").read_bytes())
    cards = len(window.editor.doc.journey.cards)
    drop_files(window.view, [picture, other], a_cell(window))
    assert len(wayline.windows) == 2
    assert len(window.editor.doc.journey.cards) == cards
    assert "drop pictures on a cell on their own" in window.statusBar().currentMessage()


def test_pictures_dropped_alone_still_become_cards(window, tmp_path):
    picture = tmp_path / "photo.png"
    picture.write_bytes((ROOT / "resources" / "icons" / "app" / "wayline-64.png").read_bytes())
    cards = len(window.editor.doc.journey.cards)
    drop_files(window.view, [picture], a_cell(window))
    assert len(window.editor.doc.journey.cards) == cards + 1
