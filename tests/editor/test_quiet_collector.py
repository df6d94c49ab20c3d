"""No full garbage collection walks the open map in the middle of a gesture
(issue 18: a 60–90 ms collection landed inside quick captures and drags at
1,000 cards): once the map has been quiet, its long-lived objects are set aside
(`gc.freeze`), a collection after the next edit walks only what that edit made,
and closing the map hands everything back."""
import gc

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor import collector


def test_a_quiet_map_is_set_aside_and_an_edit_then_walks_only_its_own_objects(window, qtbot, monkeypatch):
    monkeypatch.setattr(collector, "QUIET_MS", 50)  # not 1.5 s of waiting in a test
    gc.unfreeze()
    walked_before = len(gc.get_objects())
    editor = window.editor
    editor.collector.timer.setInterval(collector.QUIET_MS)
    editor.collector.edited()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=3000)
    # an edit, as a person makes it: a card dragged to another cell
    view = editor.view
    card = editor.lay.cards[0]
    target = next(c for c in editor.lay.cards if c.stage_id != card.stage_id and c.lane_id == card.lane_id)
    start = view.mapFromScene(card.rect.x + 10, card.rect.y + 8)
    end = view.mapFromScene(target.rect.x + 10, target.rect.y + target.rect.h - 4)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(view.viewport(), start + (end - start) * i / 8)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert editor.doc.store.card(card.id).stage_id == target.stage_id
    walked = len(gc.get_objects())  # what a full collection would walk now
    assert walked < walked_before / 5, f"{walked} objects to walk, {walked_before} before"
    assert gc.get_freeze_count() > len(editor.lay.cards)  # the map's objects are set aside
    window.close()
    assert gc.get_freeze_count() == 0  # closing the map hands them back
