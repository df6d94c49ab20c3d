"""Entering and leaving workshop mode; one screen or two."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from editor.workshop import Workshop, choose_screens

from .helpers import key


def test_enter_shows_the_map_full_screen_without_chrome_and_esc_leaves(qtbot, map_editor, clock):
    ws = Workshop(map_editor, clock=clock)
    left = []
    ws.left.connect(lambda: left.append(True))
    ws.enter()                                    # full screen on the only screen
    window = ws.presentation
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.screen() is QGuiApplication.primaryScreen()
    assert ws.presenter is None and window.overlay is not None   # one screen: the overlay
    assert ws.stage_id == ws.lay.stages[0].id
    assert window.view.map_scene.theme.name == "workshop"
    key(window.view, Qt.Key.Key_Escape)
    assert not ws.active() and left == [True]
    assert not window.isVisible()


def test_two_screens_give_a_presenter_view_and_no_overlay(make_workshop):
    ws = make_workshop(screens=2, size=(1280, 720))
    assert ws.presenter is not None and ws.presenter.isVisible()
    assert ws.presentation.overlay is None
    # both show the same scene: the spotlight and the draft are on the projector too
    assert ws.presenter.view.scene() is ws.presentation.view.scene()
    panel = ws.presenter.panel
    assert "Awareness" in panel.now.text() and panel.next.text() == "Next: Consideration"
    ws.screens = ("projector", "laptop")  # stand-ins: the offscreen platform has one screen
    presented = []
    ws.presentation.present = lambda screen, size=None: presented.append(("map", screen))
    ws.presenter.present = lambda screen, size=None: presented.append(("presenter", screen))
    panel.swap.click()
    assert presented == [("map", "laptop"), ("presenter", "projector")]
    assert ws.screens == ("laptop", "projector")
    ws.leave()
    assert ws.presenter is None and ws.presentation is None


def test_esc_first_drops_the_draft_then_leaves(workshop, qtbot):
    view = workshop.presentation.view
    qtbot.keyClicks(view.viewport(), "half a thought")
    key(view, Qt.Key.Key_Escape)
    assert workshop.active() and workshop.capture.draft is None
    key(view, Qt.Key.Key_Escape)
    assert not workshop.active()


def test_the_overlay_hides_itself_and_the_mouse_brings_it_back(workshop, qtbot):
    overlay = workshop.presentation.overlay
    overlay.timer.timeout.emit()                 # its few seconds are up
    assert not overlay.isVisible()
    qtbot.mouseMove(workshop.presentation.view.viewport(), workshop.presentation.view.viewport().rect().center())
    assert overlay.isVisible() and overlay.timer.isActive()


def test_choose_screens_puts_the_projector_on_the_other_screen():
    laptop, projector = object(), object()
    assert choose_screens([laptop, projector], laptop) == (projector, laptop)
    assert choose_screens([projector, laptop], laptop) == (projector, laptop)
    assert choose_screens([laptop], laptop) == (laptop, None)
