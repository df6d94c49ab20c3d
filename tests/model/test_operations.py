"""Model operations: what they change, what they commit, and that undo restores."""
import pytest

from model.document import Document
from model.errors import JourneyError, ReadOnly
from model.operations import Op


def ids(items):
    return [i.id for i in items]


def cell_texts(doc, stage_id, lane_id):
    return [c.text for c in doc.store.cell(stage_id, lane_id)]


def reopened(path):
    return Document.open(path, read_only=True)


def test_every_change_is_in_the_file_when_apply_returns(sample_doc, sample_path):
    stage = sample_doc.journey.stages[0]
    lane = sample_doc.journey.lanes[0]
    change = sample_doc.apply(Op("add_cards", {"cards": [
        {"stage_id": stage.id, "lane_id": lane.id, "text": "Asks a neighbour", "position": 0}]}))
    # a second, independent connection sees it: the commit happened
    with reopened(sample_path) as other:
        assert cell_texts(other, stage.id, lane.id)[0] == "Asks a neighbour"
        assert change.result[0] in ids(other.journey.cards)


def test_delete_stage_removes_its_cards_and_markers_and_undo_restores_exactly(sample_doc, sample_path):
    before = sample_doc.snapshot()
    stage = sample_doc.journey.stages[3]
    n_cards = sum(1 for c in sample_doc.journey.cards if c.stage_id == stage.id)
    n_markers = sum(1 for m in sample_doc.journey.markers if m.stage_id == stage.id)
    assert n_cards and n_markers
    change = sample_doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    assert stage.id not in ids(sample_doc.journey.stages)
    assert all(c.stage_id != stage.id for c in sample_doc.journey.cards)
    assert len(change.changed["card"]) == n_cards and len(change.changed["marker"]) == n_markers
    sample_doc.apply(change.undo)
    assert sample_doc.snapshot() == before
    sample_doc.close()
    with reopened(sample_path) as again:
        assert again.snapshot() == before


def test_delete_lane_and_undo(sample_doc):
    before = sample_doc.snapshot()
    lane = sample_doc.journey.lanes[3]  # the emotions lane, with markers
    assert lane.kind == "emotions"
    change = sample_doc.apply(Op("delete_lane", {"lane_id": lane.id}))
    assert not sample_doc.journey.markers
    sample_doc.apply(change.undo)
    assert sample_doc.snapshot() == before


def test_last_stage_cannot_be_deleted_and_nothing_changes(tmp_path):
    doc = Document.create(tmp_path / "m.journey", "blank")
    for stage in list(doc.journey.stages)[1:]:
        doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    before = doc.snapshot()
    with pytest.raises(JourneyError, match="at least one stage"):
        doc.apply(Op("delete_stage", {"stage_id": doc.journey.stages[0].id}))
    assert doc.snapshot() == before
    doc.close()


def test_move_stage_and_undo(sample_doc):
    order = ids(sample_doc.journey.stages)
    change = sample_doc.apply(Op("move_stage", {"stage_id": order[0], "index": 3}))
    assert ids(sample_doc.journey.stages) == order[1:4] + [order[0]] + order[4:]
    assert [s.position for s in sample_doc.journey.stages] == list(range(len(order)))
    sample_doc.apply(change.undo)
    assert ids(sample_doc.journey.stages) == order


def test_update_stage_fields_and_undo(sample_doc):
    stage = sample_doc.journey.stages[0]
    change = sample_doc.apply(Op("update_stage", {"stage_id": stage.id, "name": "Discover",
                                                  "colour": "#AA0000", "width": 300}))
    assert (stage.name, stage.colour, stage.width) == ("Discover", "#aa0000", 300)
    sample_doc.apply(change.undo)
    assert (stage.name, stage.colour, stage.width) == ("Awareness", "#5b7db1", 240)


@pytest.mark.parametrize("values, message", [
    ({"width": -5}, "between 80 and 4000"),
    ({"width": 1e308}, "between"),
    ({"width": float("nan")}, "must be a number"),
    ({"colour": "red"}, "#1a2b3c"),
    ({"name": "x" * 201}, "too long"),
])
def test_absurd_values_are_refused(sample_doc, values, message):
    before = sample_doc.snapshot()
    with pytest.raises(JourneyError, match=message):
        sample_doc.apply(Op("update_stage", {"stage_id": sample_doc.journey.stages[0].id, **values}))
    assert sample_doc.snapshot() == before


def test_move_cards_between_cells_and_within_a_cell(sample_doc):
    j = sample_doc.journey
    s0, s1, lane = j.stages[0].id, j.stages[1].id, j.lanes[0].id
    src = cell_texts(sample_doc, s0, lane)
    dst = cell_texts(sample_doc, s1, lane)
    moving = [c.id for c in sample_doc.store.cell(s0, lane)]
    change = sample_doc.apply(Op("move_cards", {"card_ids": moving, "stage_id": s1,
                                                "lane_id": lane, "index": 1}))
    assert cell_texts(sample_doc, s0, lane) == []
    assert cell_texts(sample_doc, s1, lane) == dst[:1] + src + dst[1:]
    sample_doc.apply(change.undo)
    assert cell_texts(sample_doc, s0, lane) == src and cell_texts(sample_doc, s1, lane) == dst
    # within a cell: the first card to the end
    first = sample_doc.store.cell(s1, lane)[0].id
    sample_doc.apply(Op("move_cards", {"card_ids": [first], "stage_id": s1, "lane_id": lane, "index": 99}))
    assert cell_texts(sample_doc, s1, lane) == dst[1:] + dst[:1]


