"""A map whose schema hides logic is never opened for editing: the editor
offers a clean copy made from its data, and the original keeps every byte."""
import shutil
import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from model.operations import Op
from tests.reliability.neighbours import FIXTURE_V1, files
from tests.reliability.test_schema_attacks import WIPE_TRIGGER


def trapped_map(tmp_path):
    path = tmp_path / "Workshop #3.journey"
    shutil.copy(FIXTURE_V1, path)
    conn = sqlite3.connect(path)
    conn.execute(WIPE_TRIGGER)
    conn.close()
    return path


def answer_question(button_text: str, seen: list):
    """Click a button of the message box once it is up, as a person would."""
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for b in box.buttons():
            if b.text() == button_text or (button_text == "Cancel"
                                           and box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole):
                b.click()
                return
    QTimer.singleShot(20, click)


def test_the_editor_opens_a_clean_copy_and_edits_it(wayline, tmp_path):
    path = trapped_map(tmp_path)
    cards = len(sqlite3.connect(path).execute("SELECT id FROM card").fetchall())
    before = files(tmp_path)
    seen = []
    answer_question("Open a Clean Copy", seen)
    window = wayline.open(path)
    assert seen and "trigger “wipe”" in seen[0] and "clean copy" in seen[0]
    doc = window.editor.doc
    assert doc.path.name == "Workshop #3 (clean copy).journey" and not doc.read_only
    card = doc.journey.cards[0]
    doc.apply(Op("update_card", {"card_id": card.id, "text": "edited once"}))
    assert len(doc.journey.cards) == cards
    window.close()
    assert {k: v for k, v in files(tmp_path).items() if k in before} == before
    assert len(sqlite3.connect(doc.path).execute("SELECT id FROM card").fetchall()) == cards


def test_declining_the_clean_copy_opens_nothing_and_writes_nothing(wayline, tmp_path):
    path = trapped_map(tmp_path)
    before = files(tmp_path)
    seen = []
    answer_question("Cancel", seen)
    assert wayline.open(path) is None
    assert seen and files(tmp_path) == before
