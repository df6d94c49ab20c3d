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
- Files from elsewhere are opened defensively: header identity first (raw
  bytes, nothing written), `cell_size_check`, `mmap_size=0`,
  `trusted_schema=OFF`, `integrity_check`, then `validate`.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import time
import urllib.parse
from pathlib import Path

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.pool import StaticPool

from . import backups, fileformat, shared_folder, templates
from .entities import Asset, Base, Journey
from .errors import FileRefused, JourneyError, ReadOnly, StorageError
from .lock import EditLock
from .operations import OPERATIONS, CardIndex, Change, Op, Store
from .snapshot import populate_from_template, snapshot
from .validate import picture_header_ok, validate
from . import rules

PRAGMAS = ("foreign_keys=ON", "cell_size_check=ON", "mmap_size=0", "trusted_schema=OFF",
           "busy_timeout=2000")


def _roll_back_hot_journal(path: Path) -> None:
    """A Wayline killed mid-edit leaves a rollback journal; SQLite undoes the
    half-done edit on the next writable open, but a read-only connection cannot
    and would refuse the file. So roll it back first, when we may write."""
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0 and os.access(path, os.W_OK) \
            and os.access(path.parent, os.W_OK):
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # any read triggers the rollback
        finally:
            conn.close()


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        _roll_back_hot_journal(path)
    mode = "ro" if read_only else "rwc"
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    if not read_only:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
    return conn


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
            conn = _connect(Path(tmp), read_only=False)
            fileformat.stamp_identity(conn)
            doc = cls(Path(tmp), conn, False, None)
            Base.metadata.create_all(doc._session.get_bind())
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
        header = fileformat.read_header(path)
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
        if lock:
            _sweep_stale_copies(path)
        place = None if read_only else shared_folder.detect(path)
        try:
            working = shared_folder.WorkingCopy(path, place, backups.data_folder()) if place else None
            doc = cls._open_checked(working.path if working else path, header, read_only, lock)
        except BaseException:
            if lock:
                lock.release()
            raise
        if working:
            doc._working, doc.path = working, path
            notices.append(working.notice)
        doc.notices[:0] = notices
        return doc

    @classmethod
    def _open_checked(cls, path, header, read_only, lock) -> "Document":
        name = path.name
        try:
            conn = _connect(path, read_only)
        except sqlite3.Error:
            raise FileRefused(f"“{name}” could not be opened; it may be damaged.") from None
        try:
            _check_integrity(conn, name)
            if header.user_version < fileformat.SCHEMA_VERSION:
                if read_only:
                    raise FileRefused(f"“{name}” was made by an older Wayline and must be upgraded, "
                                      "which needs a writable copy of the file.")
                backup = _backup_path(path, header.user_version)
                copy_database(conn, backup)
                backups.take(conn, path)
                fileformat.migrate(conn, header.user_version)
            doc = cls(path, conn, read_only, None)
            try:
                doc._load()
            except BaseException:
                doc.close()
                raise
            doc._lock = lock
            if header.user_version < fileformat.SCHEMA_VERSION:
                doc.notices.append(f"“{name}” was upgraded to this version of Wayline; "
                                   f"the original is kept as “{backup.name}”.")
            return doc
        except FileRefused:
            conn.close()
            raise
        except (sqlite3.Error, DBAPIError, TypeError, ValueError, OverflowError):
            conn.close()
            raise FileRefused(f"“{name}” is damaged and cannot be opened; "
                              "restore it from a backup copy.") from None

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
        """Run one operation in one transaction; committed when this returns."""
        if self.read_only:
            raise ReadOnly(f"“{self.path.name}” is open for viewing only; use Save As to edit a copy.")
        try:
            fn = OPERATIONS[op.name]
        except KeyError:
            raise JourneyError(f"Unknown operation {op.name!r}.") from None
        try:
            outcome = fn(self.store, **op.args)
            self._session.commit()
        except JourneyError:
            self._recover()
            raise
        except IntegrityError:
            self._recover()
            raise JourneyError("That change refers to something that is no longer in the map.") from None
        except (DBAPIError, sqlite3.Error) as e:
            self._recover()
            raise StorageError(_storage_message(e, self.path.name)) from None
        self._write_back()
        undo, changed = outcome[0], outcome[1]
        return Change(op, undo, changed, outcome[2] if len(outcome) > 2 else None)

    def _write_back(self) -> None:
        if self._working:
            self._working.write_back(self._conn)

    @property
    def write_back_error(self) -> str | None:
        """For a map on a shared drive: why the last write-back failed, if it did."""
        return self._working.error if self._working else None

    def _recover(self) -> None:
        """After a failed operation: read the file again into the same objects,
        so whoever holds `doc.journey` or a stage sees what the file holds."""
        self._session.rollback()
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
        row = self._conn.execute("SELECT data FROM asset WHERE id = ? AND length(data) <= ?",
                                 (asset_id, rules.MAX_IMAGE_BYTES)).fetchone()
        return row[0] if row and isinstance(row[0], bytes) else None

    # -- copies and closing ------------------------------------------------------
    def backup(self) -> Path:
        """Take a backup copy into the user's data folder now (see model/backups)."""
        return backups.take(self._conn, self.path)

    def save_as(self, target) -> None:
        """Copy the live map to `target` and go on editing the copy."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
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


def _check_integrity(conn: sqlite3.Connection, name: str) -> None:
    rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
    if rows != [("ok",)]:
        raise FileRefused(f"“{name}” is damaged and cannot be opened; restore it from a backup copy.")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            raise FileRefused(f"“{name}” is damaged and cannot be opened (part of the map is missing).")
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table.name}")')}
        if not {c.name for c in table.columns} <= have:
            raise FileRefused(f"“{name}” is damaged and cannot be opened (part of the map is missing).")


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
