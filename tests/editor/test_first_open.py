"""`wayline MAP` draws its first frame from a read-only stand-in (editor/first_open)
and swaps the map opened for editing in right after the first paint (issue 18 item 3).
Between the two, an edit waits for the swap: nothing typed or dragged is lost or
applied to the stand-in's rows, and the file holds it. A map that would not open
for editing at once (hostile, locked, read-only on disk, in a shared folder, or
changed between the read and the swap) opens exactly as `Wayline.open` opens it.

The deferred calls `after_first_frame` would run once the map has painted are held
here (`held`), so each test acts in that window of time, after the first paint."""
import os
import sqlite3

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor import app as appmod
from model.document import Document
from model.plain import PlainDocument
from tests.canvas.helpers import LEFT, NONE, at, centre, click, drag
from tests.editor.test_gesture_guard import move_to


@pytest.fixture
def held(monkeypatch):
    """What would run once the map has painted, held until the test runs it."""
    waiting = []
    monkeypatch.setattr(appmod, "after_first_frame", lambda view, then: waiting.append(then))
    return waiting


def first_frame(wayline, path, qtbot):
    win = wayline.open_first(path)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    win.view.set_zoom(0.7)
    QApplication.processEvents()  # the first paint is done; what waits behind it is held
    return win


def file_rows(path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def test_typing_right_after_the_first_frame_waits_for_the_map_and_is_kept(wayline, sample_path, qtbot, held):
    win = first_frame(wayline, sample_path, qtbot)
    ed = win.editor
    assert isinstance(ed.doc, PlainDocument) and held  # drawn from the stand-in, not yet swapped
    assert win.windowTitle() == f"{sample_path.name} — Wayline"  # not "(read-only)": it will edit
    card = ed.lay.cards[2]
    click(win.view, *centre(card.rect))
    QTest.keyClicks(win.view.viewport(), "Hello team")
    QTest.keyClick(win.view.viewport(), Qt.Key.Key_Return)
    assert isinstance(ed.doc, Document) and not ed.doc.read_only
    assert file_rows(sample_path, f"SELECT text FROM card WHERE id = {card.id}") == [("Hello team",)]
    assert ed.stack.count() == 1  # one undo step, on the map opened for editing
    for then in held:
        then()  # the swap the first paint asked for: already done, it does nothing
    assert file_rows(sample_path, f"SELECT text FROM card WHERE id = {card.id}") == [("Hello team",)]
    ed.stack.undo()
    assert file_rows(sample_path, f"SELECT text FROM card WHERE id = {card.id}") != [("Hello team",)]


def test_a_drag_right_after_the_first_frame_is_kept(wayline, sample_path, qtbot, held):
    win = first_frame(wayline, sample_path, qtbot)
    ed = win.editor
    assert isinstance(ed.doc, PlainDocument)
    box = ed.lay.cards[0]
    card = ed.doc.store.card(box.id)
    stage, lane = ed.doc.journey.stages[-1], card.lane_id
    target = ed.lay.cells[(stage.id, lane)]
    drag(win.view, centre(box.rect), centre(target))
    assert isinstance(ed.doc, Document)
    assert file_rows(sample_path, f"SELECT stage_id FROM card WHERE id = {box.id}") == [(stage.id,)]


def test_a_drag_under_way_when_the_first_frame_is_done_is_not_ended_by_the_swap(wayline, sample_path, qtbot,
                                                                                held):
    win = first_frame(wayline, sample_path, qtbot)
    ed, vp = win.editor, win.view.viewport()
    box = ed.lay.cards[0]
    stage = ed.doc.journey.stages[-1]
    target = ed.lay.cells[(stage.id, ed.doc.store.card(box.id).lane_id)]
    start, end = at(win.view, *centre(box.rect)), win.view.mapFromScene(QPointF(*centre(target)))
    QTest.mousePress(vp, LEFT, NONE, start)
    for i in range(1, 5):
        move_to(win.view, start + (end - start) * (i / 8))
    assert ed.gestures.busy
    for then in held:
        then()  # the first paint's deferred work, mid-drag: the swap waits
    assert isinstance(ed.doc, PlainDocument) and ed.gestures.busy
    for i in range(5, 9):
        move_to(win.view, start + (end - start) * (i / 8))
    QTest.mouseRelease(vp, LEFT, NONE, end)
    assert isinstance(ed.doc, Document)
    assert file_rows(sample_path, f"SELECT stage_id FROM card WHERE id = {box.id}") == [(stage.id,)]


def test_the_swap_after_the_first_paint_changes_nothing_seen(wayline, sample_path, qtbot, held):
    win = first_frame(wayline, sample_path, qtbot)
    before = {(c.id, c.rect.x, c.rect.y) for c in win.editor.lay.cards}
    items = len(win.view.scene().items())
    for then in held:
        then()
    assert isinstance(win.editor.doc, Document) and not win.editor.doc.read_only
    assert {(c.id, c.rect.x, c.rect.y) for c in win.editor.lay.cards} == before
    assert len(win.view.scene().items()) == items


def test_a_hostile_file_is_refused_as_open_refuses_it(wayline, tmp_path, held):
    path = tmp_path / "Broken.journey"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    assert wayline.open_first(path) is None
    first = list(wayline.messages)
    wayline.messages.clear()
    assert wayline.open(path) is None
    assert first == wayline.messages and first
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\x07" * 4000
    assert not wayline.windows and not held


def today_and_first(wayline, path, held):
    """The window `open` gives (today's), closed, then the one `open_first` gives, once
    what waits behind its first paint has run."""
    today = wayline.open(path)
    seen = (type(today.editor.doc), today.editor.doc.read_only, today.windowTitle(), today.notice_panel.texts())
    today.close()
    first = wayline.open_first(path)
    for then in held:
        then()
    return seen, (type(first.editor.doc), first.editor.doc.read_only, first.windowTitle(),
                  first.notice_panel.texts())


def read_only_on_disk(monkeypatch, path) -> None:
    """`path` not writable for us (chmod would not do: the tests may run as root)."""
    access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK and str(p) == str(path)
                        else access(p, mode, **kw))


