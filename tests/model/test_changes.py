"""Change records (model.changes) and the layout that follows them (relayout):
after any run of operations, a layout updated from each record equals one made
afresh, and every cell it did not re-stack keeps the very boxes it had."""
import random

import pytest

from model.changes import Changes
from model.layout import StackCache, layout, relayout
from model.operations import Op


def test_a_record_names_kinds_and_ids_and_merges_into_one():
    moved = Changes.of({"card": {3, 4}}, origin="editor")
    assert moved.cards == {3, 4} and not moved.axes and not moved.everything
    assert moved.touches("card") and not moved.touches("persona", "marker")
    axis = Changes.of({"stage": {1}, "card": {5}, "marker": {2}}, origin="undo")
    assert axis.axes and axis.stages == {1}
    step = moved.merged(axis)
    assert step.origin == "editor" and step.cards == {3, 4, 5} and step.markers == {2} and step.axes
    assert Changes.of({"journey": {1}}).journey and Changes.of({"persona": {7}}).touches("persona")


def test_a_kind_the_record_does_not_know_makes_it_everything():
    unknown = Changes.of({"comment": {1}})
    assert unknown.everything and unknown.touches("card") and unknown.touches("persona")
    assert not Changes() and Changes.of({"card": {1}})


def test_every_operation_names_what_it_changed(sample_doc):
    j = sample_doc.journey
    card, stage = j.cards[0], j.stages[0]
    record = sample_doc.apply(Op("move_cards", {"card_ids": [card.id], "stage_id": j.stages[1].id,
                                                "lane_id": card.lane_id, "index": 0})).record
    assert record.cards == {card.id} and not record.axes
    held = {c.id for c in j.cards if c.stage_id == stage.id}
    record = sample_doc.apply(Op("delete_stage", {"stage_id": stage.id})).record
    assert record.axes and record.stages == {stage.id} and record.cards == held


def random_op(rng, journey):
    card_lanes = [lane.id for lane in journey.lanes if lane.kind != "emotions"]
    emotion_lanes = [lane.id for lane in journey.lanes if lane.kind == "emotions"]
    stages, cards = [s.id for s in journey.stages], [c.id for c in journey.cards]
    text = " ".join(rng.choice("wait queue refund app store slow".split()) for _ in range(rng.randint(0, 50)))
    kind = rng.choice(["add", "move", "text", "delete", "marker", "title", "stage", "persona", "axis", "axis"])
    if kind == "axis":
        return axis_op(rng, journey)
    if kind == "add" or not cards:
        return Op("add_cards", {"cards": [{"stage_id": rng.choice(stages), "lane_id": rng.choice(card_lanes),
                                           "text": text, "position": rng.choice([None, 0, 2])}]})
    if kind == "move":
        return Op("move_cards", {"card_ids": rng.sample(cards, min(3, len(cards))), "stage_id": rng.choice(stages),
                                 "lane_id": rng.choice(card_lanes), "index": rng.randint(0, 4)})
    if kind == "text":
        return Op("update_card", {"card_id": rng.choice(cards), "text": text, "votes": rng.randint(0, 3)})
    if kind == "delete":
        return Op("delete_cards", {"card_ids": [rng.choice(cards)]})
    if kind == "marker":
        return Op("add_markers", {"markers": [{"lane_id": rng.choice(emotion_lanes), "stage_id": rng.choice(stages),
                                               "offset": rng.random(), "feeling": rng.uniform(-3, 3)}]})
    if kind == "persona" and journey.personas:
        return Op("update_persona", {"persona_id": journey.personas[0].id, "role": text[:60]})
    if kind == "title":
        return Op("update_journey", {"title": text[:40] or "Journey"})
    return Op("update_stage", {"stage_id": rng.choice(stages), "width": rng.choice([200.0, 260.0])})


def axis_op(rng, journey):
    """A change of stages or lanes: added, deleted, moved, resized, renamed, re-kinded."""
    stages, lanes = [s.id for s in journey.stages], [lane.id for lane in journey.lanes]
    card_lanes = [lane.id for lane in journey.lanes if lane.kind not in ("emotions",)]
    empty = [lane.id for lane in journey.lanes if lane.kind != "emotions"
             and not any(c.lane_id == lane.id for c in journey.cards)]
    kind = rng.choice(["add_stage", "delete_stage", "move_stage", "rename_stage", "add_lane",
                       "delete_lane", "move_lane", "lane_height", "lane_kind"])
    if kind == "add_stage":
        return Op("add_stage", {"name": "Extra", "index": rng.randint(0, len(stages))})
    if kind == "delete_stage" and len(stages) > 2:
        return Op("delete_stage", {"stage_id": rng.choice(stages)})
    if kind == "move_stage":
        return Op("move_stage", {"stage_id": rng.choice(stages), "index": rng.randint(0, len(stages) - 1)})
    if kind == "add_lane":
        return Op("add_lane", {"name": "More", "kind": "thoughts", "index": rng.randint(0, len(lanes))})
    if kind == "delete_lane" and len(card_lanes) > 2:
        return Op("delete_lane", {"lane_id": rng.choice(card_lanes)})
    if kind == "move_lane":
        return Op("move_lane", {"lane_id": rng.choice(lanes), "index": rng.randint(0, len(lanes) - 1)})
    if kind == "lane_height":
        return Op("update_lane", {"lane_id": rng.choice(lanes), "height": rng.choice([60.0, 90.0, 180.0])})
    if kind == "lane_kind" and empty:
        return Op("update_lane", {"lane_id": rng.choice(empty), "kind": rng.choice(["actions", "pain_points", "touchpoints", "images"])})
    return Op("update_stage", {"stage_id": rng.choice(stages), "name": rng.choice(["A", "A much longer name"])})


@pytest.mark.parametrize("seed", range(8))
def test_a_layout_that_follows_records_equals_a_fresh_one(sample_doc, seed):
    rng, doc, cache = random.Random(seed), sample_doc, StackCache()
    lay = relayout(doc.journey, None, doc.store.index, cache=cache)
    followed = 0
    for _ in range(60):
        change = doc.apply(random_op(rng, doc.journey))
        if rng.random() < 0.3:
            change = doc.apply(change.undo)
        before, lay = lay, relayout(doc.journey, change.record, doc.store.index, cache=cache)
        assert lay == layout(doc.journey)
        if lay.base is None:
            continue
        followed += 1
        assert lay.base == before.serial
        kept = [cell for cell in lay.cell_cards if cell not in lay.restacked]
        for cell in kept:  # not re-stacked: the same boxes, so the canvas may leave them alone
            assert all(a is b for a, b in zip(lay.cell_cards[cell], before.cell_cards[cell]))
    assert followed > 20
