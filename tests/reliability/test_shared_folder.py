"""Maps on network drives and in synced folders are edited as a local working
copy and written back whole after every change; the user is told."""
import shutil
from pathlib import Path

from model import shared_folder
from model.document import Document
from model.operations import Op
from tests.model.test_file import FIXTURE

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /mnt/team rw,relatime shared:20 - cifs //files/team rw,vers=3.0
41 22 0:36 / /mnt/team/local\\040disk rw - ext4 /dev/sdb1 rw
"""


def test_network_mounts_and_sync_folders_are_recognised():
    assert shared_folder.mount_type(Path("/mnt/team/maps/a.journey"), MOUNTINFO) == "cifs"
    assert shared_folder.mount_type(Path("/mnt/team/local disk/a.journey"), MOUNTINFO) == "ext4"
    assert shared_folder.mount_type(Path("/home/me/a.journey"), MOUNTINFO) == "ext4"
    assert shared_folder.detect(Path("/mnt/team/maps/a.journey"), MOUNTINFO) == "a network drive"
    assert shared_folder.detect(Path("/home/me/a.journey"), MOUNTINFO) is None
    assert shared_folder.detect(Path("/home/me/Dropbox/w/a.journey"), MOUNTINFO) == "a Dropbox folder"
    assert shared_folder.detect(Path("/u/OneDrive - Acme/a.journey"), MOUNTINFO) == "a OneDrive folder"


def test_a_map_in_a_synced_folder_never_shows_a_journal_there(tmp_path, private_data_folder):
    synced = tmp_path / "Dropbox" / "workshops"
    synced.mkdir(parents=True)
    path = synced / "map.journey"
    shutil.copy(FIXTURE, path)
    doc = Document.open(path)
    try:
        assert "Dropbox folder" in doc.notices[0] and "writes the whole map back" in doc.notices[0]
        assert doc.path == path
        for i in range(5):
            doc.apply(Op("update_journey", {"title": f"Edit {i}"}))
            names = {p.name for p in synced.iterdir()}
            assert names <= {"map.journey", ".~lock.map.journey#"}  # no journal, no temp file
            with Document.open(path, read_only=True) as shared:  # the shared file is whole and current
                assert shared.journey.title == f"Edit {i}"
    finally:
        doc.close()
    assert not list((private_data_folder / "working").rglob("*.journey"))  # the local copy is gone


def test_a_failed_write_back_keeps_the_edit_and_retries(tmp_path, monkeypatch):
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    path = synced / "map.journey"
    shutil.copy(FIXTURE, path)
    with Document.open(path) as doc:
        real_copy = shared_folder.WorkingCopy.write_back
        monkeypatch.setattr(shared_folder.WorkingCopy, "write_back",
                            lambda self, conn: (setattr(self, "error", "drive gone"), False)[1])
        doc.apply(Op("update_journey", {"title": "Offline edit"}))
        assert doc.write_back_error == "drive gone"
        assert doc.journey.title == "Offline edit"
        monkeypatch.setattr(shared_folder.WorkingCopy, "write_back", real_copy)
        doc.apply(Op("update_journey", {"scenario": "Back online"}))
        assert doc.write_back_error is None
    with Document.open(path, read_only=True) as shared:
        assert (shared.journey.title, shared.journey.scenario) == ("Offline edit", "Back online")


# -- a write-back that fails: shown, retried, never discarded (issue 9 item 3) ----------
import errno  # noqa: E402
import os  # noqa: E402

import pytest  # noqa: E402

from model import filestore  # noqa: E402
from model.errors import PendingWriteBack  # noqa: E402


def shared_map(tmp_path, name="map.journey"):
    synced = tmp_path / "Dropbox" / "team"
    synced.mkdir(parents=True, exist_ok=True)
    path = synced / name
    Document.create(tmp_path / "made.journey", "sample").close()
    shutil.move(tmp_path / "made.journey", path)
    return path


def drive_full(monkeypatch):
    """The shared drive is full until the returned function is called."""
    real = filestore.copy_database

    def full(conn, target):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(filestore, "copy_database", full)
    return lambda: monkeypatch.setattr(filestore, "copy_database", real)


def shared_state(path):
    with Document.open(path, read_only=True) as shared:
        return shared.snapshot()


def test_edits_while_the_drive_is_full_are_saved_here_shown_and_kept(tmp_path, monkeypatch,
                                                                     private_data_folder):
    path = shared_map(tmp_path)
    before = shared_state(path)
    doc = Document.open(path)
    space_again = drive_full(monkeypatch)
    doc.apply(Op("update_journey", {"title": "Offline 1"}))  # not refused: committed here
    doc.apply(Op("update_journey", {"scenario": "Offline 2"}))
    assert doc.journey.title == "Offline 1"
    assert doc.write_back_error.startswith("Not written back to “map.journey” on a Dropbox folder: "
                                           "the drive is full.")
    assert "safe on this computer" in doc.write_back_error
    assert not doc.retry_write_back()
    doc.close()  # the last write-back fails too: no exception, the copy stays
    assert "open the map again" in doc.kept_notice
    mine = doc.snapshot()
    assert shared_state(path) == before
    space_again()
    with pytest.raises(PendingWriteBack) as refused:  # the next open does not overwrite it
        Document.open(path)
    assert not refused.value.changed and "finish writing them back" in refused.value.message
    with pytest.raises(PendingWriteBack):  # asking twice changes nothing
        Document.open(path)
    assert Document.resolve_write_back(path) is None  # finish
    assert shared_state(path) == mine
    with Document.open(path) as again:
        assert again.snapshot() == mine and again.write_back_error is None
    assert not list((private_data_folder / "working").rglob("*.journey"))


def test_a_failed_write_back_is_retried_and_then_cleared(tmp_path, monkeypatch):
    path = shared_map(tmp_path)
    with Document.open(path) as doc:
        space_again = drive_full(monkeypatch)
        doc.apply(Op("update_journey", {"title": "Offline"}))
        assert doc.write_back_error
        space_again()
        assert doc.retry_write_back() and doc.write_back_error is None
        assert shared_state(path) == doc.snapshot()


def test_when_the_shared_folder_vanishes_edits_are_not_refused_and_close_never_raises(tmp_path):
    path = shared_map(tmp_path)
    before = shared_state(path)
    doc = Document.open(path)
    gone = tmp_path / "Dropbox" / "team-gone"
    os.rename(path.parent, gone)
    doc.apply(Op("update_journey", {"title": "While it was gone"}))  # no JourneyError
    card = doc.journey.cards[0]
    doc.apply(Op("update_card", {"card_id": card.id, "text": "kept here"}))
    assert "the folder is not there" in doc.write_back_error
    doc.close()
    mine = doc.snapshot()
    assert doc.kept_notice
    os.rename(gone, path.parent)
    with pytest.raises(PendingWriteBack):
        Document.open(path)
    kept = Document.resolve_write_back(path, keep_both=True)
    assert kept.parent == path.parent and kept.name.startswith("map (not written back ")
    assert shared_state(kept) == mine  # two files, each with its own cards
    assert shared_state(path) == before
    with Document.open(path) as original:  # and the original opens for editing again
        assert original.snapshot() == before


def test_finishing_never_overwrites_someone_elses_newer_map(tmp_path, monkeypatch):
    path = shared_map(tmp_path)
    doc = Document.open(path)
    space_again = drive_full(monkeypatch)
    doc.apply(Op("update_journey", {"title": "Mine"}))
    doc.close()
    mine = doc.snapshot()
    space_again()
    other = tmp_path / "other.journey"  # a colleague's edit arrives through the sync client
    shutil.copy(path, other)
    with Document.open(other) as theirs:
        theirs.apply(Op("update_journey", {"title": "Theirs"}))
    os.replace(other, path)
    with pytest.raises(PendingWriteBack) as refused:
        Document.open(path)
    assert refused.value.changed and "Someone else has changed" in refused.value.message
    with pytest.raises(PendingWriteBack):
        Document.resolve_write_back(path)  # finish is refused
    with Document.open(path, read_only=True) as shared:
        assert shared.journey.title == "Theirs"
    kept = Document.resolve_write_back(path, keep_both=True)
    assert shared_state(kept) == mine


def test_a_commit_whose_write_back_never_ran_is_kept(tmp_path, monkeypatch):
    """Killed between a commit and its write-back: the change counter tells."""
    path = shared_map(tmp_path)
    doc = Document.open(path)
    real = shared_folder.WorkingCopy.write_back
    monkeypatch.setattr(shared_folder.WorkingCopy, "write_back", lambda self, conn: True)
    doc.apply(Op("update_journey", {"title": "Committed, never written back"}))
    doc.close()
    monkeypatch.setattr(shared_folder.WorkingCopy, "write_back", real)
    with pytest.raises(PendingWriteBack):
        Document.open(path)


def test_a_read_only_open_ignores_a_pending_working_copy(tmp_path, monkeypatch):
    path = shared_map(tmp_path)
    before = shared_state(path)
    doc = Document.open(path)
    space_again = drive_full(monkeypatch)
    doc.apply(Op("update_journey", {"title": "Mine"}))
    doc.close()
    space_again()
    assert shared_state(path) == before  # info, check and export read the shared map
    with pytest.raises(PendingWriteBack):
        Document.open(path)  # and the working copy is still there


def test_no_data_folder_for_a_working_copy_opens_read_only_with_a_sentence(tmp_path, monkeypatch):
    path = shared_map(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("WAYLINE_DATA_DIR", str(blocker / "Wayline"))
    before = path.read_bytes()
    with Document.open(path) as doc:
        assert doc.read_only
        assert "cannot keep one in" in doc.notices[0] and "open for viewing only" in doc.notices[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["map.journey"]


def test_finishing_a_write_back_needs_a_safe_lock(tmp_path, monkeypatch):
    """No lock, no writing: finishing a pending write-back where no safe lock
    can be made (a folder in the lock's place) is refused and changes nothing."""
    from model.errors import JourneyError
    from model.lock import lock_path
    path = shared_map(tmp_path)
    before = shared_state(path)
    doc = Document.open(path)
    space_again = drive_full(monkeypatch)
    doc.apply(Op("update_journey", {"title": "Offline"}))
    doc.close()
    space_again()
    lock_path(path).mkdir()
    with pytest.raises(JourneyError):
        Document.resolve_write_back(path)
    assert shared_state(path) == before
