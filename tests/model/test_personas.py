"""Several personas on one map: their looks, the operations on them and on
what belongs to them (curves, card tags, lanes), each undone exactly, on a
`.journey` file and in memory alike (`doc`, `new_doc`, `reopen`)."""
import pytest

from model import personas as looks
from model.errors import JourneyError
from model.operations import Op


def emotions(j):
    return next(lane for lane in j.lanes if lane.kind == "emotions")


def curve(j, persona_id, target=0):
    return sorted((m.stage_id, m.offset, m.feeling, m.label) for m in j.markers
                  if m.persona_id == persona_id and m.target == target)


def tagged(j, persona_id):
    return {c.id for c in j.cards if str(persona_id) in c.personas.split()}


def undone_exactly(doc, reopen, op):
    """Apply `op`, undo it, and check the map (memory and storage) is as before."""
    start = doc.snapshot()
    change = doc.apply(op)
    after = doc.snapshot()
    doc.apply(change.undo)
    assert doc.snapshot() == start
    with reopen(doc) as again:
        assert again.snapshot() == start
    return change, after


def test_the_six_default_looks_differ_in_colour_shape_and_line():
    six = [looks.look_for(i) for i in range(looks.MAX_PERSONAS)]
    assert [c for c, _, _ in six] == ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"]
    assert len({c for c, _, _ in six}) == len({s for _, _, s in six}) == 6
    assert {line for _, line, _ in six} == set(looks.LINES)  # every pattern is used
    assert all(six[i][1] != six[i + 1][1] for i in range(5))  # neighbours never share a line
    assert all(a[1] != b[1] for a in six[:4] for b in six[:4] if a != b)


def test_a_new_persona_gets_the_first_unused_look_and_a_seventh_is_refused(doc, reopen):
    j = doc.journey
    assert [(p.colour, p.line, p.shape) for p in j.personas] == [looks.look_for(0), looks.look_for(1)]
    doc.apply(Op("update_persona", {"persona_id": j.personas[0].id, "colour": "#E69F00"}))
    added = doc.apply(Op("add_persona", {"name": "Sam"})).result
    sam = next(p for p in j.personas if p.id == added)
    assert (sam.colour, sam.line, sam.shape) == looks.look_for(0)  # Maya gave hers up
    while len(j.personas) < looks.MAX_PERSONAS:
        doc.apply(Op("add_persona", {"name": f"P{len(j.personas)}"}))
    assert len({p.colour for p in j.personas}) == 6
    before = doc.snapshot()
    with pytest.raises(JourneyError) as refused:
        doc.apply(Op("add_persona", {"name": "Seventh"}))
    assert refused.value.args[0] == "A map holds at most 6 personas; remove one before adding another."
    assert doc.snapshot() == before
    with reopen(doc) as again:
        assert again.snapshot() == before


def test_adding_a_copy_copies_both_curves_and_the_card_tags(doc, reopen):
    j = doc.journey
    ruth = j.personas[1]
    doc.apply(Op("add_markers", {"markers": [{"stage_id": j.stages[5].id, "lane_id": emotions(j).id,
                                              "feeling": 3, "persona_id": ruth.id, "target": 1}]}))
    change, after = undone_exactly(doc, reopen, Op("add_persona", {"name": "Ruth's sister",
                                                                   "copy_from": ruth.id}))
    sister = change.result
    assert after["personas"][-1]["name"] == "Ruth's sister"
    copied = [m for m in after["markers"] if m["persona_id"] == sister]
    theirs = [m for m in after["markers"] if m["persona_id"] == ruth.id]
    assert len(copied) == len(theirs) == 8
    assert sorted((m["stage_id"], m["offset"], m["feeling"], m["label"], m["target"]) for m in copied) == \
        sorted((m["stage_id"], m["offset"], m["feeling"], m["label"], m["target"]) for m in theirs)
    assert not {m["id"] for m in copied} & {m["id"] for m in theirs}
    tags = {c["id"]: c["personas"] for c in after["cards"] if c["personas"]}
    assert tags == {i: f"{ruth.id} {sister}" for i in tagged(j, ruth.id)} and len(tags) == 2
    assert change.changed["card"] == set(tags) and change.changed["marker"] == {m["id"] for m in copied}


