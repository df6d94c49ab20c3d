"""The Plan panel (issue 15 items 1, 2 and 4), as a person uses it: click an
opportunity on the map, score it, link the pain points it addresses, add and
edit its action items — each one undo step, in the file at once."""
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from tests.canvas.helpers import centre, click
from tests.editor.conftest import stored

@pytest.fixture
def planned(planned):
    planned.view.set_zoom(0.7)
    dock = planned.findChild(QDockWidget, "plan_dock")
    dock.show()
    dock.raise_()
    return planned


def card_of(window, kind: str, index: int = 0):
    j = window.editor.doc.journey
    lane = next(l for l in j.lanes if l.kind == kind)
    return sorted((c for c in j.cards if c.lane_id == lane.id), key=lambda c: (c.stage_id, c.position))[index]


def select_on_map(window, card, qtbot):
    box = next(b for b in window.editor.lay.cards if b.id == card.id)
    click(window.view, *centre(box.rect))
    qtbot.waitUntil(lambda: window.plan_panel.card_id == card.id)


def type_into(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def ctrl_z(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_scoring_a_card_in_the_panel_is_one_step_and_ranks_it(planned, qtbot):
    card = card_of(planned, "opportunities", 3)  # not scored yet
    select_on_map(planned, card, qtbot)
    panel = planned.plan_panel
    assert panel.result.text() == "not scored yet"
    assert not panel.criteria["reach"].isEnabled()  # not a criterion of impact × effort
    type_into(panel.criteria["impact"].lineEdit(), "4")
    type_into(panel.criteria["effort"].lineEdit(), "1")
    qtbot.waitUntil(lambda: stored(planned, "SELECT impact, effort FROM card WHERE id = ?", card.id) == [(4.0, 1.0)])
    assert panel.result.text() == "4 · rank 1 of 4"
    ctrl_z(planned, qtbot)
    qtbot.waitUntil(lambda: stored(planned, "SELECT impact, effort FROM card WHERE id = ?", card.id) == [(4.0, None)])


def test_rice_asks_for_reach_and_confidence(planned, qtbot):
    select_on_map(planned, card_of(planned, "opportunities", 0), qtbot)
    panel = planned.plan_panel
    panel.model.setFocus()
    QTest.keyClick(panel.model, Qt.Key.Key_Down)  # the next model: RICE
    qtbot.waitUntil(lambda: stored(planned, "SELECT scoring FROM journey") == [("rice",)])
    assert panel.criteria["reach"].isEnabled() and panel.criteria["confidence"].isEnabled()
    assert panel.result.text() == "not scored yet"  # no reach or confidence yet


def pick_from_menu(button, qtbot, text: str) -> None:
    menu = button.menu()

    def choose():
        if not menu.isVisible():
            QTimer.singleShot(20, choose)
            return
        action = next(a for a in menu.actions() if a.text().startswith(text))
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)
    QTimer.singleShot(20, choose)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_linking_a_pain_point_from_the_menu_and_seeing_it_from_the_other_side(planned, qtbot):
    opportunity = card_of(planned, "opportunities", 3)
    pain = card_of(planned, "pain_points", 4)
    select_on_map(planned, opportunity, qtbot)
    panel = planned.plan_panel
    before = stored(planned, "SELECT count(*) FROM card_link")[0][0]
    pick_from_menu(panel.link_button, qtbot, " ".join(pain.text.split())[:30])
    qtbot.waitUntil(lambda: stored(planned, "SELECT count(*) FROM card_link")[0][0] == before + 1)
    assert stored(planned, "SELECT opportunity_id, pain_point_id FROM card_link ORDER BY id DESC LIMIT 1") == \
        [(opportunity.id, pain.id)]
    assert [panel.links.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.links.count())] == [pain.id]
    select_on_map(planned, pain, qtbot)
    assert panel.links_label.text() == "Addressed by"
    assert opportunity.id in [panel.links.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.links.count())]
    panel.links.setCurrentRow(0)
    QTest.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(planned, "SELECT count(*) FROM card_link")[0][0] == before)


def test_an_action_item_is_added_and_edited_field_by_field(planned, qtbot):
    opportunity = card_of(planned, "opportunities", 2)
    select_on_map(planned, opportunity, qtbot)
    panel = planned.plan_panel
    add = next(b for b in panel.findChildren(type(panel.remove_button)) if b.text() == "Add action")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(planned, "SELECT count(*) FROM action_item WHERE card_id = ?",
                                   opportunity.id) == [(1,)])
    type_into(panel.item_title, "Call ten first-time buyers")
    type_into(panel.item_owner, "Ana")
    type_into(panel.item_key, "CX-7")
    panel.item_status.setFocus()
    QTest.keyClick(panel.item_status, Qt.Key.Key_Down)  # In progress
    qtbot.waitUntil(lambda: stored(planned, "SELECT title, owner, tracker_key, status FROM action_item "
                                            "WHERE card_id = ?", opportunity.id) ==
                    [("Call ten first-time buyers", "Ana", "CX-7", "in_progress")])
    assert panel.items.item(0).text() == "Call ten first-time buyers"
    steps = planned.editor.stack.count()
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(planned, "SELECT count(*) FROM action_item WHERE card_id = ?",
                                   opportunity.id) == [(0,)])
    assert planned.editor.stack.count() == steps + 1
    ctrl_z(planned, qtbot)
    qtbot.waitUntil(lambda: stored(planned, "SELECT title, status FROM action_item WHERE card_id = ?",
                                   opportunity.id) == [("Call ten first-time buyers", "in_progress")])


def test_a_card_that_is_neither_opportunity_nor_pain_point_has_no_plan(planned, qtbot):
    card = card_of(planned, "touchpoints", 0)
    box = next(b for b in planned.editor.lay.cards if b.id == card.id)
    click(planned.view, *centre(box.rect))
    qtbot.waitUntil(lambda: planned.editor.scene.selected("card") == [card.id])
    assert planned.plan_panel.card_id is None and planned.plan_panel.hint.isVisibleTo(planned.plan_panel)
