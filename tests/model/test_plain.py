"""The plain reader (`model.plain`, used by `export`, `info` and `check`) and the
editor's `Document` refuse and repair every hostile file alike: the same refusal
sentence, or the same repair sentences and the same map (its snapshot), read from
the same bytes. And the plain reader writes nothing anywhere."""
import shutil
import sqlite3

import pytest

from model import rules
from model.document import Document
from model.errors import JourneyError
from model.plain import PlainDocument
from model.snapshot import snapshot
from tests.reliability import hostile as damage
from tests.reliability.neighbours import FIXTURE, files, interrupted_edit
from tests.reliability.test_schema_attacks import ATTACKS, hostile as attacked

FIXTURES = FIXTURE.parent
EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"

# hand-made damage to a current (version 3) map: references, looks, identities,
# pictures, orders that tie, a second journey
V3_DAMAGE = {
    "marker-of-missing-persona": ["UPDATE emotion_marker SET persona_id = 999 WHERE id = 4"],
    "marker-of-no-persona": ["UPDATE emotion_marker SET persona_id = NULL, target = 7 WHERE id = 2"],
    "lane-of-missing-persona": ["UPDATE lane SET persona_id = 42 WHERE id = 1"],
    "card-personas": ["UPDATE card SET personas = '999 1' WHERE id = 1", "UPDATE card SET personas = 'x' WHERE id = 2",
                      "UPDATE card SET personas = 3 WHERE id = 3"],
    "persona-looks": ["UPDATE persona SET colour = 'blue', line = 'wavy', shape = 7, position = 'x'"],
    "identities": ["UPDATE card SET uuid = 'not-a-uuid' WHERE id = 2", "UPDATE stage SET uuid = 42 WHERE id = 1",
                   "UPDATE persona SET uuid = upper(uuid)", "UPDATE lane SET uuid = (SELECT uuid FROM stage LIMIT 1) WHERE id = 1",
                   "INSERT INTO asset (uuid, sha256, mime, width, height, data) "
                   "VALUES ('bad', 'x', 'image/png', 1, 1, x'00')"],
    "foreign-pictures": ["INSERT INTO asset (id, uuid, sha256, mime, width, height, data) "
                         f"VALUES (90, 'e', 'a', 'image/png', 10, 10, x'{EPS.hex()}')",
                         "INSERT INTO asset (id, uuid, sha256, mime, width, height, data) "
                         f"VALUES (91, 'f', 'b', 'image/png', 10, 10, x'{EPS.hex()}')",
                         "UPDATE card SET asset_id = 90 WHERE id = 1", "UPDATE card SET asset_id = 7 WHERE id = 2",
                         "UPDATE persona SET photo_id = 91"],
    "ties": ["UPDATE card SET position = 0", "UPDATE stage SET position = 0", "UPDATE lane SET position = 1",
             "UPDATE persona SET position = 0"],
    "odd-values": ["UPDATE card SET colour = 'red', channel = 'pigeon', votes = -4 WHERE id % 3 = 0",
                   "UPDATE card SET votes = 2.5, text = x'41' WHERE id % 3 = 1",
                   "UPDATE stage SET colour = 5, name = 7, width = 'wide'",
                   "UPDATE lane SET kind = 'nonsense', height = 1e999",
                   "UPDATE emotion_marker SET feeling = -1e999, \"offset\" = x'00', label = 3",
                   "UPDATE journey SET title = zeroblob(3), notes = 2.5"],
    "second-journey": ["INSERT INTO journey (id, uuid, title, scenario, notes, scoring, quadrants) "
                       "VALUES (2, 'b6a1c7e0-0000-4000-8000-000000000001', 'Other', '', '', 'impact_effort', '')",
                       "UPDATE card SET journey_id = 2 WHERE id % 4 = 0",
                       "UPDATE stage SET journey_id = 2 WHERE id = 6"],
    "invalid-utf8": ["UPDATE card SET text = CAST(x'80ff' AS TEXT) WHERE id = 5"],
    # schema 4: scores, links, action items, metrics
    "plan-values": ["UPDATE card SET impact = 99, effort = 'easy', confidence = -5, ease = 2.5 WHERE id = 1",
                    "INSERT INTO card_link (uuid, journey_id, opportunity_id, pain_point_id) "
                    "VALUES ('1b1e2d3c-4a5b-4c6d-8e7f-8091a2b3c4d5', 1, 9999, 1)",
                    "UPDATE action_item SET status = 'blocked', due = '2027-02-30' WHERE id = 1",
                    "UPDATE action_item SET card_id = 9999 WHERE id = 2",
                    "UPDATE journey SET scoring = 'gut feeling', quadrants = 'a\nb\nc\nd\ne'"],
    "metric-values": ["UPDATE metric SET kind = 'mood', direction = 'up', stale_days = -4 WHERE id = 2",
                      "UPDATE metric_value SET value = 999 WHERE id = 1", "UPDATE metric_value SET n = 0 WHERE id = 2",
                      "UPDATE metric_value SET taken = 'soon' WHERE id = 3",
                      "UPDATE metric_value SET metric_id = 77 WHERE id = 4"],
}