def test_deleting_a_persona_takes_its_curve_tags_and_lanes_and_undo_brings_all_back(doc, reopen):
    j = doc.journey
    maya, ruth = j.personas
    lane = j.lanes[0]
    card = j.cards[0]
    doc.apply(Op("update_card", {"card_id": card.id, "personas": [ruth.id, maya.id]}))
    assert card.personas == f"{maya.id} {ruth.id}"  # stored in persona order
    ruth_curve = curve(j, ruth.id)
    start = doc.snapshot()
    change = doc.apply(Op("delete_persona", {"persona_id": maya.id}))
    assert [p.id for p in j.personas] == [ruth.id]
    assert curve(j, maya.id) == [] and curve(j, ruth.id) == ruth_curve
    assert card.personas == str(ruth.id) and lane.persona_id is None
    assert change.changed["lane"] == {lane.id} and card.id in change.changed["card"]
    assert len(change.changed["marker"]) == 10
    with reopen(doc) as again:
        assert [p.name for p in again.journey.personas] == ["Ruth Adeyemi"]
        assert len(again.journey.markers) == 7
    doc.apply(change.undo)
    assert doc.snapshot() == start  # same ids, same uuids, same tags and lane
    with reopen(doc) as again:
        assert again.snapshot() == start


def test_reordering_personas_keeps_every_card_tag_in_persona_order(doc, reopen):
    j = doc.journey
    maya, ruth = j.personas
    card = j.cards[3]
    doc.apply(Op("update_card", {"card_id": card.id, "personas": f"{ruth.id} {maya.id}"}))
    change, after = undone_exactly(doc, reopen, Op("move_persona", {"persona_id": ruth.id, "index": 0}))
    assert [p["name"] for p in after["personas"]] == ["Ruth Adeyemi", "Maya Chen"]
    assert next(c for c in after["cards"] if c["id"] == card.id)["personas"] == f"{ruth.id} {maya.id}"
    assert change.changed["card"] == {card.id}
    assert card.personas == f"{maya.id} {ruth.id}"


def test_a_persona_look_is_edited_and_checked(doc, reopen):
    p = doc.journey.personas[1]
    _, after = undone_exactly(doc, reopen, Op("update_persona", {"persona_id": p.id, "colour": "#123ABC",
                                                                  "line": "dotted", "shape": "star"}))
    assert {k: after["personas"][1][k] for k in ("colour", "line", "shape")} == \
        {"colour": "#123abc", "line": "dotted", "shape": "star"}
    for values, sentence in (({"line": "wavy"}, "line must be one of"), ({"shape": "blob"}, "shape must be one of"),
                             ({"colour": "red"}, "colour must look like")):
        with pytest.raises(JourneyError, match=sentence):
            doc.apply(Op("update_persona", {"persona_id": p.id, **values}))


def test_markers_belong_to_a_persona_of_the_map_and_a_curve(doc, reopen):
    j = doc.journey
    ruth = j.personas[1]
    lane, stage = emotions(j), j.stages[2]
    marker = {"stage_id": stage.id, "lane_id": lane.id, "feeling": -1}
    change, after = undone_exactly(doc, reopen, Op("add_markers", {"markers": [
        {**marker, "persona_id": ruth.id, "target": 1}]}))
    new = next(m for m in after["markers"] if m["id"] == change.result[0])
    assert (new["persona_id"], new["target"]) == (ruth.id, 1)
    # said without a persona: the first one's
    first = doc.apply(Op("add_markers", {"markers": [marker]})).result[0]
    assert doc.journey.markers[-1].id == first and doc.journey.markers[-1].persona_id == j.personas[0].id
    undone_exactly(doc, reopen, Op("update_marker", {"marker_id": first, "persona_id": ruth.id, "target": 1}))
    for bad, sentence in (({"persona_id": 999}, "persona no longer exists"),
                          ({"persona_id": None}, "belongs to one of the map's personas"),
                          ({"target": 2}, "target curve")):
        with pytest.raises(JourneyError, match=sentence):
            doc.apply(Op("add_markers", {"markers": [{**marker, **bad}]}))
        with pytest.raises(JourneyError, match=sentence):
            doc.apply(Op("update_marker", {"marker_id": first, **bad}))


