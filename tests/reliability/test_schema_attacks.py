"""Logic hidden in a map's schema never runs: a file whose schema is not
exactly Wayline's is refused for editing (nothing changed), `check` names
what differs, and a clean copy made from its data alone edits normally."""
import shutil
import sqlite3

import pytest
from sqlalchemy import create_engine

import main
from model import cleancopy, schema
from model.document import Document
from model.entities import Base
from model.errors import SchemaDiffers
from model.fileformat import SCHEMA_VERSION
from model.operations import Op
from tests.reliability.neighbours import FIXTURE, FIXTURE_V1, files, without_uuids

WIPE_TRIGGER = ("CREATE TRIGGER wipe AFTER UPDATE ON card BEGIN "
                "DELETE FROM card WHERE id != NEW.id; END")
ATTACKS = {
    "wiping-trigger": [WIPE_TRIGGER],
    "rewriting-trigger": ["CREATE TRIGGER own AFTER UPDATE ON journey BEGIN "
                          "UPDATE journey SET title = 'owned'; END"],
    "ignoring-trigger": ["CREATE TRIGGER swallow BEFORE INSERT ON card BEGIN SELECT RAISE(IGNORE); END"],
    "view": ["CREATE VIEW everything AS SELECT * FROM card"],
    "extra-index": ["CREATE UNIQUE INDEX one_text ON card (text)"],
    "cascade-repointed": [
        "PRAGMA foreign_keys=OFF", "PRAGMA legacy_alter_table=ON", "ALTER TABLE stage RENAME TO stage_old",
        "CREATE TABLE stage (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, journey_id INTEGER NOT NULL, "
        "position INTEGER NOT NULL, name TEXT NOT NULL, colour VARCHAR(7) NOT NULL, width DOUBLE NOT NULL, "
        "FOREIGN KEY(journey_id) REFERENCES card (id) ON DELETE CASCADE)",
        "INSERT INTO stage SELECT * FROM stage_old", "DROP TABLE stage_old"],
    "numeric-text": [
        "PRAGMA foreign_keys=OFF", "PRAGMA legacy_alter_table=ON", "ALTER TABLE card RENAME TO card_old",
        "CREATE TABLE card (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, journey_id INTEGER NOT NULL, "
        "stage_id INTEGER NOT NULL, lane_id INTEGER NOT NULL, position INTEGER NOT NULL, text NUMERIC NOT NULL, "
        "colour VARCHAR(7), channel VARCHAR(10), votes INTEGER NOT NULL, asset_id INTEGER)",
        "INSERT INTO card SELECT * FROM card_old", "DROP TABLE card_old"],
    "extra-not-null-column": ["ALTER TABLE card ADD COLUMN owner TEXT NOT NULL DEFAULT 'x'"],
    "spent-numbering": ["UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'card'"],
}
WHAT = {"wiping-trigger": "trigger “wipe”", "rewriting-trigger": "trigger “own”",
        "ignoring-trigger": "trigger “swallow”", "view": "view “everything”",
        "extra-index": "an index “one_text”", "cascade-repointed": "a different table “stage”",
        "numeric-text": "column “text” is declared NUMERIC", "extra-not-null-column": "extra column “owner”",
        "spent-numbering": "numbering of “card” that has run out"}


def hostile(tmp_path, name):
    path = tmp_path / f"{name}.journey"
    shutil.copy(FIXTURE_V1, path)
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in ATTACKS[name]:
        conn.execute(statement)
    conn.close()
    return path


def test_the_frozen_schema_is_what_the_entities_describe():
    """Changing an entity without a new schema version must fail here."""
    a, b = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    Base.metadata.create_all(create_engine("sqlite://", creator=lambda: a))
    schema.create(b, SCHEMA_VERSION)
    dump = lambda c: sorted(c.execute("SELECT type, name, sql FROM sqlite_master"))
    assert dump(a) == dump(b)
    assert schema.differences(sqlite3.connect(FIXTURE_V1), 1) == []
    assert schema.differences(sqlite3.connect(FIXTURE), SCHEMA_VERSION) == []


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_map_with_logic_in_its_schema_is_never_edited(tmp_path, attack, capsys):
    path = hostile(tmp_path, attack)
    before = files(tmp_path)
    with pytest.raises(SchemaDiffers) as refused:
        Document.open(path)
    assert WHAT[attack] in refused.value.message and refused.value.intact
    assert "\n" not in refused.value.message
    assert main.main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert WHAT[attack] in out and "healthy" not in out
    assert files(tmp_path) == before


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_clean_copy_edits_normally_and_keeps_the_data(tmp_path, attack):
    path = hostile(tmp_path, attack)
    with Document.open(FIXTURE_V1, read_only=True) as doc:
        expected = doc.snapshot()
    before = files(tmp_path)
    copy, dropped = cleancopy.make(path)
    assert files(tmp_path) == {**before, copy.name: copy.read_bytes()}  # the original is only read
    assert dropped == 0 and copy.name == f"{attack} (clean copy).journey"
    with Document.open(copy) as doc:
        got = doc.snapshot()
        if attack != "numeric-text":  # that file already turned "007"-like texts into numbers
            # a version-1 map has no uuids: the copy is upgraded and gets its own
            assert without_uuids(got) == without_uuids(expected)
        assert "upgraded" not in " ".join(doc.notices)  # the copy is made at the current version
        first = doc.journey.cards[0]
        doc.apply(Op("update_card", {"card_id": first.id, "text": "007"}))
        doc.apply(Op("add_cards", {"cards": [{"stage_id": first.stage_id, "lane_id": first.lane_id,
                                              "text": "new"}]}))
        doc.apply(Op("update_journey", {"title": "still mine"}))
    assert main.main(["check", str(copy)]) == 0
    with Document.open(copy, read_only=True) as doc:
        assert len(doc.journey.cards) == len(expected["cards"]) + 1
        assert any(c.text == "007" for c in doc.journey.cards)
        assert doc.journey.title == "still mine"


def test_a_map_missing_a_table_gets_no_clean_copy(tmp_path):
    path = tmp_path / "m.journey"
    shutil.copy(FIXTURE_V1, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE emotion_marker")
    conn.close()
    with pytest.raises(Exception, match="missing"):
        cleancopy.make(path)
    assert [p.name for p in tmp_path.iterdir()] == ["m.journey"]
