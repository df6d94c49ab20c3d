"""File ▸ Recover… lists a map's backups and restores one as a new map."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.recover import RecoverDialog, offer_latest_good
from model.document import Document
from model.operations import Op


def test_recover_dialog_restores_the_chosen_backup(qtbot, sample_doc):
    sample_doc.apply(Op("update_journey", {"title": "Morning"}))
    sample_doc.backup()
    dialog = RecoverDialog(sample_doc.path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "Morning" in dialog.list.item(0).text()
    assert "46 cards" in dialog.list.item(0).text()
    dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.exists()
    with Document.open(dialog.restored, read_only=True) as restored:
        assert restored.journey.title == "Morning"


def test_no_backups_says_so(qtbot, sample_path):
    dialog = RecoverDialog(sample_path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()


def test_a_damaged_map_offers_its_latest_good_backup(qtbot, sample_doc, sample_path):
    sample_doc.backup()
    sample_doc.close()
    sample_path.write_bytes(sample_path.read_bytes()[:4000])

    def answer_yes():
        box = QApplication.activeModalWidget()
        assert "backup of this map" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
    QTimer.singleShot(50, answer_yes)
    restored = offer_latest_good(sample_path, "“sample.journey” is damaged.")
    assert restored is not None
    with Document.open(restored, read_only=True) as doc:
        assert len(doc.journey.cards) == 46
