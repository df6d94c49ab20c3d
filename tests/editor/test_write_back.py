"""A map in a synced folder whose write-back fails: the window says so at once and
until a write-back succeeds, edits are never reported as refused, the working copy
is kept on close, and the next open offers to finish writing back or keep both.
Every notice a map opens with is visible at once."""
import sqlite3

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from model.document import Document
from model.errors import PendingWriteBack
from model.operations import Op
from tests.editor.test_clean_copy import answer_question
from tests.reliability.test_shared_folder import drive_full, shared_map, shared_state


def banner(window) -> QLabel:
    return window.findChild(QLabel, "writeBackBanner")


def fail_then_close(wayline, path, monkeypatch, qtbot):
    """Edit a shared map while its drive is full, then close the window."""
    told = []
    monkeypatch.setattr("editor.window.tell", lambda parent, message: told.append(message))
    window = wayline.open(path)
    qtbot.waitExposed(window)
    space_again = drive_full(monkeypatch)
    ed = window.editor
    card = ed.doc.journey.cards[0]
    ed.edit_text("card", card.id, "written while the drive was full")
    mine = ed.doc.snapshot()
    window.close()
    space_again()
    assert told and "open the map again" in told[0]
    return mine


def test_a_failed_write_back_is_shown_at_once_and_until_it_succeeds(wayline, tmp_path, monkeypatch, qtbot):
    path = shared_map(tmp_path)
    window = wayline.open(path)
    qtbot.waitExposed(window)
    assert not banner(window).isVisible()
    space_again = drive_full(monkeypatch)
    ed = window.editor
    card = ed.doc.journey.cards[0]
    ed.edit_text("card", card.id, "while the drive is full")
    assert banner(window).isVisible()
    assert banner(window).text().startswith("Not written back to “map.journey” on a Dropbox folder: "
                                            "the drive is full.")
    assert "Wayline keeps trying" in banner(window).text()
    assert "could not" not in window.statusBar().currentMessage()  # not reported as refused
    assert ed.doc.journey.cards[0].text == "while the drive is full"
    assert banner(window).timer.isActive()  # retried every 30 s while it fails
    banner(window).timer.timeout.emit()
    assert banner(window).isVisible()  # still full
    space_again()
    banner(window).timer.timeout.emit()
    assert not banner(window).isVisible() and not banner(window).timer.isActive()
    assert shared_state(path) == ed.doc.snapshot()


def test_the_next_open_finishes_writing_back(wayline, tmp_path, monkeypatch, qtbot):
    path = shared_map(tmp_path)
    mine = fail_then_close(wayline, path, monkeypatch, qtbot)
    seen = []
    answer_question("Finish Writing Back to “map.journey”", seen)
    window = wayline.open(path)
    assert seen and "not all written back" in seen[0]
    assert window.editor.doc.snapshot() == mine and shared_state(path) == mine
    assert not banner(window).isVisible()


def test_keep_both_opens_the_original_beside_the_kept_changes(wayline, tmp_path, monkeypatch, qtbot):
    path = shared_map(tmp_path)
    before = shared_state(path)
    mine = fail_then_close(wayline, path, monkeypatch, qtbot)
    answer_question("Keep Both", [])
    window = wayline.open(path)
    kept = [p for p in path.parent.iterdir() if "not written back" in p.name]
    assert len(kept) == 1 and shared_state(kept[0]) == mine
    assert window.editor.doc.snapshot() == before
    assert any(kept[0].name in t for t in window.notice_panel.texts())


def test_cancel_opens_nothing_and_keeps_the_working_copy(wayline, tmp_path, monkeypatch, qtbot,
                                                         private_data_folder):
    path = shared_map(tmp_path)
    fail_then_close(wayline, path, monkeypatch, qtbot)
    answer_question("Cancel", [])
    assert wayline.open(path) is None
    assert list((private_data_folder / "working").rglob("map.journey"))


def test_every_notice_a_map_opens_with_is_visible(wayline, tmp_path, qtbot):
    path = shared_map(tmp_path)  # on a synced folder: one notice
    conn = sqlite3.connect(path)
    conn.execute("UPDATE stage SET width = -5")  # a repair: a second
    conn.commit()
    conn.close()
    path.chmod(0o444)
    monkeypatch_access = pytest.MonkeyPatch()  # root writes anything: say the file is read-only
    monkeypatch_access.setattr("model.sqlite_store.os.access", lambda p, mode: False)
    try:
        window = wayline.open(path)  # read-only: a third
    finally:
        monkeypatch_access.undo()
    qtbot.waitExposed(window)
    panel = window.notice_panel
    assert panel.isVisible() and panel.objectName() == "noticePanel"
    texts = panel.texts()
    assert texts == window.editor.doc.notices and len(texts) == 2
    assert any("read-only on disk" in t for t in texts) and any("Repaired" in t for t in texts)
    assert all(label.isVisible() for label in panel.labels)
    panel.findChild(QPushButton, "noticeDismiss").click()
    assert not panel.isVisible()


def test_a_shared_map_shows_its_working_copy_and_its_repairs_together(wayline, tmp_path, qtbot):
    path = shared_map(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE stage SET width = -5")
    conn.commit()
    conn.close()
    window = wayline.open(path)
    qtbot.waitExposed(window)
    texts = window.notice_panel.texts()
    assert len(texts) == 2 and "Dropbox folder" in texts[0] and "Repaired" in texts[1]
    assert all(label.isVisible() for label in window.notice_panel.labels)


def test_closing_a_window_whose_write_back_fails_never_raises(wayline, tmp_path, monkeypatch, qtbot):
    path = shared_map(tmp_path)
    window = wayline.open(path)
    qtbot.waitExposed(window)
    moved = tmp_path / "elsewhere"
    path.parent.rename(moved)
    told = []
    monkeypatch.setattr("editor.window.tell", lambda parent, message: told.append(message))
    ed = window.editor
    ed.run("Rename", [Op("update_journey", {"title": "while the folder was gone"})])
    assert ed.doc.journey.title == "while the folder was gone"
    assert "the folder is not there" in banner(window).text() and banner(window).isVisible()
    assert "could not" not in window.statusBar().currentMessage()
    window.close()  # the folder is still gone: no exception, the copy is kept and that is said
    assert told and "open the map again" in told[0]
    moved.rename(path.parent)
    with pytest.raises(PendingWriteBack):
        Document.open(path)
