"""From insight to action, in the model (issue 15): scores, links between an
opportunity and the pain points it addresses, action items; the file format's
version 4 and what a hostile file can say about them. Files are read back
with sqlite3 itself, not through Wayline's own objects."""
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

import main
from model import fileformat, schema, scoring
from model.document import Document
from model.errors import JourneyError
from model.operations import Op
from tests.conftest import file_rows, hostile_copy

FIXTURES = Path(__file__).parent.parent / "fixtures"
V3, V4 = FIXTURES / "v3-sample.journey", FIXTURES / "v4-sample.journey"


@pytest.fixture
def path(planned_path) -> Path:
    return planned_path


rows = file_rows


def cards_of(doc, kind):
    lane = next(lane for lane in doc.journey.lanes if lane.kind == kind)
    return [c for c in doc.journey.cards if c.lane_id == lane.id]


# -- scoring, without a map -----------------------------------------------------

class Scored:
    def __init__(self, **values):
        for key in scoring.CRITERIA:
            setattr(self, key, values.get(key))


def test_each_model_scores_by_its_formula_and_unscored_cards_have_none():
    card = Scored(impact=4, effort=2, reach=1000, confidence=50, ease=5)
    assert scoring.score(card, "impact_effort") == 2.0
    assert scoring.score(card, "rice") == 1000 * 4 * 0.5 / 2
    assert scoring.score(card, "ice") == 4 * 0.5 * 5
    assert scoring.score(Scored(impact=4), "impact_effort") is None
    assert scoring.score(card, "from a newer Wayline") == 2.0  # the default model


def test_ranks_are_best_first_and_equal_scores_share_a_rank():
    cards = [Scored(impact=2, effort=2), Scored(impact=5, effort=1), Scored(impact=3),
             Scored(impact=4, effort=4), Scored(impact=1, effort=5)]
    ranked = [(rank, cards.index(c), s) for rank, c, s in scoring.ranked(cards, "impact_effort")]
    assert ranked == [(1, 1, 5.0), (2, 0, 1.0), (2, 3, 1.0), (4, 4, 0.2)]


@pytest.mark.parametrize("impact, effort, quadrant", [
    (5, 1, "quick_wins"), (5, 5, "big_bets"), (1, 1, "fill_ins"), (2, 4, "money_pits"),
    (3, 3, "big_bets"), (3, 2, "quick_wins"), (2, 3, "money_pits"), (None, 3, None)])
def test_the_matrix_places_a_card_by_impact_and_effort(impact, effort, quadrant):
    assert scoring.quadrant(impact, effort) == quadrant


def test_a_map_may_name_some_quadrants_and_keep_the_rest():
    assert scoring.quadrant_names("Now\n\nLater") == ["Now", "Big bets", "Later", "Money pits"]
    assert scoring.quadrant_names("") == ["Quick wins", "Big bets", "Fill-ins", "Money pits"]


# -- edits ------------------------------------------------------------------------

def test_scores_are_card_fields_checked_on_their_scale(path):
    with Document.open(path) as doc:
        card = cards_of(doc, "opportunities")[3]
        change = doc.apply(Op("update_card", {"card_id": card.id, "impact": 4, "effort": 2, "confidence": 70}))
        assert change.record.cards == {card.id}
        for values, words in (({"impact": 6}, "Impact must be between 1 and 5."),
                              ({"effort": 2.5}, "Effort must be a whole number."),
                              ({"confidence": "sure"}, "Confidence must be a number."),
                              ({"reach": float("nan")}, "Reach must be a number.")):
            with pytest.raises(JourneyError) as refused:
                doc.apply(Op("update_card", {"card_id": card.id, **values}))
            assert str(refused.value) == words
        doc.apply(change.undo)
    assert rows(path, "SELECT impact, effort, confidence FROM card WHERE id = ?", card.id) == [(None, None, None)]


