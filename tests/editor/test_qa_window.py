"""Found walking through Wayline as a facilitator would (QA pass)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from model.document import Document
from tests.canvas.helpers import double_click


def test_quit_closes_every_map_window_and_lets_the_files_go(wayline, sample_path, tmp_path, qtbot):
    """File ▸ Quit (Ctrl+Q) used to do nothing: the action was never connected."""
    other = tmp_path / "other.journey"
    Document.create(other, "blank").close()
    first, second = wayline.open(sample_path), wayline.open(other)
    qtbot.waitExposed(first)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    active = QApplication.activeWindow()
    QTest.keySequence(active.view.viewport(), QKeySequence("Ctrl+Q"))
    qtbot.waitUntil(lambda: not wayline.windows)
    for path in (sample_path, other):  # no lock left behind: another Wayline may edit them
        Document.open(path).close()


def test_escape_on_a_card_just_added_leaves_no_empty_card_and_no_step(window, qtbot):
    """Double-click an empty cell, then Escape: an empty sticky note used to stay
    on the map, with "Undo Add card" in the Edit menu."""
    ed = window.editor
    lanes = {lane.id for lane in ed.lay.lanes if lane.kind in ("actions", "backstage", "notes")}
    cell = next(c for key, c in ed.lay.cells.items()
                if not ed.lay.cell_cards.get(key) and key[1] in lanes)
    before = {c.id for c in ed.doc.journey.cards}
    double_click(window.view, cell.x + cell.w / 2, cell.y + cell.h / 2)
    assert window.view.editor is not None and len(ed.doc.journey.cards) == len(before) + 1
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    qtbot.wait(10)
    assert {c.id for c in ed.doc.journey.cards} == before
    assert set(ed.scene.cards) == before
    assert not ed.stack.canUndo() and not ed.stack.canRedo()
    # typed text is kept, in the same step as the card: one Ctrl+Z takes both
    double_click(window.view, cell.x + cell.w / 2, cell.y + cell.h / 2)
    QTest.keyClicks(window.view.viewport(), "Queue at the till")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert any(c.text == "Queue at the till" for c in ed.doc.journey.cards)
    assert window.actions["edit_undo"].text() == "&Undo Add card"
    ed.stack.undo()
    assert {c.id for c in ed.doc.journey.cards} == before
    ed.stack.redo()
    assert any(c.text == "Queue at the till" for c in ed.doc.journey.cards)
