"""The `.journey` file on disk: read it without writing, open it for editing
only once it has been checked.

A map comes from someone else's machine with whatever sits beside it, so:
- Nothing SQLite does on its own happens before we have looked. `read_image`
  reads the map's bytes (a regular file only: a FIFO is refused, not waited
  on), checks the identity header, reads a `-journal` beside it and, if SQLite
  would play it back, checks it is this map's own (see `journal.py`) and plays
  it back in memory. A non-empty `-wal` (Wayline never uses WAL) is refused.
- Read-only work (`info`, `check`, `export`, viewing a map in use) runs on
  that image in memory (`memory`), so it writes no byte anywhere: no
  rollback, no `-shm`, no lock.
- An editing open checks the same image in memory first (integrity, exact
  schema, values) and only then lets SQLite open the file (`connect`), so a
  refused file is left exactly as it was.
- While a map is open, a `-journal` that appears beside it is not ours
  (rollback-journal mode deletes ours at every commit): `guard` refuses to
  start a transaction then, because SQLite would play it back.
"""
from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import fileformat, journal, sqlite_uri, targets
from .errors import QT_TRANSLATE_NOOP, FileRefused, StorageError, Sentence

PRAGMAS = ("foreign_keys=ON", "cell_size_check=ON", "mmap_size=0", "trusted_schema=OFF",
           "busy_timeout=2000")
MAX_JOURNAL_BYTES = fileformat.MAX_FILE_BYTES


@dataclass(frozen=True)
class Image:
    """A map's bytes as SQLite would see them after a rollback, and the
    journal they were rolled back with (its digest), if any."""
    data: bytes
    header: fileformat.Header
    journal_digest: str | None = None


def beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def first_free(path: Path, name_for) -> Path:
    """The first of `name_for(1)`, `name_for(2)`, ... beside `path` that does not exist yet."""
    n = 1
    while (candidate := path.with_name(name_for(n))).exists():
        n += 1
    return candidate


def read_image(path: Path) -> Image:
    path = Path(path)
    data = fileformat.read_regular(path)
    header = fileformat.check_header(data[:100], path.name)
    digest = None
    raw = _read_sidecar(path, "-journal")
    if raw is not None and journal.is_hot(raw):
        try:
            data = journal.apply(journal.inspect(raw, data), data)
        except journal.HostileJournal as e:
            raise _journal_refused(path, str(e)) from None
        digest = hashlib.sha256(raw).hexdigest()
    wal = beside(path, "-wal")
    if wal.exists() and (not wal.is_file() or wal.stat().st_size > 0):
        raise FileRefused(
            Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” has changes from another program waiting in “%2” "
                                                  "beside it; open and close it in that program first, or "
                                                  "move “%3” away to open the map as it was."),
                     path.name, wal.name, wal.name))
    if data[18:20] != b"\x01\x01":  # WAL mode in the header: in memory it is read as a plain file
        data = data[:18] + b"\x01\x01" + data[20:]
    return Image(data, header, digest)


def _read_sidecar(path: Path, suffix: str) -> bytes | None:
    side = beside(path, suffix)
    if not os.path.lexists(side):
        return None
    try:
        return fileformat.read_regular(side, MAX_JOURNAL_BYTES)
    except FileRefused:
        raise _journal_refused(path, "it is not a file") from None


def _journal_refused(path: Path, why: str) -> FileRefused:
    side = beside(path, "-journal")
    return FileRefused(
        Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” beside “%2” is not a journal Wayline wrote (%3); the map "
                                              "was not opened and neither file was changed. Move “%4” away, "
                                              "then open the map again."),
                 side.name, path.name, why, side.name))


def memory(image: Image) -> sqlite3.Connection:
    """The image as a private in-memory database that nothing can write back."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.deserialize(image.data)
        for pragma in PRAGMAS + ("query_only=ON",):
            conn.execute(f"PRAGMA {pragma}")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def connect(path: Path, checked: Image | None = None) -> sqlite3.Connection:
    """Open the file for editing. With `checked`, the journal SQLite is about
    to play back must still be the one that was checked in memory."""
    path = Path(path)
    if checked is not None:
        raw = _read_sidecar(path, "-journal")
        now = hashlib.sha256(raw).hexdigest() if raw is not None and journal.is_hot(raw) else None
        if now != checked.journal_digest:
            raise _journal_refused(path, "it changed while the map was being opened")
    conn = sqlite3.connect(sqlite_uri.uri(path.resolve(), "rw" if path.exists() else "rwc"), uri=True, isolation_level=None)
    try:
        # secure_delete (off in many SQLite builds): what an edit deletes, a picture
        # above all, is overwritten, not left in free pages of a file that gets mailed
        for pragma in PRAGMAS + ("journal_mode=DELETE", "synchronous=FULL", "secure_delete=ON"):
            conn.execute(f"PRAGMA {pragma}")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def unchanged(path: Path, image: Image) -> bool:
    """Whether the file SQLite now has open starts like the checked image (the
    change counter and size in its header), so what was loaded from the image
    is what the file holds. Bytes 18-19 (WAL or not) may differ."""
    try:
        head = fileformat.read_regular(path, 100)
    except FileRefused:
        return False
    return head[:18] + head[20:] == image.data[:18] + image.data[20:100]


def guard(path: Path) -> None:
    """Refuse to begin a transaction while a hot journal we did not write is
    beside the map (ours is deleted at every commit, so any is someone else's;
    an empty or zeroed one is never played back and may stay)."""
    side = beside(path, "-journal")
    if not os.path.lexists(side):
        return
    try:
        first = fileformat.read_regular(side, 1)
    except FileRefused:
        first = b"?"
    if journal.is_hot(first):
        raise StorageError(
            Sentence(QT_TRANSLATE_NOOP("Refusal", "A file “%1” that Wayline did not write appeared beside "
                                                  "“%2”; nothing was changed. Move it away, then try again."),
                     side.name, path.name))


def temp_beside(target: Path, verb: str = "write") -> str:
    """A temp file in the target's folder (so the final rename is atomic), named
    so the sweep knows it, with the permissions a normal new file gets."""
    return str(targets.temp_beside(Path(target), ".tmp", verb))


def remove_temp(tmp) -> None:
    for leftover in (str(tmp), f"{tmp}-journal"):
        try:
            os.unlink(leftover)
        except OSError:
            pass


def not_written(error: Exception, name: str) -> str:
    """One sentence for a copy or a new map that could not be written."""
    detail = str(getattr(error, "orig", error)).lower()
    if getattr(error, "errno", None) in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or "full" in detail:
        return Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not write “%1”: the disk is full. Free "
                                                     "some "
                                                     "space and try again; nothing was written."), name)
    reason = (getattr(error, "strerror", None) or detail).lower()
    return Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not write “%1” (%2); nothing was written."),
                    name, reason)


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with the backup API into a temp file, then rename.
    Whatever fails (a full disk, a vanished drive), the temp file goes, the
    target is as it was, and a StorageError says so in one sentence."""
    tmp = temp_beside(target)
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        remove_temp(tmp)
        if isinstance(e, (OSError, sqlite3.Error)):
            raise StorageError(not_written(e, Path(target).name)) from None
        raise