def test_a_link_is_one_step_and_both_cards_are_redrawn(path):
    with Document.open(path) as doc:
        opportunity, pain = cards_of(doc, "opportunities")[1], cards_of(doc, "pain_points")[2]
        change = doc.apply(Op("link_cards", {"opportunity_id": opportunity.id, "pain_point_id": pain.id}))
        assert change.record.links == {change.result} and change.record.cards == {opportunity.id, pain.id}
        stored = rows(path, "SELECT id, opportunity_id, pain_point_id FROM card_link WHERE id = ?", change.result)
        assert stored == [(change.result, opportunity.id, pain.id)]
        for args, words in (({"opportunity_id": opportunity.id, "pain_point_id": pain.id},
                             "These two cards are linked already."),
                            ({"opportunity_id": pain.id, "pain_point_id": pain.id}, "A card cannot address itself."),
                            ({"opportunity_id": 9999, "pain_point_id": pain.id}, "That card no longer exists.")):
            before = path.read_bytes()
            with pytest.raises(JourneyError) as refused:
                doc.apply(Op("link_cards", args))
            assert str(refused.value) == words and path.read_bytes() == before
        doc.apply(change.undo)
    assert rows(path, "SELECT count(*) FROM card_link WHERE id = ?", change.result) == [(0,)]


def test_deleting_a_linked_card_takes_its_links_and_action_items_and_undo_brings_them_back(path):
    before = rows(path, "SELECT * FROM card_link ORDER BY id"), rows(path, "SELECT * FROM action_item ORDER BY id")
    assert before[0] and before[1]  # the fixture has both
    opportunity_id = before[0][0][3]
    with Document.open(path) as doc:
        start = doc.snapshot()
        change = doc.apply(Op("delete_cards", {"card_ids": [opportunity_id]}))
        assert change.record.links == {r[0] for r in before[0]}
        assert change.record.action_items == {r[0] for r in before[1]}
        assert rows(path, "SELECT count(*) FROM card_link") == [(0,)]
        assert rows(path, "SELECT count(*) FROM action_item") == [(0,)]
        doc.apply(change.undo)
        assert doc.snapshot() == start
    assert (rows(path, "SELECT * FROM card_link ORDER BY id"), rows(path, "SELECT * FROM action_item ORDER BY id")) \
        == before  # the same rows: ids and uuids kept


def test_deleting_the_stage_of_a_linked_pain_point_and_its_undo(path):
    links = rows(path, "SELECT * FROM card_link ORDER BY id")
    pain_stage = rows(path, "SELECT stage_id FROM card WHERE id = ?", links[0][4])[0][0]
    with Document.open(path) as doc:
        start = doc.snapshot()
        change = doc.apply(Op("delete_stage", {"stage_id": pain_stage}))
        assert links[0][0] in change.record.links
        assert rows(path, "PRAGMA foreign_key_check") == []
        doc.apply(change.undo)
        assert doc.snapshot() == start
    assert rows(path, "SELECT * FROM card_link ORDER BY id") == links


def test_action_items_keep_their_order_under_a_card(path):
    with Document.open(path) as doc:
        card = cards_of(doc, "opportunities")[2]
        ids = [doc.apply(Op("add_action_item", {"card_id": card.id, "title": t})).result for t in "abc"]
        front = doc.apply(Op("add_action_item", {"card_id": card.id, "title": "first", "index": 0})).result
        move = doc.apply(Op("move_action_item", {"action_id": ids[2], "index": 1}))
        order = "SELECT title FROM action_item WHERE card_id = ? ORDER BY position"
        assert [t for t, in rows(path, order, card.id)] == ["first", "c", "a", "b"]
        doc.apply(move.undo)
        assert [t for t, in rows(path, order, card.id)] == ["first", "a", "b", "c"]
        gone = doc.apply(Op("delete_action_item", {"action_id": ids[0]}))
        assert [t for t, in rows(path, order, card.id)] == ["first", "b", "c"]
        doc.apply(gone.undo)
        assert [t for t, in rows(path, order, card.id)] == ["first", "a", "b", "c"]
        assert front in {a.id for a in doc.journey.action_items}


