"""Opening a `.journey` to read it: the checks every open runs, with sqlite3 alone.

A map comes from someone else's machine (see `filestore`): its bytes and any
journal beside it are read and checked in memory before anything else, and
only then does a loader read rows from it. The loader is the ORM `Document`
(`sqlite_store.checked`, then edited in place when it may be) or the plain
reader of read-only commands (`plain.py`); both get the connection from
`in_memory`, so both refuse exactly the same files with the same sentence.
Nothing here needs SQLAlchemy, so a command line that only reads a map
never imports it.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from . import fileformat, filestore, schema
from .errors import QT_TRANSLATE_NOOP, FileRefused, SchemaDiffers, Sentence

# what reading a damaged map raises from SQLite or from a loader given odd values;
# the ORM adds its own wrapper of SQLite's errors (sqlite_store)
DAMAGE = (sqlite3.Error, TypeError, ValueError, OverflowError)


@contextmanager
def closed_if_refused(conn: sqlite3.Connection, name: str, damage: tuple = DAMAGE):
    """Opening: on any failure the connection is closed, and what SQLite or the
    loader raised about the bytes becomes the one sentence for a damaged map."""
    try:
        yield
    except BaseException as e:
        conn.close()
        if isinstance(e, damage):
            raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is damaged and cannot be opened; "
                                                                    "restore it from a backup copy."),
                                       name)) from None
        raise


def in_memory(path: Path, image: filestore.Image) -> sqlite3.Connection:
    """The map's image checked and opened in memory, for viewing only: SQLite's
    integrity check, the exact schema, and a map of an older version upgraded
    there (nothing is written). A refused map's connection is closed."""
    name, version = path.name, image.header.user_version
    try:
        conn = filestore.memory(image)
    except sqlite3.Error:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be opened; it may be damaged."),
                                   name)) from None
    with closed_if_refused(conn, name):
        check_integrity(conn, name, version)
        if version < fileformat.SCHEMA_VERSION:  # upgraded in memory only: nothing is written
            conn.execute("PRAGMA query_only=OFF")
            conn.execute("PRAGMA temp_store=MEMORY")  # its rows set aside stay in memory too
            fileformat.migrate(conn, version)
            conn.execute("PRAGMA query_only=ON")
            check_schema(conn, name, fileformat.SCHEMA_VERSION)
    return conn


def check_integrity(conn: sqlite3.Connection, name: str, version: int) -> None:
    rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
    if rows != [("ok",)]:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is damaged and cannot be opened; "
                                                                "restore it from a backup copy."), name))
    check_schema(conn, name, version)


def check_schema(conn: sqlite3.Connection, name: str, version: int) -> None:
    """The schema must be exactly Wayline's: logic hidden in it would run on every edit."""
    differences = schema.differences(conn, version)
    if not differences:
        return
    intact = schema.intact(conn, version)
    if not intact:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is damaged and cannot be opened (part "
                                                                "of the map is missing)."), name))
    more = f" (and {len(differences) - 1} more difference{'s' if len(differences) > 2 else ''})" \
        if len(differences) > 1 else ""
    raise SchemaDiffers(
        f"“{name}” holds {differences[0]}{more}, which could change the map behind your back, so "
        "Wayline will not edit it as it is. Open it in Wayline to make a clean copy from its data.",
        differences, intact)
