"""The `.journey` file store: what is particular to a map kept in a SQLite file.

A `Document` works through SQLAlchemy alone (see `storage.py`); this module
gives it a `JourneyFile` to work on, and does everything a file needs that a
database server would not: the identity header, the PRAGMAs, the edit lock,
the working copy for shared folders, backups, and copies with the backup API.

Storage choices, and why:
- Rollback journal (`journal_mode=DELETE`), not WAL: after every commit the
  `.journey` file alone is complete, so a file copied or mailed while Wayline
  has it open is whole, and it works on network and synced folders, where WAL
  does not. `synchronous=FULL`: a committed gesture survives a power cut; it
  costs about a millisecond per gesture. `secure_delete=ON`: what an edit
  deletes (a picture) is overwritten, not left in free pages of a mailed file.
- Exactly one SQLite connection per map (SQLAlchemy `StaticPool`); we emit
  `BEGIN` ourselves instead of pysqlite's implicit transactions.
- "Save as" and backups copy the live database with SQLite's backup API.
- Files from elsewhere are opened defensively (see `filestore`): the map and
  any journal beside it are read as bytes and checked in memory first
  (identity, journal, `integrity_check`, the exact schema, then the values,
  which the document validates as it loads); read-only work stays in memory,
  and only a map that passed every check is opened by SQLite for editing. A
  refused map and its neighbours keep every byte. The checks of the bytes in
  memory are in `opening`, which the plain reader of the read-only commands
  (`plain.py`) runs too.

The functions that open a map take `load(storage, checked=None)`, the
document's constructor, so this module never needs the document's.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable

from sqlalchemy import create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from . import backups, fileformat, filestore, opening, schema, shared_folder, targets
from .errors import QT_TRANSLATE_NOOP, FileRefused, JourneyError, PendingWriteBack, StorageError, Sentence
from .filestore import copy_database
from .lock import EditLock
from .opening import DAMAGE, check_integrity, check_schema  # noqa: F401 - what callers import from here

Load = Callable[..., object]  # (storage, checked=None) -> Document


def _engine(conn: sqlite3.Connection):
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        # Deferred: a read (even after a failed write, on a file that can no
        # longer be written) must still work; the edit lock makes us the only writer.
        connection.exec_driver_sql("BEGIN")
    return engine


class JourneyFile:
    """A `.journey` file (or its checked image in memory) as a document's storage."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: EditLock | None):
        self.path = path
        self.file = path  # the file SQLite has open: the map, or its working copy
        self.conn = conn
        self.read_only = read_only
        self.lock = lock
        self.working: shared_folder.WorkingCopy | None = None
        self.engine = _engine(conn)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def closed(self) -> bool:
        return self.conn is None

    def guard(self) -> None:
        """Before SQLite reads the file for an edit: no journal we did not write
        beside it (SQLite would play it back). StorageError says so."""
        if self.conn is not None:
            filestore.guard(self.file)

    def committed(self) -> None:
        """After a commit: copy the working copy to the shared map. Never raises:
        the change is committed on this computer; a failure is `write_back_error`."""
        if self.working:
            try:
                self.guard()
            except JourneyError as e:
                self.working.fail(e.message)
                return
            self.working.write_back(self.conn)

    @property
    def write_back_error(self) -> str | None:
        return self.working.error if self.working else None

    def retry_write_back(self) -> None:
        if self.working and self.working.error and self.conn is not None:
            self.committed()

    @property
    def kept_notice(self) -> str | None:
        if self.conn is None and self.working and self.working.error:
            return self.working.kept_notice()
        return None

    def backup(self) -> Path:
        """Take a backup copy into the user's data folder now (see model/backups)."""
        self.guard()
        return backups.take(self.conn, self.path)

    def copy_to(self, target) -> bool:
        """Copy the live map to `target` (Save As); False when `target` is this map.
        Refused with a sentence, writing nothing, onto this map under another
        name, a map open in any Wayline (its lock is read), a read-only file or
        anything but a file; a symlink is written through to the file it names."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return False
        if targets.same_file(target, self.path):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is this map under another name; "
                                                                     "choose a new name for the copy."),
                                        target.name))
        real = targets.check_output(target, what=targets.THE_COPY)
        self.guard()
        copy_database(self.conn, real)
        return True

    def compact(self) -> None:
        """After pictures were deleted: rebuild the file without its free pages,
        so nothing deleted before `secure_delete` was on stays in it either."""
        free = self.conn.execute("PRAGMA freelist_count").fetchone()[0]
        if free:
            self.conn.execute("VACUUM")

    def close(self) -> None:
        """Let the file go. Never raises for a shared map: when the last write-back
        fails, the working copy is kept (see `kept_notice`) for the next open."""
        if self.conn is None:
            return
        try:
            self.committed()
        finally:
            self.engine.dispose()
            self.conn.close()
            self.conn = None
            if self.lock:
                self.lock.release()
            if self.working:
                self.working.discard()  # only when the shared map holds everything


# -- creating ---------------------------------------------------------------------
def create(path: Path, fill: Callable) -> None:
    """Write a new map at `path` (never over a file): `fill(engine)` adds its rows.
    A half-made map never appears under the real name."""
    if os.path.lexists(path):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” already exists; choose another name."),
                                    path.name))
    tmp = filestore.temp_beside(path, "create")
    conn = None
    try:
        conn = filestore.connect(Path(tmp))
        fileformat.stamp_identity(conn)
        schema.create(conn, fileformat.SCHEMA_VERSION)
        engine = _engine(conn)
        try:
            fill(engine)
        finally:
            engine.dispose()
        conn.close()
        conn = None
        if os.path.lexists(path):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” already exists; choose another "
                                                                     "name."), path.name))
        os.replace(tmp, path)
    except BaseException as e:
        if conn is not None:
            conn.close()
        filestore.remove_temp(tmp)
        if isinstance(e, (OSError, sqlite3.Error, DBAPIError)):  # a full disk, a vanished drive
            raise StorageError(filestore.not_written(e, path.name)) from None
        raise


# -- opening ----------------------------------------------------------------------
def open_map(path: Path, read_only: bool, load: Load):
    """The document on the map at `path`: checked in memory, then opened for
    editing (or, read-only, left in memory), with the reasons it is read-only."""
    fileformat.read_header(path)  # a foreign file is refused before anything else is read
    notices = []
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        read_only = True
        notices.append(Sentence(QT_TRANSLATE_NOOP("Notices", "“%1” is read-only on disk, so it is open for "
                                                             "viewing "
                                                             "only; use Save As to edit a copy."), path.name))
    lock = EditLock(path)
    if not read_only and not lock.acquire():  # FileInUse when another editor has it
        read_only = True  # no safe lock, no editing: say why
        notices.append(lock.why)
    if read_only:
        lock.view()  # known as open here, so nothing is exported or saved over it
    try:
        image = filestore.read_image(path)
        doc = checked(path, image, load)  # in memory: nothing is written if it is refused
        if not read_only:
            viewed = doc
            try:
                doc = _for_editing(path, image, lock, viewed, load)
            finally:
                viewed.close()
    except BaseException:
        lock.release()
        raise
    if read_only:
        doc.storage.lock = lock
    doc.notices[:0] = notices
    return doc


def checked(path: Path, image: filestore.Image, load: Load):
    """The map's image checked in memory and opened there, for viewing only."""
    conn = opening.in_memory(path, image)
    with closed_if_refused(conn, path.name):
        return load(JourneyFile(path, conn, True, None))


