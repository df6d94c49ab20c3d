"""Undo the Qt way (issue 12, item 4): a command applies in `redo()`, the first time
too; a refused one marks itself obsolete and never reaches the stack; "add a card
and type its first words" is one step by `mergeWith`."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from canvas import fonts
from editor.commands import EditCommand
from editor.mapeditor import MapEditor
from model.document import Document
from model.operations import Op
from tests.canvas.helpers import centre, double_click


@pytest.fixture
def editor(qtbot, sample_path):
    fonts.register()
    ed = MapEditor(Document.open(sample_path))
    qtbot.addWidget(ed.view)
    ed.said = []
    ed.message.connect(ed.said.append)
    yield ed
    ed.view.commit_edit()
    ed.doc.close()


def rename(ed, title: str) -> EditCommand:
    return EditCommand("Rename", [Op("update_journey", {"title": title})], ed.apply, ed.message.emit)


def test_a_command_applies_when_pushed_and_again_on_redo(editor, sample_path):
    command = rename(editor, "Made by redo")
    assert editor.doc.journey.title != "Made by redo"        # built, not applied
    editor.stack.push(command)                               # Qt calls redo(): it applies
    assert editor.doc.journey.title == "Made by redo" and editor.stack.count() == 1
    assert command.changes is not None
    editor.stack.undo()
    assert editor.doc.journey.title != "Made by redo"
    editor.stack.redo()
    editor.doc.close()
    with Document.open(sample_path, read_only=True) as again:
        assert again.journey.title == "Made by redo"


def test_a_refused_command_never_reaches_the_stack_and_changes_nothing(editor):
    before = editor.doc.snapshot()
    emotions = next(l for l in editor.lay.lanes if l.kind == "emotions")
    op = Op("move_cards", {"card_ids": [editor.lay.cards[0].id], "stage_id": editor.lay.stages[0].id,
                           "lane_id": emotions.id, "index": 0})
    command = EditCommand("Move 1 card", [op], editor.apply, editor.message.emit)
    editor.stack.push(command)
    assert command.changes is None                          # deleted by push: obsolete
    assert editor.stack.count() == 0 and not editor.stack.canUndo()
    assert editor.doc.snapshot() == before
    assert len(editor.said) == 1 and "emotion" in editor.said[0]


def test_the_new_ids_of_an_add_reach_the_caller(editor):
    lane = next(l for l in editor.lay.lanes if l.kind == "actions")
    changes = editor.add_card(editor.lay.stages[0].id, lane.id, edit=False, text="Fresh")
    [card_id] = changes[0].result
    assert next(c.text for c in editor.doc.journey.cards if c.id == card_id) == "Fresh"


def test_a_cards_first_words_merge_into_its_add_step(editor, sample_path, qtbot):
    ed = editor
    ed.view.resize(1400, 900)
    ed.view.show()
    qtbot.waitExposed(ed.view)
    ed.view.set_zoom(0.7)
    lanes = {l.id for l in ed.lay.lanes if l.kind in ("actions", "backstage", "notes")}
    cell = next(c for key, c in ed.lay.cells.items() if not ed.lay.cell_cards.get(key) and key[1] in lanes)
    indices = []
    ed.stack.indexChanged.connect(indices.append)
    double_click(ed.view, *centre(cell))
    QTest.keyClicks(ed.view.viewport(), "Waits at the door")
    QTest.keyClick(ed.view.viewport(), Qt.Key.Key_Return)
    card = next(c for c in ed.doc.journey.cards if c.text == "Waits at the door")
    assert ed.stack.count() == 1 and ed.stack.undoText() == "Add card"
    assert indices == [1, 1]       # the stack itself took the words in (mergeWith), and said so
    ed.stack.undo()
    assert card.id not in {c.id for c in ed.doc.journey.cards}
    ed.stack.redo()
    again = next(c for c in ed.doc.journey.cards if c.id == card.id)  # the same id, the same words
    assert again.text == "Waits at the door"
    with Document.open(sample_path, read_only=True) as stored:  # what the file holds
        assert next(c.text for c in stored.journey.cards if c.id == card.id) == "Waits at the door"


def test_later_words_are_a_step_of_their_own(editor):
    lane = next(l for l in editor.lay.lanes if l.kind == "actions")
    [card_id] = editor.add_card(editor.lay.stages[0].id, lane.id)[0].result
    editor.view.commit_edit()           # left empty: withdrawn, no step at all
    assert editor.stack.count() == 0 and not editor.stack.canRedo()
    [card_id] = editor.add_card(editor.lay.stages[0].id, lane.id)[0].result
    editor.edit_text("card", card_id, "First")
    editor.edit_text("card", card_id, "Second")
    assert editor.stack.count() == 2 and editor.stack.undoText() == "Edit card text"
    editor.stack.undo()
    assert next(c.text for c in editor.doc.journey.cards if c.id == card_id) == "First"


def test_a_refused_edit_after_an_undo_leaves_no_stale_redo(qtbot, wayline, sample_path):
    window = wayline.open(sample_path)
    ed = window.editor
    ed.run("Rename", [Op("update_journey", {"title": "One"})])
    window.actions["edit_undo"].trigger()
    assert window.actions["edit_redo"].isEnabled()
    emotions = next(l for l in ed.lay.lanes if l.kind == "emotions")
    ed.move_cards([ed.lay.cards[0].id], ed.lay.stages[0].id, emotions.id, 0)
    # Qt's push dropped the redo step with the refused command: Redo must not offer it
    assert window.actions["edit_redo"].isEnabled() == ed.stack.canRedo()
    assert window.actions["edit_redo"].text() == "&Redo" or ed.stack.canRedo()
