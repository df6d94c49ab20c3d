"""A scoring round in the workshop (issue 15 item 2): Ctrl+Shift+I, then on the
selected opportunity a digit for its impact and one for its effort, each one
undo step in the file; a card that is neither opportunity nor pain point is
not scored; a voting round and a scoring round never run at once."""
from PySide6.QtCore import Qt

from model.document import Document

from ..canvas.helpers import centre, click, drag_pixels
from .helpers import CTRL, SHIFT, key, lane, type_line


def card_of(ws, kind: str):
    lane_id = lane(ws.lay, kind).id
    return next(c for c in ws.lay.cards if c.lane_id == lane_id)


def stored(ws, card_id):
    with Document.open(ws.editor.doc.path, read_only=True) as doc:
        card = next(c for c in doc.journey.cards if c.id == card_id)
        return card.impact, card.effort


def test_digits_score_the_selected_opportunity_impact_then_effort(workshop):
    view, messages = workshop.presentation.view, []
    workshop.message.connect(messages.append)
    key(view, Qt.Key.Key_I, CTRL | SHIFT)
    assert workshop.scoring.active and "Scoring" in workshop.presentation.dots.text()
    card = card_of(workshop, "opportunities")
    workshop.spotlight(card.stage_id, animate=False)
    click(view, *centre(card.rect))
    before = stored(workshop, card.id)
    key(view, Qt.Key.Key_4)
    assert stored(workshop, card.id)[0] == 4 and "Now its effort" in messages[-1]
    key(view, Qt.Key.Key_3)
    assert stored(workshop, card.id) == (4, 3) != before and "impact 4, effort 3" in messages[-1]
    key(view, Qt.Key.Key_9)  # off the scale: said, nothing written
    assert stored(workshop, card.id) == (4, 3) and messages[-1] == "Impact and effort go from 1 to 5."
    key(view, Qt.Key.Key_Z, CTRL)  # one step a digit: the effort goes, the impact stays
    assert stored(workshop, card.id) == (4, before[1])
    assert workshop.editor.stack.undoText() == "Score impact 4"


def test_only_opportunities_and_pain_points_are_scored_and_rounds_do_not_overlap(workshop):
    view, messages = workshop.presentation.view, []
    workshop.message.connect(messages.append)
    key(view, Qt.Key.Key_I, CTRL | SHIFT)
    card = card_of(workshop, "touchpoints")
    workshop.spotlight(card.stage_id, animate=False)
    click(view, *centre(card.rect))
    before = stored(workshop, card.id)
    key(view, Qt.Key.Key_3)
    assert stored(workshop, card.id) == before and messages[-1] == "Only opportunities and pain points are scored."
    key(view, Qt.Key.Key_D, CTRL)  # a voting round ends the scoring round
    assert workshop.voting.active and not workshop.scoring.active
    key(view, Qt.Key.Key_I, CTRL | SHIFT)
    assert workshop.scoring.active and not workshop.voting.active


def test_the_matrix_shows_on_the_projector_and_a_dragged_bubble_is_scored(workshop, qtbot):
    from PySide6.QtCore import QPointF
    view = workshop.presentation.view
    key(view, Qt.Key.Key_O, CTRL | SHIFT)
    shown = workshop.presentation.matrix
    assert workshop.matrix_shown and shown is not None and shown.widget.isVisible()
    assert shown.widget.geometry().bottom() <= workshop.presentation.height()
    mview = shown.view
    m = mview.matrix_scene.layout
    bubble = max(m.bubbles, key=lambda b: b.rank)
    drag_pixels(mview, mview.mapFromScene(QPointF(bubble.x, bubble.y)), mview.mapFromScene(QPointF(*m.centre_of(1, 5))))
    assert stored(workshop, bubble.card_id) == (5, 1)
    key(view, Qt.Key.Key_Escape)  # hides the matrix; the workshop goes on
    assert not shown.widget.isVisible() and workshop.active()


def test_an_opportunity_captured_with_a_pain_point_selected_addresses_it(workshop):
    """Linking from capture: select a pain point, type "+ idea", Enter: the new
    opportunity and its link are one step."""
    view = workshop.presentation.view
    pain = card_of(workshop, "pain_points")
    workshop.spotlight(pain.stage_id, animate=False)
    click(view, *centre(pain.rect))
    links = len(workshop.editor.doc.journey.links)
    type_line(view, "+ Show the fee up front")
    journey = workshop.editor.doc.journey
    new = next(c for c in journey.cards if c.text == "Show the fee up front")
    assert (new.id, pain.id) in {(k.opportunity_id, k.pain_point_id) for k in journey.links}
    assert len(journey.links) == links + 1
    key(view, Qt.Key.Key_Z, CTRL)  # one step: the card and its link go together
    journey = workshop.editor.doc.journey
    assert len(journey.links) == links and not any(c.text == "Show the fee up front" for c in journey.cards)