def test_cards_and_markers_stay_in_their_kind_of_lane(sample_doc):
    j = sample_doc.journey
    emotions = next(lane for lane in j.lanes if lane.kind == "emotions")
    notes = next(lane for lane in j.lanes if lane.kind == "notes")
    with pytest.raises(JourneyError, match="emotions lane"):
        sample_doc.apply(Op("add_cards", {"cards": [{"stage_id": j.stages[0].id, "lane_id": emotions.id}]}))
    with pytest.raises(JourneyError, match="emotions lane"):
        sample_doc.apply(Op("add_markers", {"markers": [{"stage_id": j.stages[0].id, "lane_id": notes.id}]}))


def test_markers_add_move_delete_and_undo(sample_doc):
    j = sample_doc.journey
    emotions = next(lane for lane in j.lanes if lane.kind == "emotions")
    before = sample_doc.snapshot()
    add = sample_doc.apply(Op("add_markers", {"markers": [
        {"stage_id": j.stages[2].id, "lane_id": emotions.id, "offset": 0.1, "feeling": -1.5, "label": "Doubt"}]}))
    marker_id = add.result[0]
    move = sample_doc.apply(Op("update_marker", {"marker_id": marker_id, "feeling": 2.0, "offset": 0.9}))
    assert sample_doc.store.marker(marker_id).feeling == 2.0
    with pytest.raises(JourneyError, match="between -3 and 3"):
        sample_doc.apply(Op("update_marker", {"marker_id": marker_id, "feeling": 3.5}))
    delete = sample_doc.apply(Op("delete_markers", {"marker_ids": [marker_id]}))
    for change in (delete, move, add):
        sample_doc.apply(change.undo)
    assert sample_doc.snapshot() == before


def test_persona_and_journey_fields(sample_doc):
    persona = sample_doc.journey.personas[0]
    change = sample_doc.apply(Op("update_persona", {"persona_id": persona.id, "quote": "Just get the milk right."}))
    assert persona.quote == "Just get the milk right."
    sample_doc.apply(change.undo)
    assert persona.quote.startswith("If it saves me")
    change = sample_doc.apply(Op("update_journey", {"title": "Grocery v2"}))
    assert sample_doc.journey.title == "Grocery v2"
    sample_doc.apply(change.undo)
    assert sample_doc.journey.title == "Online grocery — first order"


def test_assets_are_stored_once_per_content(sample_doc):
    a = sample_doc.store_asset(b"\x89PNG fake bytes", "image/png", 2, 2)
    b = sample_doc.store_asset(b"\x89PNG fake bytes", "image/png", 2, 2)
    c = sample_doc.store_asset(b"other", "image/png", 2, 2)
    assert a == b != c
    assert sample_doc.asset_bytes(a) == b"\x89PNG fake bytes"


def test_read_only_documents_refuse_edits(sample_path):
    with Document.open(sample_path, read_only=True) as doc:
        with pytest.raises(ReadOnly):
            doc.apply(Op("update_journey", {"title": "x"}))


def test_card_text_keeps_every_script(sample_doc, sample_path):
    j = sample_doc.journey
    texts = ["Crème brûlée", "Ελληνικά", "Кириллица", "日本語の文字", "مرحبا بالعالم", "שלום עולם",
             "👨‍👩‍👧 family 🇫🇷", "e\u0301 combining"]
    sample_doc.apply(Op("add_cards", {"cards": [
        {"stage_id": j.stages[0].id, "lane_id": j.lanes[-1].id, "text": t} for t in texts]}))
    sample_doc.close()
    with reopened(sample_path) as again:
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
def test_text_with_a_lone_surrogate_is_refused_with_a_sentence(sample_doc, sample_path, make):
    before = sample_doc.snapshot()
    with pytest.raises(JourneyError, match="contains a character that cannot be saved") as refused:
        sample_doc.apply(make(sample_doc.journey))
    assert "\n" not in refused.value.message and refused.value.message.endswith(".")
    assert sample_doc.snapshot() == before
    sample_doc.apply(Op("update_journey", {"title": "Still editable 👍"}))  # the session goes on
    sample_doc.close()
    with reopened(sample_path) as again:
        assert again.journey.title == "Still editable 👍"


def test_a_whole_emoji_from_a_surrogate_pair_is_kept(sample_doc):
    pair = "\ud83d\ude00".encode("utf-16", "surrogatepass").decode("utf-16")  # what JSON makes of it
    sample_doc.apply(Op("update_journey", {"title": f"Happy {pair}"}))
    assert sample_doc.journey.title == "Happy 😀"
