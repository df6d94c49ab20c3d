"""Where Wayline writes (issue 9): an export or a Save As never lands on an open
map, whatever name reaches it; a symlink is written through, a read-only file,
a pipe or a device is refused; the temp-file sweep removes only Wayline's own
leftovers; a full disk is a sentence, never a traceback."""
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import main
from model import backups, filestore
from model.document import Document
from model.errors import JourneyError, StorageError
from model.operations import Op

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "v4-sample.journey"
HOUR_AGO = time.time() - 2 * 3600


def a_map(folder: Path, name: str = "m.journey") -> Path:
    path = folder / name
    shutil.copy(FIXTURE, path)
    return path


def export(capsys, *args) -> tuple[int, str]:
    status = main.main(["export", *map(str, args)])
    return status, capsys.readouterr().err


def _old(*paths):
    for p in paths:
        os.utime(p, (HOUR_AGO, HOUR_AGO), follow_symlinks=False)


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".~wayline-")]


# -- exports never overwrite the map (item 7) --------------------------------------
@pytest.mark.parametrize("spelling", ["same", "dotted", "hard link", "symlink"])
def test_export_onto_the_map_itself_is_refused(tmp_path, capsys, spelling):
    path = a_map(tmp_path)
    (tmp_path / "sub").mkdir()
    out = {"same": lambda: path,
           "dotted": lambda: tmp_path / "sub" / ".." / "m.journey",
           "hard link": lambda: (os.link(path, tmp_path / "poster.pdf"), tmp_path / "poster.pdf")[1],
           "symlink": lambda: ((tmp_path / "poster.pdf").symlink_to(path), tmp_path / "poster.pdf")[1]}[spelling]()
    before = path.read_bytes()
    status, err = export(capsys, path, "--pdf", out, "--paper", "a4")
    assert status == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "map itself" in err
    assert path.read_bytes() == before
    assert no_temp_files(tmp_path)


def test_export_onto_any_map_open_in_this_process_is_refused(tmp_path, capsys):
    path = a_map(tmp_path)
    other = a_map(tmp_path, "other.journey")
    before = other.read_bytes()
    with Document.open(other):
        status, err = export(capsys, path, "--pdf", other, "--paper", "a4")
    assert status == 2 and "open in Wayline" in err
    assert other.read_bytes() == before


def test_export_onto_a_read_only_file_is_refused(tmp_path, capsys):
    path = a_map(tmp_path)
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"the signed-off poster")
    out.chmod(0o444)
    status, err = export(capsys, path, "--pdf", out, "--paper", "a4")
    assert status == 2 and "read-only" in err and err.count("\n") == 1
    assert out.read_bytes() == b"the signed-off poster"
    assert no_temp_files(tmp_path)


def test_export_onto_a_symlink_writes_its_target_and_keeps_the_link(tmp_path, capsys):
    path = a_map(tmp_path)
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "poster.pdf"
    real.write_bytes(b"old poster")
    link = tmp_path / "poster.pdf"
    link.symlink_to(real)
    status, err = export(capsys, path, "--pdf", link, "--paper", "a4")
    assert status == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(b"%PDF-")
    assert no_temp_files(tmp_path) and no_temp_files(shared)


def test_export_onto_a_fifo_is_refused_at_once(tmp_path):
    path = a_map(tmp_path)
    fifo = tmp_path / "poster.pdf"
    os.mkfifo(fifo)
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(path), "--pdf", str(fifo),
                          "--paper", "a4"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "pipe" in out.stderr
    assert Path(fifo).is_fifo()
    assert no_temp_files(tmp_path)


def test_a_device_is_never_replaced():
    from model import targets
    with pytest.raises(JourneyError, match="not an ordinary file"):
        targets.check_output("/dev/null")


def test_a_killed_export_is_swept_by_the_next_export_there(tmp_path, capsys):
    path = a_map(tmp_path)
    out_folder = tmp_path / "posters"
    out_folder.mkdir()
    left = out_folder / ".~wayline-x1.part"
    left.write_bytes(b"half a poster")
    _old(left)
    status, err = export(capsys, path, "--pdf", out_folder / "p.pdf", "--paper", "a4")
    assert status == 0, err
    assert not left.exists()


# -- Save As never replaces an open map (item 9) -----------------------------------
def test_save_as_onto_a_map_open_in_another_document_is_refused(tmp_path):
    path = a_map(tmp_path)
    other = a_map(tmp_path, "other.journey")
    with Document.open(other) as theirs, Document.open(path) as doc:
        before = other.read_bytes()
        with pytest.raises(JourneyError, match="open in Wayline"):
            doc.save_as(other)
        assert other.read_bytes() == before and doc.path == path
        theirs.apply(Op("update_journey", {"title": "Theirs goes on"}))
        doc.apply(Op("update_journey", {"title": "Mine goes on"}))
    with Document.open(other, read_only=True) as check:
        assert check.journey.title == "Theirs goes on" and len(check.journey.cards) == 46
    assert no_temp_files(tmp_path)


def test_save_as_onto_a_map_open_in_another_process_is_refused(tmp_path):
    path = a_map(tmp_path)
    other = a_map(tmp_path, "other.journey")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(ROOT)!r})
        from model.document import Document
        doc = Document.open({str(other)!r})
        print("open", flush=True)
        sys.stdin.readline()
        doc.close()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = other.read_bytes()
        with Document.open(path) as doc:
            with pytest.raises(JourneyError, match="open in Wayline by"):
                doc.save_as(other)
            link = tmp_path / "alias.journey"
            os.link(other, link)  # its lock file is under the other name: the map itself is locked
            with pytest.raises(JourneyError, match="open in Wayline by"):
                doc.save_as(link)
        assert other.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)