@pytest.mark.parametrize("values, words", [
    ({"due": "31/12/2026"}, "A due date must be a date written like 2026-12-31."),
    ({"due": "2027-02-30"}, "A due date must be a date written like 2026-12-31."),
    ({"status": "blocked"}, "An action's status must be one of: not_started, in_progress, done, dropped."),
    ({"owner": "x" * 201}, "The owner is too long (at most 200 characters)."),
])
def test_a_bad_action_item_value_is_refused_in_one_sentence_and_changes_nothing(path, values, words):
    with Document.open(path) as doc:
        item = doc.journey.action_items[0]
        before = path.read_bytes()
        with pytest.raises(JourneyError) as refused:
            doc.apply(Op("update_action_item", {"action_id": item.id, **values}))
        assert str(refused.value) == words
    assert path.read_bytes() == before


def test_the_scoring_model_and_quadrant_names_are_the_maps(path):
    with Document.open(path) as doc:
        doc.apply(Op("update_journey", {"scoring": "rice", "quadrants": ["Do now", "", "Later"]}))
        with pytest.raises(JourneyError):
            doc.apply(Op("update_journey", {"scoring": "gut feeling"}))
        with pytest.raises(JourneyError):
            doc.apply(Op("update_journey", {"quadrants": ["a", "b", "c", "d", "e"]}))
    assert rows(path, "SELECT scoring, quadrants FROM journey") == [("rice", "Do now\n\nLater")]


# -- files -------------------------------------------------------------------------

def test_a_version_3_map_is_upgraded_with_a_backup_and_nothing_scored(tmp_path):
    path = tmp_path / "old.journey"
    shutil.copy(V3, path)
    with Document.open(path) as doc:
        assert any("upgraded" in n for n in doc.notices)
        assert doc.journey.scoring == "impact_effort" and not doc.journey.links
    backup = tmp_path / "old.v3-backup.journey"
    assert backup.read_bytes()[60:72] == V3.read_bytes()[60:72]  # still version 3, still a journey
    assert struct.unpack(">i", path.read_bytes()[60:64])[0] == fileformat.SCHEMA_VERSION == 4
    conn, old = sqlite3.connect(path), sqlite3.connect(backup)
    assert schema.differences(old, 3) == []  # the whole old map, in the old schema
    assert schema.differences(conn, 4) == [] and conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table, columns in schema.tables(3).items():  # every old row and value kept
        names = ", ".join(f'"{c}"' for c in columns)
        assert conn.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall() == \
            old.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
    assert conn.execute("SELECT scoring, quadrants FROM journey").fetchall() == [("impact_effort", "")]
    assert conn.execute("SELECT count(*) FROM card WHERE coalesce(impact, effort, reach, confidence, ease) "
                        "IS NOT NULL").fetchone() == (0,)
    conn.close()
    old.close()
    assert main.main(["check", str(path)]) == 0


def test_the_committed_v4_fixture_is_the_v3_fixture_upgraded_and_planned():
    v3, v4 = sqlite3.connect(V3), sqlite3.connect(V4)
    assert v4.execute("PRAGMA user_version").fetchone() == (4,) and schema.differences(v4, 4) == []
    names = ", ".join(f'"{c}"' for c in schema.tables(3)["stage"])
    assert v4.execute(f"SELECT {names} FROM stage").fetchall() == v3.execute(f"SELECT {names} FROM stage").fetchall()
    assert v4.execute("SELECT count(*) FROM card_link").fetchone() == (2,)
    assert v4.execute("SELECT count(*) FROM action_item").fetchone() == (2,)


def hostile(tmp_path, *statements) -> Path:
    return hostile_copy(tmp_path, V4, *statements)


