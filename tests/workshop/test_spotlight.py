"""Stage spotlight: arrows walk the stages with a flight, others dimmed, Home shows all."""
from PySide6.QtCore import Qt

from editor.workshop import framing, legibility
from editor.workshop.spotlight import Camera

from .helpers import key


def centre_x(view) -> float:
    return view.mapToScene(view.viewport().rect().center()).x()


def framed_x(lay, stage) -> float:
    """The middle of a spotlit stage with its lane names beside it."""
    return stage.column.x + (stage.column.w - framing.lane_names_width(lay)) / 2


def test_arrows_and_clicker_keys_walk_the_stages_and_dim_the_others(workshop):
    view, stages = workshop.presentation.view, workshop.lay.stages
    key(view, Qt.Key.Key_Right)
    assert workshop.stage_id == stages[1].id
    assert workshop.dimmer.dimmed() == {s.id for s in stages} - {stages[1].id}
    key(view, Qt.Key.Key_PageDown)
    key(view, Qt.Key.Key_PageDown)
    assert workshop.stage_id == stages[3].id
    assert abs(centre_x(view) - framed_x(workshop.lay, stages[3])) < 2
    key(view, Qt.Key.Key_Left)
    assert workshop.stage_id == stages[2].id
    for _ in range(10):
        key(view, Qt.Key.Key_Right)
    assert workshop.stage_id == stages[-1].id           # stops at the last stage


def test_home_shows_the_whole_map_undimmed(workshop):
    view = workshop.presentation.view
    key(view, Qt.Key.Key_Home)
    assert workshop.stage_id is None and workshop.dimmer.dimmed() == set()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(0, 0) and shown.contains(workshop.lay.width, workshop.lay.height)
    key(view, Qt.Key.Key_Right)                          # from the whole map: the first stage
    assert workshop.stage_id == workshop.lay.stages[0].id


def test_the_camera_flies_smoothly(workshop, monkeypatch, qtbot):
    monkeypatch.setattr(Camera, "DURATION_MS", 400)
    view = workshop.presentation.view
    start = centre_x(view)
    key(view, Qt.Key.Key_Right)
    assert view.camera.flying()
    target = framed_x(workshop.lay, workshop.lay.stages[1])
    qtbot.waitUntil(lambda: start + 1 < centre_x(view) < target - 1, timeout=2000)
    view.camera.finish()
    assert not view.camera.flying()
    assert abs(centre_x(view) - target) < 2


def test_a_spotlit_stage_reads_from_the_back_on_a_1920x1080_projector(workshop):
    view = workshop.presentation.view
    for s in workshop.lay.stages:
        workshop.spotlight(s.id, animate=False)
        px = view.zoom() * view.devicePixelRatioF()
        sizes = [c.text.size * px for c in workshop.lay.cards if c.stage_id == s.id and c.text.lines]
        assert sizes and min(sizes) >= legibility.MIN_PX
        assert workshop.unreadable() == []


def test_the_whole_map_is_flagged_unreadable_and_zoom_to_readable_fixes_it(workshop):
    view = workshop.presentation.view
    workshop.whole_map()
    small = workshop.unreadable()
    assert len(small) > 20
    workshop.zoom_to_readable()
    view.camera.finish()
    assert workshop.unreadable() == []
    assert view.zoom() * view.devicePixelRatioF() * workshop.theme.card_text >= legibility.MIN_PX - 0.01


def test_the_projector_shows_the_other_stages_dimmed(workshop):
    """Pixels, not flags: the same kind of card is its own colour in the spotlight and
    washed towards the background in a dimmed stage."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    view, lay = workshop.presentation.view, workshop.lay
    workshop.spotlight(lay.stages[1].id, animate=False)
    actions = next(l.id for l in lay.lanes if l.kind == "actions")
    image = workshop.presentation.grab().toImage()

    def fill(stage_index):
        card = next(c for c in lay.cards if c.stage_id == lay.stages[stage_index].id and c.lane_id == actions)
        p = view.mapFromScene(QPointF(card.rect.right - 5, card.rect.y + card.rect.h / 2))
        return QColor(image.pixel(p.x(), p.y()))

    lit, dimmed = fill(1), fill(2)
    expected = QColor(workshop.theme.kind_colours["actions"])
    assert abs(lit.red() - expected.red()) + abs(lit.green() - expected.green()) + \
        abs(lit.blue() - expected.blue()) < 12
    assert dimmed.lightness() > lit.lightness() + 40