def test_save_as_onto_the_map_under_another_name_is_refused(tmp_path):
    path = a_map(tmp_path)
    link = tmp_path / "alias.journey"
    os.link(path, link)
    with Document.open(path) as doc:
        with pytest.raises(JourneyError, match="this map under another name"):
            doc.save_as(link)
        assert doc.path == path and not doc.read_only
    assert link.stat().st_ino == path.stat().st_ino


def test_save_as_onto_a_symlink_writes_its_target(tmp_path):
    path = a_map(tmp_path)
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "copy.journey"
    link = tmp_path / "copy.journey"
    link.symlink_to(real)
    with Document.open(path) as doc:
        doc.save_as(link)
        assert not doc.read_only
    assert link.is_symlink() and real.read_bytes()[:16] == b"SQLite format 3\x00"


# -- the sweep deletes only Wayline's leftovers (item 14) ----------------------------
def test_the_sweep_keeps_other_programs_files_named_like_the_map(tmp_path):
    path = a_map(tmp_path, "Q3.journey")
    draft = tmp_path / ".Q3-budget-draft.tmp"
    draft.write_text("someone's draft")
    _old(draft)
    with Document.open(path):
        pass
    assert draft.read_text() == "someone's draft"


def test_a_map_named_like_a_pattern_deletes_nothing(tmp_path):
    path = a_map(tmp_path, "*.journey")
    others = [tmp_path / n for n in (".notes.tmp", ".x-y.tmp", ".*-a.tmp", ".report-1.part", "a.journey")]
    for p in others:
        p.write_text("keep")
    _old(*others)
    with Document.open(path):
        pass
    assert all(p.read_text() == "keep" for p in others)


def test_stale_wayline_temp_files_are_swept_beside_the_map_and_in_its_backups(tmp_path):
    path = a_map(tmp_path)
    backup_folder = backups.folder_for(path)
    backup_folder.mkdir(parents=True)
    stale = [tmp_path / ".~wayline-k1ll3d.part", tmp_path / ".~wayline-abc123.tmp",
             backup_folder / ".~wayline-b4ckup.tmp"]
    fresh = tmp_path / ".~wayline-inflight.tmp"  # another Wayline may be copying right now
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / ".~wayline-link.tmp"
    link.symlink_to(victim)
    folder = tmp_path / ".~wayline-dir.tmp"
    folder.mkdir()
    for p in stale + [fresh]:
        p.write_bytes(b"half a copy")
    _old(*stale, link, folder, victim)
    with Document.open(path):
        pass
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and link.is_symlink() and victim.read_text() == "keep" and folder.is_dir()


def test_what_wayline_writes_is_named_for_the_sweep(tmp_path, sample_doc):
    from model import targets
    seen = []
    real = targets.temp_beside

    def spy(target, suffix=".tmp", verb="write"):
        tmp = real(target, suffix, verb)
        seen.append(tmp.name)
        return tmp
    targets.temp_beside = spy
    try:
        sample_doc.save_as(tmp_path / "copy.journey")
        sample_doc.backup()
        Document.create(tmp_path / "new.journey").close()
        from export.options import PdfOptions
        from export.pdf import export_pdf
        export_pdf(sample_doc, tmp_path / "p.pdf", PdfOptions(paper="a4"))
    finally:
        targets.temp_beside = real
    assert len(seen) == 4 and all(targets.is_temp_name(n) for n in seen), seen


# -- a full disk is a sentence (item 15) -------------------------------------------
class _FullDisk:
    """The live connection, except that copying it finds the disk full."""

    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def backup(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")


def test_save_as_on_a_full_disk_is_a_sentence_and_leaves_the_target(sample_doc, tmp_path):
    target = tmp_path / "copy.journey"
    target.write_bytes(b"an older copy")
    live = sample_doc.storage.conn
    sample_doc.storage.conn = _FullDisk(live)
    try:
        with pytest.raises(StorageError, match="disk is full"):
            sample_doc.save_as(target)
    finally:
        sample_doc.storage.conn = live
    assert target.read_bytes() == b"an older copy"
    assert no_temp_files(tmp_path) and not sample_doc.read_only
    sample_doc.apply(Op("update_journey", {"title": "Still editing"}))


def test_save_as_when_the_rename_finds_no_space(sample_doc, tmp_path, monkeypatch):
    target = tmp_path / "copy.journey"
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(StorageError, match="disk is full"):
        sample_doc.save_as(target)
    monkeypatch.undo()
    assert not target.exists() and no_temp_files(tmp_path)


def _tiny_disk(monkeypatch):
    real = filestore.connect

    def connect(path, *args):
        conn = real(path, *args)
        conn.execute("PRAGMA max_page_count = 4")  # a real SQLITE_FULL a few pages in
        return conn
    monkeypatch.setattr(filestore, "connect", connect)


def test_new_on_a_full_disk_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    _tiny_disk(monkeypatch)
    path = tmp_path / "new.journey"
    status = main.main(["new", str(path), "--template", "sample"])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "disk is full" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_create_when_the_rename_finds_no_space(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(StorageError, match="disk is full"):
        Document.create(tmp_path / "new.journey")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []
