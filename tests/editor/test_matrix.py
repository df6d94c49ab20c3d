"""The opportunity matrix (issue 15 item 3), as a person uses it: View ▸
Opportunity Matrix shows the same map's opportunities by effort and impact;
dragging a bubble, or a card waiting in the tray, onto a cell scores it in one
undo step, in the file at once; the map and the matrix follow each other."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from model import scoring
from tests.canvas.helpers import drag_pixels
from model.document import Document
from model.operations import Op


def matrix_of(window, qtbot):
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.matrix is not None and window.views.currentWidget() is window.matrix.widget)
    return window.matrix.view


def on_screen(view, x, y) -> QPoint:
    return view.mapFromScene(x, y)


drag = drag_pixels


def stored_scores(window, card_id):
    with Document.open(window.editor.doc.path, read_only=True) as doc:
        card = next(c for c in doc.journey.cards if c.id == card_id)
        return card.effort, card.impact


def test_the_matrix_shows_scored_opportunities_in_their_cells_and_the_rest_waiting(planned, qtbot):
    view = matrix_of(planned, qtbot)
    m = view.matrix_scene.layout
    journey = planned.editor.doc.journey
    opportunities = [c for c in journey.cards
                     if next(l for l in journey.lanes if l.id == c.lane_id).kind == "opportunities"]
    scored = {c.id: (int(c.effort), int(c.impact)) for c in opportunities if c.impact is not None}
    assert {b.card_id: (b.effort, b.impact) for b in m.bubbles} == scored and len(scored) == 3
    assert [w.card_id for w in m.waiting] == [c.id for c in opportunities if c.impact is None]
    for b in m.bubbles:  # each bubble's centre lies in its own cell
        assert m.value_at(b.x, b.y) == (b.effort, b.impact)
    linked = next(b for b in m.bubbles if b.card_id == journey.links[0].opportunity_id)
    assert linked.weight >= 2 + next(c.votes for c in opportunities if c.id == linked.card_id)
    by_weight = sorted(m.bubbles, key=lambda b: b.weight)  # more weight, a larger bubble
    assert [b.radius for b in by_weight] == sorted(b.radius for b in by_weight)
    assert by_weight[0].radius < by_weight[-1].radius
    assert [r for r, _, _ in scoring.ranked(opportunities, "impact_effort")] == sorted(b.rank for b in m.bubbles)


def test_dragging_a_bubble_scores_the_card_in_one_undo_step(planned, qtbot):
    view = matrix_of(planned, qtbot)
    m = view.matrix_scene.layout
    bubble = m.bubbles[0]
    before = stored_scores(planned, bubble.card_id)
    target = m.centre_of(5, 1)
    drag(view, on_screen(view, bubble.x, bubble.y), on_screen(view, *target))
    qtbot.waitUntil(lambda: stored_scores(planned, bubble.card_id) == (5, 1))
    moved = view.matrix_scene.layout.bubble(bubble.card_id)
    assert (moved.effort, moved.impact) == (5, 1)
    assert scoring.quadrant(1, 5) == "money_pits"
    assert planned.editor.stack.undoText().startswith("Score “")
    planned.activateWindow()
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_scores(planned, bubble.card_id) == before)
    back = view.matrix_scene.layout.bubble(bubble.card_id)
    assert (back.effort, back.impact) == before


def test_a_card_waiting_in_the_tray_is_scored_by_dropping_it_on_a_cell(planned, qtbot):
    view = matrix_of(planned, qtbot)
    m = view.matrix_scene.layout
    waiting = m.waiting[0]
    assert stored_scores(planned, waiting.card_id) == (None, None)
    start = on_screen(view, waiting.rect.x + 20, waiting.rect.y + waiting.rect.h / 2)
    drag(view, start, on_screen(view, *m.centre_of(2, 4)))
    qtbot.waitUntil(lambda: stored_scores(planned, waiting.card_id) == (2, 4))
    assert view.matrix_scene.layout.bubble(waiting.card_id) is not None
    assert all(w.card_id != waiting.card_id for w in view.matrix_scene.layout.waiting)


def test_a_click_is_not_a_score_and_a_drop_outside_the_plot_changes_nothing(planned, qtbot):
    view = matrix_of(planned, qtbot)
    m = view.matrix_scene.layout
    bubble = m.bubbles[1]
    before, steps = planned.editor.doc.path.read_bytes(), planned.editor.stack.count()
    centre = on_screen(view, bubble.x, bubble.y)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    drag(view, centre, on_screen(view, m.tray.x + 40, m.tray.y + m.tray.h - 10))
    assert planned.editor.stack.count() == steps and planned.editor.doc.path.read_bytes() == before
    item = view.matrix_scene.cards[bubble.card_id]
    assert item.pos().isNull()  # it went back
    assert planned.editor.scene.selected("card") == [bubble.card_id]  # the map selects it too


def test_the_matrix_follows_a_score_made_elsewhere_and_shows_the_maps_quadrant_names(planned, qtbot):
    view = matrix_of(planned, qtbot)
    waiting = view.matrix_scene.layout.waiting[0].card_id
    planned.editor.run("Score", [Op("update_card", {"card_id": waiting, "impact": 1, "effort": 1}),
                                 Op("update_journey", {"quadrants": "Do first"})])
    m = view.matrix_scene.layout
    assert (m.bubble(waiting).effort, m.bubble(waiting).impact) == (1, 1)
    assert [q.name.lines[0] for q in m.quadrants] == ["Do first", "Big bets", "Fill-ins", "Money pits"]
    QTest.keyClick(view.viewport(), Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: planned.views.currentWidget() is planned.view)


def test_the_matrix_is_the_same_drawing_as_its_display_list(planned, qtbot, tmp_path):
    """What the screen shows is the display list drawn: a bubble's disc is painted in its fill."""
    view = matrix_of(planned, qtbot)
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    b = view.matrix_scene.layout.bubbles[0]
    p = on_screen(view, b.x + b.radius * 0.5, b.y + b.radius * 0.5)
    colour = image.pixelColor(p.x() * image.devicePixelRatio(), p.y() * image.devicePixelRatio())
    assert colour.name() == b.fill


