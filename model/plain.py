"""A `.journey` read as plain objects through sqlite3, for read-only commands.

`wayline export`, `info` and `check` need the map's rows, checked and validated, and
nothing of editing; SQLAlchemy's import alone costs more than the PDF poster a
command line writes (bench/README.md, "Export"). `PlainDocument.open(path)` runs
the same checks as `Document.open(path, read_only=True)` — the identity header,
the journal and WAL beside it, `integrity_check`, the exact schema, an older
version upgraded in memory (`opening`) — and the same `validate`, so a file is
refused or repaired with the same sentences and the same result
(`tests/model/test_plain.py` compares them on the hostile files).

Its rows carry the entities' attribute names (`journey.stages`, `card.stage_id`,
`persona.photo_id`, ...), so `layout`, `drawing` and the exporters read them as
they read the entities. They are read by the SQL the ORM emits for
`Document._load` (the same filter and order, so rows that tie on `position` come
in the same order), and their values are SQLite's own, as the ORM leaves them.
Nothing is written anywhere: repairs live in these objects until they are dropped.

The editor draws its first frame from one (`PlainDocument.open(path, stand_in=True)`)
and holds it, read-only, until the `Document` opened for editing replaces it
(editor/app.py): `store.card` and `store.index` are there for the layout.
"""
from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from . import fileformat, filestore, opening, rules, schema
from .card_index import CardIndex
from .lock import EditLock
from .validate import HEAD_BYTES, picture_header_ok, validate
from .values import new_uuid


class Row:
    """One row as a plain object: its columns as attributes."""

    def __init__(self, **columns):
        self.__dict__.update(columns)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={getattr(self, 'id', None)!r})"


class Journey(Row):
    stages: list
    lanes: list
    cards: list
    markers: list
    personas: list
    links: list
    action_items: list
    metrics: list
    metric_values: list


class Persona(Row):
    pass


class Stage(Row):
    pass


class Lane(Row):
    pass


class Card(Row):
    pass


class EmotionMarker(Row):
    pass


class CardLink(Row):
    pass


class ActionItem(Row):
    pass


class Metric(Row):
    pass


class MetricValue(Row):
    pass


# (attribute of the journey, table, row class, the order the ORM's relationship gives)
COLLECTIONS = (("stages", "stage", Stage, "position"), ("personas", "persona", Persona, "position"),
               ("lanes", "lane", Lane, "position"), ("cards", "card", Card, "position"),
               ("markers", "emotion_marker", EmotionMarker, "id"), ("links", "card_link", CardLink, "id"),
               ("action_items", "action_item", ActionItem, "position"), ("metrics", "metric", Metric, "position"),
               ("metric_values", "metric_value", MetricValue, "id"))


@lru_cache(maxsize=None)
def _columns(table: str) -> tuple[str, ...]:
    """The table's columns in the current schema (which the entities map, column for column)."""
    return tuple(schema.tables(fileformat.SCHEMA_VERSION)[table])


def _select(table: str) -> str:
    return f"SELECT {', '.join(f'{table}.{_quoted(c)}' for c in _columns(table))} FROM {table}"


def _quoted(column: str) -> str:
    return f'"{column}"' if column == "offset" else column  # a keyword in SQL


def _rows(conn: sqlite3.Connection, cls, table: str, sql: str, params=()) -> list:
    names = _columns(table)
    return [cls(**dict(zip(names, values))) for values in conn.execute(sql, params)]


def read_journey(conn: sqlite3.Connection) -> Journey | None:
    """The map's first journey with its collections, unvalidated."""
    found = _rows(conn, Journey, "journey", f"{_select('journey')} ORDER BY journey.id LIMIT ? OFFSET ?", (1, 0))
    if not found:
        return None
    journey = found[0]
    for attr, table, cls, order in COLLECTIONS:
        sql = f"{_select(table)} WHERE {table}.journey_id IN (?) ORDER BY {table}.{order}"
        setattr(journey, attr, _rows(conn, cls, table, sql, (journey.id,)))
    return journey


class PlainAssets:
    """The stored pictures as `validate` reads them: on the connection itself.
    A repaired identity is only counted: nothing is written by a read-only command."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.renewed: dict[int, str] = {}

    def read(self, query: str):
        return self.conn.execute(query)

    def renew_identity(self, asset_id: int) -> None:
        self.renewed[asset_id] = new_uuid()


def load(conn: sqlite3.Connection) -> tuple[Journey, list[str]]:
    """The checked map's journey, validated and repaired in memory, and the notices."""
    journey = read_journey(conn)
    heads = {i: head for i, n, head in conn.execute(
        "SELECT asset.id, length(asset.data) AS length_1, substr(asset.data, ?, ?) AS substr_1 FROM asset",
        (1, HEAD_BYTES)) if n is not None and n <= rules.MAX_IMAGE_BYTES}
    pictures = {i for i, head in heads.items() if picture_header_ok(head)}
    notices = validate(journey, pictures, PlainAssets(conn))
    return journey, notices


class PlainStore:
    """What the layout and the editor's look-ups read of `Document.store`."""

    def __init__(self, journey: Journey):
        self.index = CardIndex(journey.cards)

    def card(self, card_id):
        return self.index.by_id.get(card_id)


class PlainDocument:
    """A map open for reading only, as plain objects: what `export` and `info`
    read of a `Document` (`journey`, `notices`, `path`, `asset_bytes`), and what
    the editor reads while it waits for the map opened for editing (`store`).
    `stand_in`: held by an editor that asked for the map to be opened for editing
    (not read-only by any reason of its own); it never applies an edit itself."""

    read_only = True
    write_back_error = None  # nothing is ever written back from here
    kept_notice = None

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: EditLock, stand_in: bool = False):
        self.path, self._conn, self._lock, self.stand_in = path, conn, lock, stand_in
        with opening.closed_if_refused(conn, path.name):
            self.journey, self.notices = load(conn)
        self.store = PlainStore(self.journey)

    @classmethod
    def open(cls, path, stand_in: bool = False) -> "PlainDocument":
        """Check and read the map at `path` as `Document.open(path, read_only=True)`
        does; FileRefused (or SchemaDiffers) with its sentence, changing nothing."""
        path = Path(path)
        fileformat.read_header(path)  # a foreign file is refused before anything else is read
        lock = EditLock(path).view()  # known as open here, so nothing is exported over it
        try:
            return cls(path, opening.in_memory(path, filestore.read_image(path)), lock, stand_in)
        except BaseException:
            lock.release()
            raise

    def asset_bytes(self, asset_id: int) -> bytes | None:
        """A picture's bytes (None when missing or oversized), as `Document.asset_bytes`."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT data FROM asset WHERE id = ? AND length(data) <= ?",
                                     (asset_id, rules.MAX_IMAGE_BYTES)).fetchone()
        except sqlite3.Error:
            return None  # a damaged page: the card shows no picture, as in the editor
        return row[0] if row and isinstance(row[0], bytes) else None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
