"""What lies beside a map: journals, WAL files, pipes. A crafted neighbour is
refused with one sentence and no byte of the map, the neighbour or any other
file changes; a real journal left by a killed Wayline still rolls back."""
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from model.document import Document
from model.errors import FileRefused, StorageError
from model.operations import Op
from tests.reliability.neighbours import (FIXTURE, files, header, interrupted_edit, map_geometry,
                                          plant, super_journal_record)

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (["info"], ["check"], ["export", "--png", "OUT.png", "--width", "200"])


def run_commands(path: Path, capsys) -> list[tuple[int, str]]:
    """info, check and export on the map; (exit status, stderr) of each."""
    out = []
    for command in COMMANDS:
        args = [a.replace("OUT", str(path.parent / "out")) for a in command[1:]]
        status = main.main([command[0], str(path), *args])
        out.append((status, capsys.readouterr().err))
    return out


@pytest.fixture
def victim(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    v = elsewhere / "thesis.docx"
    v.write_bytes(b"four years of work")
    return v


def test_a_journal_naming_a_super_journal_deletes_nothing(tmp_path, victim, capsys):
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "m.journey"
    shutil.copy(FIXTURE, path)
    page_size, pages = map_geometry(path)
    plant(path, header(page_size, pages) + super_journal_record(victim, page_size))
    before = files(folder)
    for status, err in run_commands(path, capsys):
        assert status == 2 and "m.journey-journal" in err and "Traceback" not in err
        assert err.count("\n") == 1
    for read_only in (False, True):
        with pytest.raises(FileRefused, match="not a journal Wayline wrote"):
            Document.open(path, read_only=read_only)
    assert victim.read_bytes() == b"four years of work"
    assert files(folder) == before


def test_a_real_interrupted_edit_with_a_super_journal_added_is_refused(tmp_path, victim):
    path, _ = interrupted_edit(tmp_path)
    side = path.with_name(path.name + "-journal")
    page_size, _ = map_geometry(path)
    side.write_bytes(side.read_bytes() + super_journal_record(victim, page_size))
    before = files(tmp_path)
    with pytest.raises(FileRefused, match="names another file"):
        Document.open(path)
    assert victim.exists() and files(tmp_path) == before


def test_a_short_journal_cannot_truncate_the_map(tmp_path, capsys):
    path = tmp_path / "m.journey"
    shutil.copy(FIXTURE, path)
    page_size, pages = map_geometry(path)
    assert pages > 1
    plant(path, header(page_size, 1))  # "the map had one page": SQLite would cut it to 4 KB
    before = files(tmp_path)
    statuses = [status for status, _ in run_commands(path, capsys)]
    assert statuses == [2, 2, 2]
    with pytest.raises(FileRefused, match="size"):
        Document.open(path)
    assert files(tmp_path) == before


def test_another_maps_journal_cannot_turn_this_map_into_that_one(tmp_path):
    (tmp_path / "other").mkdir()
    other, _ = interrupted_edit(tmp_path / "other")
    path = tmp_path / "m.journey"
    Document.create(path, "sample").close()
    shutil.copy(other.with_name(other.name + "-journal"), path.with_name(path.name + "-journal"))
    before = files(tmp_path)
    with pytest.raises(FileRefused, match="another file"):
        Document.open(path)
    with pytest.raises(FileRefused):
        Document.open(path, read_only=True)
    assert files(tmp_path) == before


@pytest.mark.parametrize("touch_page_one", [True, False])
def test_a_killed_wayline_journal_is_read_in_memory_and_rolled_back_for_editing(tmp_path, touch_page_one):
    path, before = interrupted_edit(tmp_path, touch_page_one=touch_page_one)
    with Document.open(before, read_only=True) as doc:
        expected = doc.snapshot()
    on_disk = files(tmp_path)
    with Document.open(path, read_only=True) as doc:  # info, check, export: nothing written
        assert doc.snapshot() == expected
        assert not any(c["text"].startswith("HALF-DONE") for c in doc.snapshot()["cards"])
    assert files(tmp_path) == on_disk
    with Document.open(path) as doc:  # editing: SQLite plays the journal back
        assert doc.snapshot() == expected
        doc.apply(Op("update_journey", {"title": "After the crash"}))
    assert not path.with_name(path.name + "-journal").exists()
    with Document.open(path, read_only=True) as doc:
        assert doc.journey.title == "After the crash"


def test_a_journal_that_appears_while_editing_is_never_played_back(sample_doc, victim):
    path = sample_doc.path
    page_size, pages = map_geometry(path)
    side = plant(path, header(page_size, pages) + super_journal_record(victim, page_size))
    cards = len(sample_doc.journey.cards)
    with pytest.raises(StorageError, match="did not write"):
        sample_doc.apply(Op("update_journey", {"title": "x"}))
    assert sample_doc.asset_bytes(1) is None
    assert victim.exists() and side.exists()
    side.unlink()
    sample_doc.apply(Op("update_journey", {"title": "x"}))
    assert len(sample_doc.journey.cards) == cards and sample_doc.journey.title == "x"


def test_a_zeroed_journal_is_harmless_and_left_alone(tmp_path):
    path = tmp_path / "m.journey"
    shutil.copy(FIXTURE, path)
    plant(path, bytes(4096))
    with Document.open(path) as doc:
        doc.apply(Op("update_journey", {"title": "edited"}))
    with Document.open(path, read_only=True) as doc:
        assert doc.journey.title == "edited"


def test_a_journal_that_is_a_folder_or_a_pipe_is_refused(tmp_path):
    path = tmp_path / "m.journey"
    shutil.copy(FIXTURE, path)
    path.with_name(path.name + "-journal").mkdir()
    with pytest.raises(FileRefused, match="not a file"):
        Document.open(path)
    assert path.read_bytes() == FIXTURE.read_bytes()


def test_a_foreign_wal_is_refused_and_nothing_is_checkpointed(tmp_path, capsys):
    source = tmp_path / "src" / "m.journey"
    source.parent.mkdir()
    shutil.copy(FIXTURE, source)
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE journey SET title = 'from the WAL'")
    folder = tmp_path / "maps"
    folder.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(str(source) + suffix, folder / ("m.journey" + suffix))
    conn.close()
    path = folder / "m.journey"
    before = files(folder)
    for status, err in run_commands(path, capsys):
        assert status == 2 and "m.journey-wal" in err
    for read_only in (False, True):
        with pytest.raises(FileRefused, match="waiting in"):
            Document.open(path, read_only=read_only)
    assert files(folder) == before


def test_info_on_a_map_left_in_wal_mode_writes_nothing_beside_it(tmp_path, capsys):
    path = tmp_path / "m.journey"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    before = files(tmp_path)
    assert main.main(["info", str(path)]) == 0
    assert main.main(["check", str(path)]) == 0
    capsys.readouterr()
    assert files(tmp_path) == before


def test_read_only_commands_write_nothing_anywhere(tmp_path, private_data_folder, capsys):
    path = tmp_path / "m.journey"
    Document.create(path, "sample").close()
    before, data_before = files(tmp_path), sorted(private_data_folder.rglob("*"))
    assert main.main(["info", str(path), "--json"]) == 0
    assert main.main(["check", str(path)]) == 0
    capsys.readouterr()
    assert files(tmp_path) == before
    assert sorted(private_data_folder.rglob("*")) == data_before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("command", ["info", "check"])
def test_a_pipe_named_like_a_map_is_refused_at_once(tmp_path, command):
    fifo = tmp_path / "m.journey"
    os.mkfifo(fifo)
    run = subprocess.run([sys.executable, "main.py", command, str(fifo)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "pipe" in run.stderr and run.stderr.count("\n") == 1


def journal_mutants(tmp_path, examples):
    """A real interrupted edit's journal with random damage, sometimes with a
    super-journal record: either refused with every file as it was, or read
    and edited as exactly what was checked in memory; the victim always stays."""
    from hypothesis import HealthCheck, given, settings, strategies as st
    import random
    origin = tmp_path / "origin"
    origin.mkdir()
    path0, _ = interrupted_edit(origin)
    journal0 = path0.with_name(path0.name + "-journal").read_bytes()

    @settings(max_examples=examples, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(seed=st.integers(0, 2**32 - 1))
    def check(seed):
        rng = random.Random(seed)
        folder = tmp_path / f"case-{seed}"
        shutil.rmtree(folder, ignore_errors=True)  # hypothesis replays a seed after a failure
        folder.mkdir()
        victim = folder / "victim.txt"
        victim.write_text("keep me")
        path = folder / "m.journey"
        shutil.copy(path0, path)
        data = bytearray(journal0)
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[:rng.randrange(len(data))]
        if rng.random() < 0.3:
            data += super_journal_record(victim, 4096)
        plant(path, bytes(data))
        before = files(folder)
        try:
            with Document.open(path, read_only=True) as doc:
                seen = doc.snapshot()
        except FileRefused:
            assert files(folder) == before
            seen = None
        try:
            with Document.open(path) as doc:
                assert seen is not None and doc.snapshot() == seen
        except FileRefused:
            assert files(folder) == before
        assert victim.read_text() == "keep me"
        shutil.rmtree(folder)
    check()


def test_damaged_journals_never_touch_other_files(tmp_path):
    journal_mutants(tmp_path, 40)


@pytest.mark.slow
def test_three_thousand_damaged_journals_never_touch_other_files(tmp_path):
    journal_mutants(tmp_path, 3000)
