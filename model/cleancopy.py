"""A clean copy of a map whose schema is not exactly Wayline's.

A map with a trigger, a view or re-pointed foreign keys is never edited in
place (see `schema.py`). Its *data* may still be fine: then Wayline offers to
make a new map beside it from the data alone. The copy is built from rows,
never from the file's own schema: a fresh file with Wayline's frozen schema,
and each known column of each known table read from the original in memory
(reading runs no trigger) and inserted into it. Extra tables, columns,
triggers and views are left behind; the numbering restarts from the ids the
rows hold; the values are then checked by the normal open. Each row keeps its
`uuid` (a missing or repeated one is given a new one); a map of an older
version is copied into its own version's schema and then upgraded, so the
copy is always of the current version.
"""
from __future__ import annotations

import os
from pathlib import Path

from . import fileformat, filestore, rules, schema
from .entities import new_uuid
from .errors import QT_TRANSLATE_NOOP, FileRefused, JourneyError, Sentence


def target_for(original: Path) -> Path:
    original = Path(original)
    return filestore.first_free(original, lambda n: f"{original.stem} (clean copy"
                                                    f"{'' if n == 1 else f' {n}'}){original.suffix}")


def make(original: Path) -> tuple[Path, int]:
    """Write the clean copy beside `original`; return its path and how many
    rows could not be copied (a NULL where Wayline needs a value, a duplicate).
    The original is only read. Raises FileRefused if the data cannot be copied."""
    original = Path(original)
    image = filestore.read_image(original)
    version = image.header.user_version
    source = filestore.memory(image)
    target = target_for(original)
    tmp = Path(filestore.temp_beside(target, "create"))
    try:
        if not schema.intact(source, version):
            raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is missing part of the map; no "
                                                                    "clean copy can be made."), original.name))
        dest = filestore.connect(tmp)
        try:
            fileformat.stamp_identity(dest, version)
            schema.create(dest, version)
            dropped = _copy_rows(source, dest, version)
            if version < fileformat.SCHEMA_VERSION:
                fileformat.migrate(dest, version)
        finally:
            dest.close()
        if target.exists():
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” already exists; nothing was "
                                                                     "written."), target.name))
        os.replace(tmp, target)
    finally:
        source.close()
        tmp.unlink(missing_ok=True)
    return target, dropped


def _copy_rows(source, dest, version: int) -> int:
    dest.execute("PRAGMA foreign_keys=OFF")  # references are checked by the open that follows
    dest.execute("BEGIN")
    dropped = 0
    for table, columns in schema.tables(version).items():
        names = ", ".join(f'"{c}"' for c in columns)
        rows = source.execute(f'SELECT {names} FROM "{table}"').fetchall()
        if "uuid" in columns:
            rows = _identified(rows, columns.index("uuid"))
        marks = ", ".join("?" * len(columns))
        before = dest.total_changes
        dest.executemany(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', rows)
        dropped += len(rows) - (dest.total_changes - before)
    dest.execute("COMMIT")
    return dropped


def _identified(rows: list, at: int) -> list:
    """Rows with a valid uuid each, unique in the table: a missing, malformed or
    repeated one is replaced (the row is kept, not dropped)."""
    seen, out = set(), []
    for row in rows:
        value = row[at]
        if not rules.identity_ok(value) or value in seen:
            value = new_uuid()
            row = row[:at] + (value,) + row[at + 1:]
        seen.add(value)
        out.append(row)
    return out
