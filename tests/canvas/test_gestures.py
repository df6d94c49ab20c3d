"""Drive the real view with mouse and keys; check the model, the file and undo."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from model.document import Document

from .helpers import at, centre, click, double_click, drag

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def lane_of(editor, kind):
    return next(l for l in editor.lay.lanes if l.kind == kind)


def cards_in(editor, stage_id, lane_id):
    return [c.id for c in sorted(editor.doc.journey.cards, key=lambda c: c.position)
            if c.stage_id == stage_id and c.lane_id == lane_id]


def test_drag_card_to_another_cell_is_committed_and_undoable(map_editor, sample_path):
    ed = map_editor
    actions = lane_of(ed, "actions")
    first, third = ed.lay.stages[0], ed.lay.stages[2]
    card = next(c for c in ed.lay.cards if c.stage_id == first.id and c.lane_id == actions.id)
    target = ed.lay.cells[(third.id, actions.id)]
    drag(ed.view, centre(card.rect), (target.x + 40, target.bottom - 6))
    assert cards_in(ed, third.id, actions.id)[-1] == card.id
    assert ed.stack.undoText() == "Move 1 card"
    moved = ed.lay.card_by_id[card.id]
    assert ed.scene.cards[card.id].scenePos().x() == pytest.approx(moved.rect.x)
    ed.doc.close()
    with Document.open(sample_path, read_only=True) as again:
        c = next(c for c in again.journey.cards if c.id == card.id)
        assert (c.stage_id, c.lane_id) == (third.id, actions.id)


def test_undo_and_redo_a_card_drag(map_editor):
    ed = map_editor
    actions = lane_of(ed, "actions")
    s0, s2 = ed.lay.stages[0], ed.lay.stages[2]
    before = ed.doc.snapshot()
    card = next(c for c in ed.lay.cards if c.stage_id == s0.id and c.lane_id == actions.id)
    target = ed.lay.cells[(s2.id, actions.id)]
    drag(ed.view, centre(card.rect), (target.x + 40, target.y + 4))
    after = ed.doc.snapshot()
    assert cards_in(ed, s2.id, actions.id)[0] == card.id  # dropped above the first card
    ed.stack.undo()
    assert ed.doc.snapshot() == before
    assert ed.scene.cards[card.id].scenePos().x() == pytest.approx(card.rect.x)
    ed.stack.redo()
    assert ed.doc.snapshot() == after


def test_multi_selected_cards_move_together_as_one_step(map_editor):
    ed = map_editor
    actions = lane_of(ed, "actions")
    s0, s5 = ed.lay.stages[0], ed.lay.stages[5]
    a, b = [c for c in ed.lay.cards if c.stage_id == s0.id and c.lane_id == actions.id][:2]
    click(ed.view, *centre(a.rect))
    click(ed.view, *centre(b.rect), CTRL)
    target = ed.lay.cells[(s5.id, actions.id)]
    drag(ed.view, centre(b.rect), (target.x + 40, target.bottom - 6))
    assert cards_in(ed, s5.id, actions.id)[-2:] == [a.id, b.id]
    assert ed.stack.count() == 1 and ed.stack.undoText() == "Move 2 cards"


def test_escape_cancels_a_drag(map_editor):
    ed = map_editor
    before = ed.doc.snapshot()
    card = ed.lay.cards[0]
    vp = ed.view.viewport()
    from .helpers import at
    p = at(ed.view, *centre(card.rect))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    QTest.mouseMove(vp, p + type(p)(200, 0))
    QTest.keyClick(ed.view, Qt.Key.Key_Escape)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p + type(p)(200, 0))
    assert ed.doc.snapshot() == before and ed.stack.count() == 0


def test_reorder_stages_by_dragging_a_header(map_editor):
    ed = map_editor
    names = [s.name for s in ed.doc.journey.stages]
    first, third = ed.lay.stages[0], ed.lay.stages[2]
    drag(ed.view, centre(first.header), (third.header.right - 20, third.header.y + 20))
    assert [s.name for s in ed.doc.journey.stages] == names[1:3] + names[:1] + names[3:]
    assert ed.stack.undoText() == "Move stage"
    ed.stack.undo()
    assert [s.name for s in ed.doc.journey.stages] == names
    ed.stack.redo()
    assert ed.doc.journey.stages[2].name == names[0]


def test_resize_a_stage_by_its_right_edge(map_editor):
    ed = map_editor
    s = ed.lay.stages[1]
    drag(ed.view, (s.header.right, s.header.y + 20), (s.header.right + 60, s.header.y + 20))
    assert ed.doc.journey.stages[1].width == pytest.approx(s.column.w + 60, abs=2)
    ed.stack.undo()
    assert ed.doc.journey.stages[1].width == s.column.w


def test_resize_a_lane_by_its_lower_edge(map_editor):
    ed = map_editor
    lane = lane_of(ed, "backstage")
    drag(ed.view, (60, lane.header.bottom), (60, lane.header.bottom + 80))
    stored = next(l for l in ed.doc.journey.lanes if l.id == lane.id)
    assert stored.height == pytest.approx(lane.row.h + 80, abs=2)
    assert ed.lay.lanes[lane.index].row.h == pytest.approx(lane.row.h + 80, abs=2)
    ed.stack.undo()
    assert ed.lay.lanes[lane.index].row.h == pytest.approx(lane.row.h)
    ed.stack.redo()
    assert stored.height == pytest.approx(lane.row.h + 80, abs=2)


def test_reorder_lanes_by_dragging_a_header(map_editor):
    ed = map_editor
    ids = [l.id for l in ed.doc.journey.lanes]
    first, second = ed.lay.lanes[0], ed.lay.lanes[1]
    drag(ed.view, centre(first.header), (60, second.row.bottom - 5))
    assert [l.id for l in ed.doc.journey.lanes] == [ids[1], ids[0]] + ids[2:]
    ed.stack.undo()
    assert [l.id for l in ed.doc.journey.lanes] == ids


def test_drag_marker_to_plus_two_snaps_and_undoes(map_editor):
    from model.layout import feeling_y
    ed = map_editor
    m = ed.lay.markers[2]
    box = ed.lay.emotions[0]
    old = next(x.feeling for x in ed.doc.journey.markers if x.id == m.id)
    drag(ed.view, (m.x, m.y), (m.x, feeling_y(box, 2.0) + 3))
    marker = next(x for x in ed.doc.journey.markers if x.id == m.id)
    assert marker.feeling == 2.0
    ed.stack.undo()
    assert marker.feeling == old
    ed.stack.redo()
    assert marker.feeling == 2.0


def test_alt_drag_gives_a_fractional_feeling_and_moves_along(map_editor):
    from model.layout import feeling_y
    ed = map_editor
    m = ed.lay.markers[0]
    box = ed.lay.emotions[0]
    next_stage = ed.lay.stages[1]
    drag(ed.view, (m.x, m.y), (next_stage.column.x + 30, feeling_y(box, 1.5)), modifiers=ALT)
    marker = next(x for x in ed.doc.journey.markers if x.id == m.id)
    assert marker.stage_id == next_stage.id
    assert marker.feeling == pytest.approx(1.5, abs=0.15) and marker.feeling != round(marker.feeling)


def test_rubber_band_select_and_delete_then_undo(map_editor):
    ed = map_editor
    thinks = lane_of(ed, "thoughts")
    row = thinks.row
    start = (ed.lay.stages[0].column.x + 2, row.y + 2)
    end = (ed.lay.stages[2].column.right - 2, row.bottom - 2)
    drag(ed.view, start, end)
    chosen = ed.scene.selected("card")
    expected = [c.id for c in ed.lay.cards if c.lane_id == thinks.id
                and c.stage_id in {s.id for s in ed.lay.stages[:3]}]
    assert sorted(chosen) == sorted(expected) and len(chosen) == 3
    before = ed.doc.snapshot()
    ed.delete_selection()
    assert not {c.id for c in ed.doc.journey.cards} & set(chosen)
    assert ed.stack.undoText() == "Delete 3 cards"
    ed.stack.undo()
    assert ed.doc.snapshot() == before
    assert set(chosen) <= set(ed.scene.cards)


def test_edit_card_text_in_place(map_editor):
    ed = map_editor
    card = ed.lay.cards[0]
    double_click(ed.view, *centre(card.rect))
    assert ed.view.editor is not None
    QTest.keyClicks(ed.view.viewport(), "Hello workshop")
    QTest.keyClick(ed.view.viewport(), Qt.Key.Key_Return)
    stored = next(c for c in ed.doc.journey.cards if c.id == card.id)
    assert stored.text == "Hello workshop"
    assert ed.lay.card_by_id[card.id].text.lines == ("Hello workshop",)
    ed.stack.undo()
    assert stored.text != "Hello workshop"


def test_escape_cancels_an_edit(map_editor):
    ed = map_editor
    card = ed.lay.cards[0]
    text = next(c.text for c in ed.doc.journey.cards if c.id == card.id)
    click(ed.view, *centre(card.rect))
    assert ed.view.edit_selected()  # what F2/Enter trigger in the window
    QTest.keyClicks(ed.view.viewport(), "xyz")
    QTest.keyClick(ed.view.viewport(), Qt.Key.Key_Escape)
    assert next(c.text for c in ed.doc.journey.cards if c.id == card.id) == text
    assert ed.stack.count() == 0


def test_double_click_in_emotions_lane_adds_a_marker(map_editor):
    ed = map_editor
    box = ed.lay.emotions[0]
    stage = ed.lay.stages[3]
    n = len(ed.doc.journey.markers)
    from model.layout import feeling_y
    double_click(ed.view, stage.column.x + 20, feeling_y(box, -2))
    assert len(ed.doc.journey.markers) == n + 1
    added = max(ed.doc.journey.markers, key=lambda m: m.id)
    assert (added.stage_id, added.feeling) == (stage.id, -2.0)
    ed.stack.undo()
    assert len(ed.doc.journey.markers) == n


def test_refused_move_is_reported_and_changes_nothing(map_editor):
    ed = map_editor
    messages = []
    ed.message.connect(messages.append)
    before = ed.doc.snapshot()
    emotions = lane_of(ed, "emotions")
    ed.move_cards([ed.lay.cards[0].id], ed.lay.stages[0].id, emotions.id, 0)
    assert messages and "emotion" in messages[0]
    assert ed.doc.snapshot() == before and ed.stack.count() == 0


def curve_rows(view, x: float, top: float, bottom: float, colour: str) -> list[int]:
    """Viewport rows where the emotion curve's colour is drawn in the column at map x."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor
    image = view.viewport().grab().toImage()
    want = QColor(colour)
    col = view.mapFromScene(QPointF(x, top)).x()
    y0, y1 = view.mapFromScene(QPointF(x, top)).y(), view.mapFromScene(QPointF(x, bottom)).y()
    rows = []
    for y in range(y0, y1):
        c = image.pixelColor(col, y)
        if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 60:
            rows.append(y)
    return rows


