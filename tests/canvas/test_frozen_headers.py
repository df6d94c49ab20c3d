"""Frozen headers, from the pixels on screen: zoomed in and scrolled, the stage row
is drawn at the top edge in the stages' colours and the lane names at the left
edge, looking like the real ones; nothing is pinned while the real headers show;
a click on a pinned stage header selects that stage, not the card under it."""
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from canvas import paint
from tests.canvas.helpers import centre


def scroll_into_the_middle(view, lay):
    view.set_zoom(2.0)
    stage, lane = lay.stages[2], lay.lanes[4]
    view.centerOn(stage.column.x + stage.column.w / 2, lane.row.y + 100)
    return view.viewport().grab().toImage()


def close(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_pinned_stage_row_and_lane_names_are_drawn_at_the_edges(map_editor, tmp_path):
    view, lay = map_editor.view, map_editor.lay
    shot = scroll_into_the_middle(view, lay)
    shot.save(str(tmp_path / "frozen-headers.png"))
    pinned = view.frozen_headers()
    assert pinned is not None and pinned.stage_dy is not None and pinned.lane_dx is not None
    zoom, h = view.zoom(), lay.stages[0].header.h
    # the stage row: each stage in sight shows its own colour in the top strip
    seen = 0
    for stage in lay.stages:
        x = view.mapFromScene(QPointF(stage.column.right - 8, 0)).x()
        if zoom * lay.lanes[0].header.w + 4 < x < view.viewport().width() - 2:
            assert close(shot.pixelColor(x, round(h * zoom * 0.8)), QColor(stage.colour)), stage.colour
            seen += 1
    assert seen >= 2
    # the lane names: header fill at the left edge, and dark text at the top of every
    # lane in sight, the one scrolled half under the stage row too (its name slides down)
    width, strip = round(lay.lanes[0].header.w * zoom), round(h * zoom)
    named = 0
    for lane in lay.lanes:
        top = max(view.mapFromScene(QPointF(0, lane.row.y)).y(), strip)
        bottom = view.mapFromScene(QPointF(0, lane.row.bottom)).y()
        if bottom - top > 2 * lane.name.pitch * zoom and top + 2 * lane.name.pitch * zoom < shot.height():
            assert close(shot.pixelColor(width - 6, top + 6), QColor(paint.HEADER_FILL), 2)
            band = range(top, top + round(2 * lane.name.pitch * zoom))
            dark = sum(1 for x in range(8, width - 4) for y in band if shot.pixelColor(x, y).lightness() < 90)
            assert dark > 40, lane.kind
            named += 1
    assert named >= 3


def test_the_pinned_row_looks_like_the_real_one(map_editor):
    """Only the vertical scroll changes: the pinned row and the real row, both at the
    viewport's top, are the same pixels (but for the edge line under the pinned one)."""
    view, lay = map_editor.view, map_editor.lay
    view.set_zoom(2.0)
    header = lay.stages[0].header
    stage = lay.stages[2]
    view.centerOn(stage.column.x + stage.column.w / 2, 0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value()
                                      + view.mapFromScene(QPointF(0, header.y)).y())
    assert view.frozen_headers() is None or view.frozen_headers().stage_dy is None
    real = view.viewport().grab().toImage()
    view.scroll_by(0, 600)
    assert view.frozen_headers().stage_dy is not None
    pinned = view.viewport().grab().toImage()
    rows = round(header.h * view.zoom()) - 4
    x0 = view.mapFromScene(QPointF(stage.column.x, 0)).x()  # stages wholly in sight
    differ = sum(1 for y in range(rows) for x in range(x0, real.width(), 3)
                 if not close(real.pixelColor(x, y), pinned.pixelColor(x, y), 40))
    assert differ < 0.01 * rows * (real.width() - x0) / 3


def test_nothing_is_pinned_while_the_real_headers_show(map_editor):
    view = map_editor.view
    view.fit_map()
    assert view.frozen_headers() is None
    view.set_zoom(2.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    assert view.frozen_headers() is None


def test_a_click_on_a_pinned_stage_header_selects_that_stage(map_editor):
    view, lay, ed = map_editor.view, map_editor.lay, map_editor
    before = ed.doc.snapshot()
    scroll_into_the_middle(view, lay)
    stage = lay.stages[3]
    x = view.mapFromScene(QPointF(stage.column.x + stage.column.w / 2, 0)).x()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, 10))
    assert ed.scene.selected("stage") == [stage.id] and not ed.scene.selected("card")
    # on a pinned lane name: that lane
    lane = lay.lanes[5]
    y = view.mapFromScene(QPointF(0, lane.row.y + lane.row.h / 2)).y()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(20, y))
    assert ed.scene.selected("lane") == [lane.id] and not ed.scene.selected("stage")
    assert ed.doc.snapshot() == before
    # below the pinned row the map is the map: a card there is selected as ever
    card = next(c for c in lay.cards if view.viewport().rect().adjusted(300, 120, 0, 0).contains(
        view.mapFromScene(QPointF(*centre(c.rect)))))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(QPointF(*centre(card.rect))))
    assert ed.scene.selected("card") == [card.id]


def test_arrow_keys_keep_the_card_clear_of_the_pinned_headers(map_editor):
    view, lay, ed = map_editor.view, map_editor.lay, map_editor
    scroll_into_the_middle(view, lay)
    lane = lay.lanes[1]
    ed.scene.select("card", [lay.cell_cards[(lay.stages[0].id, lane.id)][0].id])
    for _ in range(3):
        QTest.keyClick(view.viewport(), Qt.Key.Key_Up)
    [card_id] = ed.scene.selected("card")
    r = lay.card_by_id[card_id].rect
    top_left = view.mapFromScene(QPointF(r.x, r.y))
    pinned = view.frozen_headers()
    if pinned is not None:  # scrolled so far that the real headers may show again
        assert pinned.stage_dy is None or top_left.y() >= lay.stages[0].header.h * view.zoom()
        assert pinned.lane_dx is None or top_left.x() >= lay.lanes[0].header.w * view.zoom()
