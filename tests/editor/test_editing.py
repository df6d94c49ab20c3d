"""Editing items in the map window, driven with real events: the context menu acts
on what is under the pointer, a clicked empty cell is the target, typing never
runs commands, the lane kind, live marker feedback, the colour dialog, deletion
messages. Content claims are read back from the `.journey` file."""
import sqlite3

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.canvas.helpers import at, centre, click


def file_rows(window, sql: str) -> list[tuple]:
    """Rows from the map's file itself, through a read-only connection of our own."""
    path = window.editor.doc.path
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def lane_of(ed, kind):
    return next(l for l in ed.lay.lanes if l.kind == kind)


def context_menu(window, point, choose: str) -> list[str]:
    """Right-click at a map point and pick the action named `choose`; return the menu's
    action names."""
    view, seen = window.view, []

    def pick():
        menu = QApplication.activePopupWidget()
        seen.extend(a.objectName() for a in menu.actions())
        action = next(a for a in menu.actions() if a.objectName() == choose)
        menu.close()
        action.trigger()
    QTimer.singleShot(50, pick)
    p = at(view, *point)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, p, view.viewport().mapToGlobal(p)))
    return seen


# -- 3: the context menu acts on the header under the pointer ---------------------------
def test_context_delete_on_a_stage_header_deletes_that_stage_not_the_selected_card(window):
    ed = window.editor
    card = ed.lay.cards[0]
    click(window.view, *centre(card.rect))
    assert ed.scene.selected("card") == [card.id]
    decision = next(s for s in ed.lay.stages if ed.text_of("stage", s.id) == "Decision")
    assert "edit_delete" in context_menu(window, centre(decision.header), "edit_delete")
    assert "Decision" not in [n for (n,) in file_rows(window, "SELECT name FROM stage")]
    assert (card.id,) in file_rows(window, "SELECT id FROM card")


def test_context_delete_on_a_lane_header_deletes_that_lane(window):
    ed = window.editor
    marker = ed.lay.markers[0]
    click(window.view, marker.x, marker.y)
    assert ed.scene.selected("marker") == [marker.id]
    lane = lane_of(ed, "backstage")
    context_menu(window, centre(lane.header), "edit_delete")
    assert (lane.id,) not in file_rows(window, "SELECT id FROM lane")
    assert (marker.id,) in file_rows(window, "SELECT id FROM emotion_marker")


# -- 16: deleting a stage or lane says what went, and that Undo brings it back -----------
def test_deleting_a_stage_with_cards_says_so_and_undo_brings_it_back(window):
    ed = window.editor
    decision = next(s for s in ed.lay.stages if ed.text_of("stage", s.id) == "Decision")
    n = len(file_rows(window, f"SELECT id FROM card WHERE stage_id = {decision.id}"))
    m = len(file_rows(window, f"SELECT id FROM emotion_marker WHERE stage_id = {decision.id}"))
    assert n > 1 and m == 1
    click(window.view, *centre(decision.header))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == \
        f"Deleted stage “Decision” with {n} cards and 1 emotion marker — Ctrl+Z brings it back."
    assert not file_rows(window, f"SELECT id FROM card WHERE stage_id = {decision.id}")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(file_rows(window, f"SELECT id FROM card WHERE stage_id = {decision.id}")) == n


# -- 4: a lane's kind from the Properties panel --------------------------------------------
def test_changing_a_lane_kind_in_properties_is_stored_and_shown(window, qtbot):
    ed, panel = window.editor, window.properties_panel
    lane = lane_of(ed, "backstage")
    click(window.view, *centre(lane.header))
    assert panel.currentWidget() is panel.pages["lane"]
    combo = panel.lane_kind
    combo.setFocus()
    target = combo.findData("opportunities")
    while combo.currentIndex() != target:  # the keyboard, as a person would
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert file_rows(window, f"SELECT kind FROM lane WHERE id = {lane.id}") == [("opportunities",)]
    assert combo.currentData() == "opportunities"
    assert ed.stack.undoText() == "Change lane kind"
    ed.stack.undo()
    assert file_rows(window, f"SELECT kind FROM lane WHERE id = {lane.id}") == [("backstage",)]
    assert combo.currentData() == "backstage"