def test_the_curve_follows_a_marker_while_it_is_dragged(map_editor):
    from model.layout import feeling_y
    ed = map_editor
    box = ed.lay.emotions[0]
    curve = next(c for c in box.curves if not c.target)  # the first persona's (a solid line)
    lane = [m for m in sorted(ed.lay.markers, key=lambda m: m.x)
            if m.lane_id == box.lane_id and (m.persona_id, m.target) == (curve.persona_id, False)]
    m, after = lane[3], lane[4]
    between = m.x + (after.x - m.x) * 0.3
    colour = curve.look.colour
    before = curve_rows(ed.view, between, box.top - 10, box.bottom + 10, colour)
    assert before
    goal = 3.0 if m.feeling < 1 else -3.0
    vp = ed.view.viewport()
    p0 = at(ed.view, m.x, m.y)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    p1 = ed.view.mapFromScene(m.x, feeling_y(box, goal))
    for i in range(1, 9):
        QTest.mouseMove(vp, p0 + (p1 - p0) * (i / 8))
    during = curve_rows(ed.view, between, box.top - 10, box.bottom + 10, colour)
    assert during and abs(sum(during) / len(during) - sum(before) / len(before)) > 5
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)
    released = curve_rows(ed.view, between, box.top - 10, box.bottom + 10, colour)
    assert abs(sum(released) / len(released) - sum(during) / len(during)) <= 2  # no jump on release


def test_escape_puts_the_curve_back(map_editor):
    from model.layout import feeling_y
    ed = map_editor
    box = ed.lay.emotions[0]
    m = ed.lay.markers[2]
    vp = ed.view.viewport()
    p0 = at(ed.view, m.x, m.y)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    QTest.mouseMove(vp, ed.view.mapFromScene(m.x, feeling_y(box, 3.0)))
    assert ed.scene.live_curves
    QTest.keyClick(ed.view, Qt.Key.Key_Escape)
    assert not ed.scene.live_curves and ed.stack.count() == 0
