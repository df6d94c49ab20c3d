"""Property: any sequence of operations, undone in reverse, gives back the
starting journey exactly, in memory and in the file."""
import io
import shutil
from pathlib import Path

from PIL import Image

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from model.entities import Asset

from model.document import Document
from model.errors import JourneyError
from model.operations import Op
from model.personas import LINES, SHAPES

FIXTURE = Path(__file__).parent.parent / "fixtures" / "v4-sample.journey"
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


def _png(colour) -> dict:
    out = io.BytesIO()
    Image.new("RGB", (6, 4), colour).save(out, "PNG")
    return {"data": out.getvalue(), "mime": "image/png", "width": 6, "height": 4}


PICTURES = [_png(c) for c in ("#d04020", "#2040d0", "#20a040")]


def stored_pictures(doc) -> set:
    with doc.storage.engine.connect() as conn:
        return set(conn.execute(select(Asset.id)).scalars())


def used_pictures(doc) -> set:
    j = doc.journey
    return {c.asset_id for c in j.cards if c.asset_id} | {p.photo_id for p in j.personas if p.photo_id}


def pick(draw, items):
    return draw(st.sampled_from(items)).id


@st.composite
def operation(draw, doc):
    j = doc.journey
    card_lanes = [lane for lane in j.lanes if lane.kind != "emotions"]
    emotion_lanes = [lane for lane in j.lanes if lane.kind == "emotions"]
    kind = draw(st.sampled_from(["add_card", "move_cards", "update_card", "delete_cards",
                                 "move_stage", "update_stage", "delete_stage", "add_stage",
                                 "move_lane", "delete_lane", "add_lane", "marker", "update_marker",
                                 "delete_markers", "update_persona", "picture_card", "card_picture",
                                 "photo", "add_persona", "delete_persona", "move_persona", "persona_look",
                                 "card_personas", "lane_persona", "persona_marker",
                                 "score", "scoring", "link", "unlink", "add_action_item", "update_action_item",
                                 "move_action_item", "delete_action_item", "add_metric", "update_metric",
                                 "delete_metric", "metric_values", "delete_metric_values"]))
    step = persona_step(draw, doc, kind) or plan_step(draw, doc, kind)
    if step is not None:
        return step
    if kind == "picture_card" and card_lanes:
        return Op("add_cards", {"cards": [{"stage_id": pick(draw, j.stages), "lane_id": pick(draw, card_lanes),
                                           "picture": draw(st.sampled_from(PICTURES))}]})
    if kind == "card_picture" and j.cards:
        return Op("update_card", {"card_id": pick(draw, j.cards),
                                  "picture": draw(st.sampled_from(PICTURES + [None]))})
    if kind == "photo" and j.personas:
        return Op("update_persona", {"persona_id": j.personas[0].id,
                                     "picture": draw(st.sampled_from(PICTURES + [None]))})
    if kind == "add_card" and card_lanes:
        return Op("add_cards", {"cards": [{"stage_id": pick(draw, j.stages), "lane_id": pick(draw, card_lanes),
                                           "text": draw(TEXT), "position": draw(st.integers(0, 5)),
                                           "votes": draw(st.integers(0, 9))}]})
    if kind == "move_cards" and j.cards and card_lanes:
        cards = draw(st.lists(st.sampled_from(j.cards), min_size=1, max_size=4, unique=True))
        return Op("move_cards", {"card_ids": [c.id for c in cards], "stage_id": pick(draw, j.stages),
                                 "lane_id": pick(draw, card_lanes), "index": draw(st.integers(0, 6))})
    if kind == "update_card" and j.cards:
        return Op("update_card", {"card_id": pick(draw, j.cards), "text": draw(TEXT),
                                  "colour": draw(st.sampled_from([None, "#ff0000", "#00aa00"]))})
    if kind == "delete_cards" and j.cards:
        cards = draw(st.lists(st.sampled_from(j.cards), min_size=1, max_size=5, unique=True))
        return Op("delete_cards", {"card_ids": [c.id for c in cards]})
    if kind == "move_stage":
        return Op("move_stage", {"stage_id": pick(draw, j.stages), "index": draw(st.integers(0, 7))})
    if kind == "update_stage":
        return Op("update_stage", {"stage_id": pick(draw, j.stages), "name": draw(TEXT),
                                   "width": draw(st.floats(80, 600))})
    if kind == "delete_stage":
        return Op("delete_stage", {"stage_id": pick(draw, j.stages)})
    if kind == "add_stage":
        return Op("add_stage", {"name": draw(TEXT), "index": draw(st.integers(0, 7))})
    if kind == "move_lane":
        return Op("move_lane", {"lane_id": pick(draw, j.lanes), "index": draw(st.integers(0, 11))})
    if kind == "delete_lane":
        return Op("delete_lane", {"lane_id": pick(draw, j.lanes)})
    if kind == "add_lane":
        return Op("add_lane", {"name": draw(TEXT), "kind": draw(st.sampled_from(["notes", "emotions", "pain_points"])),
                               "index": draw(st.integers(0, 11))})
    if kind == "marker" and emotion_lanes:
        return Op("add_markers", {"markers": [{"stage_id": pick(draw, j.stages), "lane_id": pick(draw, emotion_lanes),
                                               "offset": draw(st.floats(0, 1)), "feeling": draw(st.floats(-3, 3))}]})
    if kind == "update_marker" and j.markers:
        return Op("update_marker", {"marker_id": pick(draw, j.markers), "feeling": draw(st.floats(-3, 3)),
                                    "stage_id": pick(draw, j.stages)})
    if kind == "delete_markers" and j.markers:
        return Op("delete_markers", {"marker_ids": [pick(draw, j.markers)]})
    if j.personas:
        return Op("update_persona", {"persona_id": j.personas[0].id, "goals": draw(TEXT)})
    return Op("update_journey", {"notes": draw(TEXT)})


