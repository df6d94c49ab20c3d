"""Model operations: what they change, what they commit, and that undo restores."""
import pytest

from model.errors import JourneyError, ReadOnly
from model.operations import Op


def ids(items):
    return [i.id for i in items]


def cell_texts(doc, stage_id, lane_id):
    return [c.text for c in doc.store.cell(stage_id, lane_id)]


def test_every_change_is_in_the_file_when_apply_returns(doc, reopen):
    stage = doc.journey.stages[0]
    lane = doc.journey.lanes[0]
    change = doc.apply(Op("add_cards", {"cards": [
        {"stage_id": stage.id, "lane_id": lane.id, "text": "Asks a neighbour", "position": 0}]}))
    # a second, independent connection sees it: the commit happened
    with reopen(doc) as other:
        assert cell_texts(other, stage.id, lane.id)[0] == "Asks a neighbour"
        assert change.result[0] in ids(other.journey.cards)


def test_delete_stage_removes_its_cards_and_markers_and_undo_restores_exactly(doc, reopen):
    before = doc.snapshot()
    stage = doc.journey.stages[3]
    n_cards = sum(1 for c in doc.journey.cards if c.stage_id == stage.id)
    n_markers = sum(1 for m in doc.journey.markers if m.stage_id == stage.id)
    assert n_cards and n_markers
    change = doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    assert stage.id not in ids(doc.journey.stages)
    assert all(c.stage_id != stage.id for c in doc.journey.cards)
    assert len(change.changed["card"]) == n_cards and len(change.changed["marker"]) == n_markers
    doc.apply(change.undo)
    assert doc.snapshot() == before
    doc.close()
    with reopen(doc) as again:
        assert again.snapshot() == before


def test_delete_lane_and_undo(doc):
    before = doc.snapshot()
    lane = doc.journey.lanes[3]  # the emotions lane, with markers
    assert lane.kind == "emotions"
    change = doc.apply(Op("delete_lane", {"lane_id": lane.id}))
    assert not doc.journey.markers
    doc.apply(change.undo)
    assert doc.snapshot() == before


def test_last_stage_cannot_be_deleted_and_nothing_changes(new_doc):
    doc = new_doc("blank")
    for stage in list(doc.journey.stages)[1:]:
        doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    before = doc.snapshot()
    with pytest.raises(JourneyError, match="at least one stage"):
        doc.apply(Op("delete_stage", {"stage_id": doc.journey.stages[0].id}))
    assert doc.snapshot() == before
    doc.close()


def test_move_stage_and_undo(doc):
    order = ids(doc.journey.stages)
    change = doc.apply(Op("move_stage", {"stage_id": order[0], "index": 3}))
    assert ids(doc.journey.stages) == order[1:4] + [order[0]] + order[4:]
    assert [s.position for s in doc.journey.stages] == list(range(len(order)))
    doc.apply(change.undo)
    assert ids(doc.journey.stages) == order


def test_update_stage_fields_and_undo(doc):
    stage = doc.journey.stages[0]
    change = doc.apply(Op("update_stage", {"stage_id": stage.id, "name": "Discover",
                                                  "colour": "#AA0000", "width": 300}))
    assert (stage.name, stage.colour, stage.width) == ("Discover", "#aa0000", 300)
    doc.apply(change.undo)
    assert (stage.name, stage.colour, stage.width) == ("Awareness", "#5b7db1", 240)


@pytest.mark.parametrize("values, message", [
    ({"width": -5}, "between 80 and 4000"),
    ({"width": 1e308}, "between"),
    ({"width": float("nan")}, "must be a number"),
    ({"colour": "red"}, "#1a2b3c"),
    ({"name": "x" * 201}, "too long"),
])
def test_absurd_values_are_refused(doc, values, message):
    before = doc.snapshot()
    with pytest.raises(JourneyError, match=message):
        doc.apply(Op("update_stage", {"stage_id": doc.journey.stages[0].id, **values}))
    assert doc.snapshot() == before


def test_move_cards_between_cells_and_within_a_cell(doc):
    j = doc.journey
    s0, s1, lane = j.stages[0].id, j.stages[1].id, j.lanes[0].id
    src = cell_texts(doc, s0, lane)
    dst = cell_texts(doc, s1, lane)
    moving = [c.id for c in doc.store.cell(s0, lane)]
    change = doc.apply(Op("move_cards", {"card_ids": moving, "stage_id": s1,
                                                "lane_id": lane, "index": 1}))
    assert cell_texts(doc, s0, lane) == []
    assert cell_texts(doc, s1, lane) == dst[:1] + src + dst[1:]
    doc.apply(change.undo)
    assert cell_texts(doc, s0, lane) == src and cell_texts(doc, s1, lane) == dst
    # within a cell: the first card to the end
    first = doc.store.cell(s1, lane)[0].id
    doc.apply(Op("move_cards", {"card_ids": [first], "stage_id": s1, "lane_id": lane, "index": 99}))
    assert cell_texts(doc, s1, lane) == dst[1:] + dst[:1]


