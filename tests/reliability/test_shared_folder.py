"""Maps on network drives and in synced folders are edited as a local working
copy and written back whole after every change; the user is told."""
import shutil
from pathlib import Path

from model import shared_folder
from model.document import Document
from model.operations import Op
from tests.model.test_file import FIXTURE_V1

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
    shutil.copy(FIXTURE_V1, path)
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
    shutil.copy(FIXTURE_V1, path)
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
