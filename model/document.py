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

import hashlib
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.pool import StaticPool

from . import backups, fileformat, filestore, schema, shared_folder, templates
from .entities import Asset, Journey
from .errors import FileRefused, JourneyError, ReadOnly, SchemaDiffers, StorageError
from .lock import EditLock
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
        if path.exists():
            raise JourneyError(f"“{path.name}” already exists; choose another name.")
        tmp = _temp_beside(path, "create")
        try:
            conn = filestore.connect(Path(tmp))
            fileformat.stamp_identity(conn)
            schema.create(conn, fileformat.SCHEMA_VERSION)
            doc = cls(Path(tmp), conn, False, None)
            populate_from_template(doc._session, data)
            doc._session.commit()
            doc.close()
            if path.exists():
                raise JourneyError(f"“{path.name}” already exists; choose another name.")
            os.replace(tmp, path)  # a half-made map never appears under the real name
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
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
        lock = None
        if not read_only:
            lock = EditLock(path)
            if not lock.acquire():
                lock = None
        try:
            image = filestore.read_image(path)
            doc = cls._checked(path, image)  # in memory: nothing is written if it is refused
            if not read_only:
                doc.close()
                doc = cls._for_editing(path, image, lock)
        except BaseException:
            if lock:
                lock.release()
            raise
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
        try:
            _check_integrity(conn, name, version)
            return cls._loaded(path, conn, True, None)
        except BaseException as e:
            conn.close()
            if isinstance(e, (sqlite3.Error, DBAPIError, TypeError, ValueError, OverflowError)):
                raise FileRefused(f"“{name}” is damaged and cannot be opened; "
                                  "restore it from a backup copy.") from None
            raise

    @classmethod
    def _for_editing(cls, path: Path, image: filestore.Image, lock) -> "Document":
        """Open a map that passed every check for editing: in place, or through
        a working copy when it lives in a shared or synced folder."""
        if lock:
            _sweep_stale_copies(path)
        place = shared_folder.detect(path)
        working = shared_folder.WorkingCopy(path, place, backups.data_folder(), image.data) if place else None
        doc = cls._open_file(working.path if working else path, image if not working else None,
                             image.header.user_version, lock)
        if working:
            doc._working, doc.path = working, path
            doc.notices.insert(0, working.notice)
        return doc

    @classmethod
    def _open_file(cls, path: Path, image, version: int, lock) -> "Document":
        name = path.name
        try:
            conn = filestore.connect(path, image)
        except sqlite3.Error:
            raise FileRefused(f"“{name}” could not be opened; it may be damaged.") from None
        try:
            _check_schema(conn, name, version)  # again: the file may have changed since it was read
            if version < fileformat.SCHEMA_VERSION:
                backup = _backup_path(path, version)
                copy_database(conn, backup)
                backups.take(conn, path)
                fileformat.migrate(conn, version)
            doc = cls._loaded(path, conn, False, lock)
            if version < fileformat.SCHEMA_VERSION:
                doc.notices.append(f"“{name}” was upgraded to this version of Wayline; "
                                   f"the original is kept as “{backup.name}”.")
            return doc
        except BaseException as e:
            conn.close()
            if isinstance(e, (sqlite3.Error, DBAPIError, TypeError, ValueError, OverflowError)):
                raise FileRefused(f"“{name}” is damaged and cannot be opened; "
                                  "restore it from a backup copy.") from None
            raise

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
        # Repairs stay pending in memory and reach the file with the next edit.
        s.expunge_all()
        s.rollback()
        s.add(journey)
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
        if self._working:
            self._guard()
            self._working.write_back(self._conn)

    @property
    def write_back_error(self) -> str | None:
        """For a map on a shared drive: why the last write-back failed, if it did."""
        return self._working.error if self._working else None

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
        """Copy the live map to `target` and go on editing the copy."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
        self._guard()
        copy_database(self._conn, target)
        self.close()
        self.__dict__.update(Document.open(target).__dict__)

    def close(self) -> None:
        if self._conn is None:
            return
        self._write_back()
        self._session.close()
        self._session.get_bind().dispose()
        self._conn.close()
        self._conn = None
        if self._lock:
            self._lock.release()
        if self._working:
            self._working.discard()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


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
    candidate = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.v{version}-backup-{n}{path.suffix}")
        n += 1
    return candidate


STALE_AFTER = 3600  # seconds: no copy of a map takes an hour, so an older temp file is a leftover


def _sweep_stale_copies(path: Path) -> None:
    """Remove temp files a killed Wayline left beside this map (its Save As,
    backups and exports write `.NAME-*.tmp` / `.part` and rename them)."""
    now = time.time()
    for pattern in (f".{path.stem}-*.tmp", f".{path.stem}-*.part"):
        for leftover in path.parent.glob(pattern):
            try:
                if now - leftover.stat().st_mtime > STALE_AFTER:
                    leftover.unlink()
            except OSError:
                pass  # someone else's, or already gone: never a reason to refuse a map


def _temp_beside(target: Path, verb: str = "write") -> str:
    """A temp file in the target's folder (so the final rename is atomic), with
    the permissions a normal new file gets (mkstemp would make it private)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=target.parent)
    except OSError as e:
        where = f"the folder “{target.parent}”"
        reason = "it does not exist" if isinstance(e, FileNotFoundError) else (e.strerror or str(e)).lower()
        raise JourneyError(f"Wayline cannot {verb} “{target.name}” in {where}: {reason}.") from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return tmp


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with the backup API into a temp file, then rename."""
    tmp = _temp_beside(target)
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
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
