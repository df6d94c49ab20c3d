"""File ▸ Recover… lists a map's backups and restores one as a new map."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.recover import RecoverDialog, describe, offer_latest_good
from model import backups
from model.document import Document
from model.operations import Op


def test_recover_dialog_restores_the_chosen_backup(qtbot, sample_doc):
    sample_doc.apply(Op("update_journey", {"title": "Morning"}))
    sample_doc.backup()
    dialog = RecoverDialog(sample_doc.path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "Morning" in dialog.list.item(0).text()
    assert "48 cards" in dialog.list.item(0).text()
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
        assert len(doc.journey.cards) == 48


def _everything(folder):
    return {p: p.read_bytes() if p.is_file() else None for p in folder.rglob("*")}


@pytest.mark.parametrize("name", ["Workshop #3.journey", "Q?.journey", "100%41.journey"])
def test_recover_lists_describes_and_restores_maps_with_awkward_names(
        qtbot, tmp_path, private_data_folder, name):
    path = tmp_path / name
    with Document.create(path, "sample") as doc:
        doc.apply(Op("update_journey", {"title": "Before lunch"}))
        doc.backup()
        expected = doc.snapshot()
        doc.apply(Op("delete_cards", {"card_ids": [c.id for c in doc.journey.cards]}))
    data_before = _everything(private_data_folder)
    [backup] = backups.list_backups(path)
    assert "48 cards" in describe(backup) and "Before lunch" in describe(backup)
    dialog = RecoverDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "damaged" not in dialog.list.item(0).text()
    assert _everything(private_data_folder) == data_before  # describing writes nothing
    dialog.restore_button.click()
    with Document.open(dialog.restored) as restored:
        assert restored.snapshot() == expected
    assert _everything(private_data_folder) == data_before  # restoring strays nothing either
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, dialog.restored.name])


def test_recover_ignores_a_users_copy_in_the_backup_folder(qtbot, sample_doc):
    copy = sample_doc.backup()
    (copy.parent / f"{copy.stem} copy.journey").write_bytes(copy.read_bytes())
    (copy.parent / "notes.journey").write_bytes(b"not a map")
    dialog = RecoverDialog(sample_doc.path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "48 cards" in dialog.list.item(0).text()