def test_a_refused_lane_kind_shows_the_kind_the_lane_still_has(window):
    ed, panel = window.editor, window.properties_panel
    lane = lane_of(ed, "actions")  # holds cards: it cannot become an emotions lane
    click(window.view, *centre(lane.header))
    panel.lane_kind.setCurrentIndex(panel.lane_kind.findData("emotions"))
    assert "emotions lane" in window.statusBar().currentMessage()
    assert file_rows(window, f"SELECT kind FROM lane WHERE id = {lane.id}") == [("actions",)]
    assert panel.lane_kind.currentData() == "actions"


# -- 6: a clicked empty cell is the target, and shows it --------------------------------------
def empty_cell(ed, kind="actions"):
    lane = lane_of(ed, kind)
    for s in ed.lay.stages[1:]:
        cell = ed.lay.cells[(s.id, lane.id)]
        cards = ed.lay.cell_cards.get((s.id, lane.id), [])
        bottom = cards[-1].rect.bottom if cards else cell.y
        if cell.bottom - bottom > 30:
            return s, lane, (cell.x + cell.w / 2, (bottom + cell.bottom) / 2)
    raise AssertionError("no cell with room")


def test_n_adds_the_card_to_the_clicked_empty_cell(window, tmp_path):
    ed = window.editor
    ed.scene.select("card", [ed.lay.cards[0].id])
    stage, lane, point = empty_cell(ed, "thoughts")
    click(window.view, *point)
    window.grab().save(str(tmp_path / "target-cell.png"))
    assert not ed.scene.selectedItems()
    before = file_rows(window, "SELECT id FROM card")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_N)
    QTest.keyClicks(window.view.viewport(), "Where do I start")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    added = [r for r in file_rows(window, "SELECT id, stage_id, lane_id, text FROM card")
             if (r[0],) not in before]
    assert [r[1:] for r in added] == [(stage.id, lane.id, "Where do I start")]
    # the cell is the target again: N, words, Enter, N... fills one cell
    assert ed.scene.target == (stage.id, lane.id)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_N)
    QTest.keyClicks(window.view.viewport(), "Next")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    texts = file_rows(window, f"SELECT text FROM card WHERE stage_id = {stage.id} AND lane_id = {lane.id}")
    assert ("Next",) in texts


def test_paste_goes_to_the_clicked_empty_cell(window):
    ed = window.editor
    card = ed.lay.cards[0]
    click(window.view, *centre(card.rect))
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    stage, lane, point = empty_cell(ed, "pain_points")
    click(window.view, *point)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = file_rows(window, f"SELECT text FROM card WHERE stage_id = {stage.id} AND lane_id = {lane.id}")
    assert (ed.text_of("card", card.id),) in rows


def test_the_target_cell_is_drawn(window):
    ed = window.editor
    stage, lane, point = empty_cell(ed)
    shot = lambda: window.view.viewport().grab().toImage()  # noqa: E731
    p = at(window.view, *point)
    before = shot().pixelColor(p)
    click(window.view, *point)
    after = shot().pixelColor(p)
    assert after != before and after.blue() > after.red()  # a blue wash on the cell
    click(window.view, *centre(ed.lay.cards[0].rect))  # a card selected: the cell lets go
    assert ed.scene.target is None and not ed.scene.target_mark.isVisible()


# -- 7: typing on a selected card edits it, never runs a command ------------------------------
def test_typing_on_a_selected_card_edits_it_and_adds_no_marker(window):
    ed = window.editor
    card = ed.lay.cards[2]
    markers = file_rows(window, "SELECT count(*) FROM emotion_marker")
    cards = file_rows(window, "SELECT count(*) FROM card")
    click(window.view, *centre(card.rect))
    QTest.keyClicks(window.view.viewport(), "Hello team")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert file_rows(window, "SELECT count(*) FROM emotion_marker") == markers
    assert file_rows(window, "SELECT count(*) FROM card") == cards
    assert file_rows(window, f"SELECT text FROM card WHERE id = {card.id}") == [("Hello team",)]
    ed.stack.undo()
    assert file_rows(window, f"SELECT text FROM card WHERE id = {card.id}") != [("Hello team",)]


def test_typing_with_several_cards_selected_does_nothing(window):
    ed = window.editor
    before = ed.doc.snapshot()
    ed.select_all()
    QTest.keyClicks(window.view.viewport(), "mn")
    assert ed.doc.snapshot() == before and window.view.editor is None