def test_a_read_only_file_opens_as_today(wayline, sample_path, qtbot, held, monkeypatch):
    read_only_on_disk(monkeypatch, sample_path)
    seen, first = today_and_first(wayline, sample_path, held)
    assert first == seen and seen[0] is Document and seen[1] and "(read-only)" in seen[2]
    assert any("read-only on disk" in text for text in seen[3])


def test_a_map_as_it_opens_today(wayline, sample_path, qtbot, held):
    seen, first = today_and_first(wayline, sample_path, held)
    assert first == seen and seen[0] is Document and not seen[1]


def test_a_map_open_for_editing_elsewhere_opens_as_today(wayline, sample_path, qtbot, held, monkeypatch):
    asked = []
    monkeypatch.setattr(appmod, "ask_read_only", lambda parent, message: asked.append(message) or True)
    with Document.open(sample_path):  # holds the lock for editing
        seen, first = today_and_first(wayline, sample_path, held)
    assert first == seen and seen[0] is Document and seen[1]
    assert len(asked) == 2 and asked[0] == asked[1]


def test_a_map_in_a_shared_folder_opens_as_today(wayline, tmp_path, qtbot, held):
    path = tmp_path / "Dropbox" / "Team.journey"
    path.parent.mkdir()
    Document.create(path, "sample").close()
    seen, first = today_and_first(wayline, path, held)
    assert first == seen and seen[0] is Document and not seen[1]
    assert any("Dropbox" in text for text in seen[3])  # the working copy's notice


def test_a_file_that_turned_read_only_before_the_swap_opens_as_today(wayline, sample_path, qtbot, held,
                                                                       monkeypatch):
    win = first_frame(wayline, sample_path, qtbot)
    read_only_on_disk(monkeypatch, sample_path)
    card = win.editor.lay.cards[2]
    text = file_rows(sample_path, f"SELECT text FROM card WHERE id = {card.id}")
    click(win.view, *centre(card.rect))
    QTest.keyClicks(win.view.viewport(), "Lost?")  # the swap finds it read-only: refused, said
    QTest.keyClick(win.view.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win not in wayline.windows)
    assert len(wayline.windows) == 1
    now = wayline.windows[0]
    assert isinstance(now.editor.doc, Document) and now.editor.doc.read_only
    assert "(read-only)" in now.windowTitle()
    assert file_rows(sample_path, f"SELECT text FROM card WHERE id = {card.id}") == text
    assert not any(c.text == "Lost?" for c in now.editor.doc.journey.cards)


def test_a_map_locked_before_the_swap_asks_as_today(wayline, sample_path, qtbot, held, monkeypatch):
    """Another editor took the map between the first frame and the swap: the question
    today's open asks (open it read-only?), and the stand-in's window goes."""
    asked = []
    monkeypatch.setattr(appmod, "ask_read_only", lambda parent, message: asked.append(message) or True)
    win = first_frame(wayline, sample_path, qtbot)
    with Document.open(sample_path) as other:
        for then in held:
            then()
        qtbot.waitUntil(lambda: win not in wayline.windows)
        assert len(asked) == 1 and sample_path.name in asked[0]
        now = wayline.windows[0]
        assert isinstance(now.editor.doc, Document) and now.editor.doc.read_only
        assert other.journey.title == now.editor.doc.journey.title


def test_save_as_right_after_the_first_frame_copies_the_map_opened_for_editing(wayline, sample_path, qtbot,
                                                                                held, monkeypatch):
    copy = sample_path.with_name("Copy.journey")
    monkeypatch.setattr(appmod, "save_path", lambda *args: copy)
    win = first_frame(wayline, sample_path, qtbot)
    assert isinstance(win.editor.doc, PlainDocument)
    win.save_as_requested.emit(win)
    assert isinstance(win.editor.doc, Document) and win.editor.doc.path == copy
    assert file_rows(copy, "SELECT count(*) FROM card") == file_rows(sample_path, "SELECT count(*) FROM card")