def test_cards_and_markers_stay_in_their_kind_of_lane(doc):
    j = doc.journey
    emotions = next(lane for lane in j.lanes if lane.kind == "emotions")
    notes = next(lane for lane in j.lanes if lane.kind == "notes")
    with pytest.raises(JourneyError, match="emotions lane"):
        doc.apply(Op("add_cards", {"cards": [{"stage_id": j.stages[0].id, "lane_id": emotions.id}]}))
    with pytest.raises(JourneyError, match="emotions lane"):
        doc.apply(Op("add_markers", {"markers": [{"stage_id": j.stages[0].id, "lane_id": notes.id}]}))


def test_markers_add_move_delete_and_undo(doc):
    j = doc.journey
    emotions = next(lane for lane in j.lanes if lane.kind == "emotions")
    before = doc.snapshot()
    add = doc.apply(Op("add_markers", {"markers": [
        {"stage_id": j.stages[2].id, "lane_id": emotions.id, "offset": 0.1, "feeling": -1.5, "label": "Doubt"}]}))
    marker_id = add.result[0]
    move = doc.apply(Op("update_marker", {"marker_id": marker_id, "feeling": 2.0, "offset": 0.9}))
    assert doc.store.marker(marker_id).feeling == 2.0
    with pytest.raises(JourneyError, match="between -3 and 3"):
        doc.apply(Op("update_marker", {"marker_id": marker_id, "feeling": 3.5}))
    delete = doc.apply(Op("delete_markers", {"marker_ids": [marker_id]}))
    for change in (delete, move, add):
        doc.apply(change.undo)
    assert doc.snapshot() == before


def test_persona_and_journey_fields(doc):
    persona = doc.journey.personas[0]
    change = doc.apply(Op("update_persona", {"persona_id": persona.id, "quote": "Just get the milk right."}))
    assert persona.quote == "Just get the milk right."
    doc.apply(change.undo)
    assert persona.quote.startswith("If it saves me")
    change = doc.apply(Op("update_journey", {"title": "Grocery v2"}))
    assert doc.journey.title == "Grocery v2"
    doc.apply(change.undo)
    assert doc.journey.title == "Online grocery — first order"


def test_read_only_documents_refuse_edits(doc, reopen):
    with reopen(doc) as other:
        with pytest.raises(ReadOnly):
            other.apply(Op("update_journey", {"title": "x"}))


def test_card_text_keeps_every_script(doc, reopen):
    j = doc.journey
    texts = ["Crème brûlée", "Ελληνικά", "Кириллица", "日本語の文字", "مرحبا بالعالم", "שלום עולם",
             "👨‍👩‍👧 family 🇫🇷", "e\u0301 combining"]
    doc.apply(Op("add_cards", {"cards": [
        {"stage_id": j.stages[0].id, "lane_id": j.lanes[-1].id, "text": t} for t in texts]}))
    doc.close()
    with reopen(doc) as again:
        stored = cell_texts(again, j.stages[0].id, j.lanes[-1].id)
        assert stored[-len(texts):] == texts


BROKEN = "Half an emoji \ud83d here"  # a lone surrogate, as some clipboards deliver it


def _emotions(j):
    return next(lane for lane in j.lanes if lane.kind == "emotions")


TEXT_OPS = {
    "add_cards": lambda j: Op("add_cards", {"cards": [
        {"stage_id": j.stages[0].id, "lane_id": j.lanes[0].id, "text": BROKEN}]}),
    "update_card": lambda j: Op("update_card", {"card_id": j.cards[0].id, "text": BROKEN}),
    "add_stage": lambda j: Op("add_stage", {"name": BROKEN}),
    "update_stage": lambda j: Op("update_stage", {"stage_id": j.stages[0].id, "name": BROKEN}),
    "add_lane": lambda j: Op("add_lane", {"name": BROKEN}),
    "update_lane": lambda j: Op("update_lane", {"lane_id": j.lanes[0].id, "name": BROKEN}),
    "add_markers": lambda j: Op("add_markers", {"markers": [
        {"stage_id": j.stages[0].id, "lane_id": _emotions(j).id, "label": BROKEN}]}),
    "update_marker": lambda j: Op("update_marker", {"marker_id": j.markers[0].id, "label": BROKEN}),
    "add_persona": lambda j: Op("add_persona", {"name": "Sam", "quote": BROKEN}),
    "update_persona": lambda j: Op("update_persona", {"persona_id": j.personas[0].id, "goals": BROKEN}),
    "update_journey": lambda j: Op("update_journey", {"scenario": BROKEN}),
}


@pytest.mark.parametrize("make", TEXT_OPS.values(), ids=TEXT_OPS.keys())
def test_text_with_a_lone_surrogate_is_refused_with_a_sentence(doc, reopen, make):
    before = doc.snapshot()
    with pytest.raises(JourneyError, match="contains a character that cannot be saved") as refused:
        doc.apply(make(doc.journey))
    assert "\n" not in refused.value.message and refused.value.message.endswith(".")
    assert doc.snapshot() == before
    doc.apply(Op("update_journey", {"title": "Still editable 👍"}))  # the session goes on
    doc.close()
    with reopen(doc) as again:
        assert again.journey.title == "Still editable 👍"


def test_a_whole_emoji_from_a_surrogate_pair_is_kept(doc):
    pair = "\ud83d\ude00".encode("utf-16", "surrogatepass").decode("utf-16")  # what JSON makes of it
    doc.apply(Op("update_journey", {"title": f"Happy {pair}"}))
    assert doc.journey.title == "Happy 😀"
