"""Restoring k cards costs k, not k times the map: the undo of a stage delete
must not make SQLAlchemy copy the map's whole `journey.cards` list once per
card it brings back (issue 18: 33 s at 20,000 cards).

Counted, not timed: every copy SQLAlchemy makes of the list to track its
history goes through the relationship's `copy`, so the test counts the cards
those copies hold while one operation runs."""
import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import configure_mappers

from model.entities import Card, Journey
from model.operations import Op

STAGES, LANE_CARDS = 4, 20  # cards per stage and card lane


@pytest.fixture
def copied(monkeypatch):
    """A list whose sum is how many cards SQLAlchemy copied for history."""
    configure_mappers()  # the relationship's implementation exists once mappers are set up
    impl = Journey.cards.impl
    sizes = []
    original = impl.copy

    def counting(items):
        sizes.append(len(items))
        return original(items)
    monkeypatch.setattr(impl, "copy", counting)
    return sizes


def big_map(doc):
    """A map of STAGES stages, each holding LANE_CARDS cards in every card lane."""
    j = doc.journey
    while len(j.stages) < STAGES:
        doc.apply(Op("add_stage", {"name": f"Stage {len(j.stages) + 1}"}))
    lanes = [lane.id for lane in j.lanes if lane.kind != "emotions"]
    doc.apply(Op("add_cards", {"cards": [
        {"stage_id": s.id, "lane_id": lane, "text": f"Card {s.id}/{lane}/{i}"}
        for s in j.stages for lane in lanes for i in range(LANE_CARDS)]}))
    return j


def test_undo_of_a_stage_delete_copies_the_card_list_at_most_once(new_doc, copied, reopen):
    doc = new_doc("blank")
    j = big_map(doc)
    stage = j.stages[1]
    before = {c.id: (c.stage_id, c.lane_id, c.position, c.text) for c in j.cards}
    restored = [c for c in j.cards if c.stage_id == stage.id]
    assert len(restored) >= 2 * LANE_CARDS
    change = doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    copied.clear()
    doc.apply(change.undo)
    # at most one copy of the map's list for the whole operation, whatever k is
    assert sum(copied) <= len(j.cards), f"{sum(copied)} cards copied to restore {len(restored)}"
    after = {c.id: (c.stage_id, c.lane_id, c.position, c.text) for c in j.cards}
    assert after == before
    assert set(doc._index.by_id) == set(before)
    with reopen(doc) as other:
        assert {c.id: (c.stage_id, c.lane_id, c.position, c.text) for c in other.journey.cards} == before


def test_deleting_k_cards_looks_at_the_card_list_once_not_k_times(new_doc, copied, reopen, monkeypatch):
    """Taking k cards out of `journey.cards` one `remove` at a time compared each with
    the cards before it (k·n); counted through the comparisons made between cards."""
    doc = new_doc("blank")
    j = big_map(doc)
    gone = [c.id for c in j.cards][::3]
    compared = []

    def counting_eq(self, other):
        compared.append(1)
        return self is other
    monkeypatch.setattr(Card, "__eq__", counting_eq)
    copied.clear()
    doc.apply(Op("delete_cards", {"card_ids": gone}))
    monkeypatch.undo()
    assert sum(copied) <= len(j.cards) + len(gone)
    biggest_cell = max(len(cell) for cell in doc._index.cells.values()) + 1
    # what is left: each card's own cell searched once (CardIndex.remove)
    assert len(compared) <= len(gone) * biggest_cell, f"{len(compared)} comparisons to delete {len(gone)}"
    assert not set(gone) & {c.id for c in j.cards}
    assert set(doc._index.by_id) == {c.id for c in j.cards}
    with reopen(doc) as other:
        assert {c.id for c in other.journey.cards} == {c.id for c in j.cards}


def test_a_card_taken_away_by_undo_comes_back_with_redo_in_list_and_file(new_doc, reopen):
    doc = new_doc("blank")
    j = doc.journey
    stage, lane = j.stages[0].id, next(la.id for la in j.lanes if la.kind != "emotions")
    change = doc.apply(Op("add_cards", {"cards": [{"stage_id": stage, "lane_id": lane, "text": "Brief"}]}))
    undo = doc.apply(change.undo)
    doc.apply(undo.undo)  # redo brings it back with its id
    assert [c.text for c in j.cards if c.stage_id == stage and c.lane_id == lane][-1] == "Brief"
    with reopen(doc) as other:
        assert "Brief" in {c.text for c in other.journey.cards}


def test_restoring_a_stage_numbers_each_cell_once_not_once_per_card(new_doc, monkeypatch):
    """Each restored card used to renumber its whole cell as it went in (k²/cells
    position writes: 2,500 for a 200-card stage of 8 lanes); now each cell once."""
    doc = new_doc("blank")
    j = big_map(doc)
    stage = j.stages[2]
    change = doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    writes = []

    def counted(target, value, oldvalue, initiator):
        writes.append(target)
    event.listen(Card.position, "set", counted)
    try:
        doc.apply(change.undo)
    finally:
        event.remove(Card.position, "set", counted)
    restored = [c for c in j.cards if c.stage_id == stage.id]
    # each card is given its place when made, then once when its cell is numbered
    assert len(writes) <= 2 * len(restored), f"{len(writes)} position writes for {len(restored)} cards"
    cells = {}
    for c in restored:
        cells.setdefault(c.lane_id, []).append(c.position)
    assert all(sorted(p) == list(range(len(p))) for p in cells.values())


def test_a_stage_delete_and_its_undo_write_the_cards_in_one_statement_each(new_doc):
    """The cards of a deleted stage leave, and come back on undo, as one statement
    each, not one unit of work a card; the file then holds exactly the map."""
    doc = new_doc("blank")
    j = big_map(doc)
    stage = j.stages[1]
    before = {c.id: (c.uuid, c.stage_id, c.lane_id, c.position, c.text) for c in j.cards}
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if " card" in statement.split("(")[0] or "FROM card" in statement:
            statements.append((statement.split()[0], len(parameters) if executemany else 1))
    engine = doc.store.session.get_bind()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        change = doc.apply(Op("delete_stage", {"stage_id": stage.id}))
        deleted = list(statements)
        statements.clear()
        doc.apply(change.undo)
        inserted = list(statements)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    k = sum(1 for row in before.values() if row[1] == stage.id)
    assert [s for s in deleted if s[0] == "DELETE"] == [("DELETE", 1)], deleted
    assert [s for s in inserted if s[0] == "INSERT"] == [("INSERT", k)], inserted
    rows = doc.store.session.execute(text("SELECT id, uuid, stage_id, lane_id, position, text FROM card")).all()
    assert {r[0]: tuple(r[1:]) for r in rows} == before
