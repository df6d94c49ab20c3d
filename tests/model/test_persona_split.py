"""The split band and the personas' marker labels (issue 14), read from the layout
and its display list: no Qt. The sample map's two personas feel 2 points apart
in one stage only (Post-purchase: Maya -0.75 on average, Ruth +1.25)."""
import dataclasses

from model import drawing, marker_labels, persona_split
from model import persona_looks as looks
from model import text as textmod
from model.display import Box, Text
from model.layout import Rect, layout
from model.operations import Op
from model.personas import EVERYONE, PersonaView
from model.theme import STANDARD


def bands_by_stage(lay):
    """stage name -> how many split bands lie in its column, over every emotions lane."""
    out = {}
    for box in lay.emotions:
        for r in box.bands:
            stage = next(s for s in lay.stages if s.column.x <= r.x and r.right <= s.column.right)
            name = " ".join(stage.name.lines)
            out[name] = out.get(name, 0) + 1
    return out


def test_the_band_marks_only_the_stage_where_two_personas_differ_by_two_points(doc):
    j = doc.journey
    assert bands_by_stage(layout(j)) == {}  # off by default
    lay = layout(j, view=PersonaView(split=True))
    assert bands_by_stage(lay) == {"Post-purchase": 1}
    [band] = lay.emotions[0].bands
    lane = lay.emotions[0]
    ruth_y = lane.neutral_y - 1.25 / 3 * (lane.neutral_y - lane.top)   # the highest mean feeling
    maya_y = lane.neutral_y + 0.75 / 3 * (lane.neutral_y - lane.top)   # the lowest
    assert band.y < ruth_y and band.bottom > maya_y  # from the one to the other
    # drawn once, in the display list both backends draw: a box in the split colour
    drawn = [p for p in drawing.draw_map(lay, STANDARD) if isinstance(p, Box) and p.fill == drawing.SPLIT_FILL]
    assert [(b.x, b.y, b.w, b.h) for b in drawn] == [(band.x, band.y, band.w, band.h)]
    assert not [p for p in drawing.draw_map(layout(j), STANDARD)
                if isinstance(p, Box) and p.fill == drawing.SPLIT_FILL]


def test_a_hidden_persona_or_a_target_marker_makes_no_split(doc):
    j = doc.journey
    maya, ruth = j.personas[:2]
    assert bands_by_stage(layout(j, view=PersonaView(frozenset({ruth.id}), split=True))) == {}
    # Ruth's Post-purchase markers moved to her target curve: she feels nothing there today
    for m in [m for m in j.markers if m.persona_id == ruth.id and m.stage_id == j.stages[4].id]:
        doc.apply(Op("update_marker", {"marker_id": m.id, "target": 1}))
    assert bands_by_stage(layout(j, view=PersonaView(split=True))) == {}
    # a stage where they are exactly 2 apart counts; 1.9 does not
    stage = j.stages[0]
    for p, feeling in ((maya, 1.0), (ruth, -1.0)):
        for m in [m for m in j.markers if m.persona_id == p.id and m.stage_id == stage.id]:
            doc.apply(Op("update_marker", {"marker_id": m.id, "feeling": feeling}))
    assert bands_by_stage(layout(j, view=PersonaView(split=True))) == {"Awareness": 1}
    assert persona_split.SPLIT == 2.0


def test_a_view_keeps_its_split_band_when_personas_are_hidden_or_focused():
    view = PersonaView(split=True).showing({3}, 4)
    assert (view.hidden, view.focus, view.split) == (frozenset({3}), 4, True)
    assert EVERYONE.split is False


def label_boxes(lay, stage_id):
    return [(m.persona_id, marker_labels.box(m.label, textmod.measure)) for m in lay.markers
            if m.stage_id == stage_id and m.label.lines]


def meets(a, b):
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_labels_of_personas_at_the_same_feeling_do_not_draw_over_each_other(doc):
    """Both personas at +2 in Decision, at the same place: the labels are apart, on
    screen and in print (the display list's text boxes do not meet)."""
    j = doc.journey
    maya, ruth = j.personas[:2]
    stage, lane = j.stages[2], next(lane for lane in j.lanes if lane.kind == "emotions")
    markers = [{"lane_id": lane.id, "stage_id": stage.id, "offset": 0.5, "feeling": 2.0,
                "label": label, "persona_id": p.id} for p, label in
               ((maya, "Discount code works"), (ruth, "Phone call helped"), (ruth, "Free delivery"))]
    doc.apply(Op("add_markers", {"markers": markers}))
    lay = layout(j)
    boxes = label_boxes(lay, stage.id)
    assert len(boxes) >= 4  # the sample's "Discount!" and the three new ones
    for i, (_, a) in enumerate(boxes):
        for _, b in boxes[i + 1:]:
            assert not meets(a, b), (a, b)
    row = next(b for b in lay.lanes if b.id == lane.id).row
    assert all(row.y <= b.y and b.bottom <= row.bottom for _, b in boxes)  # inside the lane
    # the display list draws them where the layout put them
    texts = {t.lines.lines: t.lines for t in drawing.draw_map(lay, STANDARD) if isinstance(t, Text)}
    placed = {m.label.lines: m.label for m in lay.markers if m.stage_id == stage.id and m.label.lines}
    assert all(texts[k] == v for k, v in placed.items())


def test_the_sample_maps_labels_are_apart_and_a_label_in_no_ones_way_stays_under_its_face(doc):
    """The sample map itself had labels over each other (Ruth's and Maya's in Purchase)."""
    lay = layout(doc.journey)
    boxes = [(m, marker_labels.box(m.label, textmod.measure)) for m in lay.markers if m.label.lines]
    for i, (m, a) in enumerate(boxes):
        for o, b in boxes[i + 1:]:
            assert not meets(a, b), (m.label.lines, o.label.lines)
    side = STANDARD.marker_radius + looks.SHAPE_GAP
    faces = [(m.persona_id, Rect(m.x - side, m.y - side, 2 * side, 2 * side)) for m in lay.markers]
    for m, a in boxes:  # not over another persona's face either
        assert not any(meets(a, f) for p, f in faces if p != m.persona_id), m.label.lines
    for m, a in boxes:  # where it would be with no one else around
        alone = marker_labels.box(dataclasses.replace(m.label, y=m.y + 10), textmod.measure)
        if not any(meets(alone, b) for o, b in boxes if o is not m) and \
                not any(meets(alone, f) for p, f in faces if p != m.persona_id):
            assert m.label.y == m.y + 10, m.label.lines


def test_two_personas_on_one_spot_get_their_labels_one_under_the_other(doc):
    lay = layout(doc.journey)
    m = next(m for m in lay.markers if m.label.lines)
    twin = dataclasses.replace(m, id=-5, persona_id=(m.persona_id or 0) + 1000)
    row = next(b for b in lay.lanes if b.id == m.lane_id).row
    first, second = marker_labels.settle([m, twin], {m.persona_id: 0, twin.persona_id: 1}, row, textmod.measure,
                                         STANDARD.marker_radius)
    a, b = (marker_labels.box(x.label, textmod.measure) for x in (first, second))
    assert not meets(a, b) and a.y < b.y  # the first persona's label first, the next under it
    side = STANDARD.marker_radius + looks.SHAPE_GAP  # and both clear of the faces (on one spot)
    assert a.y >= m.y + side and (first.x, first.y, second.x, second.y) == (m.x, m.y, m.x, m.y)
    # one persona alone: nothing moves (its author placed its markers)
    assert marker_labels.settle([m, dataclasses.replace(twin, persona_id=m.persona_id)], {}, row,
                                textmod.measure)[1].label == m.label