def test_m_adds_a_marker_when_nothing_takes_typing(window):
    ed = window.editor
    n = file_rows(window, "SELECT count(*) FROM emotion_marker")[0][0]
    ed.scene.clearSelection()
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_M)
    assert file_rows(window, "SELECT count(*) FROM emotion_marker")[0][0] == n + 1


# -- 13: Properties follows a marker while it is dragged --------------------------------------
def test_properties_shows_the_feeling_while_a_marker_is_dragged(window):
    from model.layout import feeling_y
    ed, panel = window.editor, window.properties_panel
    m = ed.lay.markers[1]
    box = next(e for e in ed.lay.emotions if e.lane_id == m.lane_id)
    click(window.view, m.x, m.y)
    assert panel.currentWidget() is panel.pages["marker"]
    old = panel.marker_feeling.value()
    vp = window.view.viewport()
    p0 = at(window.view, m.x, m.y)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    goal = 3.0 if old < 2 else -3.0
    p1 = window.view.mapFromScene(m.x, feeling_y(box, goal))
    for i in range(1, 9):
        QTest.mouseMove(vp, p0 + (p1 - p0) * (i / 8))
    assert panel.marker_feeling.value() == goal  # live, before the release
    assert file_rows(window, f"SELECT feeling FROM emotion_marker WHERE id = {m.id}") == [(old,)]
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)
    assert file_rows(window, f"SELECT feeling FROM emotion_marker WHERE id = {m.id}") == [(goal,)]


# -- 14: the colour dialog is not painted in the stage colour ----------------------------------
def test_the_colour_dialog_has_the_app_palette_not_the_stage_colour(window, tmp_path):
    ed, panel = window.editor, window.properties_panel
    stage = ed.lay.stages[0]
    click(window.view, *centre(stage.header))
    stage_colour = file_rows(window, f"SELECT colour FROM stage WHERE id = {stage.id}")[0][0]
    shots = []

    def look():
        dialog = QApplication.activeModalWidget()
        image = dialog.grab().toImage()
        image.save(str(tmp_path / "colour-dialog.png"))
        shots.append(image)
        dialog.reject()
    QTimer.singleShot(100, look)
    QTest.mouseClick(panel.stage_colour, Qt.MouseButton.LeftButton)
    assert shots, "the colour dialog did not open"
    assert share_of(shots[0], stage_colour) < 0.05
    window_colour = QApplication.palette().window().color().name()
    assert share_of(shots[0], window_colour) > 0.3


def share_of(image: QImage, colour: str) -> float:
    """How much of an image is (nearly) one colour."""
    from PySide6.QtGui import QColor
    want = QColor(colour)
    hits = total = 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            c = image.pixelColor(x, y)
            total += 1
            hits += abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 24
    return hits / total


def test_a_colour_chosen_in_the_dialog_is_stored(window):
    from PySide6.QtGui import QColor
    ed, panel = window.editor, window.properties_panel
    stage = ed.lay.stages[1]
    click(window.view, *centre(stage.header))

    def choose():
        dialog = QApplication.activeModalWidget()
        dialog.setCurrentColor(QColor("#ffcc00"))
        dialog.accept()
    QTimer.singleShot(100, choose)
    QTest.mouseClick(panel.stage_colour, Qt.MouseButton.LeftButton)
    assert file_rows(window, f"SELECT colour FROM stage WHERE id = {stage.id}") == [("#ffcc00",)]
    assert ed.stack.undoText() == "Colour stage"


def test_a_panel_step_on_several_cards_is_named_in_english(window, qtbot):
    """Undo's name for setting votes on two cards was "Set votess"."""
    ed, panel = window.editor, window.properties_panel
    first, second = ed.lay.cards[0], ed.lay.cards[1]
    click(window.view, *centre(first.rect))
    click(window.view, *centre(second.rect), Qt.KeyboardModifier.ControlModifier)
    assert panel.currentWidget() is panel.pages["card"] and len(panel.ids) == 2
    spin = panel.card_votes
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "4")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert file_rows(window, f"SELECT votes FROM card WHERE id IN ({first.id}, {second.id})") == [(4,), (4,)]
    assert ed.stack.undoText() == "Set votes on cards"
