"""The upgrade to version 3 (several personas): real version-1 and version-2
files, read back with sqlite3 itself, not through Wayline's own objects."""
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

import main
from model import fileformat, schema
from model.document import Document
from model.personas import look_for

FIXTURES = Path(__file__).parent.parent / "fixtures"
OLD = {1: FIXTURES / "v1-sample.journey", 2: FIXTURES / "v2-sample.journey"}
V3 = FIXTURES / "v3-sample.journey"


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def dump(conn) -> list:
    return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))


def fresh() -> sqlite3.Connection:
    """An empty map of the current version: what an upgrade ends as."""
    conn = sqlite3.connect(":memory:")
    schema.create(conn, fileformat.SCHEMA_VERSION)
    return conn


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_map_is_upgraded_with_a_backup_and_its_markers_go_to_the_first_persona(tmp_path, version):
    path = tmp_path / "old.journey"
    shutil.copy(OLD[version], path)
    original = path.read_bytes()
    with Document.open(path) as doc:
        assert any("upgraded" in n for n in doc.notices)
        maya = doc.journey.personas[0]
        assert [m.persona_id for m in doc.journey.markers] == [maya.id] * 10
    backup = tmp_path / f"old.v{version}-backup.journey"
    assert backup.read_bytes()[60:72] == original[60:72]  # still the old version, still a journey
    assert struct.unpack(">i", path.read_bytes()[60:64])[0] == fileformat.SCHEMA_VERSION
    conn, old = sqlite3.connect(path), sqlite3.connect(backup)
    assert schema.differences(old, version) == []  # the whole old map, in the old schema
    assert old.execute("SELECT count(*) FROM card").fetchone() == (46,)
    assert schema.differences(conn, fileformat.SCHEMA_VERSION) == [] and dump(conn) == dump(fresh())
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table, columns in schema.tables(version).items():  # every old row and value kept
        names = ", ".join(f'"{c}"' for c in columns)
        assert conn.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall() == \
            old.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
    assert conn.execute("SELECT colour, line, shape FROM persona").fetchall() == [look_for(0)]
    assert conn.execute("SELECT DISTINCT persona_id, target FROM emotion_marker").fetchall() == [(1, 0)]
    assert conn.execute("SELECT count(*) FROM lane WHERE persona_id IS NOT NULL").fetchone() == (0,)
    assert conn.execute("SELECT DISTINCT personas FROM card").fetchall() == [("",)]
    assert dict(conn.execute("SELECT name, seq FROM sqlite_sequence WHERE seq > 0")) == \
        dict(old.execute("SELECT name, seq FROM sqlite_sequence WHERE seq > 0"))  # numbering goes on
    conn.close()
    old.close()
    assert main.main(["check", str(path)]) == 0


@pytest.mark.parametrize("version", [1, 2])
def test_reading_an_older_map_upgrades_it_in_memory_and_writes_nothing(tmp_path, version):
    path = tmp_path / "old.journey"
    shutil.copy(OLD[version], path)
    before = files(tmp_path)
    with Document.open(path, read_only=True) as doc:
        j = doc.journey
        assert [(p.colour, p.line, p.shape) for p in j.personas] == [look_for(0)]
        assert {(m.persona_id, m.target) for m in j.markers} == {(j.personas[0].id, 0)}
    assert files(tmp_path) == before


def test_the_committed_v3_fixture_is_the_v2_fixture_upgraded():
    v2, v3 = sqlite3.connect(OLD[2]), sqlite3.connect(V3)
    assert v3.execute("PRAGMA user_version").fetchone() == (3,)
    assert schema.differences(v3, 3) == []
    for table, columns in schema.tables(2).items():
        names = ", ".join(f'"{c}"' for c in columns)
        assert v3.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall() == \
            v2.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()


def _v2_with(tmp_path, statements) -> Path:
    path = tmp_path / "m.journey"
    shutil.copy(OLD[2], path)
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


def test_with_two_personas_the_first_in_order_gets_the_markers_and_each_its_looks(tmp_path):
    # the persona added last sits first: order is position, not id
    path = _v2_with(tmp_path, [
        "UPDATE persona SET position = 1",
        "INSERT INTO persona (uuid, journey_id, position, name, role, goals, frustrations, quote) "
        "VALUES ('0b1e2d3c-4a5b-4c6d-8e7f-8091a2b3c4d5', 1, 0, 'Ruth', '', '', '', '')"])
    conn = sqlite3.connect(path)
    fileformat.migrate(conn, 2)
    assert conn.execute("SELECT name, colour, line, shape FROM persona ORDER BY position").fetchall() == \
        [("Ruth", *look_for(0)), ("Maya Chen", *look_for(1))]
    ruth = conn.execute("SELECT id FROM persona WHERE name = 'Ruth'").fetchone()[0]
    assert conn.execute("SELECT DISTINCT persona_id FROM emotion_marker").fetchall() == [(ruth,)]
    assert schema.differences(conn, fileformat.SCHEMA_VERSION) == []
    conn.close()


def test_a_map_without_a_persona_keeps_its_curve_with_no_persona(tmp_path):
    path = _v2_with(tmp_path, ["PRAGMA foreign_keys=OFF", "DELETE FROM persona"])
    with Document.open(path) as doc:
        assert doc.journey.personas == [] and len(doc.journey.markers) == 10
        assert {m.persona_id for m in doc.journey.markers} == {None}
        assert not [n for n in doc.notices if "Repaired" in n]
