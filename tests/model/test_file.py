"""The .journey file: identity, round trips, refusals that leave the bytes alone,
repairs in memory, migration with a backup, and the edit lock."""
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

import main
from model import fileformat, schema
from model.document import Document
from model.errors import FileInUse, FileRefused
from model.fileformat import APPLICATION_ID, SCHEMA_VERSION
from model.operations import Op

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "v1-sample.journey"
FIXTURE = Path(__file__).parent.parent / "fixtures" / "v4-sample.journey"  # the v1 map, migrated to the current version
ROOT = Path(__file__).resolve().parents[2]


def assert_refused_untouched(path, match, **kw):
    before = path.read_bytes()
    siblings = set(path.parent.iterdir())
    with pytest.raises(FileRefused, match=match) as info:
        Document.open(path, **kw)
    assert path.read_bytes() == before
    assert set(path.parent.iterdir()) == siblings  # no journal, lock or backup left behind
    assert "\n" not in info.value.message and "Traceback" not in info.value.message
    return info.value


def test_new_file_carries_identity_and_round_trips(tmp_path):
    path = tmp_path / "m.journey"
    doc = Document.create(path, "sample")
    doc.apply(Op("update_journey", {"title": "Renamed"}))
    before = doc.snapshot()
    doc.close()
    head = path.read_bytes()[:100]
    assert struct.unpack(">I", head[68:72])[0] == APPLICATION_ID
    assert struct.unpack(">i", head[60:64])[0] == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    with Document.open(path) as again:
        assert again.snapshot() == before
        assert again.notices == []


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "m.journey"
    path.write_bytes(b"precious")
    with pytest.raises(Exception, match="already exists"):
        Document.create(path, "blank")
    assert path.read_bytes() == b"precious"
    assert list(tmp_path.iterdir()) == [path]


def test_png_renamed_is_refused(tmp_path):
    path = tmp_path / "photo.journey"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert_refused_untouched(path, "not a Wayline journey map")


def test_empty_and_truncated_files_are_refused(tmp_path):
    path = tmp_path / "empty.journey"
    path.write_bytes(b"")
    assert_refused_untouched(path, "not a Wayline journey map")
    cut = tmp_path / "cut.journey"
    cut.write_bytes(FIXTURE_V1.read_bytes()[:3000])
    assert_refused_untouched(cut, "damaged")


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.journey"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "another program")


def test_file_from_a_newer_wayline_is_refused(tmp_path):
    path = tmp_path / "future.journey"
    data = bytearray(FIXTURE_V1.read_bytes())
    data[60:64] = struct.pack(">i", SCHEMA_VERSION + 1)
    path.write_bytes(bytes(data))
    assert_refused_untouched(path, "newer version of Wayline")


def test_corrupt_file_is_refused(tmp_path):
    path = tmp_path / "corrupt.journey"
    data = bytearray(FIXTURE_V1.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):  # scribble over every b-tree page header but the first
        data[p * page + 1:p * page + 12] = b"\xff" * 11
    path.write_bytes(bytes(data))
    assert_refused_untouched(path, "damaged")


def test_missing_table_is_refused(tmp_path):
    path = tmp_path / "partial.journey"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE emotion_marker")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "part of the map is missing")


def test_bad_values_are_repaired_in_memory_and_reported(tmp_path):
    path = tmp_path / "odd.journey"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE stage SET width = 1e308 WHERE id = 1")
    conn.execute("UPDATE stage SET colour = 'blue' WHERE id = 2")
    conn.execute("UPDATE emotion_marker SET feeling = 17 WHERE id = 1")
    conn.execute("UPDATE card SET votes = 'many' WHERE id = 2")
    conn.execute("UPDATE card SET stage_id = 999 WHERE id = 3")  # foreign keys are off here
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with Document.open(path) as doc:
        text = " ".join(doc.notices)
        assert "stage width" in text and "stage colour" in text and "feeling" in text
        assert "vote count" in text and "missing stage or lane" in text
        j = doc.journey
        assert j.stages[0].width == 4000 and j.stages[1].colour == "#5b7db1"
        assert j.markers[0].feeling == 3.0
        assert 3 not in [c.id for c in j.cards]
    assert path.read_bytes() == before  # opening alone writes nothing


def test_repairs_reach_the_file_with_the_next_edit(tmp_path):
    path = tmp_path / "odd.journey"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE stage SET width = -4 WHERE id = 1")
    conn.commit()
    conn.close()
    with Document.open(path) as doc:
        doc.apply(Op("update_journey", {"title": "Edited"}))
    with Document.open(path) as doc:
        assert doc.notices == [] and doc.journey.stages[0].width == 80


