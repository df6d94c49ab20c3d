"""The exact schema of a `.journey` file, frozen per version, and the check
that a file holds nothing else.

Logic can hide in a database's schema: a trigger runs on every edit
(`trusted_schema=OFF` does not stop triggers), a foreign key re-pointed with
`ON DELETE CASCADE` empties tables, `ON CONFLICT REPLACE` deletes rows, a
column declared NUMERIC turns the text "007" into the number 7, an extra
NOT NULL column makes every insert fail, a `sqlite_sequence` set to its
maximum makes every new card fail. So a file is edited only if its schema is
*exactly* the one Wayline writes: the same tables, columns, types,
constraints and indexes, and nothing more. `differences()` says, in words a
facilitator can pass on, what differs.

The statements are frozen here (as SQLAlchemy 2.0 emitted them for each schema)
rather than generated at run time, so a newer SQLAlchemy that formats DDL
differently cannot make every existing map look foreign; a test checks that
they still match `model/entities.py`.
"""
from __future__ import annotations

import re
import sqlite3

V1 = (
    "CREATE TABLE journey (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\ttitle TEXT NOT NULL, "
    "\n\tscenario TEXT NOT NULL, \n\tnotes TEXT NOT NULL\n)",
    "CREATE TABLE asset (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tsha256 VARCHAR(64) NOT NULL, "
    "\n\tmime VARCHAR(40) NOT NULL, \n\twidth INTEGER NOT NULL, \n\theight INTEGER NOT NULL, "
    "\n\tdata BLOB NOT NULL, \n\tUNIQUE (sha256)\n)",
    "CREATE TABLE persona (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tjourney_id INTEGER NOT NULL, "
    "\n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\trole TEXT NOT NULL, \n\tgoals TEXT NOT NULL, "
    "\n\tfrustrations TEXT NOT NULL, \n\tquote TEXT NOT NULL, \n\tphoto_id INTEGER, "
    "\n\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(photo_id) REFERENCES asset (id) ON DELETE SET NULL\n)",
    "CREATE TABLE stage (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tjourney_id INTEGER NOT NULL, "
    "\n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tcolour VARCHAR(7) NOT NULL, "
    "\n\twidth DOUBLE NOT NULL, \n\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE\n)",
    "CREATE TABLE lane (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tjourney_id INTEGER NOT NULL, "
    "\n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tkind VARCHAR(20) NOT NULL, "
    "\n\theight DOUBLE NOT NULL, \n\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE\n)",
    "CREATE TABLE card (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tjourney_id INTEGER NOT NULL, "
    "\n\tstage_id INTEGER NOT NULL, \n\tlane_id INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, "
    "\n\ttext TEXT NOT NULL, \n\tcolour VARCHAR(7), \n\tchannel VARCHAR(10), \n\tvotes INTEGER NOT NULL, "
    "\n\tasset_id INTEGER, \n\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(asset_id) REFERENCES asset (id) ON DELETE SET NULL\n)",
    "CREATE INDEX ix_card_stage_id ON card (stage_id)",
    "CREATE INDEX ix_card_lane_id ON card (lane_id)",
    "CREATE TABLE emotion_marker (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
    "\n\tjourney_id INTEGER NOT NULL, \n\tlane_id INTEGER NOT NULL, \n\tstage_id INTEGER NOT NULL, "
    "\n\t\"offset\" DOUBLE NOT NULL, \n\tfeeling DOUBLE NOT NULL, \n\tlabel TEXT NOT NULL, "
    "\n\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE\n)",
    "CREATE INDEX ix_emotion_marker_stage_id ON emotion_marker (stage_id)",
    "CREATE INDEX ix_emotion_marker_lane_id ON emotion_marker (lane_id)",
)
# Version 2: every row has a `uuid`, its identity across files (kept by undo,
# Save As and backups; new on copy and duplicate), unique in its table.
V2 = (
    "CREATE TABLE journey (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\t"
    "uuid TEXT NOT NULL, \n\ttitle TEXT NOT NULL, \n\tscenario TEXT NOT NULL, \n\t"
    "notes TEXT NOT NULL\n)",
    "CREATE UNIQUE INDEX ix_journey_uuid ON journey (uuid)",
    "CREATE TABLE asset (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\t"
    "uuid TEXT NOT NULL, \n\tsha256 VARCHAR(64) NOT NULL, \n\tmime VARCHAR(40) NOT NULL, \n\t"
    "width INTEGER NOT NULL, \n\theight INTEGER NOT NULL, \n\tdata BLOB NOT NULL, \n\t"
    "UNIQUE (sha256)\n)",
    "CREATE UNIQUE INDEX ix_asset_uuid ON asset (uuid)",
    "CREATE TABLE persona (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\t"
    "uuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, \n\t"
    "name TEXT NOT NULL, \n\trole TEXT NOT NULL, \n\tgoals TEXT NOT NULL, \n\t"
    "frustrations TEXT NOT NULL, \n\tquote TEXT NOT NULL, \n\tphoto_id INTEGER, \n\t"
    "FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n\t"
    "FOREIGN KEY(photo_id) REFERENCES asset (id) ON DELETE SET NULL\n)",
    "CREATE UNIQUE INDEX ix_persona_uuid ON persona (uuid)",
    "CREATE TABLE stage (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\t"
    "uuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, \n\t"
    "name TEXT NOT NULL, \n\tcolour VARCHAR(7) NOT NULL, \n\twidth DOUBLE NOT NULL, \n\t"
    "FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE\n)",
    "CREATE UNIQUE INDEX ix_stage_uuid ON stage (uuid)",
    "CREATE TABLE lane (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\t"
    "uuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, \n\t"
    "name TEXT NOT NULL, \n\tkind VARCHAR(20) NOT NULL, \n\theight DOUBLE NOT NULL, \n\t"
    "FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE\n)",
    "CREATE UNIQUE INDEX ix_lane_uuid ON lane (uuid)",
    "CREATE TABLE card (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\t"
    "uuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n\tstage_id INTEGER NOT NULL, \n\t"
    "lane_id INTEGER NOT NULL, \n\tposition INTEGER NOT NULL, \n\ttext TEXT NOT NULL, \n\t"
    "colour VARCHAR(7), \n\tchannel VARCHAR(10), \n\tvotes INTEGER NOT NULL, \n\t"
    "asset_id INTEGER, \n\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n\t"
    "FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, \n\t"
    "FOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, \n\t"
    "FOREIGN KEY(asset_id) REFERENCES asset (id) ON DELETE SET NULL\n)",
    "CREATE UNIQUE INDEX ix_card_uuid ON card (uuid)",
    "CREATE INDEX ix_card_stage_id ON card (stage_id)",
    "CREATE INDEX ix_card_lane_id ON card (lane_id)",
    "CREATE TABLE emotion_marker (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\t"
    "uuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n\tlane_id INTEGER NOT NULL, \n\t"
    "stage_id INTEGER NOT NULL, \n\t\"offset\" DOUBLE NOT NULL, \n\tfeeling DOUBLE NOT NULL, \n\t"
    "label TEXT NOT NULL, \n\t"
    "FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n\t"
    "FOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, \n\t"
    "FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE\n)",
    "CREATE UNIQUE INDEX ix_emotion_marker_uuid ON emotion_marker (uuid)",
    "CREATE INDEX ix_emotion_marker_stage_id ON emotion_marker (stage_id)",
    "CREATE INDEX ix_emotion_marker_lane_id ON emotion_marker (lane_id)",
)
# Version 3: several personas. A persona has a look (colour, line, marker shape);
# a marker belongs to one persona's curve (today's or the target one); a lane
# may belong to one persona; a card names the personas it is for.
V3 = (
    "CREATE TABLE journey (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n\ttitle TEXT NOT NULL, \n\tscenario TEXT NOT NULL, \n"
    "\tnotes TEXT NOT NULL\n)",
    "CREATE UNIQUE INDEX ix_journey_uuid ON journey (uuid)",
    "CREATE TABLE asset (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n\tsha256 VARCHAR(64) NOT NULL, \n"
    "\tmime VARCHAR(40) NOT NULL, \n\twidth INTEGER NOT NULL, \n"
    "\theight INTEGER NOT NULL, \n\tdata BLOB NOT NULL, \n\tUNIQUE (sha256)\n)",
    "CREATE UNIQUE INDEX ix_asset_uuid ON asset (uuid)",
    "CREATE TABLE persona (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\trole TEXT NOT NULL, \n"
    "\tgoals TEXT NOT NULL, \n\tfrustrations TEXT NOT NULL, \n\tquote TEXT NOT NULL, \n"
    "\tphoto_id INTEGER, \n\tcolour VARCHAR(7) NOT NULL, \n\tline VARCHAR(10) NOT NULL, \n"
    "\tshape VARCHAR(10) NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(photo_id) REFERENCES asset (id) ON DELETE SET NULL\n)",
    "CREATE UNIQUE INDEX ix_persona_uuid ON persona (uuid)",
    "CREATE TABLE stage (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n"
    "\tcolour VARCHAR(7) NOT NULL, \n\twidth DOUBLE NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE\n)",
    "CREATE UNIQUE INDEX ix_stage_uuid ON stage (uuid)",
    "CREATE TABLE lane (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tkind VARCHAR(20) NOT NULL, \n"
    "\theight DOUBLE NOT NULL, \n\tpersona_id INTEGER, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE SET NULL\n)",
    "CREATE UNIQUE INDEX ix_lane_uuid ON lane (uuid)",
    "CREATE TABLE card (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n"
    "\tstage_id INTEGER NOT NULL, \n\tlane_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n\ttext TEXT NOT NULL, \n\tcolour VARCHAR(7), \n"
    "\tchannel VARCHAR(10), \n\tvotes INTEGER NOT NULL, \n\tasset_id INTEGER, \n"
    "\tpersonas TEXT NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(asset_id) REFERENCES asset (id) ON DELETE SET NULL\n)",
    "CREATE UNIQUE INDEX ix_card_uuid ON card (uuid)",
    "CREATE INDEX ix_card_stage_id ON card (stage_id)",
    "CREATE INDEX ix_card_lane_id ON card (lane_id)",
    "CREATE TABLE emotion_marker (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n\tjourney_id INTEGER NOT NULL, \n"
    "\tlane_id INTEGER NOT NULL, \n\tstage_id INTEGER NOT NULL, \n"
    '\t"offset" DOUBLE NOT NULL, \n\tfeeling DOUBLE NOT NULL, \n\tlabel TEXT NOT NULL, \n'
    "\tpersona_id INTEGER, \n\ttarget INTEGER NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE CASCADE\n)",
    "CREATE UNIQUE INDEX ix_emotion_marker_uuid ON emotion_marker (uuid)",
    "CREATE INDEX ix_emotion_marker_stage_id ON emotion_marker (stage_id)",
    "CREATE INDEX ix_emotion_marker_lane_id ON emotion_marker (lane_id)",
    "CREATE INDEX ix_emotion_marker_persona_id ON emotion_marker (persona_id)",
)
# Version 4: from insight to action. The map chooses how opportunities are
# scored and names its matrix's quadrants; a card carries its scores; an
# opportunity links to the pain points it addresses (`card_link`); actions
# (owner, due date, status, tracker key) hang under a card; metrics (kind,
# unit, direction, baseline, target, owner) have values per stage.
V4 = (
    "CREATE TABLE journey (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\ttitle TEXT NOT NULL, \n"
    "\tscenario TEXT NOT NULL, \n"
    "\tnotes TEXT NOT NULL, \n"
    "\tscoring VARCHAR(20) NOT NULL, \n"
    "\tquadrants TEXT NOT NULL\n"
    ")",
    "CREATE UNIQUE INDEX ix_journey_uuid ON journey (uuid)",
    "CREATE TABLE asset (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tsha256 VARCHAR(64) NOT NULL, \n"
    "\tmime VARCHAR(40) NOT NULL, \n"
    "\twidth INTEGER NOT NULL, \n"
    "\theight INTEGER NOT NULL, \n"
    "\tdata BLOB NOT NULL, \n"
    "\tUNIQUE (sha256)\n"
    ")",
    "CREATE UNIQUE INDEX ix_asset_uuid ON asset (uuid)",
    "CREATE TABLE persona (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\tname TEXT NOT NULL, \n"
    "\trole TEXT NOT NULL, \n"
    "\tgoals TEXT NOT NULL, \n"
    "\tfrustrations TEXT NOT NULL, \n"
    "\tquote TEXT NOT NULL, \n"
    "\tphoto_id INTEGER, \n"
    "\tcolour VARCHAR(7) NOT NULL, \n"
    "\tline VARCHAR(10) NOT NULL, \n"
    "\tshape VARCHAR(10) NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(photo_id) REFERENCES asset (id) ON DELETE SET NULL\n"
    ")",
    "CREATE UNIQUE INDEX ix_persona_uuid ON persona (uuid)",
    "CREATE TABLE stage (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\tname TEXT NOT NULL, \n"
    "\tcolour VARCHAR(7) NOT NULL, \n"
    "\twidth DOUBLE NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE\n"
    ")",
    "CREATE UNIQUE INDEX ix_stage_uuid ON stage (uuid)",
    "CREATE TABLE lane (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\tname TEXT NOT NULL, \n"
    "\tkind VARCHAR(20) NOT NULL, \n"
    "\theight DOUBLE NOT NULL, \n"
    "\tpersona_id INTEGER, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE SET NULL\n"
    ")",
    "CREATE UNIQUE INDEX ix_lane_uuid ON lane (uuid)",
    "CREATE TABLE card (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tstage_id INTEGER NOT NULL, \n"
    "\tlane_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\ttext TEXT NOT NULL, \n"
    "\tcolour VARCHAR(7), \n"
    "\tchannel VARCHAR(10), \n"
    "\tvotes INTEGER NOT NULL, \n"
    "\tasset_id INTEGER, \n"
    "\tpersonas TEXT NOT NULL, \n"
    "\timpact DOUBLE, \n"
    "\teffort DOUBLE, \n"
    "\treach DOUBLE, \n"
    "\tconfidence DOUBLE, \n"
    "\tease DOUBLE, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(asset_id) REFERENCES asset (id) ON DELETE SET NULL\n"
    ")",
    "CREATE UNIQUE INDEX ix_card_uuid ON card (uuid)",
    "CREATE INDEX ix_card_stage_id ON card (stage_id)",
    "CREATE INDEX ix_card_lane_id ON card (lane_id)",
    "CREATE TABLE emotion_marker (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tlane_id INTEGER NOT NULL, \n"
    "\tstage_id INTEGER NOT NULL, \n"
    '\t"offset" DOUBLE NOT NULL, \n'
    "\tfeeling DOUBLE NOT NULL, \n"
    "\tlabel TEXT NOT NULL, \n"
    "\tpersona_id INTEGER, \n"
    "\ttarget INTEGER NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE CASCADE\n"
    ")",
    "CREATE UNIQUE INDEX ix_emotion_marker_uuid ON emotion_marker (uuid)",
    "CREATE INDEX ix_emotion_marker_stage_id ON emotion_marker (stage_id)",
    "CREATE INDEX ix_emotion_marker_lane_id ON emotion_marker (lane_id)",
    "CREATE INDEX ix_emotion_marker_persona_id ON emotion_marker (persona_id)",
    "CREATE TABLE card_link (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\topportunity_id INTEGER NOT NULL, \n"
    "\tpain_point_id INTEGER NOT NULL, \n"
    "\tUNIQUE (opportunity_id, pain_point_id), \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(opportunity_id) REFERENCES card (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(pain_point_id) REFERENCES card (id) ON DELETE CASCADE\n"
    ")",
    "CREATE UNIQUE INDEX ix_card_link_uuid ON card_link (uuid)",
    "CREATE INDEX ix_card_link_opportunity_id ON card_link (opportunity_id)",
    "CREATE INDEX ix_card_link_pain_point_id ON card_link (pain_point_id)",
    "CREATE TABLE action_item (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tcard_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\ttitle TEXT NOT NULL, \n"
    "\towner TEXT NOT NULL, \n"
    "\tdue VARCHAR(10) NOT NULL, \n"
    "\tstatus VARCHAR(12) NOT NULL, \n"
    "\ttracker_key TEXT NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE\n"
    ")",
    "CREATE UNIQUE INDEX ix_action_item_uuid ON action_item (uuid)",
    "CREATE INDEX ix_action_item_card_id ON action_item (card_id)",
    "CREATE TABLE metric (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\tname TEXT NOT NULL, \n"
    "\tkind VARCHAR(20) NOT NULL, \n"
    "\tunit TEXT NOT NULL, \n"
    "\tdirection VARCHAR(6) NOT NULL, \n"
    "\tbaseline DOUBLE, \n"
    "\tbaseline_date VARCHAR(10) NOT NULL, \n"
    "\ttarget DOUBLE, \n"
    "\ttarget_date VARCHAR(10) NOT NULL, \n"
    "\towner TEXT NOT NULL, \n"
    "\tstale_days INTEGER NOT NULL, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE\n"
    ")",
    "CREATE UNIQUE INDEX ix_metric_uuid ON metric (uuid)",
    "CREATE TABLE metric_value (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tuuid TEXT NOT NULL, \n"
    "\tjourney_id INTEGER NOT NULL, \n"
    "\tmetric_id INTEGER NOT NULL, \n"
    "\tstage_id INTEGER NOT NULL, \n"
    "\ttaken VARCHAR(10) NOT NULL, \n"
    "\tvalue DOUBLE NOT NULL, \n"
    "\tn INTEGER, \n"
    "\tFOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(metric_id) REFERENCES metric (id) ON DELETE CASCADE, \n"
    "\tFOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE\n"
    ")",
    "CREATE UNIQUE INDEX ix_metric_value_uuid ON metric_value (uuid)",
    "CREATE INDEX ix_metric_value_metric_id ON metric_value (metric_id)",
    "CREATE INDEX ix_metric_value_stage_id ON metric_value (stage_id)",
)

