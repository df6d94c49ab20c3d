"""Pasting plain text from another program: one card per non-empty line in the
target cell, as one undo step; too many lines or a character UTF-8 cannot hold
is refused in one sentence and changes nothing. Read back from the file."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from editor import clipboard
from model.document import Document
from model.errors import JourneyError
from tests.canvas.helpers import centre, click
from tests.editor.test_editing import empty_cell

CTRL = Qt.KeyboardModifier.ControlModifier


def cards_in(path, cell) -> list[str]:
    """Card texts of one cell, in cell order, from the .journey file."""
    doc = Document.open(path, read_only=True)
    try:
        found = sorted((c.position, c.text) for c in doc.journey.cards if (c.stage_id, c.lane_id) == cell)
    finally:
        doc.close()
    return [text for _, text in found]


def paste(window, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, CTRL)


def test_each_line_becomes_a_card_in_the_clicked_cell_as_one_step(window):
    ed = window.editor
    stage, lane, point = empty_cell(ed, "pain_points")
    cell = (stage.id, lane.id)
    before = cards_in(ed.doc.path, cell)
    click(window.view, *point)
    paste(window, "Call the bank\r\n\n   \n  - Surprise fees \n• Slot gone\nAsk a friend ☕️\n")
    assert cards_in(ed.doc.path, cell) == before + ["Call the bank", "Surprise fees", "Slot gone",
                                                    "Ask a friend ☕️"]
    assert ed.stack.undoText() == "Paste 4 cards" and len(ed.scene.selected("card")) == 4
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Z, CTRL)
    assert cards_in(ed.doc.path, cell) == before


def test_text_goes_to_the_selected_cards_cell(window):
    ed = window.editor
    card = ed.lay.cards[0]
    cell = (card.stage_id, card.lane_id)
    before = cards_in(ed.doc.path, cell)
    click(window.view, *centre(card.rect))
    paste(window, "One\nTwo")
    assert cards_in(ed.doc.path, cell)[len(before):] == ["One", "Two"]


def test_wayline_cards_paste_as_cards_not_as_their_lines(window):
    ed = window.editor
    card = ed.lay.cards[0]
    click(window.view, *centre(card.rect))
    ed.edit_text("card", card.id, "First line\nsecond line")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_C, CTRL)
    n = len(ed.doc.journey.cards)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, CTRL)
    assert len(ed.doc.journey.cards) == n + 1 and ed.stack.undoText() == "Paste 1 card"


def test_too_many_lines_are_refused_and_nothing_changes(window):
    ed = window.editor
    before = ed.doc.snapshot()
    _, _, point = empty_cell(ed, "notes")
    click(window.view, *point)
    paste(window, "\n".join(f"idea {i}" for i in range(clipboard.MAX_LINES + 1)))
    assert ed.doc.snapshot() == before
    assert f"at most {clipboard.MAX_LINES}" in window.statusBar().currentMessage()
    paste(window, "\n".join(f"idea {i}" for i in range(clipboard.MAX_LINES)))  # the limit itself pastes
    assert ed.stack.undoText() == f"Paste {clipboard.MAX_LINES} cards"


def test_a_character_utf8_cannot_hold_is_refused_with_the_models_sentence(window, monkeypatch):
    # Qt itself drops a lone surrogate on the way to Python; other routes (an
    # import, a future clipboard backend) may not, so the rule is the model's own
    with pytest.raises(JourneyError, match="cannot be saved"):
        clipboard.lines_of("fine\nbroken \ud83d")
    ed = window.editor
    before = ed.doc.snapshot()
    monkeypatch.setattr(clipboard, "text_lines", lambda mime: clipboard.lines_of("fine\nbroken \ud83d"))
    click(window.view, *empty_cell(ed, "notes")[2])
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, CTRL)
    assert ed.doc.snapshot() == before
    assert "cannot be saved" in window.statusBar().currentMessage()


def test_an_empty_or_blank_clipboard_pastes_nothing(window):
    ed = window.editor
    before = ed.doc.snapshot()
    paste(window, "  \n\t\n")
    assert ed.doc.snapshot() == before and ed.stack.count() == 0
