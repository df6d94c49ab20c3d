"""One open `.journey` file: create, open, apply operations, save as, close.

Storage choices, and why:
- Rollback journal (`journal_mode=DELETE`), not WAL: after every commit the
  `.journey` file alone is complete, so a file copied or mailed while Wayline
  has it open is whole, and it works on network and synced folders, where WAL
  does not. `synchronous=FULL`: a committed gesture survives a power cut; it
  costs about a millisecond per gesture.
- Exactly one SQLite connection per document (SQLAlchemy `StaticPool`); we
  emit `BEGIN` ourselves instead of pysqlite's implicit transactions.
- Every operation is committed when `apply` returns: there is no unsaved
  state. "Save as" copies the live database with SQLite's backup API.
- Files from elsewhere are opened defensively (see `filestore`): the map and
  any journal beside it are read as bytes and checked in memory first
  (identity, journal, `integrity_check`, the exact schema, then `validate`);
  read-only work stays in memory, and only a map that passed every check is
  opened by SQLite for editing. A refused map and its neighbours keep every byte.
"""
from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.pool import StaticPool

from . import backups, fileformat, filestore, schema, shared_folder, templates
from .filestore import copy_database  # also Save As's, and what tests and scripts import from here
from .entities import Asset, Journey
from .errors import (FileRefused, JourneyError, PendingWriteBack, ReadOnly, SchemaDiffers,
                     StorageError)
from .lock import EditLock
from . import targets
from .operations import OPERATIONS, CardIndex, Change, Op, Store
from .snapshot import populate_from_template, snapshot
from .validate import picture_header_ok, validate
from . import rules

def _session(conn: sqlite3.Connection) -> Session:
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        # Deferred: a read (even after a failed write, on a file that can no
        # longer be written) must still work; the edit lock makes us the only writer.
        connection.exec_driver_sql("BEGIN")
    return Session(engine, expire_on_commit=False, autoflush=False)


def _storage_message(error: Exception, name: str) -> str:
    detail = str(getattr(error, "orig", error)).lower()
    if "full" in detail:
        return f"Wayline could not save this change to “{name}”: the disk is full. Free some space and try again."
    if "readonly" in detail or "read-only" in detail:
        return f"Wayline could not save this change: “{name}” can no longer be written."
    return f"Wayline could not save this change to “{name}” ({detail}); the map is as it was before."


