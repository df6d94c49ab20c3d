"""One open journey map: load it, apply operations, read its pictures, close it.

A `Document` is storage-neutral: it works through SQLAlchemy alone on the
engine its storage gives it (see `storage.py`), and raises `JourneyError`s,
never a driver's error. What is particular to a `.journey` file (identity
header, PRAGMAs, lock, working copy, backups, Save As) is in `sqlite_store`;
`Document.open(path)` and `Document.create(path)` are the usual way in, and
`Document.in_memory()` gives a map with no file at all.

- Every operation is committed when `apply` returns: there is no unsaved
  state. Whatever goes wrong, the transaction is rolled back and the objects
  are read again, so the map stays usable.
- What is read is validated (`validate`) before anyone sees it; repairs stay
  pending in memory and reach the storage with the next edit.
- Pictures follow the map: they are added and removed by the operations that
  add and remove cards and persona photos (see `operations`), so a deleted
  picture's bytes leave the storage with the step that deleted it (and come
  back with its undo). Closing also removes any picture the map no longer
  uses, e.g. one left by an older Wayline, and compacts the file.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, defer, selectinload

from . import persona_ops  # noqa: F401 - registers the persona operations
from . import plan_ops  # noqa: F401 - registers the link and action operations
from . import metric_ops  # noqa: F401 - registers the metric operations
from . import rules, sqlite_store, templates
from .entities import Asset, Card, Journey, Persona, new_uuid
from .errors import QT_TRANSLATE_NOOP, JourneyError, ReadOnly, StorageError, Sentence
from .filestore import copy_database  # noqa: F401 - what tests and scripts import from here
from .operations import OPERATIONS, Change, Op
from .store import CardIndex, Store
from .snapshot import populate_from_template, snapshot
from .storage import MemoryStorage, Storage
from .validate import HEAD_BYTES, picture_header_ok, validate


def _storage_message(error: Exception, name: str) -> str:
    detail = str(getattr(error, "orig", error)).lower()
    if "full" in detail:
        return Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not save this change to “%1”: the disk "
                                                     "is full. "
                                                     "Free some space and try again."), name)
    if "readonly" in detail or "read-only" in detail:
        return Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not save this change: “%1” can no longer "
                                                     "be written."), name)
    return Sentence(QT_TRANSLATE_NOOP("Refusal", "Wayline could not save this change to “%1” (%2); the map "
                                                 "is as it "
                                                 "was before."), name, detail)


class SessionAssets:
    """The stored pictures as `validate` reads them, through the document's session.
    A picture whose identity is repaired is loaded without its bytes and stays
    in the session, its new uuid pending until the next edit (see `_load`)."""

    def __init__(self, session: Session):
        self.session = session

    def read(self, query: str):
        return self.session.execute(text(query))

    def renew_identity(self, asset_id: int) -> None:
        self.session.get(Asset, asset_id, options=[defer(Asset.data)]).uuid = new_uuid()


class Document:
    """An open journey map. Use `Document.create`, `Document.open` or `Document.in_memory`."""

    def __init__(self, storage: Storage):
        self.storage = storage
        self.read_only = storage.read_only
        self._stale = False  # the objects may differ from the storage: reload before the next edit
        self._repaired: list = []  # pictures loaded only to repair their identity (see validate)
        self.notices: list[str] = []  # sentences for the user: repairs, read-only reason
        self._session = Session(storage.engine, expire_on_commit=False, autoflush=False)
        self.journey: Journey = None  # type: ignore[assignment]

    @property
    def path(self) -> Path | None:
        return self.storage.path

    # -- creating and opening -------------------------------------------------
    @classmethod
    def create(cls, path, template: str = "blank") -> "Document":
        path = Path(path)
        data = templates.load(template)
        sqlite_store.create(path, lambda engine: _fill(engine, data))
        return cls.open(path)

    @classmethod
    def open(cls, path, read_only: bool = False) -> "Document":
        return sqlite_store.open_map(Path(path), read_only, cls.over)

    @classmethod
    def in_memory(cls, template: str = "blank") -> "Document":
        """A map from a template kept in memory only (no file, no lock)."""
        storage = MemoryStorage()
        _fill(storage.engine, templates.load(template))
        return cls.over(storage)

    @classmethod
    def resolve_write_back(cls, path, keep_both: bool = False) -> Path | None:
        """A working copy of the shared map `path` holds changes not written back
        (`PendingWriteBack`): write them back now, or (`keep_both`) save them beside
        the map as a map of their own and return its path. Then open `path` again."""
        return sqlite_store.resolve_write_back(path, keep_both)

    @classmethod
    def over(cls, storage: Storage, checked: "Document | None" = None) -> "Document":
        """The document on `storage`: its journey read and validated, or taken over
        from `checked`, a document loaded from the same data (no second load)."""
        doc = cls(storage)
        if checked is not None:
            doc._adopt(checked)
            return doc
        try:
            doc._load()
        except BaseException:
            doc.close()  # its session too, so nothing touches the closed storage later
            raise
        return doc

    def _adopt(self, checked: "Document") -> None:
        """Take over the journey loaded and validated from the same bytes in
        memory (its repairs still pending), instead of reading it again."""
        journey = checked.journey
        checked._session.expunge_all()
        self._session.add(journey)
        self._session.add_all(checked._repaired)
        self.journey, self._index, self.notices = journey, checked._index, checked.notices
        self._repaired = checked._repaired
        checked.journey = None

    def _load(self) -> None:
        s = self._session
        with s.no_autoflush:
            journey = s.scalars(select(Journey).order_by(Journey.id).limit(1).options(
                selectinload(Journey.stages), selectinload(Journey.lanes),
                selectinload(Journey.cards), selectinload(Journey.markers),
                selectinload(Journey.personas), selectinload(Journey.links),
                selectinload(Journey.action_items), selectinload(Journey.metrics),
                selectinload(Journey.metric_values))).first()
            heads = {i: head for i, n, head in s.execute(select(
                Asset.id, func.length(Asset.data), func.substr(Asset.data, 1, HEAD_BYTES)))
                if n is not None and n <= rules.MAX_IMAGE_BYTES}
            pictures = {i for i, head in heads.items() if picture_header_ok(head)}
            self.notices = validate(journey, pictures, SessionAssets(s))
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
        are read again from the storage, so the map stays usable."""
        if self.read_only:
            raise ReadOnly(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is open for viewing only; use Save As "
                                                                 "to edit a copy."), self.storage.name))
        try:
            fn = OPERATIONS[op.name]
        except KeyError:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Unknown operation %1."),
                                        repr(op.name))) from None
        self._guard()
        try:
            outcome = fn(self.store, **op.args)
            self._session.commit()
        except BaseException as e:
            self._recover()
            refusal = _refusal(e, self.storage.name)
            if refusal is e:
                raise
            raise refusal from None
        self.storage.committed()
        undo, changed = outcome[0], outcome[1]
        return Change(op, undo, changed, outcome[2] if len(outcome) > 2 else None)

    def _guard(self) -> None:
        """Before the storage is read for an edit: nothing foreign beside it
        (see `JourneyFile.guard`), and objects that match it."""
        if self.storage.closed or self.read_only:
            return
        self.storage.guard()
        if self._stale:
            self._load()
            self._stale = False

    @property
    def write_back_error(self) -> str | None:
        """For a map on a shared drive: why the last write-back failed, if it did
        (a sentence; None once a write-back succeeded)."""
        return self.storage.write_back_error

    def retry_write_back(self) -> bool:
        """Try a failed write-back again (the editor does, every 30 s); True when done."""
        self.storage.retry_write_back()
        return self.write_back_error is None

    @property
    def kept_notice(self) -> str | None:
        """After close: why a working copy stayed on this computer, if one did."""
        return self.storage.kept_notice

    def _recover(self) -> None:
        """After a failed operation: read the storage again into the same objects,
        so whoever holds `doc.journey` or a stage sees what it holds.
        Never while a foreign journal is beside the file: reading would play it back."""
        self._session.rollback()
        try:
            self.storage.guard()
        except StorageError:
            self._stale = True
            return
        self._load()

    def snapshot(self) -> dict:
        return snapshot(self.journey)

    # -- pictures --------------------------------------------------------------
    def asset_bytes(self, asset_id: int) -> bytes | None:
        """A picture's bytes (None when missing, oversized or unsafe to read now)."""
        try:
            self._guard()
        except StorageError:
            return None  # shown with the next edit; a picture is not worth playing a journal back
        if self.storage.closed:
            return None
        query = select(Asset.data).where(Asset.id == asset_id,
                                         func.length(Asset.data) <= rules.MAX_IMAGE_BYTES)
        # a connection of its own, ended at once: the session's pending repairs stay pending
        try:
            with self.storage.engine.connect() as conn:
                data = conn.execute(query).scalar()
        except DBAPIError:
            return None  # a drive gone or a damaged page: the card shows no picture, the next edit says why
        return data if isinstance(data, bytes) else None

    def _remove_unused_pictures(self) -> bool:
        """Delete pictures nothing in the map uses (left by an older Wayline or a
        crash); True when some were. On a connection of its own, so repairs
        pending in the session are not written by a close."""
        used = select(Card.asset_id).where(Card.asset_id.is_not(None)).union(
            select(Persona.photo_id).where(Persona.photo_id.is_not(None)))
        unused = Asset.id.not_in(used)
        repaired = [a.id for a in self._repaired if a.id is not None]
        if repaired:  # their identity is written with the next edit: leave them to it
            unused = unused & Asset.id.not_in(repaired)
        with self.storage.engine.connect() as conn:
            if not conn.execute(select(func.count()).where(unused)).scalar():
                return False  # nothing to write: a map only looked at keeps every byte
            conn.execute(delete(Asset).where(unused))
            conn.commit()
        return True

    # -- copies and closing ------------------------------------------------------
    def backup(self) -> Path:
        """Take a backup copy into the user's data folder now (see model/backups)."""
        return self.storage.backup()

    def save_as(self, target) -> None:
        """Copy the live map to `target` and go on editing the copy (see
        `JourneyFile.copy_to` for what is refused)."""
        if self.storage.copy_to(target):
            self.close()
            self.__dict__.update(Document.open(target).__dict__)

    def close(self) -> None:
        """Let the storage go, after removing pictures the map no longer uses.
        Never raises for a shared map: when the last write-back fails, the
        working copy is kept (see `kept_notice`) for the next open."""
        if self.storage.closed:
            return
        try:
            if not self.read_only and self.journey is not None and not self._stale:
                self._tidy()
        finally:
            self._session.close()
            self.storage.close()

    def _tidy(self) -> None:
        try:
            self.storage.guard()
            if self._remove_unused_pictures():
                self.storage.compact()
        except (JourneyError, DBAPIError):
            pass  # a full disk, a foreign journal: the pictures go with a later close

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _refusal(error: BaseException, name: str) -> BaseException:
    """What `apply` raises for what went wrong inside an operation: one sentence."""
    if isinstance(error, JourneyError):
        return error
    if isinstance(error, IntegrityError):
        return JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That change refers to something that is "
                                                                  "no longer in the map.")))
    if isinstance(error, UnicodeError):
        return JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That text holds a character that cannot "
                                                                  "be saved (a broken emoji or symbol); "
                                                                  "nothing was changed.")))
    if isinstance(error, DBAPIError):
        return StorageError(_storage_message(error, name))
    return error


def _fill(engine, data: dict) -> None:
    """A new map's rows from a template's plain data."""
    with Session(engine) as session:
        populate_from_template(session, data)
        session.commit()
