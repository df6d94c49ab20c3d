"""Render the sample map from the canvas to a PNG and look at its pixels."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from model.drawing import feeling_colour

SCALE = 2.0


def render(editor) -> QImage:
    lay = editor.lay
    image = QImage(int(lay.width * SCALE), int(lay.height * SCALE), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    editor.scene.render(painter, QRectF(image.rect()), QRectF(0, 0, lay.width, lay.height))
    painter.end()
    return image


def pixel(image, x, y) -> QColor:
    return image.pixelColor(int(x * SCALE), int(y * SCALE))


def close(a: QColor, b: QColor, tolerance=6) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_sample_map_renders_cards_headers_and_markers_where_laid_out(map_editor, tmp_path):
    ed = map_editor
    ed.scene.clearSelection()
    image = render(ed)
    image.save(str(tmp_path / "sample.png"))
    for card in ed.lay.cards:
        r = card.rect  # the right end of a card's middle row is its own colour, not text
        assert close(pixel(image, r.right - 4, r.y + r.h - 4), QColor(card.colour)), card
    for stage in ed.lay.stages:
        h = stage.header
        assert close(pixel(image, h.right - 6, h.bottom - 6), QColor(stage.colour))
    r = ed.theme.marker_radius
    drawn = [m for m in ed.lay.markers if not m.target]
    clear = [m for i, m in enumerate(drawn)  # two personas feeling alike at one place overlap
             if all((m.x - o.x) ** 2 + (m.y - o.y) ** 2 > (3 * r) ** 2 for o in drawn[i + 1:])]
    assert len(clear) > len(drawn) / 2
    for marker in clear:
        edge = pixel(image, marker.x - 6.5, marker.y)  # inside the face, beside the eyes
        assert close(edge, QColor(feeling_colour(marker.feeling)), 20), marker
        # its persona's shape shows around the face, in its colour
        dx, dy = {"circle": (0, -r - 1.6), "square": (-r, -r)}[marker.look.shape]  # the sample's two
        assert close(pixel(image, marker.x + dx, marker.y + dy), QColor(marker.look.colour), 40), marker


def test_a_moved_card_is_drawn_in_its_new_cell(map_editor):
    ed = map_editor
    actions = next(l for l in ed.lay.lanes if l.kind == "actions")
    card = next(c for c in ed.lay.cards if c.lane_id == actions.id)
    target = ed.lay.stages[-1]
    ed.move_cards([card.id], target.id, actions.id, 0)
    moved = ed.lay.card_by_id[card.id]
    image = render(ed)
    assert close(pixel(image, moved.rect.right - 4, moved.rect.bottom - 4), QColor(moved.colour))
    assert moved.stage_id == target.id


def test_zoomed_out_cards_are_plain_blocks(map_editor):
    from canvas import paint
    ed = map_editor
    card = ed.lay.cards[0]
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(0.3, 0.3)
    painter.translate(-card.rect.x, -card.rect.y)
    paint.paint_card(painter, card, ed.theme, ed.picture, lod=0.3)
    painter.end()
    w, h = int(card.rect.w * 0.3), int(card.rect.h * 0.3)
    colours = {image.pixel(x, y) for x in range(1, w - 1) for y in range(1, h - 1)}
    assert colours == {QColor(card.colour).rgba()}  # no text, no border: one flat colour


def test_overview_draws_cards_as_blocks_in_the_background(map_editor):
    ed = map_editor
    ed.scene.clearSelection()
    ed.view.set_zoom(0.2)
    assert ed.scene.overview and not any(i.opacity() for i in ed.scene.cards.values())
    image = render(ed)
    card = ed.lay.cards[0]
    assert close(pixel(image, card.rect.x + 3, card.rect.y + 3), QColor(card.colour))
    ed.scene.select("card", [card.id])
    assert ed.scene.cards[card.id].opacity() == 1.0  # the selection still shows
    ed.view.set_zoom(1.0)
    assert all(i.opacity() == 1.0 for i in ed.scene.cards.values())