def _for_editing(path: Path, image: filestore.Image, lock, viewed, load: Load):
    """Open a map that passed every check for editing: in place, or through
    a working copy when it lives in a shared or synced folder."""
    if lock:
        _sweep_stale_copies(path)
    place = shared_folder.detect(path)
    if not place:
        return _open_file(path, image, True, lock, viewed, load)
    working = shared_folder.WorkingCopy(path, place, backups.data_folder())
    if working.pending():  # never overwritten: the user chooses (resolve_write_back)
        raise pending(working)
    try:
        working.start(image.data)
    except OSError as e:  # no room for a working copy: view the shared map, say why
        lock.release()
        doc = checked(path, image, load)
        doc.storage.lock = lock.view()
        doc.notices.insert(0, (
            f"“{path.name}” is on {place}, where Wayline edits a copy on this computer, but it "
            f"cannot keep one in “{working.folder.parent}” ({(e.strerror or str(e)).lower()}); "
            "the map is open for viewing only. Use Save As to edit a copy elsewhere."))
        return doc
    doc = _open_file(working.path, image, False, lock, viewed, load)
    doc.storage.working, doc.storage.path = working, path
    doc.notices.insert(0, working.notice)
    return doc


def _open_file(path: Path, image: filestore.Image, in_place: bool, lock, viewed, load: Load):
    name, version = path.name, image.header.user_version
    try:
        conn = filestore.connect(path, image if in_place else None)
    except sqlite3.Error:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be opened; it may be damaged."),
                                   name)) from None
    with closed_if_refused(conn, name):
        check_schema(conn, name, version)  # again: the file may have changed since it was read
        if version < fileformat.SCHEMA_VERSION:
            backup = _backup_path(path, version)
            copy_database(conn, backup)
            backups.take(conn, path)
            fileformat.migrate(conn, version)
            check_schema(conn, name, fileformat.SCHEMA_VERSION)
        storage = JourneyFile(path, conn, False, None)  # the lock is the caller's until loaded
        if version == fileformat.SCHEMA_VERSION and filestore.unchanged(path, image):
            doc = load(storage, viewed)  # the objects just checked: no second load
        else:
            doc = load(storage)
        storage.lock = lock
        if version < fileformat.SCHEMA_VERSION:
            doc.notices.append(Sentence(QT_TRANSLATE_NOOP("Notices", "“%1” was upgraded to this version of "
                                                                     "Wayline; "
                                                                     "the original is kept as “%2”."),
                                        name, backup.name))
        return doc