def test_first_migration_keeps_a_backup_of_the_version_1_file(tmp_path):
    path = tmp_path / "old.journey"
    shutil.copy(FIXTURE_V1, path)
    original = path.read_bytes()
    with Document.open(path) as doc:
        assert any("upgraded" in n for n in doc.notices)
        assert len(doc.journey.cards) == 46
    backup = tmp_path / "old.v1-backup.journey"
    assert backup.read_bytes()[60:72] == original[60:72]  # still version 1, still a journey
    assert struct.unpack(">i", path.read_bytes()[60:64])[0] == SCHEMA_VERSION == 4
    conn = sqlite3.connect(path)
    assert schema.differences(conn, 4) == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    old = sqlite3.connect(backup)  # the whole old map, in the old schema
    assert schema.differences(old, 1) == []
    for table, columns in schema.tables(1).items():
        names = ", ".join(f'"{c}"' for c in columns)
        assert conn.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall() == \
            old.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()  # every row kept
        uuids = [u for (u,) in conn.execute(f"SELECT uuid FROM {table}")]
        assert len(set(uuids)) == len(uuids) and all(str(uuid.UUID(u)) == u for u in uuids)
        assert all(uuid.UUID(u).version == 4 for u in uuids)
    assert dict(conn.execute("SELECT name, seq FROM sqlite_sequence WHERE seq > 0")) == \
        dict(old.execute("SELECT name, seq FROM sqlite_sequence"))  # numbering goes on, no reuse
    conn.close()
    old.close()
    assert main.main(["check", str(path)]) == 0


def test_version_1_fixture_opens_with_the_current_schema():
    with Document.open(FIXTURE_V1, read_only=True) as doc:
        assert doc.journey.title == "Online grocery — first order"
        assert len(doc.journey.cards) == 46 and len(doc.journey.markers) == 10


def test_read_only_file_opens_for_viewing_and_says_so(tmp_path, monkeypatch):
    path = tmp_path / "ro.journey"
    shutil.copy(FIXTURE, path)
    os.chmod(path, 0o444)
    if os.geteuid() == 0:  # root may write anything: make the check see what a user sees
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path and mode == os.W_OK
                            else real_access(p, mode))
    before = path.read_bytes()
    with Document.open(path) as doc:
        assert doc.read_only
        assert "read-only" in doc.notices[0]
    assert path.read_bytes() == before


def test_a_map_open_in_another_wayline_is_refused_and_can_be_read(tmp_path):
    path = tmp_path / "shared.journey"
    shutil.copy(FIXTURE, path)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(ROOT)!r})
        from model.document import Document
        doc = Document.open({str(path)!r})
        print("open", flush=True)
        sys.stdin.readline()
        doc.close()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = path.read_bytes()
        with pytest.raises(FileInUse, match="read-only"):
            Document.open(path)
        assert path.read_bytes() == before
        with Document.open(path, read_only=True) as viewer:
            assert len(viewer.journey.cards) == 46
    finally:
        holder.communicate("\n", timeout=30)
    with Document.open(path) as doc:  # once the other closes, it is free again
        assert not doc.read_only


def test_a_stale_lock_from_a_crashed_wayline_is_taken_over(tmp_path):
    path = tmp_path / "m.journey"
    shutil.copy(FIXTURE, path)
    (tmp_path / ".~lock.m.journey#").write_text('{"user": "x", "host": "y", "since": 0}')
    with Document.open(path) as doc:
        assert not doc.read_only
    assert not (tmp_path / ".~lock.m.journey#").exists()


def test_save_as_copies_the_live_map_and_continues_on_the_copy(sample_doc, tmp_path):
    target = tmp_path / "copy.journey"
    sample_doc.apply(Op("update_journey", {"title": "Before copy"}))
    sample_doc.save_as(target)
    assert sample_doc.path == target
    sample_doc.apply(Op("update_journey", {"title": "Only in the copy"}))
    with Document.open(tmp_path / "sample.journey", read_only=True) as original:
        assert original.journey.title == "Before copy"
    sample_doc.close()
    with Document.open(target, read_only=True) as copy:
        assert copy.journey.title == "Only in the copy"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


# -- the edit lock: never through a link, never skipped (issue 9, items 4 and 5) -------------
def _victim(tmp_path):
    elsewhere = tmp_path / "home" / ".ssh"
    elsewhere.mkdir(parents=True)
    victim = elsewhere / "authorized_keys"
    victim.write_text("ssh-ed25519 AAAA... me@laptop\n")
    return victim


def _map(tmp_path, name="m.journey"):
    path = tmp_path / name
    shutil.copy(FIXTURE, path)
    return path


