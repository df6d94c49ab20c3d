"""Hostile version-3 files: persona references and looks that no Wayline
writes. Like other bad references and values they are repaired in memory (a
marker of a missing persona is left out, like one of a missing stage), said
in one sentence each, and the file is not written until the next edit."""
import json
import shutil
import sqlite3
from pathlib import Path

import main
from model import cleancopy
from model.document import Document
from model.operations import Op
from model.personas import look_for

V3 = Path(__file__).parent.parent / "fixtures" / "v4-sample.journey"


def hostile(tmp_path, *statements) -> Path:
    path = tmp_path / "hostile.journey"
    shutil.copy(V3, path)
    conn = sqlite3.connect(path)  # foreign keys are off here, as in any other program
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def opened(path):
    """The repaired map's notices and snapshot; the file must be as it was."""
    before = path.read_bytes()
    with Document.open(path) as doc:
        notices, snap = doc.notices, doc.snapshot()
    assert path.read_bytes() == before  # opening alone writes nothing
    return " ".join(notices), snap


def test_a_marker_of_a_missing_persona_is_left_out(tmp_path, capsys):
    path = hostile(tmp_path, "UPDATE emotion_marker SET persona_id = 999 WHERE id = 4")
    said, snap = opened(path)
    assert "Repaired 1 value where an emotion marker belonged to a missing persona and was left out." in said
    assert [m["id"] for m in snap["markers"]] == [1, 2, 3, 5, 6, 7, 8, 9, 10]
    assert main.main(["check", str(path)]) == 1
    assert "missing persona" in capsys.readouterr().out


def test_a_marker_of_no_persona_on_a_map_with_personas_joins_the_first(tmp_path):
    path = hostile(tmp_path, "UPDATE emotion_marker SET persona_id = NULL, target = 7 WHERE id = 2")
    said, snap = opened(path)
    assert "an emotion marker belonged to no persona" in said and "neither the persona's curve" in said
    assert (snap["markers"][1]["persona_id"], snap["markers"][1]["target"]) == (1, 0)


def test_a_lane_of_a_missing_persona_is_everyones(tmp_path):
    path = hostile(tmp_path, "UPDATE lane SET persona_id = 42 WHERE id = 1")
    said, snap = opened(path)
    assert "a lane belonged to a missing persona" in said
    assert snap["lanes"][0]["persona_id"] is None


def test_card_personas_that_are_unknown_or_not_canonical_are_repaired(tmp_path):
    path = hostile(tmp_path,
                   "INSERT INTO persona (uuid, journey_id, position, name, role, goals, frustrations, quote, "
                   "colour, line, shape) VALUES ('6c1f8a2e-3b4d-4e5f-9a0b-1c2d3e4f5a6b', 1, 1, 'Ruth', '', '', "
                   "'', '', '#d55e00', 'dashed', 'square')",
                   "UPDATE card SET personas = '2 1' WHERE id = 1",  # not in persona order
                   "UPDATE card SET personas = '1  2' WHERE id = 2",  # two spaces
                   "UPDATE card SET personas = '999 2' WHERE id = 3",  # an unknown persona
                   "UPDATE card SET personas = 'everyone' WHERE id = 4",  # not ids at all
                   "UPDATE card SET personas = 17 WHERE id = 5")  # not text
    said, snap = opened(path)
    assert "Repaired 5 values where a card was for personas the map does not have." in said
    assert [c["personas"] for c in sorted(snap["cards"], key=lambda c: c["id"])][:6] == \
        ["1 2", "1 2", "2", "", "", ""]


def test_a_persona_look_that_is_not_one_is_the_default_look_of_its_place(tmp_path):
    path = hostile(tmp_path, "UPDATE persona SET colour = 'blue', line = 'wavy', shape = 7")
    said, snap = opened(path)
    for what in ("persona's colour was not a colour", "persona's line was unknown",
                 "persona's marker shape was unknown"):
        assert what in said
    p = snap["personas"][0]
    assert (p["colour"], p["line"], p["shape"]) == look_for(0)


def test_the_repairs_reach_the_file_with_the_next_edit(tmp_path):
    path = hostile(tmp_path, "UPDATE emotion_marker SET persona_id = 999 WHERE id = 4",
                   "UPDATE card SET personas = '999' WHERE id = 1")
    with Document.open(path) as doc:
        doc.apply(Op("update_journey", {"title": "Edited"}))
    with Document.open(path) as doc:
        assert doc.notices == [] and len(doc.journey.markers) == 9
        assert doc.journey.cards[0].personas == ""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_clean_copy_keeps_every_persona_column(tmp_path):
    path = hostile(tmp_path, "UPDATE card SET personas = '1' WHERE id = 2",
                   "UPDATE lane SET persona_id = 1 WHERE id = 1",
                   "UPDATE emotion_marker SET target = 1 WHERE id = 3",
                   "UPDATE persona SET colour = '#123456', line = 'dotted', shape = 'star'",
                   "CREATE TRIGGER wipe AFTER UPDATE ON card BEGIN DELETE FROM card; END")
    copy, dropped = cleancopy.make(path)
    assert dropped == 0
    with Document.open(copy) as doc:
        j = doc.journey
        assert doc.notices == [] and j.lanes[0].persona_id == 1
        assert next(c for c in j.cards if c.id == 2).personas == "1"
        assert next(m for m in j.markers if m.id == 3).target == 1
        assert (j.personas[0].colour, j.personas[0].line, j.personas[0].shape) == ("#123456", "dotted", "star")


def test_info_counts_each_personas_curve_and_target_curve(tmp_path, capsys):
    path = tmp_path / "m.journey"
    with Document.create(path, "sample") as doc:
        j = doc.journey
        lane = next(lane for lane in j.lanes if lane.kind == "emotions")
        doc.apply(Op("add_markers", {"markers": [
            {"stage_id": s.id, "lane_id": lane.id, "feeling": 2, "persona_id": j.personas[1].id, "target": 1}
            for s in j.stages[:3]]}))
    assert main.main(["info", "--json", str(path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["personas"] == [{"name": "Maya Chen", "markers": 10, "target_markers": 0},
                                {"name": "Ruth Adeyemi", "markers": 7, "target_markers": 3}]
    assert info["markers"] == 20 and info["schema_version"] == 4
    assert main.main(["info", str(path)]) == 0
    assert "Ruth Adeyemi (7 markers, 3 target)" in capsys.readouterr().out
