"""Quick capture by key events only: each card one undo step, in the file at once."""
from PySide6.QtCore import Qt

from model.document import Document
from model.operations import Op

from .helpers import CTRL, SHIFT, cell_texts, key, lane, type_line


def test_ten_notes_a_minute_without_the_mouse(workshop, sample_path):
    view, lay = workshop.presentation.view, workshop.lay
    journey = workshop.editor.doc.journey
    first = lay.stages[0].id
    actions, thoughts = lane(lay, "actions").id, lane(lay, "thoughts").id
    before = cell_texts(journey, first, actions)
    assert workshop.capture.cell == (first, actions)     # the spotlit stage, first card lane
    type_line(view, "Asks a neighbour")
    type_line(view, "Looks for a coupon")
    assert cell_texts(journey, first, actions) == before + ["Asks a neighbour", "Looks for a coupon"]
    key(view, Qt.Key.Key_Tab)                             # next lane: touchpoints
    key(view, Qt.Key.Key_Tab)                             # thoughts
    assert workshop.capture.cell == (first, thoughts)
    type_line(view, "Is this for people like me?")
    type_line(view, "!Cannot find delivery areas")       # routed, focus stays in thoughts
    type_line(view, "+ Postcode checker on the home page")
    assert workshop.capture.cell == (first, thoughts)
    assert cell_texts(journey, first, lane(lay, "pain_points").id)[-1] == "Cannot find delivery areas"
    assert cell_texts(journey, first, lane(lay, "opportunities").id)[-1] == \
        "Postcode checker on the home page"
    assert cell_texts(journey, first, thoughts)[-1] == "Is this for people like me?"
    doc = workshop.editor.doc
    workshop.leave()
    doc.close()
    with Document.open(sample_path) as again:              # committed: in the file
        texts = {c.text for c in again.journey.cards}
        assert {"Asks a neighbour", "Looks for a coupon", "Is this for people like me?",
                "Cannot find delivery areas", "Postcode checker on the home page"} <= texts


