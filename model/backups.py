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
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import platformdirs

from .errors import QT_TRANSLATE_NOOP, FileRefused, JourneyError, Sentence
from .fileformat import read_header
from .filestore import copy_database, first_free
from .sqlite_uri import ro_uri

INTERVAL = 30 * 60  # seconds between backups of a map that keeps changing
KEEP_LAST = 10
KEEP_DAYS = 7
STAMP = "%Y-%m-%d %H-%M-%S"
# What `take` writes: "{map's stem} {STAMP}.journey". Anything else in a
# backup folder (a user's "copy", a half-written temp file) is not ours to
# list or rotate away.
NAME = re.compile(r"(?s).+ (\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2})\.journey")


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
    return backups_in(folder_for(path))


def stamp_of(name: str) -> datetime | None:
    """When a backup named `name` was taken; None for a name `take` never writes."""
    match = NAME.fullmatch(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP)
    except ValueError:  # "2026-13-45 ..." has the shape but is no time
        return None


def backups_in(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first; other files are left out, never an error."""
    try:
        entries = list(os.scandir(folder))
    except OSError:  # no folder yet, or one we cannot read: no backups to offer
        return []
    dated = [(stamp_of(e.name), e.name) for e in entries if _regular_file(e)]
    dated = sorted(((when, name) for when, name in dated if when is not None), reverse=True)
    return [Path(folder) / name for _, name in dated]


def _regular_file(entry: os.DirEntry) -> bool:
    # `take` writes plain files; a folder or link that happens to match the
    # name is someone else's and rotation must not try to delete it.
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def backup_time(backup: Path) -> datetime:
    when = stamp_of(Path(backup).name)
    if when is None:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a Wayline backup."),
                                    str(Path(backup).name)))
    return when


def open_read_only(backup: Path) -> sqlite3.Connection:
    """A read-only connection to a backup: nothing is written or created beside
    it, whatever its name holds (`#`, `?`, `%41`)."""
    conn = sqlite3.connect(ro_uri(backup), uri=True)
    try:
        for pragma in ("cell_size_check=ON", "mmap_size=0", "trusted_schema=OFF"):
            conn.execute(f"PRAGMA {pragma}")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def take(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the live map (its open connection) into its backup folder, then rotate."""
    folder = folder_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    target = folder / f"{Path(path).stem} {now.strftime(STAMP)}.journey"
    copy_database(conn, target)
    rotate(folder, now)
    return target


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete what the rotation does not keep; return what was deleted.
    Only files named as `take` names them are counted or deleted."""
    now = now or datetime.now()
    backups = backups_in(folder)
    keep = set(backups[:KEEP_LAST])
    seen_days = set()
    for b in backups:
        day = backup_time(b).date()
        if (now.date() - day).days < KEEP_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(b)
    return [b for b in backups if b not in keep and _delete(b)]


def _delete(backup: Path) -> bool:
    # A copy we may not delete (read-only, locked on Windows) stays; the backup
    # just taken is what matters, so this is no reason to report a failure.
    try:
        backup.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def latest_good(path: Path) -> Path | None:
    """The newest backup of this map that is whole (integrity and identity)."""
    for b in list_backups(path):
        try:
            read_header(b)
            conn = open_read_only(b)
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
    original = Path(original)
    stamp = backup_time(backup).strftime("%Y-%m-%d %H-%M")
    target = first_free(original, lambda n: f"{original.stem} (recovered {stamp})"
                                            f"{'' if n == 1 else f' {n}'}{original.suffix}")
    conn = open_read_only(backup)
    try:
        copy_database(conn, target)
    finally:
        conn.close()
    return target