def _sql(path, statements):
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path, isolation_level=None)
    for s in statements:
        conn.execute(s)
    conn.close()
    return path


def _journaled(folder):
    target, _ = interrupted_edit(folder)  # a hot journal beside the map: played back in memory
    return target


def _waiting_wal(folder):
    path = shutil.copy(FIXTURE, folder / "wal.journey")
    (folder / "wal.journey-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    return path


def hostile_files(root):
    """(name, folder, path): each in a folder of its own, so its neighbours can be compared."""
    def folder(name):
        f = root / name
        f.mkdir()
        return f
    cases = []
    corpus = folder("corpus")
    for path in damage.corpus(corpus):
        if path.stem != "fifty-thousand-cards":  # its damage is its size, for the crash test's timeout
            one = folder(path.stem)
            cases.append((path.stem, one, shutil.move(path, one / path.name)))
    for name in ATTACKS:
        one = folder(name)
        cases.append((name, one, attacked(one, name)))
    for name, statements in V3_DAMAGE.items():
        one = folder(name)
        cases.append((name, one, _sql(one / f"{name}.journey", statements)))
    for fixture in ("v1-sample", "v2-sample", "v3-sample"):
        one = folder(fixture)
        cases.append((fixture, one, shutil.copy(FIXTURES / f"{fixture}.journey", one)))
    cases.append(("hot-journal", folder("hot-journal"), _journaled(root / "hot-journal")))
    cases.append(("waiting-wal", folder("waiting-wal"), _waiting_wal(root / "waiting-wal")))
    return cases


def outcome(open_map, path):
    """What opening gives: the refusal's kind and sentence, or the notices and the map."""
    try:
        with open_map(path) as doc:
            return "opened", [str(n) for n in doc.notices], snapshot(doc.journey)
    except JourneyError as e:
        return type(e).__name__, e.message, None


def same_map(plain: dict, orm: dict) -> None:
    """Snapshots equal, but for identities each reader gave afresh (a repair, an upgrade)."""
    assert plain.keys() == orm.keys()
    for table in plain:
        rows_p, rows_o = plain[table], orm[table]
        if isinstance(rows_p, dict):
            rows_p, rows_o = [rows_p], [rows_o]
        assert len(rows_p) == len(rows_o), table
        for p, o in zip(rows_p, rows_o):
            new = "uuid" in p and p["uuid"] != o["uuid"]
            if new:
                assert rules.identity_ok(p["uuid"]) and rules.identity_ok(o["uuid"]), (table, p, o)
            assert {k: v for k, v in p.items() if not (new and k == "uuid")} == \
                   {k: v for k, v in o.items() if not (new and k == "uuid")}, table


def test_every_hostile_file_is_refused_or_repaired_alike_by_both_readers(tmp_path):
    kinds = set()
    for name, folder, path in hostile_files(tmp_path):
        before = files(folder)
        plain = outcome(PlainDocument.open, path)
        assert files(folder) == before, f"{name}: the plain reader wrote something"
        orm = outcome(lambda p: Document.open(p, read_only=True), path)
        assert plain[:2] == orm[:2], name
        if plain[0] == "opened":
            same_map(plain[2], orm[2])
        kinds.add(plain[0] if plain[0] != "opened" else "repaired" if plain[1] else "healthy")
    # the corpus holds every outcome, or the comparison proves less than it says
    assert kinds == {"FileRefused", "SchemaDiffers", "repaired", "healthy"}, kinds


def test_the_plain_rows_keep_the_order_the_editor_reads_them_in(tmp_path):
    """Cards that tie on `position` come in the same order from both readers (the
    layout places them in the order it is given)."""
    path = _sql(tmp_path / "ties.journey", V3_DAMAGE["ties"])
    with PlainDocument.open(path) as plain, Document.open(path, read_only=True) as doc:
        for attr in ("stages", "lanes", "cards", "markers", "personas"):
            assert [r.id for r in getattr(plain.journey, attr)] == [r.id for r in getattr(doc.journey, attr)]


def test_pictures_are_read_as_the_document_reads_them(sample_path):
    with PlainDocument.open(sample_path) as plain, Document.open(sample_path, read_only=True) as doc:
        ids = {c.asset_id for c in doc.journey.cards} | {p.photo_id for p in doc.journey.personas}
        ids = sorted(i for i in ids if i is not None)
        assert ids and [plain.asset_bytes(i) for i in ids] == [doc.asset_bytes(i) for i in ids]
        assert plain.asset_bytes(10_000) is None
    assert plain.asset_bytes(ids[0]) is None  # closed


def test_a_map_refused_by_the_plain_reader_keeps_no_lock(tmp_path):
    """A refusal releases what opening took: the map can be opened for editing next."""
    path = _sql(tmp_path / "m.journey", ["CREATE VIEW everything AS SELECT * FROM card"])
    with pytest.raises(JourneyError):
        PlainDocument.open(path)
    good = shutil.copy(FIXTURE, tmp_path / "good.journey")
    with PlainDocument.open(good):
        pass
    with Document.open(good) as doc:
        assert not doc.read_only
