"""The canvas acts on change records: after any mix of edits, undos and redos,
the scene updated only where each record said equals a scene built afresh, and
an edit touches only the items it changed."""
import random

import pytest

from canvas.items import CardItem
from canvas.scene import MapScene
from model.layout import layout
from model.operations import Op
from tests.model.test_changes import axis_op

WORDS = "wait queue app refund call store again slow friendly confusing price delivery".split()


def words(rng, longest=40):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, longest)))


def random_step(rng, editor):
    """(name, ops) of one random step, or an undo/redo (returned as a string)."""
    j = editor.doc.journey
    card_lanes = [lane.id for lane in j.lanes if lane.kind != "emotions"]
    emotion_lanes = [lane.id for lane in j.lanes if lane.kind == "emotions"]
    stages = [s.id for s in j.stages]
    cards = [c.id for c in j.cards]
    markers = [m.id for m in j.markers]
    kind = rng.choice(["add", "add", "move", "move", "text", "text", "colour", "delete", "marker",
                       "update_marker", "delete_marker", "two", "undo", "undo", "redo", "title",
                       "rename_stage", "persona", "axis", "axis"])
    if kind in ("undo", "redo"):
        return kind
    if kind == "axis":  # stages and lanes added, deleted, moved, resized (tests/model/test_changes)
        return "Axis", [axis_op(rng, j)]
    if kind == "add" or not cards:
        return "Add", [Op("add_cards", {"cards": [{
            "stage_id": rng.choice(stages), "lane_id": rng.choice(card_lanes), "text": words(rng),
            "position": rng.choice([None, 0, 1, 3]), "votes": rng.choice([0, 0, 2])}]})]
    if kind == "move":
        return "Move", [Op("move_cards", {"card_ids": rng.sample(cards, min(len(cards), rng.randint(1, 3))),
                                          "stage_id": rng.choice(stages), "lane_id": rng.choice(card_lanes),
                                          "index": rng.randint(0, 5)})]
    if kind == "text":
        return "Text", [Op("update_card", {"card_id": rng.choice(cards), "text": words(rng, 60)})]
    if kind == "colour":
        return "Colour", [Op("update_card", {"card_id": rng.choice(cards),
                                             "colour": rng.choice([None, "#ffcc00", "#99ddff"])})]
    if kind == "delete":
        return "Delete", [Op("delete_cards", {"card_ids": rng.sample(cards, min(len(cards), rng.randint(1, 3)))})]
    if kind == "marker" or (kind in ("update_marker", "delete_marker") and not markers):
        return "Marker", [Op("add_markers", {"markers": [{
            "lane_id": rng.choice(emotion_lanes), "stage_id": rng.choice(stages),
            "offset": rng.random(), "feeling": rng.uniform(-3, 3), "label": words(rng, 4)}]})]
    if kind == "update_marker":
        return "Feel", [Op("update_marker", {"marker_id": rng.choice(markers), "feeling": rng.uniform(-3, 3),
                                             "stage_id": rng.choice(stages)})]
    if kind == "delete_marker":
        return "Unmark", [Op("delete_markers", {"marker_ids": [rng.choice(markers)]})]
    if kind == "title":
        return "Title", [Op("update_journey", {"title": words(rng, 5) or "T"})]
    if kind == "persona" and j.personas:
        return "Goals", [Op("update_persona", {"persona_id": j.personas[0].id, "goals": words(rng, 30)})]
    if kind == "rename_stage":
        return "Rename", [Op("update_stage", {"stage_id": rng.choice(stages), "name": words(rng, 6) or "S"})]
    return "Two", [Op("update_card", {"card_id": rng.choice(cards), "text": words(rng, 30)}),
                   Op("move_cards", {"card_ids": [rng.choice(cards)], "stage_id": rng.choice(stages),
                                     "lane_id": rng.choice(card_lanes), "index": 0})]


def scene_state(scene):
    """Every item of the scene as (kind, id) -> (box, position)."""
    state = {}
    for kind, registry in (("card", scene.cards), ("stage", scene.stages), ("lane", scene.lanes),
                           ("marker", scene.markers)):
        for item_id, item in registry.items():
            assert item.scene() is scene
            state[(kind, item_id)] = (item.box, (item.scenePos().x(), item.scenePos().y()))
    resting = sum(len(items) for _, items in getattr(scene, "resting", {}).values())
    made = [item for item in scene.items() if getattr(item, "kind", "") == "card"]
    assert len(made) == len(scene.cards) + resting  # no item outlives its card by more than a step
    for cell, holder in getattr(scene, "holders", {}).items():  # a card's cell holds it, and no cell stays empty
        assert holder.scene() is scene
        state[("cell", cell)] = ((holder.pos().x(), holder.pos().y()),
                                 sorted(item.id for item in holder.childItems()))
    return state


