"""Backups of maps in the user's data folder, with a rotation.

Every edit is committed, so a backup is not about unsaved work: it is the way
back from a mistake nobody noticed in time, or from a file damaged on a USB
stick. Like Anki: while a map changes, a copy is taken every 30 minutes (and
before any migration) with SQLite's backup API, which is safe while the map
is open. The rotation keeps the last 10 copies plus the newest of each of the
last 7 days. `WAYLINE_DATA_DIR` overrides the folder (tests use it).
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import platformdirs

INTERVAL = 30 * 60  # seconds between backups of a map that keeps changing
KEEP_LAST = 10
KEEP_DAYS = 7
STAMP = "%Y-%m-%d %H-%M-%S"


def data_folder() -> Path:
    override = os.environ.get("WAYLINE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("Wayline", appauthor=False))


def folder_for(path: Path) -> Path:
    """One folder per map, named after it and (to keep two maps of the same name
    apart) a short hash of where it lives."""
    path = Path(path).resolve()
    key = hashlib.sha1(str(path).encode()).hexdigest()[:8]
    return data_folder() / "backups" / f"{path.stem}-{key}"


def list_backups(path: Path) -> list[Path]:
    """Backups of this map, newest first."""
    folder = folder_for(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.journey"), key=lambda p: p.name, reverse=True)


def backup_time(backup: Path) -> datetime:
    return datetime.strptime(backup.stem[-len("2026-01-01 00-00-00"):], STAMP)


def take(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the live map (its open connection) into its backup folder, then rotate."""
    from .document import copy_database
    folder = folder_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    target = folder / f"{Path(path).stem} {now.strftime(STAMP)}.journey"
    copy_database(conn, target)
    rotate(folder, now)
    return target


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete what the rotation does not keep; return what was deleted."""
    now = now or datetime.now()
    backups = sorted(folder.glob("*.journey"), key=lambda p: p.name, reverse=True)
    keep = set(backups[:KEEP_LAST])
    seen_days = set()
    for b in backups:
        day = backup_time(b).date()
        if (now.date() - day).days < KEEP_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(b)
    dropped = [b for b in backups if b not in keep]
    for b in dropped:
        b.unlink(missing_ok=True)
    return dropped


def latest_good(path: Path) -> Path | None:
    """The newest backup of this map that is whole (integrity and identity)."""
    from .fileformat import read_header
    from .errors import FileRefused
    for b in list_backups(path):
        try:
            read_header(b)
            conn = sqlite3.connect(f"file:{b}?mode=ro", uri=True)
            try:
                if conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]:
                    return b
            finally:
                conn.close()
        except (FileRefused, sqlite3.Error):
            continue
    return None


class BackupClock:
    """Decides when a changing map is due for a backup; the editor asks it
    every minute and after edits. `clock` is injectable for tests."""

    def __init__(self, clock=time.monotonic, interval: float = INTERVAL):
        self.clock = clock
        self.interval = interval
        self.last = clock()
        self.changed = False

    def edited(self) -> None:
        self.changed = True

    def due(self) -> bool:
        return self.changed and self.clock() - self.last >= self.interval

    def taken(self) -> None:
        self.changed = False
        self.last = self.clock()


def restore(backup: Path, original: Path) -> Path:
    """Put a backup back as a new map beside the original (never over it: the
    damaged or unwanted file stays, in case something in it is still needed)."""
    from .document import copy_database
    original = Path(original)
    stamp = backup_time(backup).strftime("%Y-%m-%d %H-%M")
    target = original.with_name(f"{original.stem} (recovered {stamp}){original.suffix}")
    n = 2
    while target.exists():
        target = original.with_name(f"{original.stem} (recovered {stamp}) {n}{original.suffix}")
        n += 1
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_database(conn, target)
    finally:
        conn.close()
    return target