def test_a_card_is_for_some_personas_stored_canonical(doc, reopen):
    j = doc.journey
    maya, ruth = j.personas
    card = j.cards[0]
    _, after = undone_exactly(doc, reopen, Op("update_card", {"card_id": card.id,
                                                              "personas": [ruth.id, maya.id, ruth.id]}))
    assert next(c for c in after["cards"] if c["id"] == card.id)["personas"] == f"{maya.id} {ruth.id}"
    for bad, sentence in (([999], "personas of this map"), ("1,2", "separated by spaces"),
                          ([True], "list of persona ids"), (3, "list of persona ids")):
        with pytest.raises(JourneyError, match=sentence):
            doc.apply(Op("update_card", {"card_id": card.id, "personas": bad}))
    doc.apply(Op("update_card", {"card_id": card.id, "personas": f"  {ruth.id} "}))
    assert card.personas == str(ruth.id)
    doc.apply(Op("update_card", {"card_id": card.id, "personas": []}))
    assert card.personas == ""


def test_cards_pasted_from_another_map_drop_personas_this_map_lacks(doc):
    j = doc.journey
    maya, ruth = j.personas
    stage, lane = j.stages[0], j.lanes[1]
    ids = doc.apply(Op("add_cards", {"cards": [
        {"stage_id": stage.id, "lane_id": lane.id, "text": "from elsewhere", "personas": f"{ruth.id} 77"},
        {"stage_id": stage.id, "lane_id": lane.id, "text": "only strangers", "personas": "77 78"}]})).result
    assert [doc.journey.cards[-2].personas, doc.journey.cards[-1].personas] == [str(ruth.id), ""]
    deleted = doc.apply(Op("delete_cards", {"card_ids": ids}))
    assert [c["personas"] for c in deleted.undo.args["cards"]] == [str(ruth.id), ""]  # undo carries them


def test_a_lane_can_belong_to_one_persona(doc, reopen):
    j = doc.journey
    lane = j.lanes[2]
    _, after = undone_exactly(doc, reopen, Op("update_lane", {"lane_id": lane.id, "persona_id": j.personas[1].id}))
    assert after["lanes"][2]["persona_id"] == j.personas[1].id
    with pytest.raises(JourneyError, match="persona no longer exists"):
        doc.apply(Op("update_lane", {"lane_id": lane.id, "persona_id": 999}))
    deleted = doc.apply(Op("delete_lane", {"lane_id": j.lanes[0].id}))
    assert deleted.undo.args["lane"]["persona_id"] == j.personas[0].id
    doc.apply(deleted.undo)
    assert j.lanes[0].persona_id == j.personas[0].id


def test_the_first_persona_of_a_map_without_one_takes_its_curve_and_undo_gives_it_back(new_doc, reopen):
    doc = new_doc("blank")
    j = doc.journey
    assert [(p.name, p.colour, p.line, p.shape) for p in j.personas] == [("Persona", *looks.look_for(0))]
    doc.apply(Op("delete_persona", {"persona_id": j.personas[0].id}))
    lane = emotions(j)
    doc.apply(Op("add_markers", {"markers": [{"stage_id": j.stages[0].id, "lane_id": lane.id, "feeling": 2}]}))
    assert j.markers[0].persona_id is None  # a map with no persona: a curve of no one
    change, after = undone_exactly(doc, reopen, Op("add_persona", {"name": "Ann"}))
    assert after["markers"][0]["persona_id"] == change.result
    assert j.markers[0].persona_id is None


def test_the_sample_has_two_personas_whose_curves_differ_where_they_should(doc):
    j = doc.journey
    maya, ruth = j.personas
    assert (maya.name, ruth.name) == ("Maya Chen", "Ruth Adeyemi") and "Retired" in ruth.role
    assert len({(p.colour, p.line, p.shape) for p in j.personas}) == 2
    assert maya.line != ruth.line and maya.shape != ruth.shape
    stage = {s.name: s.id for s in j.stages}

    def feelings(p, name):
        return [m.feeling for m in j.markers if m.persona_id == p.id and m.stage_id == stage[name]]
    assert min(feelings(ruth, "Purchase")) <= -2 and "Card details online?" in \
        [m.label for m in j.markers if m.persona_id == ruth.id]  # anxious at payment
    assert max(feelings(maya, "Purchase")) > 0  # where Maya is fine
    assert max(feelings(ruth, "Post-purchase")) > max(feelings(maya, "Post-purchase"))  # the phone call
    assert len(curve(j, maya.id)) == 10 and len(curve(j, ruth.id)) == 7
    only_ruth = [c.text for c in j.cards if c.personas == str(ruth.id)]
    assert len(only_ruth) == 2 and tagged(j, maya.id) == set()
    assert j.lanes[0].persona_id == maya.id and j.lanes[0].name == "What Maya does"
