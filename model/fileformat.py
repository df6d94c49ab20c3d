"""File identity and schema versions of the `.journey` file.

A `.journey` file is a SQLite database whose header carries
`application_id` = 0x57594C4E ("WYLN") and `user_version` = the schema
version. The header is read as raw bytes before SQLite ever opens the file, so
a foreign or damaged file is refused without a single byte being written.

Migrations: `MIGRATIONS[n]` upgrades a file from version n to n + 1 inside one
transaction, with foreign keys off (a table is rebuilt, not altered, so the
file ends up with exactly the new version's frozen schema) and checked after.
A backup copy of the old file is written beside it first (see `Document`); a
file opened only for reading is migrated in memory. Version 1 is the first
schema; version 2 gave every row a `uuid`; version 3 holds several personas,
each with a look and its own emotion curves. Tests keep a real file of each.
"""
from __future__ import annotations

import os
import sqlite3
import stat
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import personas, schema
from .errors import QT_TRANSLATE_NOOP, FileRefused, Sentence

APPLICATION_ID = 0x57594C4E
SCHEMA_VERSION = 4
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 2 * 1024**3  # larger than any real map by far; refuse rather than hang



def _rebuild(conn: sqlite3.Connection, old: int, new: dict[str, dict[str, str]]) -> None:
    """Rebuild every table of version `old` as version `old + 1`'s frozen schema.
    SQLite's ADD COLUMN cannot add a NOT NULL column without a default and would
    leave other DDL text than the new version's, so the rows are set aside in
    temporary tables, the old tables dropped, the new frozen schema created, and
    the rows copied back; `new[table]` gives each added column its SQL value
    (it may read the set-aside rows, `temp."old_<table>"`). Ids and the
    AUTOINCREMENT counters are kept."""
    counters = conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall() \
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() else []
    tables = schema.tables(old)
    for table in tables:
        conn.execute(f'CREATE TEMP TABLE "old_{table}" AS SELECT * FROM main."{table}"')
    for kind, name in schema.expected(old):
        if kind == "index" and not name.startswith("sqlite_"):
            conn.execute(f'DROP INDEX main."{name}"')
    for table in reversed(list(tables)):  # those that point at others first
        conn.execute(f'DROP TABLE main."{table}"')
    schema.create(conn, old + 1)
    for table, columns in tables.items():
        added = new.get(table, {})
        names = ", ".join(f'"{c}"' for c in [*columns, *added])
        values = ", ".join([f'"{c}"' for c in columns] + list(added.values()))
        conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {values} FROM temp."old_{table}"')
    for table in tables:
        conn.execute(f'DROP TABLE temp."old_{table}"')
    for name, seq in counters:  # a counter past the highest id stays where it was
        conn.execute("UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name))
        conn.execute("INSERT INTO main.sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS "
                     "(SELECT 1 FROM main.sqlite_sequence WHERE name = ?)", (name, seq, name))


def _add_identities(conn: sqlite3.Connection) -> None:
    """1 -> 2: every row gets a `uuid`, a new one each."""
    conn.create_function("wayline_new_uuid", 0, lambda: str(uuid.uuid4()), deterministic=False)
    _rebuild(conn, 1, {table: {"uuid": "wayline_new_uuid()"} for table in schema.tables(1)})


def _add_personas(conn: sqlite3.Connection) -> None:
    """2 -> 3: several personas. Each persona gets the default look of its place
    in the order (position, then id); every marker joins the first persona's
    curve as it feels today (the only curve an older Wayline drew), or none on a
    map without a persona; lanes belong to no persona, cards are for everyone."""
    looks: dict[int, tuple[str, str, str]] = {}
    for journey_id, in conn.execute("SELECT DISTINCT journey_id FROM persona").fetchall():
        ids = conn.execute("SELECT id FROM persona WHERE journey_id IS ? ORDER BY position, id",
                           (journey_id,)).fetchall()
        looks.update({pid: personas.look_for(i) for i, (pid,) in enumerate(ids)})
    conn.create_function("wayline_look", 2, lambda pid, part: looks.get(pid, personas.look_for(0))[part],
                         deterministic=True)
    first = ('(SELECT p.id FROM temp."old_persona" AS p WHERE p.journey_id = '
             'temp."old_emotion_marker".journey_id ORDER BY p.position, p.id LIMIT 1)')
    _rebuild(conn, 2, {
        "persona": {"colour": "wayline_look(id, 0)", "line": "wayline_look(id, 1)",
                    "shape": "wayline_look(id, 2)"},
        "lane": {"persona_id": "NULL"},
        "card": {"personas": "''"},
        "emotion_marker": {"persona_id": first, "target": "0"}})


def _add_plans(conn: sqlite3.Connection) -> None:
    """3 -> 4: from insight to action. The map scores by impact × effort and keeps
    the default quadrant names; no card is scored, linked or has actions yet."""
    _rebuild(conn, 3, {
        "journey": {"scoring": "'impact_effort'", "quadrants": "''"},
        "card": {c: "NULL" for c in ("impact", "effort", "reach", "confidence", "ease")}})


# n -> function(connection) upgrading schema n to n + 1
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_identities, 2: _add_personas,
                                                               3: _add_plans}


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    """Identify a file from its first 100 bytes; raise FileRefused with a reason."""
    path = Path(path)
    return check_header(read_regular(path, 100), path.name)


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Up to `limit` bytes of a regular file. A FIFO or a device named like a
    map is refused without waiting on it (opened non-blocking, then checked)."""
    name = Path(path).name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” does not exist."), name)) from None
    except IsADirectoryError:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is a folder, not a journey map."),
                                   name)) from None
    except PermissionError:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "You do not have permission to read “%1”."),
                                   name)) from None
    except OSError as e:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be read (%2)."),
                                   name, e.strerror or e)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is a folder, not a journey map."),
                                       name))
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a file Wayline can open (it "
                                                                    "is a pipe or a device)."), name))
        if info.st_size > MAX_FILE_BYTES:
            raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is too large to be a journey map."),
                                       name))
        with os.fdopen(os.dup(fd), "rb") as f:
            return f.read(limit)
    except OSError as e:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be read (%2)."),
                                   name, e.strerror or e)) from None
    finally:
        os.close(fd)


def check_header(head: bytes, name: str) -> Header:
    """Identify a map from its first 100 bytes (already read)."""
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a Wayline journey map (it is "
                                                                "not a map file at all)."), name))
    user_version, = struct.unpack(">i", head[60:64])
    application_id, = struct.unpack(">I", head[68:72])
    if application_id != APPLICATION_ID:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is a database from another program, "
                                                                "not a Wayline journey map."), name))
    if user_version > SCHEMA_VERSION:
        raise FileRefused(
            Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” was made by a newer version of Wayline; update "
                                                  "Wayline to open it."), name))
    if user_version < 1:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is damaged: its version number is "
                                                                "missing."), name))
    return Header(application_id, user_version)


def stamp_identity(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {int(version)}")


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Upgrade the open file (or in-memory image) to SCHEMA_VERSION in one
    transaction. Foreign keys are off meanwhile (dropping a table would cascade);
    afterwards every reference must be as it was (`foreign_key_check`: a dangling
    one already there stays for `validate` to leave out, none is added)."""
    (keys,) = conn.execute("PRAGMA foreign_keys").fetchone()
    conn.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction
    try:
        dangling = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        conn.execute("BEGIN IMMEDIATE")
        try:
            for version in range(from_version, SCHEMA_VERSION):
                MIGRATIONS[version](conn)
            if len(conn.execute("PRAGMA foreign_key_check").fetchall()) > dangling:
                raise sqlite3.IntegrityError("the upgrade would break references between tables")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute(f"PRAGMA foreign_keys={'ON' if keys else 'OFF'}")