@pytest.mark.parametrize("seed", range(6))
def test_scene_updated_by_change_records_equals_a_fresh_build(map_editor, seed):
    rng = random.Random(seed)
    editor = map_editor
    partial = 0
    for _ in range(40):
        step = random_step(rng, editor)
        if step == "undo":
            editor.stack.undo()
        elif step == "redo":
            editor.stack.redo()
        else:
            editor.run(*step)
        partial += editor.lay.base is not None
        fresh_lay = layout(editor.doc.journey, editor.theme)
        assert editor.lay == fresh_lay
        assert editor.scene.items()  # the scene is alive
        fresh = MapScene(editor.picture, editor.theme)
        fresh.show(fresh_lay)
        assert scene_state(editor.scene) == scene_state(fresh)
    assert partial > 10  # most steps took the incremental path


def test_a_card_edit_touches_only_that_cards_cell(map_editor, monkeypatch):
    editor = map_editor
    card = editor.lay.cards[0]
    shown = []
    original = CardItem.show
    monkeypatch.setattr(CardItem, "show", lambda item, box: (shown.append(item.id), original(item, box)))
    editor.run("Edit", [Op("update_card", {"card_id": card.id, "colour": "#ffcc00"})])
    cell = editor.lay.cell_cards[(card.stage_id, card.lane_id)]
    assert set(shown) <= {c.id for c in cell} and card.id in shown
    assert len(editor.lay.cards) > 3 * len(cell)  # the rest of the map was left alone


def test_one_record_per_step_with_its_origin_and_one_for_its_undo(map_editor):
    editor = map_editor
    a, b = editor.lay.cards[0], editor.lay.cards[1]
    before = editor.doc.store.card(a.id).text
    records = []
    editor.changed.connect(records.append)
    editor.run("Two", [Op("update_card", {"card_id": a.id, "text": "one"}),
                       Op("update_card", {"card_id": b.id, "text": "two"})])
    assert len(records) == 1
    assert records[0].cards == {a.id, b.id} and records[0].origin == "editor"
    assert not records[0].axes and not records[0].markers
    editor.stack.undo()
    assert len(records) == 2 and records[1].cards == {a.id, b.id} and records[1].origin == "undo"
    assert editor.doc.store.card(a.id).text == before
    with editor.one_step("panel"):
        editor.run("Rename", [Op("update_stage", {"stage_id": a.stage_id, "name": "Renamed"})])
    assert len(records) == 3 and records[2].origin == "panel" and records[2].axes


def test_a_refused_step_still_shows_the_map_as_it_is(map_editor):
    editor = map_editor
    card = editor.lay.cards[0]
    records = []
    editor.changed.connect(records.append)
    emotions = next(lane for lane in editor.lay.lanes if lane.kind == "emotions")
    assert editor.run("Move", [Op("update_card", {"card_id": card.id, "text": "moved"}),
                               Op("move_cards", {"card_ids": [card.id], "stage_id": card.stage_id,
                                                 "lane_id": emotions.id, "index": 0})]) is None
    assert len(records) == 1 and records[0].everything
    assert editor.lay == layout(editor.doc.journey, editor.theme)
    assert editor.doc.store.card(card.id).text != "moved"


def grab(view):
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def test_the_cached_background_is_redrawn_where_a_record_changed_it(map_editor):
    """What the view shows after each edit equals what it shows once everything is
    redrawn: no stale grid line, curve or title is left in the cached background."""
    editor, view = map_editor, map_editor.view
    view.set_zoom(0.5)
    card = next(c for c in editor.lay.cards if c.lane_id == editor.lay.lanes[0].id)
    marker = editor.lay.markers[0]
    steps = [("Grow", [Op("update_card", {"card_id": card.id, "text": " ".join(["longer text"] * 40)})]),
             ("Feel", [Op("update_marker", {"marker_id": marker.id, "feeling": -marker.feeling or 2.0})]),
             ("Title", [Op("update_journey", {"title": "A much longer title for the weekly shop journey"})]),
             ("Quote", [Op("update_persona", {"persona_id": editor.doc.journey.personas[0].id,
                                              "quote": "I only want to know when it arrives"})]),
             ("Shrink", [Op("update_card", {"card_id": card.id, "text": "short"})])]
    grab(view)  # the background is cached now
    for name, ops in steps:
        editor.run(name, ops)
        assert editor.lay.base is not None  # the incremental path
        shown = grab(view)
        view.resetCachedContent()
        editor.scene.invalidate(editor.scene.sceneRect())
        assert shown == grab(view), name
