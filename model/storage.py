"""Where a document keeps its rows: the seam between operations and storage.

A `Document` (operations, undo data, pictures, change records) works through
SQLAlchemy alone, on the `engine` a storage gives it. What a storage adds is
what is particular to where the rows live: for a `.journey` file, the
identity header, PRAGMAs, lock, working copy, backups and copies
(`sqlite_store.JourneyFile`). `MemoryStorage` is the second store: the same
models in a private in-memory database, made by SQLAlchemy from the entities,
with nothing on disk. The model tests run operations and undo against both;
a team library on a database server would be a third, not a rewrite.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from .entities import Base
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence


class Storage(Protocol):
    """What a document needs from where its rows live."""
    engine: Engine
    path: Path | None  # the file the user knows the map by, if it is one
    read_only: bool

    @property
    def name(self) -> str: ...  # how sentences name the map
    @property
    def closed(self) -> bool: ...
    def guard(self) -> None: ...  # before a transaction: StorageError when it is unsafe to start one
    def committed(self) -> None: ...  # after each commit (never raises): e.g. a write-back
    def backup(self) -> Path: ...
    def copy_to(self, target) -> bool: ...  # Save As: False when target is this map
    def compact(self) -> None: ...  # after deletes: give the space (and the old bytes) back
    def close(self) -> None: ...


class MemoryStorage:
    """A map in memory only (tests, scratch work): one private SQLite database
    through SQLAlchemy's `sqlite://`, its schema made from the entities. Its
    rows live as long as this object: closing a document on it keeps them, so
    `view()` can read them again as a second, read-only document would read a file."""

    path = None
    name = "this map"
    write_back_error = None
    kept_notice = None

    def __init__(self, engine: Engine | None = None, read_only: bool = False):
        self.read_only = read_only
        self.closed = False
        if engine is None:
            engine = create_engine("sqlite://", poolclass=StaticPool)
            event.listen(engine, "connect", _foreign_keys_on)
            event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
            Base.metadata.create_all(engine)
        self.engine = engine

    def view(self) -> "MemoryStorage":
        """The same rows, for a read-only document."""
        return MemoryStorage(self.engine, read_only=True)

    def guard(self) -> None:
        pass  # nothing beside it can appear

    def committed(self) -> None:
        pass

    def retry_write_back(self) -> None:
        pass

    def backup(self) -> Path:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A map kept only in memory has no backups; "
                                                                 "save it as a file first.")))

    def copy_to(self, target) -> bool:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A map kept only in memory cannot be saved "
                                                                 "as a file yet.")))

    def compact(self) -> None:
        pass  # nothing leaves this process

    def close(self) -> None:
        self.closed = True


def _foreign_keys_on(dbapi_conn, _record) -> None:
    # as in a `.journey` file: a reference to a missing row is refused, not stored;
    # autocommit, so the "begin" listener above decides when a transaction starts
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA foreign_keys=ON")