def _assert_viewing_only(doc, why):
    assert doc.read_only
    assert any(why in n and "viewing only" in n for n in doc.notices), doc.notices
    assert all("\n" not in n for n in doc.notices)


def test_a_lock_file_that_is_a_symlink_is_never_written_through(tmp_path):
    path = _map(tmp_path)
    victim = _victim(tmp_path)
    lock = tmp_path / ".~lock.m.journey#"
    lock.symlink_to(victim)
    before = path.read_bytes()
    with Document.open(path) as doc:
        _assert_viewing_only(doc, "it is a link")
    assert victim.read_text() == "ssh-ed25519 AAAA... me@laptop\n"
    assert lock.is_symlink() and path.read_bytes() == before


def test_a_dangling_lock_symlink_creates_nothing(tmp_path):
    path = _map(tmp_path)
    autostart = tmp_path / "home" / ".config" / "autostart"
    autostart.mkdir(parents=True)
    planted = autostart / "evil.desktop"
    lock = tmp_path / ".~lock.m.journey#"
    lock.symlink_to(planted)
    with Document.open(path) as doc:
        _assert_viewing_only(doc, "it is a link")
    assert not planted.exists() and list(autostart.iterdir()) == []
    assert lock.is_symlink()


def test_a_folder_in_place_of_the_lock_means_viewing_only(tmp_path):
    path = _map(tmp_path)
    (tmp_path / ".~lock.m.journey#").mkdir()
    with Document.open(path) as doc:
        _assert_viewing_only(doc, "folder")
    assert (tmp_path / ".~lock.m.journey#").is_dir()


def test_a_lock_of_another_user_means_viewing_only(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to give the lock file to another user")
    path = _map(tmp_path)
    lock = tmp_path / ".~lock.m.journey#"
    lock.write_text('{"user": "ana", "host": "team", "since": 0}')
    os.chown(lock, 4242, 4242)
    with Document.open(path) as doc:
        _assert_viewing_only(doc, "another user")
    assert lock.read_text() == '{"user": "ana", "host": "team", "since": 0}'


def test_a_name_too_long_for_a_lock_file_means_viewing_only(tmp_path):
    path = _map(tmp_path, "a" * 240 + ".journey")  # the lock's name would pass 255 bytes
    with Document.open(path) as doc:
        _assert_viewing_only(doc, "too long")
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_hard_link_cannot_open_a_map_twice_in_one_process(tmp_path):
    path = _map(tmp_path, "a.journey")
    other = tmp_path / "b.journey"
    os.link(path, other)
    with Document.open(path) as doc:
        with pytest.raises(FileInUse, match="read-only"):
            Document.open(other)
        with pytest.raises(FileInUse):
            Document.open(tmp_path / "." / "a.journey")
        with Document.open(other, read_only=True) as viewer:
            assert len(viewer.journey.cards) == 46
        doc.apply(Op("update_journey", {"title": "Still editable"}))
    with Document.open(other) as again:  # free once closed, under any name
        assert not again.read_only and again.journey.title == "Still editable"


def test_a_hard_link_cannot_open_a_map_held_by_another_process(tmp_path):
    path = _map(tmp_path, "a.journey")
    other = tmp_path / "b.journey"
    os.link(path, other)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(ROOT)!r})
        from model.document import Document
        doc = Document.open({str(path)!r})
        print("open", flush=True)
        sys.stdin.readline()
        doc.close()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = path.read_bytes()
        with pytest.raises(FileInUse, match="read-only"):
            Document.open(other)
        assert path.read_bytes() == before
        assert not (tmp_path / ".~lock.b.journey#").exists()
    finally:
        holder.communicate("\n", timeout=30)
    with Document.open(other) as doc:
        assert not doc.read_only


def test_sqlite_edits_while_the_map_itself_is_flocked(tmp_path):
    """flock on the map (the lock every hard link shares) is separate from the
    byte-range locks SQLite takes: edits and other readers work as usual."""
    fcntl = pytest.importorskip("fcntl")
    path = _map(tmp_path)
    with Document.open(path) as doc:
        probe = os.open(path, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(probe)
        stage, lane = doc.journey.stages[0], doc.journey.lanes[0]
        for i in range(5):
            doc.apply(Op("add_cards", {"cards": [{"stage_id": stage.id, "lane_id": lane.id, "text": f"n{i}"}]}))
        count = subprocess.run([sys.executable, "-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1])"
                                ".execute('SELECT count(*) FROM card').fetchone()[0])", str(path)],
                               capture_output=True, text=True, timeout=30)
        assert count.stdout.strip() == "51"
    with Document.open(path, read_only=True) as doc:
        assert len(doc.journey.cards) == 51