SCHEMAS = {1: V1, 2: V2, 3: V3, 4: V4}
# Made by SQLite itself: AUTOINCREMENT's counters and UNIQUE's index.
IMPLIED = {("table", "sqlite_sequence"): "CREATE TABLE sqlite_sequence(name,seq)"}
# Ids are counted up from 1; one past 2**53 means something else set them.
MAX_ID = 2**53
KIND_WORDS = {"table": "table", "index": "index", "trigger": "trigger", "view": "view"}


def create(conn: sqlite3.Connection, version: int) -> None:
    for statement in SCHEMAS[version]:
        conn.execute(statement)


def expected(version: int) -> dict[tuple[str, str], str | None]:
    """(type, name) -> SQL of every object a file of this version holds."""
    objects = dict(IMPLIED)
    for statement in SCHEMAS[version]:
        kind, name = re.match(r"CREATE (?:UNIQUE )?(TABLE|INDEX) (\w+)", statement).groups()
        objects[(kind.lower(), name)] = statement
        # a table's UNIQUE constraints each come with an index SQLite names (and gives no SQL)
        for n in range(1, statement.count("UNIQUE (") + 1 if kind == "TABLE" else 1):
            objects[("index", f"sqlite_autoindex_{name}_{n}")] = None
    return objects


def tables(version: int) -> dict[str, list[str]]:
    """Each table of the version and its columns, in order (for copying data)."""
    conn = sqlite3.connect(":memory:")
    try:
        create(conn, version)
        return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
                for (kind, t) in expected(version) if kind == "table" and t != "sqlite_sequence"}
    finally:
        conn.close()


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


def differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What this file's schema has that Wayline's has not, or lacks, each as
    what the file "holds"; [] if exact."""
    found = {(kind, name): sql for kind, name, sql in
             conn.execute("SELECT type, name, sql FROM sqlite_master")}
    want = expected(version)
    out = []
    for (kind, name), sql in sorted(found.items()):
        if (kind, name) not in want:
            word = KIND_WORDS.get(kind, kind)
            out.append(f"{'an' if word[0] in 'aeiou' else 'a'} {word} “{name}” that Wayline maps never have")
        elif _normal(sql) != _normal(want[(kind, name)]):
            out.append(f"a different {kind} “{name}” ({_what_differs(conn, kind, name, version)})")
    for (kind, name) in sorted(set(want) - set(found)):
        if name != "sqlite_sequence":  # absent until the first row is added
            out.append(f"no {kind} “{name}”")
    return out + _numbering(conn, found)


def _what_differs(conn, kind: str, name: str, version: int) -> str:
    if kind != "table":
        return "another definition"
    ref = sqlite3.connect(":memory:")
    try:
        create(ref, version)
        ours, theirs = _columns(ref, name), _columns(conn, name)
    finally:
        ref.close()
    notes = [f"extra column “{c}”" for c in theirs if c not in ours]
    notes += [f"column “{c}” is missing" for c in ours if c not in theirs]
    notes += [f"column “{c}” is declared {theirs[c][0] or 'without a type'}" for c in ours
              if c in theirs and theirs[c][0] != ours[c][0]]
    notes += [f"column “{c}” has other rules" for c in ours
              if c in theirs and theirs[c][0] == ours[c][0] and theirs[c] != ours[c]]
    return ", ".join(notes) or "other rules or links between tables"


def _columns(conn, table: str) -> dict[str, tuple]:
    return {r[1]: (r[2].upper(), r[3], r[4], r[5], r[6])
            for r in conn.execute(f'PRAGMA table_xinfo("{table}")')}


def _numbering(conn, found) -> list[str]:
    """AUTOINCREMENT never reuses a number: a counter at its end makes every
    new card fail (SQLite reports it as a full disk)."""
    if ("table", "sqlite_sequence") not in found:
        return []
    try:
        rows = conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
    except sqlite3.Error:
        return ["a numbering table that cannot be read"]
    spent = sorted({str(name) for name, seq in rows
                    if not isinstance(seq, int) or not 0 <= seq <= MAX_ID})
    return [f"a numbering of “{name}” that has run out, so nothing new could be added" for name in spent]


def intact(conn: sqlite3.Connection, version: int) -> bool:
    """Whether every table and column of the version can be read, with ids in
    range: then a clean copy can be made from the data alone."""
    for table, columns in tables(version).items():
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if not set(columns) <= have:
            return False
        (top,) = conn.execute(f'SELECT max(id) FROM "{table}"').fetchone()
        if isinstance(top, int) and top > MAX_ID:
            return False
    return True
