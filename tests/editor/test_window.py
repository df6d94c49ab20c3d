"""The map window: actions, files, windows, clipboard between windows, panels."""
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from model.document import Document
from model.errors import FileInUse

from tests.canvas.helpers import centre, click


def test_title_shows_the_file_name(window, sample_path):
    assert window.windowTitle().startswith(sample_path.name)


def test_every_action_has_a_name_and_no_shortcut_is_shared(window):
    keys = Counter()
    for name, action in window.actions.items():
        assert action.objectName() == name
        for seq in action.shortcuts():
            keys[seq.toString()] += 1
    assert keys and max(keys.values()) == 1
    assert QKeySequence(QKeySequence.StandardKey.Undo) in window.actions["edit_undo"].shortcuts()


def test_delete_key_removes_selected_card_and_undo_names_the_step(window, qtbot):
    ed = window.editor
    card = ed.lay.cards[0]
    click(window.view, *centre(card.rect))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert card.id not in {c.id for c in ed.doc.journey.cards}
    assert window.actions["edit_undo"].text() == "&Undo Delete 1 card"
    window.actions["edit_undo"].trigger()
    assert card.id in {c.id for c in ed.doc.journey.cards}


def test_deleting_the_last_stage_is_refused_with_a_message(wayline, tmp_path, qtbot):
    path = tmp_path / "one.journey"
    win = wayline.open(path)  # does not exist yet: a blank map
    ed = win.editor
    while len(ed.doc.journey.stages) > 1:
        ed.scene.select("stage", [ed.doc.journey.stages[-1].id])
        ed.delete_selection()
    ed.scene.select("stage", [ed.doc.journey.stages[0].id])
    ed.delete_selection()
    assert len(ed.doc.journey.stages) == 1
    assert "at least one stage" in win.statusBar().currentMessage()


def test_copy_paste_between_two_windows(wayline, window, tmp_path, qtbot):
    other = wayline.open(tmp_path / "other.journey")
    assert len(wayline.windows) == 2
    ed = window.editor
    first = ed.lay.cards[0]
    ed.scene.select("card", [first.id])
    window.actions["edit_copy"].trigger()
    n = len(other.editor.doc.journey.cards)
    other.editor.paste()
    texts = [c.text for c in other.editor.doc.journey.cards]
    assert len(texts) == n + 1 and ed.text_of("card", first.id) in texts


def test_duplicate_places_the_copy_after_the_original(window):
    ed = window.editor
    card = ed.lay.cards[0]
    ed.scene.select("card", [card.id])
    window.actions["edit_duplicate"].trigger()
    cell = sorted((c for c in ed.doc.journey.cards
                   if (c.stage_id, c.lane_id) == (card.stage_id, card.lane_id)), key=lambda c: c.position)
    assert cell[card.index + 1].text == cell[card.index].text
    assert ed.scene.selected("card") == [cell[card.index + 1].id]


def test_opening_the_same_map_twice_raises_its_window(wayline, window, sample_path):
    assert wayline.open(sample_path) is window and len(wayline.windows) == 1


def test_a_map_held_elsewhere_is_offered_read_only(wayline, sample_path, monkeypatch):
    from editor import app as appmod
    asked = []
    monkeypatch.setattr(appmod, "ask_read_only", lambda parent, msg: asked.append(msg) or True)
    real_open = Document.open

    def held(path, read_only=False):
        if not read_only:
            raise FileInUse("“sample.journey” is open in Wayline by someone; you can open it read-only.")
        return real_open(path, read_only=True)
    monkeypatch.setattr(Document, "open", staticmethod(held))
    win = wayline.open(sample_path)
    assert asked and win.editor.doc.read_only and "(read-only)" in win.windowTitle()


def test_a_refused_file_shows_its_sentence(wayline, tmp_path):
    bad = tmp_path / "bad.journey"
    bad.write_bytes(b"not a map at all" * 100)
    assert wayline.open(bad) is None
    assert wayline.messages and "Traceback" not in wayline.messages[0]


def test_properties_panel_renames_a_stage(window):
    ed = window.editor
    stage = ed.lay.stages[0]
    ed.scene.select("stage", [stage.id])
    panel = window.properties_panel
    assert panel.currentWidget() is panel.pages["stage"]
    panel.stage_name.setText("Discover")
    panel.stage_name.editingFinished.emit()
    assert ed.doc.journey.stages[0].name == "Discover"
    assert ed.stack.undoText() == "Rename stage"


def test_persona_panel_sets_a_photo(window, tmp_path):
    from PIL import Image
    photo = tmp_path / "maya.png"
    Image.new("RGB", (300, 200), "orange").save(photo)
    persona = window.editor.doc.journey.personas[0]
    before = persona.photo_id
    window.persona_panel.set_photo(str(photo))
    assert persona.photo_id not in (None, before)
    assert window.editor.persona_photo() is not None
    stack = window.editor.stack
    assert stack.undoText() == "Set persona photo", [stack.text(i) for i in range(stack.count())]
    window.editor.stack.undo()
    assert persona.photo_id == before


def test_dropping_a_non_image_changes_nothing(window, tmp_path):
    ed = window.editor
    before = ed.doc.snapshot()
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    lane = next(l for l in ed.lay.lanes if l.kind == "images")
    ed.view.files_dropped.emit([str(note)], ed.lay.stages[0].id, lane.id)
    assert ed.doc.snapshot() == before
    assert "not a picture" in window.statusBar().currentMessage()


def test_run_with_a_new_path_creates_a_blank_map(wayline, tmp_path):
    win = wayline.open(tmp_path / "fresh.journey")
    assert (tmp_path / "fresh.journey").exists() and win.editor.doc.journey.stages


def test_keyboard_f2_edits_and_ctrl_a_selects_all(window):
    ed = window.editor
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(ed.scene.selected("card")) == len(ed.lay.cards)
    card = ed.lay.cards[3]
    ed.scene.select("card", [card.id])
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    assert window.view.editor is not None
    QTest.keyClicks(window.view.viewport(), "Renamed")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)  # commits; the action must not eat it
    assert ed.text_of("card", card.id) == "Renamed"
    assert window.view.editor is None


def test_delete_key_while_editing_deletes_text_not_cards(window):
    ed = window.editor
    card = ed.lay.cards[0]
    n = len(ed.doc.journey.cards)
    ed.view.start_edit("card", card.id)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    assert len(ed.doc.journey.cards) == n