def persona_step(draw, doc, kind):
    """Steps of several personas: their curves, card tags and lanes (None: not one of them)."""
    j = doc.journey
    ids = [p.id for p in j.personas]
    emotion_lanes = [lane for lane in j.lanes if lane.kind == "emotions"]
    if kind == "add_persona":
        return Op("add_persona", {"name": draw(TEXT), "index": draw(st.integers(0, 6)),
                                  "copy_from": draw(st.sampled_from([None, *ids]))})
    if kind == "delete_persona" and ids:
        return Op("delete_persona", {"persona_id": draw(st.sampled_from(ids))})
    if kind == "move_persona" and ids:
        return Op("move_persona", {"persona_id": draw(st.sampled_from(ids)), "index": draw(st.integers(0, 6))})
    if kind == "persona_look" and ids:
        return Op("update_persona", {"persona_id": draw(st.sampled_from(ids)),
                                     "colour": draw(st.sampled_from(["#0072b2", "#AB12CD"])),
                                     "line": draw(st.sampled_from(LINES)), "shape": draw(st.sampled_from(SHAPES))})
    if kind == "card_personas" and j.cards:
        return Op("update_card", {"card_id": pick(draw, j.cards),
                                  "personas": draw(st.lists(st.sampled_from(ids), max_size=3)) if ids else []})
    if kind == "lane_persona":
        return Op("update_lane", {"lane_id": pick(draw, j.lanes), "persona_id": draw(st.sampled_from([None, *ids]))})
    if kind == "persona_marker" and j.markers and ids and draw(st.booleans()):
        return Op("update_marker", {"marker_id": pick(draw, j.markers), "persona_id": draw(st.sampled_from(ids)),
                                    "target": draw(st.integers(0, 1))})
    if kind == "persona_marker" and emotion_lanes:
        return Op("add_markers", {"markers": [{"stage_id": pick(draw, j.stages), "lane_id": pick(draw, emotion_lanes),
                                               "feeling": draw(st.floats(-3, 3)), "target": draw(st.integers(0, 1)),
                                               "persona_id": draw(st.sampled_from(ids or [None]))}]})
    return None


