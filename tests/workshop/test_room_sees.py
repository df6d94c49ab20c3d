"""What the room must see (issue 10, item 10): the controls strip never covers the
map at F5, the lane names stay in sight at every spotlight position, and the view
follows a card routed to another lane. Pixels where the claim is visual."""
from PySide6.QtCore import QPointF, Qt

from model.document import Document

from .helpers import key, lane, lane_names_shown, on_screen, type_line


def test_the_strip_starts_hidden_and_the_map_is_framed_above_it(workshop, qtbot):
    window, view, lay = workshop.presentation, workshop.presentation.view, workshop.lay
    overlay = window.overlay
    assert not overlay.isVisible()                 # a clicker never moves the mouse
    key(view, Qt.Key.Key_Home)
    overlay.poke()                                 # the mouse moves: the strip shows
    assert overlay.isVisible()
    bottom = view.mapFromScene(QPointF(lay.width / 2, lay.height)).y()
    assert bottom <= overlay.geometry().top()      # above the strip, not under it
    top = view.mapFromScene(QPointF(lay.width / 2, 0)).y()
    assert top >= window.caption.geometry().bottom()


def test_lane_names_stay_visible_at_every_stage(workshop):
    view = workshop.presentation.view
    for i, stage in enumerate(workshop.lay.stages):
        if i:
            key(view, Qt.Key.Key_Right)
        assert workshop.stage_id == stage.id
        shown = lane_names_shown(workshop)
        assert len(shown) >= 2, (stage.name, shown)
        assert all(count > 20 for count in shown.values()), (i, shown)


def test_a_click_on_a_frozen_lane_name_moves_the_capture_there(workshop):
    from ..canvas.helpers import click
    view, lay = workshop.presentation.view, workshop.lay
    workshop.spotlight(lay.stages[3].id, animate=False)
    thoughts = lane(lay, "thoughts")
    target, _source = view.lane_names()
    click(view, target.x() + 20, thoughts.row.y + 10)
    assert workshop.capture.cell == (lay.stages[3].id, thoughts.id)


def test_the_view_follows_a_routed_capture_and_comes_back_to_typing(workshop, sample_path):
    view, lay = workshop.presentation.view, workshop.lay
    key(view, Qt.Key.Key_Right)
    key(view, Qt.Key.Key_Right)                     # stage 3, its first lane (actions)
    stage, actions = workshop.capture.cell
    type_line(view, "! Hidden fees at checkout")
    pains = workshop.lay.cell_cards[(stage, lane(lay, "pain_points").id)]
    routed = pains[-1]
    assert on_screen(workshop, routed.rect)
    assert workshop.capture.cell == (stage, actions)
    from PySide6.QtTest import QTest
    QTest.keyClicks(view.viewport(), "Next note")   # typing: back to the draft
    assert on_screen(workshop, workshop.capture.draft_rect())
    doc = workshop.editor.doc
    workshop.leave()
    doc.close()
    with Document.open(sample_path, read_only=True) as again:
        card = next(c for c in again.journey.cards if c.id == routed.id)
        assert card.text == "Hidden fees at checkout" and card.stage_id == stage
