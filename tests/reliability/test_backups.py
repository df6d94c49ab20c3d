"""Backups: taken with the backup API while the map is open, rotated, and the
latest whole one found when a map is damaged."""
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from model import backups
from model.document import Document
from model.errors import JourneyError
from model.operations import Op


def test_a_backup_is_a_whole_map_taken_while_it_is_open(sample_doc, private_data_folder):
    sample_doc.apply(Op("update_journey", {"title": "Before the workshop"}))
    copy = sample_doc.backup()
    assert private_data_folder in copy.parents
    sample_doc.apply(Op("update_journey", {"title": "After"}))
    with Document.open(copy, read_only=True) as old:
        assert old.journey.title == "Before the workshop"
        assert len(old.journey.cards) == 48
    assert backups.list_backups(sample_doc.path) == [copy]


def _fake(folder, when: datetime):
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"map {when.strftime(backups.STAMP)}.journey"
    p.write_bytes(b"x")
    return p


def test_rotation_keeps_the_last_ten_and_one_a_day_for_a_week(tmp_path):
    now = datetime(2026, 11, 23, 12, 0, 0)
    recent = [_fake(tmp_path, now - timedelta(minutes=30 * i)) for i in range(15)]
    daily = [_fake(tmp_path, now - timedelta(days=d, hours=3)) for d in range(1, 10)]
    daily_extra = [_fake(tmp_path, now - timedelta(days=d, hours=5)) for d in range(1, 10)]
    dropped = set(backups.rotate(tmp_path, now))
    kept = set(tmp_path.glob("*.journey"))
    assert set(recent[:10]) <= kept
    assert set(recent[10:]) <= dropped  # older ones of today: today already has its daily copy
    assert set(daily[:6]) <= kept  # the newest of each of the last 7 days (today + 6)
    assert set(daily[6:]) <= dropped and set(daily_extra) <= dropped


def test_latest_good_skips_damaged_backups(sample_doc, tmp_path):
    first = sample_doc.backup()
    folder = backups.folder_for(sample_doc.path)
    newer = folder / f"{sample_doc.path.stem} 2999-01-01 00-00-00.journey"
    newer.write_bytes(first.read_bytes()[:5000])  # a damaged, newer copy
    assert backups.latest_good(sample_doc.path) == first


def test_the_clock_asks_for_a_backup_every_30_minutes_only_after_changes():
    now = [0.0]
    clock = backups.BackupClock(clock=lambda: now[0])
    now[0] = 3600
    assert not clock.due()  # nothing changed
    clock.edited()
    assert clock.due()
    clock.taken()
    now[0] += 29 * 60
    clock.edited()
    assert not clock.due()
    now[0] += 60
    assert clock.due()


def test_a_migration_leaves_a_backup_in_the_data_folder_too(tmp_path):
    from tests.model.test_file import FIXTURE_V1
    path = tmp_path / "old.journey"
    shutil.copy(FIXTURE_V1, path)
    Document.open(path).close()
    [copy] = backups.list_backups(path)
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_restore_puts_a_backup_beside_the_damaged_map(sample_doc, sample_path):
    sample_doc.apply(Op("update_journey", {"title": "Good state"}))
    sample_doc.backup()
    sample_doc.close()
    damaged = sample_path.read_bytes()[:5000]
    sample_path.write_bytes(damaged)
    good = backups.latest_good(sample_path)
    restored = backups.restore(good, sample_path)
    assert restored.parent == sample_path.parent and "recovered" in restored.name
    assert sample_path.read_bytes() == damaged  # the damaged file is left as it was
    with Document.open(restored) as doc:
        assert doc.journey.title == "Good state"


# -- names SQLite's URI syntax would misread, and strangers in the folder ------

AWKWARD = ["Workshop #3.journey", "Q?.journey", "100%41.journey", "café ☕ 5.journey"]


def _files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("name", AWKWARD)
def test_backups_of_a_map_with_an_awkward_name_list_check_and_restore(tmp_path, private_data_folder, name):
    path = tmp_path / name
    doc = Document.create(path, "sample")
    doc.apply(Op("update_journey", {"title": f"Map {name}"}))
    copy = doc.backup()
    expected = doc.snapshot()
    doc.apply(Op("delete_cards", {"card_ids": [c.id for c in doc.journey.cards[:5]]}))
    doc.close()
    assert backups.list_backups(path) == [copy]
    assert backups.latest_good(path) == copy
    restored = backups.restore(copy, path)
    with Document.open(restored) as back:
        assert back.snapshot() == expected
    # only the backup itself is in the data folder: no empty "Workshop ", "Q" or "100A…"
    assert _files_under(private_data_folder) == sorted(
        ["backups", str(copy.parent.relative_to(private_data_folder)),
         str(copy.relative_to(private_data_folder))])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, restored.name])


def test_a_damaged_newer_backup_of_an_awkward_name_is_skipped(tmp_path):
    path = tmp_path / "Workshop #3.journey"
    with Document.create(path, "sample") as doc:
        first = doc.backup()
    newer = first.with_name(f"{path.stem} 2999-01-01 00-00-00.journey")
    newer.write_bytes(first.read_bytes()[:5000])
    assert backups.list_backups(path) == [newer, first]
    assert backups.latest_good(path) == first


STRANGERS = ["map 2026-11-20 10-00-00 copy.journey",  # a user's "copy"
             "notes.journey", "map.journey", "2026-11-20 10-00-00.journey",
             "map 2026-13-45 10-00-00.journey",  # the shape of a stamp, but no date
             "map 2026-11-20 10-00-00.journey.tmp", ".map-abc.tmp"]


def _strangers(folder):
    for name in STRANGERS:
        (folder / name).write_bytes(b"someone else's")
    (folder / "map 2020-01-01 00-00-00.journey").mkdir()  # a folder with a backup's name
    return set(STRANGERS) | {"map 2020-01-01 00-00-00.journey"}


def test_rotation_and_listing_leave_other_files_alone(tmp_path):
    now = datetime(2026, 11, 23, 12, 0, 0)
    strangers = _strangers(tmp_path)
    ours = [_fake(tmp_path, now - timedelta(minutes=30 * i)) for i in range(15)]
    dropped = backups.rotate(tmp_path, now)
    assert set(dropped) == set(ours[10:])
    assert backups.backups_in(tmp_path) == ours[:10]  # newest first
    assert {p.name for p in tmp_path.iterdir()} == strangers | {p.name for p in ours[:10]}


def test_a_stray_file_in_the_backup_folder_does_not_stop_backups(sample_doc):
    folder = backups.folder_for(sample_doc.path)
    folder.mkdir(parents=True)
    strangers = _strangers(folder)
    copy = sample_doc.backup()
    assert backups.list_backups(sample_doc.path) == [copy]
    assert backups.latest_good(sample_doc.path) == copy
    assert {p.name for p in folder.iterdir()} == strangers | {copy.name}


def test_a_name_that_is_not_a_backup_has_no_time():
    assert backups.stamp_of("map 2026-11-20 10-00-00 copy.journey") is None
    assert backups.stamp_of("map 2026-02-30 10-00-00.journey") is None
    assert backups.stamp_of("Q? 2026-11-20 10-00-00.journey") == datetime(2026, 11, 20, 10, 0, 0)
    with pytest.raises(JourneyError):
        backups.backup_time(Path("notes.journey"))