def choose(box, index: int) -> None:
    """Pick an entry of a combo box with the keyboard, as a person does."""
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(box, Qt.Key.Key_Down)


def test_the_matrix_shows_one_stage_or_pain_points_too_as_chosen_in_its_bar(planned, qtbot):
    view = matrix_of(planned, qtbot)
    matrix = planned.matrix
    journey = planned.editor.doc.journey
    everything = {b.card_id for b in view.matrix_scene.layout.bubbles} | \
        {w.card_id for w in view.matrix_scene.layout.waiting}
    stage = next(c.stage_id for c in journey.cards if c.id == min(everything))
    choose(matrix.stage, matrix.stage.findData(stage))
    shown = {b.card_id for b in view.matrix_scene.layout.bubbles} | {w.card_id for w in view.matrix_scene.layout.waiting}
    assert shown and all(next(c for c in journey.cards if c.id == i).stage_id == stage for i in shown)
    choose(matrix.stage, 0)
    QTest.mouseClick(matrix.pain_points, Qt.MouseButton.LeftButton)
    lanes = {l.id: l.kind for l in journey.lanes}
    kinds = {lanes[c.lane_id] for c in journey.cards
             if c.id in {w.card_id for w in view.matrix_scene.layout.waiting}}
    assert kinds == {"opportunities", "pain_points"}
    assert not matrix.persona.isVisible()  # one persona: nothing to choose


def test_quadrant_names_are_the_maps_and_one_undo_step(planned, qtbot):
    view = matrix_of(planned, qtbot)
    QTest.mouseClick(planned.matrix.names_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in planned.findChildren(QDialog) if w.isVisible())
    dialog.fields[0].clear()
    QTest.keyClicks(dialog.fields[0], "Do first")
    QTest.keyClick(dialog.fields[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: planned.editor.doc.journey.quadrants == "Do first")
    assert [q.name.lines[0] for q in view.matrix_scene.layout.quadrants][:2] == ["Do first", "Big bets"]
    assert planned.editor.stack.undoText() == "Rename quadrants"