def resolve_write_back(path, keep_both: bool = False) -> Path | None:
    """A working copy of the shared map `path` holds changes not written back
    (`PendingWriteBack`): write them back now, or (`keep_both`) save them beside
    the map as a map of their own and return its path. Finishing is refused when
    someone else changed the shared map since."""
    path = Path(path)
    working = shared_folder.WorkingCopy(path, shared_folder.detect(path) or shared_folder.SHARED_FOLDER,
                                        backups.data_folder())
    lock = EditLock(path)
    held = lock.acquire()  # FileInUse: another Wayline is writing it
    try:
        if not held:  # no safe lock: never write the shared map without one
            raise JourneyError(lock.why)
        if keep_both:
            return working.keep_beside()
        if working.changed_since():
            raise pending(working)
        working.finish()
        return None
    except (OSError, sqlite3.Error) as e:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not write your changes to "
                                                                 "“%1” (%2); they are still safe on this "
                                                                 "computer."),
                                    path.name, str(shared_folder._reason(e)))) from None
    finally:
        lock.release()


def pending(working: shared_folder.WorkingCopy) -> PendingWriteBack:
    name, changed = working.original.name, working.changed_since()
    message = (f"Changes you made to “{name}” on this computer were not all written back to "
               f"{working.place}.")
    message += (" Someone else has changed the map there since, so Wayline can keep both: your "
                "version is saved beside it as its own map." if changed else
                " Wayline can finish writing them back now, or keep both versions side by side.")
    return PendingWriteBack(message, working.original, working.path, changed)


# -- checks (in `opening`, shared with the plain reader) --------------------------
ORM_DAMAGE = DAMAGE + (DBAPIError,)  # SQLite's errors as the ORM wraps them


def closed_if_refused(conn: sqlite3.Connection, name: str):
    return opening.closed_if_refused(conn, name, ORM_DAMAGE)


def _backup_path(path: Path, version: int) -> Path:
    return filestore.first_free(path, lambda n: f"{path.stem}.v{version}-backup"
                                                f"{'' if n == 1 else f'-{n}'}{path.suffix}")


def _sweep_stale_copies(path: Path) -> None:
    """Remove temp files a killed Wayline left beside this map and in its backup
    folder. Save As, backups, write-backs and exports all name theirs
    `.~wayline-XXXX.tmp` / `.part` (`targets.temp_beside`); only that exact
    shape is swept, so no name a user gives a map can select anyone else's file."""
    targets.sweep(path.parent)
    targets.sweep(backups.folder_for(path))
