"""Stable identity (schema 2): every row's uuid is kept by undo, Save As,
backups and restore; a version-1 map read without editing writes nothing; a
missing or malformed identity is repaired and reported."""
import shutil
import sqlite3
import uuid

import main
from model import backups, rules, schema
from model.document import Document
from model.entities import Card, Journey, Lane, Stage
from model.operations import Op
from model.validate import validate
from tests.model.test_file import FIXTURE, FIXTURE_V1


def uuids(doc) -> dict:
    j = doc.journey
    return {"journey": j.uuid, **{kind: {r.id: r.uuid for r in rows} for kind, rows in (
        ("persona", j.personas), ("stage", j.stages), ("lane", j.lanes), ("card", j.cards),
        ("marker", j.markers))}}


def file_uuids(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {t: dict(conn.execute(f"SELECT id, uuid FROM {t}")) for t in schema.tables(2)}
    finally:
        conn.close()


def test_every_new_row_gets_its_own_valid_uuid(sample_doc):
    found = file_uuids(sample_doc.path)
    values = [u for rows in found.values() for u in rows.values()]
    assert values and all(rules.identity_ok(u) and uuid.UUID(u).version == 4 for u in values)
    for rows in found.values():
        assert len(set(rows.values())) == len(rows)
    assert file_uuids(sample_doc.path)["card"] == {c.id: c.uuid for c in sample_doc.journey.cards}


def test_undo_of_a_delete_brings_back_the_same_identities(sample_doc):
    doc = sample_doc
    before = uuids(doc)
    stage, lane = doc.journey.stages[1], doc.journey.lanes[0]
    card = next(c for c in doc.journey.cards if c.stage_id != stage.id and c.lane_id != lane.id)
    marker = next(m for m in doc.journey.markers if m.stage_id != stage.id)
    persona = doc.journey.personas[0]
    ops = [Op("delete_stage", {"stage_id": stage.id}), Op("delete_lane", {"lane_id": lane.id}),
           Op("delete_cards", {"card_ids": [card.id]}), Op("delete_markers", {"marker_ids": [marker.id]}),
           Op("delete_persona", {"persona_id": persona.id})]
    undos = [doc.apply(op).undo for op in ops]
    assert uuids(doc) != before
    redos = [doc.apply(u).undo for u in reversed(undos)]
    assert uuids(doc) == before
    file_before = file_uuids(doc.path)
    for r in reversed(redos):  # redo, then undo again: still the same rows
        doc.apply(doc.apply(r).undo)
    assert uuids(doc) == before and file_uuids(doc.path) == file_before


def test_save_as_and_a_backup_restored_keep_every_identity(sample_doc, tmp_path):
    doc = sample_doc
    original = file_uuids(doc.path)
    copy = tmp_path / "copy.journey"
    doc.save_as(copy)
    assert file_uuids(copy) == original
    backup = doc.backup()
    restored = backups.restore(backup, copy)
    assert file_uuids(restored) == original
    with Document.open(restored) as again:
        assert uuids(again) == uuids(doc) and again.notices == []


def test_reading_a_version_1_map_writes_nothing_and_counts_right(tmp_path, capsys):
    path = tmp_path / "old.journey"
    shutil.copy(FIXTURE_V1, path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert main.main(["info", "--json", str(path)]) == 0
    info = capsys.readouterr().out
    assert '"cards": 46' in info and '"markers": 10' in info and '"stages": 6' in info
    assert '"schema_version": 1' in info
    assert main.main(["check", str(path)]) == 0
    assert "older Wayline" in capsys.readouterr().out
    with Document.open(path, read_only=True) as doc:  # upgraded in memory only
        assert all(rules.identity_ok(c.uuid) for c in doc.journey.cards) and doc.notices == []
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_malformed_identity_is_repaired_in_memory_and_reported(tmp_path):
    path = tmp_path / "odd.journey"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE card SET uuid = 'not-a-uuid' WHERE id = 2")
    conn.execute("UPDATE stage SET uuid = 42 WHERE id = 1")
    conn.execute("UPDATE persona SET uuid = upper(uuid)")
    conn.execute("INSERT INTO asset (uuid, sha256, mime, width, height, data) "
                 "VALUES ('bad', 'x', 'image/png', 1, 1, x'00')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with Document.open(path) as doc:
        assert "Repaired 4 values where an identity was missing or repeated." in doc.notices
    assert path.read_bytes() == before  # opening alone writes nothing
    with Document.open(path) as doc:
        doc.apply(Op("update_journey", {"title": "Edited"}))  # the repairs reach the file
    for table, rows in file_uuids(path).items():
        assert all(rules.identity_ok(u) for u in rows.values()) and len(set(rows.values())) == len(rows)
    with Document.open(path) as doc:
        assert not any("identity" in n for n in doc.notices)


def test_a_repeated_identity_gets_a_new_one():
    shared = str(uuid.uuid4())
    journey = Journey(uuid=str(uuid.uuid4()), title="", scenario="", notes="")
    journey.stages = [Stage(id=1, uuid=shared, position=0, name="a", colour="#5b7db1", width=240.0),
                      Stage(id=2, uuid=shared, position=1, name="b", colour="#5b7db1", width=240.0)]
    journey.lanes = [Lane(id=1, uuid=shared, position=0, name="l", kind="notes", height=90.0)]
    journey.cards = [Card(id=1, uuid=None, stage_id=1, lane_id=1, position=0, text="", votes=0)]
    notices = validate(journey, set())
    assert notices == ["Repaired 2 values where an identity was missing or repeated."]
    assert journey.stages[0].uuid == shared != journey.stages[1].uuid  # the first keeps it
    assert journey.lanes[0].uuid == shared  # unique per table, not across tables
    assert rules.identity_ok(journey.cards[0].uuid) and rules.identity_ok(journey.stages[1].uuid)