def test_hostile_scores_links_and_action_items_are_repaired_in_memory_and_said(tmp_path):
    path = hostile(
        tmp_path,
        "UPDATE card SET impact = 99, effort = 'easy', confidence = -5, ease = 2.5 WHERE id = 1",
        "UPDATE card SET reach = 1e300 WHERE id = 2",
        "INSERT INTO card_link (uuid, journey_id, opportunity_id, pain_point_id) "
        "VALUES ('1b1e2d3c-4a5b-4c6d-8e7f-8091a2b3c4d5', 1, 9999, 1)",
        "INSERT INTO card_link (uuid, journey_id, opportunity_id, pain_point_id) "
        "VALUES ('2b1e2d3c-4a5b-4c6d-8e7f-8091a2b3c4d5', 1, 5, 5)",
        "UPDATE action_item SET status = 'blocked', due = '2027-02-30' WHERE id = 1",
        "UPDATE action_item SET card_id = 9999 WHERE id = 2",
        "UPDATE journey SET scoring = 'gut feeling', quadrants = 'a\nb\nc\nd\ne'")
    before = path.read_bytes()
    with Document.open(path) as doc:
        text = " ".join(doc.notices)
        j = doc.journey
        cards = {c.id: c for c in j.cards}
        assert (cards[1].impact, cards[1].effort, cards[1].confidence, cards[1].ease) == (None,) * 4
        assert cards[2].reach is None
        assert "Repaired 5 values where a score was out of range and was cleared." in doc.notices
        assert "Repaired 2 values where a link pointed at a missing card and was left out." in doc.notices
        assert "an action belonged to a missing card" in text and "an action's status was unknown" in text
        assert "a due date was not a date" in text and "the scoring model was unknown" in text
        assert [(a.id, a.status, a.due) for a in j.action_items] == [(1, "not_started", "")]
        assert len(j.links) == 2 and j.scoring == "impact_effort" and j.quadrants == ""
    assert path.read_bytes() == before  # opening alone writes nothing
    with Document.open(path) as doc:
        doc.apply(Op("update_journey", {"title": "Edited"}))  # the repairs reach the file
    assert rows(path, "SELECT count(*) FROM card_link") == [(2,)]
    assert rows(path, "SELECT id, status FROM action_item") == [(1, "not_started")]
    assert rows(path, "SELECT impact, effort FROM card WHERE id = 1") == [(None, None)]
    with Document.open(path) as doc:
        assert doc.notices == []


def test_a_template_names_linked_cards_and_action_items_by_index(tmp_path):
    from model.snapshot import populate_from_template
    from sqlalchemy.orm import Session
    data = {"stages": [{"name": "Buy"}], "lanes": [{"name": "Pain", "kind": "pain_points"},
                                                    {"name": "Ideas", "kind": "opportunities"}],
            "cards": [{"stage": 0, "lane": 0, "text": "Slow"}, {"stage": 0, "lane": 1, "text": "Faster",
                                                                 "impact": 5, "effort": 2}],
            "links": [[1, 0]], "action_items": [{"card": 1, "title": "Cache", "owner": "Ana"}]}
    with Document.in_memory() as doc:
        with Session(doc.storage.engine) as session:
            journey = populate_from_template(session, data)
            ids = {c.text: c.id for c in journey.cards}
            assert [(k.opportunity_id, k.pain_point_id) for k in journey.links] == [(ids["Faster"], ids["Slow"])]
            assert [(a.card_id, a.title, a.owner, a.position) for a in journey.action_items] == \
                [(ids["Faster"], "Cache", "Ana", 0)]


def test_the_matrix_filter_keeps_cards_for_everyone_and_for_the_chosen_persona():
    from model.matrix import MatrixFilter

    class C:
        def __init__(self, stage_id, personas):
            self.stage_id, self.personas = stage_id, personas
    for_maya = MatrixFilter(persona_id=3)
    assert for_maya.shows(C(1, ""), "opportunities") and for_maya.shows(C(1, "3 5"), "opportunities")
    assert not for_maya.shows(C(1, "5"), "opportunities")
    assert not for_maya.shows(C(1, ""), "pain_points") and MatrixFilter(pain_points=True).shows(C(1, ""), "pain_points")
    assert not MatrixFilter(stages=frozenset({2})).shows(C(1, ""), "opportunities")
    assert not MatrixFilter().shows(C(1, ""), "touchpoints")