def plan_step(draw, doc, kind):
    """Steps from insight to action: scores, links and action items (None: not one of them)."""
    j = doc.journey
    if kind == "score" and j.cards:
        return Op("update_card", {"card_id": pick(draw, j.cards), "impact": draw(st.sampled_from([None, 1, 3, 5])),
                                  "effort": draw(st.sampled_from([None, 2, 4])),
                                  "confidence": draw(st.sampled_from([None, 0, 80]))})
    if kind == "scoring":
        return Op("update_journey", {"scoring": draw(st.sampled_from(["impact_effort", "rice", "ice"])),
                                     "quadrants": draw(st.sampled_from(["", "Now\n\nLater"]))})
    if kind == "link" and len(j.cards) > 1:
        a, b = draw(st.lists(st.sampled_from(j.cards), min_size=2, max_size=2, unique=True))
        return Op("link_cards", {"opportunity_id": a.id, "pain_point_id": b.id})
    if kind == "unlink" and j.links:
        return Op("unlink_cards", {"link_id": pick(draw, j.links)})
    if kind == "add_action_item" and j.cards:
        return Op("add_action_item", {"card_id": pick(draw, j.cards), "title": draw(TEXT),
                                      "index": draw(st.integers(0, 3)),
                                      "due": draw(st.sampled_from(["", "2027-01-31"])),
                                      "status": draw(st.sampled_from(["not_started", "done"]))})
    if kind == "update_action_item" and j.action_items:
        return Op("update_action_item", {"action_id": pick(draw, j.action_items), "owner": draw(TEXT),
                                         "tracker_key": draw(st.sampled_from(["", "CX-1"]))})
    if kind == "move_action_item" and j.action_items:
        return Op("move_action_item", {"action_id": pick(draw, j.action_items), "index": draw(st.integers(0, 3))})
    if kind == "delete_action_item" and j.action_items:
        return Op("delete_action_item", {"action_id": pick(draw, j.action_items)})
    if kind == "add_metric":
        return Op("add_metric", {"name": draw(TEXT), "kind": draw(st.sampled_from(["nps", "csat", "custom"])),
                                 "baseline": draw(st.sampled_from([None, 0, 50])), "index": draw(st.integers(0, 3))})
    if kind == "update_metric" and j.metrics:
        return Op("update_metric", {"metric_id": pick(draw, j.metrics), "target": draw(st.sampled_from([None, 20])),
                                    "direction": draw(st.sampled_from(["higher", "lower"]))})
    if kind == "delete_metric" and j.metrics:
        return Op("delete_metric", {"metric_id": pick(draw, j.metrics)})
    if kind == "metric_values" and j.metrics:
        return Op("add_metric_values", {"values": [
            {"metric_id": pick(draw, j.metrics), "stage_id": pick(draw, j.stages),
             "taken": draw(st.sampled_from(["2026-01-31", "2026-11-30"])), "value": draw(st.integers(-5, 5)),
             "n": draw(st.sampled_from([None, 40]))} for _ in range(draw(st.integers(1, 3)))]})
    if kind == "delete_metric_values" and j.metric_values:
        return Op("delete_metric_values", {"value_ids": [pick(draw, j.metric_values)]})
    return None


def opened(kind, tmp_path_factory):
    """The sample map on a `.journey` file, or in the in-memory store."""
    if kind == "memory":
        return Document.in_memory("sample")
    path = tmp_path_factory.mktemp("prop") / "m.journey"
    shutil.copy(FIXTURE, path)
    return Document.open(path)


@pytest.mark.parametrize("kind", ["file", "memory"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_undoing_every_operation_restores_the_start(tmp_path_factory, reopen, kind, data):
    with opened(kind, tmp_path_factory) as doc:
        start = doc.snapshot()
        undos = []
        for _ in range(data.draw(st.integers(1, 25), label="steps")):
            op = data.draw(operation(doc), label="op")
            try:
                undos.append(doc.apply(op).undo)
            except JourneyError:
                pass  # a refusal (e.g. the last stage) must change nothing; checked at the end
        for undo in reversed(undos):
            doc.apply(undo)
        assert doc.snapshot() == start
        assert stored_pictures(doc) == used_pictures(doc)  # none left behind, none missing
    with reopen(doc) as again:
        assert again.snapshot() == start
