"""Backups: taken with the backup API while the map is open, rotated, and the
latest whole one found when a map is damaged."""
import shutil
import sqlite3
from datetime import datetime, timedelta

from model import backups
from model.document import Document
from model.operations import Op


def test_a_backup_is_a_whole_map_taken_while_it_is_open(sample_doc, private_data_folder):
    sample_doc.apply(Op("update_journey", {"title": "Before the workshop"}))
    copy = sample_doc.backup()
    assert private_data_folder in copy.parents
    sample_doc.apply(Op("update_journey", {"title": "After"}))
    with Document.open(copy, read_only=True) as old:
        assert old.journey.title == "Before the workshop"
        assert len(old.journey.cards) == 46
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


def test_a_migration_leaves_a_backup_in_the_data_folder_too(tmp_path, monkeypatch):
    from model import fileformat
    from tests.model.test_file import FIXTURE_V1
    path = tmp_path / "old.journey"
    shutil.copy(FIXTURE_V1, path)
    monkeypatch.setattr(fileformat, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(fileformat.MIGRATIONS, 1, lambda conn: None)
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