def test_every_capture_is_one_undo_step(workshop):
    view, stack = workshop.presentation.view, workshop.editor.stack
    journey = workshop.editor.doc.journey
    count = len(journey.cards)
    for text in ("one", "two", "!three"):
        type_line(view, text)
    assert stack.count() == 3 and len(journey.cards) == count + 3
    assert stack.undoText() == "Capture pain point"
    key(view, Qt.Key.Key_Z, CTRL)
    key(view, Qt.Key.Key_Z, CTRL)
    assert len(journey.cards) == count + 1
    key(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(journey.cards) == count + 2
    assert {"one", "two"} <= {c.text for c in journey.cards}


def test_a_number_sets_the_stages_feeling(workshop):
    view, lay = workshop.presentation.view, workshop.lay
    journey = workshop.editor.doc.journey
    emotions = lane(lay, "emotions").id
    decision = lay.stages[2].id
    workshop.spotlight(decision, animate=False)
    in_stage = [m for m in journey.markers if m.stage_id == decision and m.lane_id == emotions]
    assert len(in_stage) == 1                               # the sample has one here: updated
    type_line(view, "-2 worried about fees")
    marker = in_stage[0]
    assert (marker.feeling, marker.label) == (-2.0, "worried about fees")
    assert len([m for m in journey.markers if m.stage_id == decision]) == 1
    last = lay.stages[-1].id                                # empty its emotion cell first
    gone = [m.id for m in journey.markers if m.stage_id == last]
    workshop.editor.run("Delete", [Op("delete_markers", {"marker_ids": gone})])
    workshop.spotlight(last, animate=False)
    markers = len(journey.markers)
    type_line(view, "+3")
    assert len(journey.markers) == markers + 1
    added = [m for m in journey.markers if m.stage_id == last]
    assert [(m.feeling, m.offset) for m in added] == [(3.0, 0.5)]


def test_modifier_arrows_move_between_cells_and_the_spotlight_follows(workshop):
    view, lay = workshop.presentation.view, workshop.lay
    first_lane = workshop.capture.cell[1]
    key(view, Qt.Key.Key_Right, CTRL)
    assert workshop.capture.cell == (lay.stages[1].id, first_lane)
    assert workshop.stage_id == lay.stages[1].id
    key(view, Qt.Key.Key_Down, CTRL)
    assert workshop.capture.cell == (lay.stages[1].id, lay.lanes[1].id)
    qtext = "typed, then moved"
    view.setFocus()
    for ch in qtext:
        key(view, ch)
    key(view, Qt.Key.Key_Left, CTRL)                       # commits, then moves
    assert cell_texts(workshop.editor.doc.journey, lay.stages[1].id, lay.lanes[1].id)[-1] == qtext
    assert workshop.capture.cell == (lay.stages[0].id, lay.lanes[1].id)


def test_refused_capture_keeps_the_draft(workshop, qtbot):
    view, lay = workshop.presentation.view, workshop.lay
    messages = []
    workshop.message.connect(messages.append)
    workshop.capture.focus(lay.stages[0].id, lane(lay, "emotions").id)
    count = len(workshop.editor.doc.journey.cards)
    type_line(view, "no number here")
    assert len(workshop.editor.doc.journey.cards) == count
    assert workshop.capture.text() == "no number here" and "feeling" in messages[-1]


def test_the_draft_sits_in_the_focused_cell_in_the_colour_of_where_it_goes(workshop, qtbot):
    view, rows = workshop.presentation.view, {l.id: l.row.h for l in workshop.lay.lanes}
    qtbot.keyClicks(view.viewport(), "!late")
    draft, lay = workshop.capture.draft, workshop.lay
    cell = lay.cells[workshop.capture.cell]
    note = draft.mapRectToScene(draft.note)
    assert cell.contains(note.x(), note.y()) and note.bottom() <= cell.bottom  # the row made room
    assert lay.lanes[0].row.h > rows[lay.lanes[0].id]
    qtbot.keyClicks(view.viewport(), " deliveries are the main reason people leave in week one")
    assert workshop.lay.lanes[0].row.h > lay.lanes[0].row.h   # it grows as the draft wraps
    colour, hint = workshop.capture.look(draft.toPlainText())
    assert colour == workshop.theme.kind_colours["pain_points"] and hint == "→ Pain point"


def test_the_drafts_room_is_not_a_card_to_click(workshop, qtbot):
    from ..canvas.helpers import click
    view = workshop.presentation.view
    qtbot.keyClicks(view.viewport(), "being typed")
    box = workshop.draft_box
    assert box is not None and box not in workshop.lay.cards
    assert all(box not in stack for stack in workshop.lay.cell_cards.values())
    hit = workshop.scene.hit(box.rect.x + 5, box.rect.y + box.rect.h / 2)
    assert hit.kind == "cell"
    click(view, box.rect.x + 5, box.rect.y + box.rect.h / 2)   # commits the draft, keeps the cell
    assert "being typed" in {c.text for c in workshop.editor.doc.journey.cards}


def test_ctrl_shift_p_gives_the_feelings_to_the_next_persona(workshop):
    """With several personas, Ctrl+Shift+P picks whose feeling a -2 or +3 sets; the
    controls say whose, and only that persona's curve changes."""
    view, lay = workshop.presentation.view, workshop.lay
    journey = workshop.editor.doc.journey
    maya, ruth = journey.personas[:2]
    emotions = lane(lay, "emotions").id
    decision = lay.stages[2].id
    workshop.spotlight(decision, animate=False)
    panel = workshop.presentation.overlay.panel
    assert workshop.editor.persona_id() == maya.id and maya.name in panel.capturing.text()
    key(view, Qt.Key.Key_P, CTRL | SHIFT)
    assert workshop.editor.persona_id() == ruth.id and ruth.name in panel.capturing.text()
    mayas = {m.id: m.feeling for m in journey.markers if m.persona_id == maya.id}
    type_line(view, "-3 lost")
    ruths = [m for m in journey.markers if m.persona_id == ruth.id and m.stage_id == decision
             and m.lane_id == emotions]
    assert [(m.feeling, m.label) for m in ruths] == [(-3.0, "lost")]
    assert {m.id: m.feeling for m in journey.markers if m.persona_id == maya.id} == mayas
    key(view, Qt.Key.Key_P, CTRL | SHIFT)  # round again to the first
    assert workshop.editor.persona_id() == maya.id