class Document:
    """An open journey map. Use `Document.create` or `Document.open`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: EditLock | None):
        self.path = path
        self.read_only = read_only
        self._file = path  # the file SQLite has open: the map, or its working copy
        self._stale = False  # the objects may differ from the file: reload before the next edit
        self._repaired: list = []  # pictures loaded only to repair their identity (see validate)
        self.notices: list[str] = []  # sentences for the user: repairs, read-only reason
        self._conn = conn
        self._lock = lock
        self._working: shared_folder.WorkingCopy | None = None
        self._session = _session(conn)
        self.journey: Journey = None  # type: ignore[assignment]

    # -- creating and opening -------------------------------------------------
    @classmethod
    def create(cls, path, template: str = "blank") -> "Document":
        path = Path(path)
        data = templates.load(template)
        if os.path.lexists(path):
            raise JourneyError(f"“{path.name}” already exists; choose another name.")
        tmp = filestore.temp_beside(path, "create")
        conn = None
        try:
            conn = filestore.connect(Path(tmp))
            fileformat.stamp_identity(conn)
            schema.create(conn, fileformat.SCHEMA_VERSION)
            doc = cls(Path(tmp), conn, False, None)
            populate_from_template(doc._session, data)
            doc._session.commit()
            doc.close()
            if os.path.lexists(path):
                raise JourneyError(f"“{path.name}” already exists; choose another name.")
            os.replace(tmp, path)  # a half-made map never appears under the real name
        except BaseException as e:
            if conn is not None:
                conn.close()
            filestore.remove_temp(tmp)
            if isinstance(e, (OSError, sqlite3.Error, DBAPIError)):  # a full disk, a vanished drive
                raise StorageError(filestore.not_written(e, path.name)) from None
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path, read_only: bool = False) -> "Document":
        path = Path(path)
        fileformat.read_header(path)  # a foreign file is refused before anything else is read
        notices = []
        if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            read_only = True
            notices.append(f"“{path.name}” is read-only on disk, so it is open for viewing only; "
                           "use Save As to edit a copy.")
        lock = EditLock(path)
        if not read_only and not lock.acquire():  # FileInUse when another editor has it
            read_only = True  # no safe lock, no editing: say why
            notices.append(lock.why)
        if read_only:
            lock.view()  # known as open here, so nothing is exported or saved over it
        try:
            image = filestore.read_image(path)
            doc = cls._checked(path, image)  # in memory: nothing is written if it is refused
            if not read_only:
                checked = doc
                try:
                    doc = cls._for_editing(path, image, lock, checked)
                finally:
                    checked.close()
        except BaseException:
            lock.release()
            raise
        if read_only:
            doc._lock = lock
        doc.notices[:0] = notices
        return doc

    @classmethod
    def _checked(cls, path: Path, image: filestore.Image) -> "Document":
        """The map's image checked in memory and opened there, for viewing only."""
        name, version = path.name, image.header.user_version
        try:
            conn = filestore.memory(image)
        except sqlite3.Error:
            raise FileRefused(f"“{name}” could not be opened; it may be damaged.") from None
        with _closed_if_refused(conn, name):
            _check_integrity(conn, name, version)
            if version < fileformat.SCHEMA_VERSION:  # upgraded in memory only: nothing is written
                conn.execute("PRAGMA query_only=OFF")
                conn.execute("PRAGMA temp_store=MEMORY")  # its rows set aside stay in memory too
                fileformat.migrate(conn, version)
                conn.execute("PRAGMA query_only=ON")
                _check_schema(conn, name, fileformat.SCHEMA_VERSION)
            return cls._loaded(path, conn, True, None)

    @classmethod
    def _for_editing(cls, path: Path, image: filestore.Image, lock, checked: "Document") -> "Document":
        """Open a map that passed every check for editing: in place, or through
        a working copy when it lives in a shared or synced folder."""
        if lock:
            _sweep_stale_copies(path)
        place = shared_folder.detect(path)
        if not place:
            return cls._open_file(path, image, True, lock, checked)
        working = shared_folder.WorkingCopy(path, place, backups.data_folder())
        if working.pending():  # never overwritten: the user chooses (resolve_write_back)
            raise _pending(working)
        try:
            working.start(image.data)
        except OSError as e:  # no room for a working copy: view the shared map, say why
            lock.release()
            doc = cls._checked(path, image)
            doc._lock = lock.view()
            doc.notices.insert(0, (
                f"“{path.name}” is on {place}, where Wayline edits a copy on this computer, but it "
                f"cannot keep one in “{working.folder.parent}” ({(e.strerror or str(e)).lower()}); "
                "the map is open for viewing only. Use Save As to edit a copy elsewhere."))
            return doc
        doc = cls._open_file(working.path, image, False, lock, checked)
        doc._working, doc.path = working, path
        doc.notices.insert(0, working.notice)
        return doc

    @classmethod
    def resolve_write_back(cls, path, keep_both: bool = False) -> Path | None:
        """A working copy of the shared map `path` holds changes not written back
        (`PendingWriteBack`): write them back now, or (`keep_both`) save them beside
        the map as a map of their own and return its path. Then open `path` again.
        Finishing is refused when someone else changed the shared map since."""
        path = Path(path)
        working = shared_folder.WorkingCopy(path, shared_folder.detect(path) or "a shared folder",
                                            backups.data_folder())
        lock = EditLock(path)
        held = lock.acquire()  # FileInUse: another Wayline is writing it
        try:
            if not held:  # no safe lock: never write the shared map without one
                raise JourneyError(lock.why)
            if keep_both:
                return working.keep_beside()
            if working.changed_since():
                raise _pending(working)
            working.finish()
            return None
        except (OSError, sqlite3.Error) as e:
            raise JourneyError(f"Wayline could not write your changes to “{path.name}” "
                               f"({shared_folder._reason(e)}); they are still safe on this computer.") from None
        finally:
            lock.release()

    @classmethod
    def _open_file(cls, path: Path, image: filestore.Image, in_place: bool, lock,
                   checked: "Document") -> "Document":
        name, version = path.name, image.header.user_version
        try:
            conn = filestore.connect(path, image if in_place else None)
        except sqlite3.Error:
            raise FileRefused(f"“{name}” could not be opened; it may be damaged.") from None
        with _closed_if_refused(conn, name):
            _check_schema(conn, name, version)  # again: the file may have changed since it was read
            if version < fileformat.SCHEMA_VERSION:
                backup = _backup_path(path, version)
                copy_database(conn, backup)
                backups.take(conn, path)
                fileformat.migrate(conn, version)
                _check_schema(conn, name, fileformat.SCHEMA_VERSION)
            if version == fileformat.SCHEMA_VERSION and filestore.unchanged(path, image):
                doc = cls(path, conn, False, lock)
                doc._adopt(checked)  # the objects just checked: no second load
            else:
                doc = cls._loaded(path, conn, False, lock)
            if version < fileformat.SCHEMA_VERSION:
                doc.notices.append(f"“{name}” was upgraded to this version of Wayline; "
                                   f"the original is kept as “{backup.name}”.")
            return doc

    @classmethod
    def _loaded(cls, path: Path, conn, read_only: bool, lock) -> "Document":
        doc = cls(path, conn, read_only, None)
        try:
            doc._load()
        except BaseException:
            doc.close()  # its session too, so nothing touches the closed connection later
            raise
        doc._lock = lock
        return doc

    def _adopt(self, checked: "Document") -> None:
        """Take over the journey loaded and validated from the same bytes in
        memory (its repairs still pending), instead of reading it again."""
        journey = checked.journey
        checked._session.expunge_all()
        self._session.add(journey)
        self._session.add_all(checked._repaired)
        self.journey, self._index, self.notices = journey, checked._index, checked.notices
        checked.journey = None

    def _load(self) -> None:
        s = self._session
        with s.no_autoflush:
            journey = s.scalars(select(Journey).order_by(Journey.id).limit(1).options(
                selectinload(Journey.stages), selectinload(Journey.lanes),
                selectinload(Journey.cards), selectinload(Journey.markers),
                selectinload(Journey.personas))).first()
            # pictures are checked from their first bytes: enough for the header
            heads = {i: head for i, n, head in s.execute(text(
                "SELECT id, length(data), substr(data, 1, 262144) FROM asset"))
                if n is not None and n <= rules.MAX_IMAGE_BYTES}
            pictures = {i for i, head in heads.items() if picture_header_ok(head)}
            self.notices = validate(journey, pictures)
        # End the read transaction without writing: detach, roll back, re-attach.
        # Repairs stay pending in memory and reach the file with the next edit
        # (pictures whose identity was repaired are the only ones loaded).
        repaired = [o for o in s.identity_map.values() if isinstance(o, Asset)]
        s.expunge_all()
        s.rollback()
        s.add(journey)
        s.add_all(repaired)
        self._repaired = repaired
        self.journey = journey
        self._index = CardIndex(journey.cards)

    # -- editing --------------------------------------------------------------
    @property
    def store(self) -> Store:
        return Store(self._session, self.journey, self._index)

    def apply(self, op: Op) -> Change:
        """Run one operation in one transaction; committed when this returns.
        Whatever goes wrong, the transaction is rolled back and the objects
        are read again from the file, so the map stays usable."""
        if self.read_only:
            raise ReadOnly(f"“{self.path.name}” is open for viewing only; use Save As to edit a copy.")
        try:
            fn = OPERATIONS[op.name]
        except KeyError:
            raise JourneyError(f"Unknown operation {op.name!r}.") from None
        self._guard()
        try:
            outcome = fn(self.store, **op.args)
            self._session.commit()
        except JourneyError:
            self._recover()
            raise
        except IntegrityError:
            self._recover()
            raise JourneyError("That change refers to something that is no longer in the map.") from None
        except UnicodeError:
            self._recover()
            raise JourneyError("That text holds a character that cannot be saved "
                               "(a broken emoji or symbol); nothing was changed.") from None
        except (DBAPIError, sqlite3.Error) as e:
            self._recover()
            raise StorageError(_storage_message(e, self.path.name)) from None
        except BaseException:
            self._recover()
            raise
        self._write_back()
        undo, changed = outcome[0], outcome[1]
        return Change(op, undo, changed, outcome[2] if len(outcome) > 2 else None)

    def _guard(self) -> None:
        """Before SQLite reads the file: no journal we did not write beside it
        (SQLite would play it back), and objects that match the file."""
        if self._conn is None or self.read_only:
            return
        filestore.guard(self._file)
        if self._stale:
            self._load()
            self._stale = False

    def _write_back(self) -> None:
        """After a commit: copy the working copy to the shared map. Never raises:
        the change is committed on this computer; a failure is `write_back_error`."""
        if self._working:
            try:
                self._guard()
            except JourneyError as e:
                self._working.fail(e.message)
                return
            self._working.write_back(self._conn)

    @property
    def write_back_error(self) -> str | None:
        """For a map on a shared drive: why the last write-back failed, if it did
        (a sentence; None once a write-back succeeded)."""
        return self._working.error if self._working else None

    def retry_write_back(self) -> bool:
        """Try a failed write-back again (the editor does, every 30 s); True when done."""
        if self._working and self._working.error and self._conn is not None:
            self._write_back()
        return self.write_back_error is None

    @property
    def kept_notice(self) -> str | None:
        """After close: why a working copy stayed on this computer, if one did."""
        if self._conn is None and self._working and self._working.error:
            return self._working.kept_notice()
        return None

    def _recover(self) -> None:
        """After a failed operation: read the file again into the same objects,
        so whoever holds `doc.journey` or a stage sees what the file holds.
        Never while a foreign journal is beside it: reading would play it back."""
        self._session.rollback()
        try:
            filestore.guard(self._file)
        except StorageError:
            self._stale = True
            return
        self._load()

    def snapshot(self) -> dict:
        return snapshot(self.journey)

    # -- images ----------------------------------------------------------------
    def store_asset(self, data: bytes, mime: str, width: int, height: int) -> int:
        """Keep image bytes in the file (once per content) and return the asset id."""
        if self.read_only:
            raise ReadOnly(f"“{self.path.name}” is open for viewing only.")
        digest = hashlib.sha256(data).hexdigest()
        s = self._session
        self._guard()
        try:
            existing = s.scalar(select(Asset.id).where(Asset.sha256 == digest))
            if existing is None:
                asset = Asset(sha256=digest, mime=mime, width=width, height=height, data=data)
                s.add(asset)
                s.flush()
                existing = asset.id
            s.commit()
        except (DBAPIError, sqlite3.Error) as e:
            self._recover()
            raise StorageError(_storage_message(e, self.path.name)) from None
        self._write_back()
        return existing

    def asset_bytes(self, asset_id: int) -> bytes | None:
        try:
            self._guard()
        except StorageError:
            return None  # shown with the next edit; a picture is not worth playing a journal back
        row = self._conn.execute("SELECT data FROM asset WHERE id = ? AND length(data) <= ?",
                                 (asset_id, rules.MAX_IMAGE_BYTES)).fetchone()
        return row[0] if row and isinstance(row[0], bytes) else None

    # -- copies and closing ------------------------------------------------------
    def backup(self) -> Path:
        """Take a backup copy into the user's data folder now (see model/backups)."""
        self._guard()
        return backups.take(self._conn, self.path)

    def save_as(self, target) -> None:
        """Copy the live map to `target` and go on editing the copy. Refused with
        a sentence, writing nothing, onto this map under another name, a map open
        in any Wayline (its lock is read), a read-only file or anything but a
        file; a symlink is written through to the file it names."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
        if targets.same_file(target, self.path):
            raise JourneyError(f"“{target.name}” is this map under another name; "
                               "choose a new name for the copy.")
        real = targets.check_output(target, what="the copy")
        self._guard()
        copy_database(self._conn, real)
        self.close()
        self.__dict__.update(Document.open(target).__dict__)

    def close(self) -> None:
        """Let the file go. Never raises for a shared map: when the last write-back
        fails, the working copy is kept (see `kept_notice`) for the next open."""
        if self._conn is None:
            return
        try:
            self._write_back()
        finally:
            self._session.close()
            self._session.get_bind().dispose()
            self._conn.close()
            self._conn = None
            if self._lock:
                self._lock.release()
            if self._working:
                self._working.discard()  # only when the shared map holds everything

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _pending(working: shared_folder.WorkingCopy) -> PendingWriteBack:
    name, changed = working.original.name, working.changed_since()
    message = (f"Changes you made to “{name}” on this computer were not all written back to "
               f"{working.place}.")
    message += (" Someone else has changed the map there since, so Wayline can keep both: your "
                "version is saved beside it as its own map." if changed else
                " Wayline can finish writing them back now, or keep both versions side by side.")
    return PendingWriteBack(message, working.original, working.path, changed)


@contextmanager
def _closed_if_refused(conn: sqlite3.Connection, name: str):
    """Opening: on any failure the connection is closed, and what SQLite or the
    loader raised about the bytes becomes the one sentence for a damaged map."""
    try:
        yield
    except BaseException as e:
        conn.close()
        if isinstance(e, (sqlite3.Error, DBAPIError, TypeError, ValueError, OverflowError)):
            raise FileRefused(f"“{name}” is damaged and cannot be opened; "
                              "restore it from a backup copy.") from None
        raise


def _check_integrity(conn: sqlite3.Connection, name: str, version: int) -> None:
    rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
    if rows != [("ok",)]:
        raise FileRefused(f"“{name}” is damaged and cannot be opened; restore it from a backup copy.")
    _check_schema(conn, name, version)


def _check_schema(conn: sqlite3.Connection, name: str, version: int) -> None:
    """The schema must be exactly Wayline's: logic hidden in it would run on every edit."""
    differences = schema.differences(conn, version)
    if not differences:
        return
    intact = schema.intact(conn, version)
    if not intact:
        raise FileRefused(f"“{name}” is damaged and cannot be opened (part of the map is missing).")
    more = f" (and {len(differences) - 1} more difference{'s' if len(differences) > 2 else ''})" \
        if len(differences) > 1 else ""
    raise SchemaDiffers(
        f"“{name}” holds {differences[0]}{more}, which could change the map behind your back, so "
        "Wayline will not edit it as it is. Open it in Wayline to make a clean copy from its data.",
        differences, intact)


def _backup_path(path: Path, version: int) -> Path:
    return filestore.first_free(path, lambda n: f"{path.stem}.v{version}-backup"
                                                f"{'' if n == 1 else f'-{n}'}{path.suffix}")


STALE_AFTER = targets.STALE_AFTER  # no copy of a map takes an hour: an older temp file is a leftover


def _sweep_stale_copies(path: Path) -> None:
    """Remove temp files a killed Wayline left beside this map and in its backup
    folder. Save As, backups, write-backs and exports all name theirs
    `.~wayline-XXXX.tmp` / `.part` (`targets.temp_beside`); only that exact
    shape is swept, so no name a user gives a map can select anyone else's file."""
    targets.sweep(path.parent)
    targets.sweep(backups.folder_for(path))
