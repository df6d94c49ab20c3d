"""The editor takes a backup every 30 minutes while a map changes, and on close."""
from editor.mapeditor import MapEditor
from model import backups
from model.backups import BackupClock
from model.document import Document
from model.operations import Op


def editor_with_clock(qtbot, path):
    editor = MapEditor(Document.open(path))
    qtbot.addWidget(editor.view)
    now = [0.0]
    editor.backups.clock = BackupClock(clock=lambda: now[0])
    return editor, now


def test_a_changing_map_is_backed_up_every_30_minutes(qtbot, sample_path):
    editor, now = editor_with_clock(qtbot, sample_path)
    try:
        now[0] = 3600
        editor.backups.timer.timeout.emit()
        assert backups.list_backups(sample_path) == []  # nothing changed, nothing to keep
        editor.run("Rename", [Op("update_journey", {"title": "Workshop morning"})])
        editor.backups.timer.timeout.emit()
        [first] = backups.list_backups(sample_path)
        editor.run("Rename", [Op("update_journey", {"title": "Workshop noon"})])
        now[0] += 10 * 60
        editor.backups.timer.timeout.emit()
        assert backups.list_backups(sample_path) == [first]  # not due yet
    finally:
        editor.close()
    # closing with a change since the last backup takes one more
    newest = backups.list_backups(sample_path)
    assert len(newest) in (1, 2)  # two when the clock's second ticked over
    with Document.open(newest[0], read_only=True) as copy:
        assert copy.journey.title == "Workshop noon"


def test_a_failed_backup_is_said_once_and_editing_goes_on(qtbot, sample_path, monkeypatch):
    editor, now = editor_with_clock(qtbot, sample_path)
    said = []
    editor.message.connect(said.append)

    def refuse():
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(editor.doc, "backup", refuse)
    try:
        for title in ("One", "Two"):
            editor.run("Rename", [Op("update_journey", {"title": title})])
            now[0] += 31 * 60
            editor.backups.timer.timeout.emit()
        assert len([m for m in said if "backup" in m]) == 1 and "No space left" in said[0]
        assert editor.doc.journey.title == "Two"
    finally:
        editor.close()


def test_a_users_copy_in_the_backup_folder_never_stops_backups(qtbot, sample_path):
    editor, now = editor_with_clock(qtbot, sample_path)
    said = []
    editor.message.connect(said.append)
    folder = backups.folder_for(sample_path)
    folder.mkdir(parents=True)
    stray = folder / "sample copy.journey"
    stray.write_bytes(b"kept by hand")
    try:
        for title in ("One", "Two"):
            editor.run("Rename", [Op("update_journey", {"title": title})])
            now[0] += 31 * 60
            editor.backups.timer.timeout.emit()
        assert said == [] and len(backups.list_backups(sample_path)) in (1, 2)
        assert stray.read_bytes() == b"kept by hand"
    finally:
        editor.close()
