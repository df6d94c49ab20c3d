"""Workshop mode on a real X server (issue 10, item 10): F5 from the map window
with no mouse movement, the real full-screen window, X11's own key bindings."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.workshop.helpers import lane, lane_names_shown, on_screen, type_line


@pytest.fixture
def workshop_x11(wayline_x11, sample_path, qtbot, monkeypatch):
    from editor.workshop.spotlight import Camera
    monkeypatch.setattr(Camera, "DURATION_MS", 0)
    window = wayline_x11.open(sample_path)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and window.view.hasFocus())
    QTest.keyClick(window.view, Qt.Key.Key_F5)          # the real shortcut, on the real window
    ws = window.workshop
    assert ws is not None and ws.active()
    qtbot.waitExposed(ws.presentation)
    qtbot.wait(300)                                      # what X11 sends after mapping a window
    yield ws
    if ws.active():
        ws.leave()


def test_after_f5_the_strip_does_not_cover_the_map(workshop_x11):
    ws = workshop_x11
    window = ws.presentation
    assert window.isFullScreen() or window.size() == window.screen().size()
    assert not window.overlay.isVisible()               # no mouse movement: no strip
    ws.whole_map()
    ws.presentation.view.camera.finish()
    last = ws.lay.lanes[-1].row
    assert on_screen(ws, type(last)(last.x + 1, last.y, 10, last.h))
    window.overlay.poke()
    strip = window.overlay.geometry()
    bottom = ws.presentation.view.mapFromScene(0, last.bottom).y()
    assert bottom <= strip.top()


def test_lane_names_are_visible_from_the_second_stage_on(workshop_x11):
    ws = workshop_x11
    view = ws.presentation.view
    for stage in ws.lay.stages[1:]:
        QTest.keyClick(view.viewport(), Qt.Key.Key_PageDown)   # a clicker
        assert ws.stage_id == stage.id
        shown = lane_names_shown(ws)
        assert len(shown) >= 2 and all(n > 20 for n in shown.values()), (stage.index, shown)


def test_a_routed_capture_lands_where_the_room_sees_it(workshop_x11):
    ws = workshop_x11
    view = ws.presentation.view
    QTest.keyClick(view.viewport(), Qt.Key.Key_PageDown)
    QTest.keyClick(view.viewport(), Qt.Key.Key_PageDown)
    stage = ws.stage_id
    type_line(view, "! Hidden fees at checkout")
    card = ws.lay.cell_cards[(stage, lane(ws.lay, "pain_points").id)][-1]
    assert on_screen(ws, card.rect)


def test_ctrl_d_is_a_voting_round_and_deletes_nothing_on_x11(workshop_x11):
    """Ctrl+D is also Delete on X11: in the workshop it only starts and ends a round."""
    ws = workshop_x11
    view = ws.presentation.view
    cards = len(ws.editor.doc.journey.cards)
    QTest.keyClicks(view.viewport(), "half typed")
    QTest.keyClick(view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ws.voting.active and ws.capture.text() == "half typed"
    QTest.keyClick(view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not ws.voting.active and len(ws.editor.doc.journey.cards) == cards


def test_the_workshop_keys_clash_with_no_x11_standard_key(qapp):
    from tests.workshop.test_keys import test_no_two_commands_share_a_key_and_none_is_a_standard_key as check
    check(qapp)
