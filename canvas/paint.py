"""Drawing a laid-out journey map with QPainter, in layout coordinates (points).

The canvas items call the per-element functions from their `paint()`; PNG
export calls `paint_map` for the whole poster. Everything is drawn from the
`model.layout.Layout`, so the screen, the PNG and the PDF agree. Text is drawn
run by run with the font `model.text.runs` chose, at the positions the layout
measured, so wrapping never differs from the poster.

`picture(asset_id)` returns the image stored in the map (or None while it is
unknown or unreadable: a placeholder is drawn instead).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from model import text as textmod
from model.layout import CardBox, EmotionBox, LaneBox, Layout, Lines, MarkerBox, Rect, StageBox
from model.theme import Theme

from . import fonts, icons

Picture = Callable[[int], Optional[QImage]]
PLAIN_LOD = 0.35      # below this level of detail a card is a plain block (overview speed)
CARD_RADIUS = 4.0
HEADER_FILL = "#f3f4f7"
PAIN_MARK = "#c0392b"
OPPORTUNITY_MARK = "#2e8b57"


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def darker(colour: str, factor: int = 125) -> QColor:
    return QColor(colour).darker(factor)


# -- text ----------------------------------------------------------------------

# Directional embeddings around each piece, so Qt lays the piece out in the
# direction our bidi pass gave it (a piece starting with a neutral is not
# guessed) and never reorders it against its neighbours
RTL_EMBEDDING, LTR_EMBEDDING, POP = "\u202b", "\u202a", "\u202c"


@lru_cache(maxsize=100_000)
def _runs(line: str, bold: bool) -> tuple:
    """(font name, piece, x offset at size 1) for each run of one line, in the
    left-to-right drawing order of `model.text.visual_runs` (the bidi pass the
    PDF uses). Each piece keeps its typed letters: Qt shapes it (Arabic joins,
    lam-alef, marks) in its direction, as HarfBuzz does for the PDF, and the
    piece is as wide as the layout measured it."""
    out, x = [], 0.0
    for name, piece, rtl, _ in textmod.visual_runs(line, bold):
        width = textmod.measure(piece, 1.0, bold)
        if name == textmod.EMOJI and rtl:  # pictures, one per cluster: last typed leftmost
            drawn = "".join(reversed(textmod.clusters(piece)))
        elif name in (textmod.EMOJI, textmod.PLACEHOLDER):
            drawn = piece
        else:
            drawn = f"{RTL_EMBEDDING if rtl else LTR_EMBEDDING}{piece}{POP}"
        out.append((name, drawn, x))
        x += width
    return tuple(out)


def paint_lines(painter: QPainter, lines: Lines, colour: str, centre: bool = False) -> None:
    """Draw wrapped text where the layout put it (centred on `lines.x` for labels).

    Each run is drawn with its font at `fonts.REFERENCE` pixels, the painter
    scaled to the layout's size, so no pixel-size rounding changes its width.
    A character no bundled font has is an outlined box (as in the PDF)."""
    if not lines.lines:
        return
    ink = QColor(colour)
    painter.setPen(ink)
    k = lines.size / fonts.REFERENCE
    for i, line in enumerate(lines.lines):
        baseline = lines.y + (i + 0.8) * lines.pitch
        x = lines.x
        if centre:
            x -= textmod.measure(line, lines.size, lines.bold) / 2
        for name, piece, offset in _runs(line, lines.bold):
            if name == textmod.PLACEHOLDER:
                paint_placeholders(painter, piece, x + offset * lines.size, baseline, lines.size, ink)
                continue
            if name == textmod.EMOJI:
                paint_emoji(painter, piece, x + offset * lines.size, baseline, lines.size)
                continue
            painter.save()
            painter.translate(x + offset * lines.size, baseline)
            painter.scale(k, k)
            painter.setFont(fonts.reference_font(name, lines.bold))
            painter.drawText(QPointF(0, 0), piece)
            painter.restore()


def paint_emoji(painter: QPainter, piece: str, x: float, baseline: float, size: float) -> None:
    """Colour emoji from the bundled font, cluster by cluster, each stretched to
    the width the layout measured (`fonts.emoji_stretch`): a ZWJ sequence, a
    flag or a skin tone is one picture on screen as in print."""
    font = fonts.reference_font(textmod.EMOJI, False)
    k = size / fonts.REFERENCE
    for cluster in textmod.clusters(piece):
        painter.save()
        painter.translate(x, baseline)
        painter.scale(k * fonts.emoji_stretch(cluster), k * fonts.emoji_stretch(cluster))
        painter.setFont(font)
        painter.drawText(QPointF(0, 0), cluster)
        painter.restore()
        x += textmod.measure(cluster, size)


def paint_placeholders(painter: QPainter, piece: str, x: float, baseline: float, size: float,
                       ink: QColor) -> None:
    """Outlined boxes with a diagonal, one per character no bundled font has."""
    painter.save()
    painter.setPen(QPen(ink, max(size * 0.06, 0.3)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    w = textmod.PLACEHOLDER_WIDTH * size
    for ch in piece:
        if textmod.measure(ch, 1.0) == 0:
            continue
        box = QRectF(x + w * 0.1, baseline - size * 0.72, w * 0.8, size * 0.72)
        painter.drawRect(box)
        painter.drawLine(box.bottomLeft(), box.topRight())
        x += w
    painter.restore()


# -- the frame: title, persona, stages, lanes ------------------------------------

def paint_title(painter: QPainter, lay: Layout, theme: Theme) -> None:
    paint_lines(painter, lay.title, theme.text)


def paint_persona(painter: QPainter, lay: Layout, theme: Theme, photo: QImage | None = None) -> None:
    if lay.persona is None:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(HEADER_FILL))
    painter.drawRoundedRect(qrect(lay.persona), 6, 6)
    if lay.persona_photo is not None:
        paint_photo(painter, lay.persona_photo, photo, theme)
    for i, lines in enumerate(lay.persona_lines):
        paint_lines(painter, lines, theme.text if i == 0 else theme.muted)


def paint_photo(painter: QPainter, rect: Rect, photo: QImage | None, theme: Theme) -> None:
    box = qrect(rect)
    if photo is None or photo.isNull():
        painter.setBrush(QColor("#dde1e8"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(box)
        icons.draw(painter, "person", rect.x + rect.w * 0.2, rect.y + rect.h * 0.2,
                   rect.w * 0.6, theme.muted)
        return
    clip = QPainterPath()
    clip.addEllipse(box)
    painter.save()
    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    paint_image_cover(painter, box, photo)
    painter.restore()


def paint_image_cover(painter: QPainter, box: QRectF, image: QImage) -> None:
    """Fill `box` with the image's centre, keeping its proportions (cropping the rest)."""
    scale = max(box.width() / image.width(), box.height() / image.height())
    w, h = box.width() / scale, box.height() / scale
    source = QRectF((image.width() - w) / 2, (image.height() - h) / 2, w, h)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(box, image, source)


def paint_stage_column(painter: QPainter, stage: StageBox) -> None:
    """A faint wash of the stage colour, so a column reads as one stage."""
    tint = QColor(stage.colour)
    tint.setAlpha(14 if stage.index % 2 else 26)
    painter.fillRect(qrect(stage.column), tint)


def paint_stage_header(painter: QPainter, stage: StageBox, theme: Theme) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(stage.colour))
    r = stage.header
    painter.drawRect(QRectF(r.x + 1, r.y, r.w - 2, r.h - 2))
    paint_lines(painter, stage.name, theme.header_text)


def paint_lane_header(painter: QPainter, lane: LaneBox, theme: Theme) -> None:
    r = lane.header
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(HEADER_FILL))
    painter.drawRect(QRectF(r.x, r.y + 1, r.w, r.h - 2))
    painter.setBrush(darker(theme.kind_colours.get(lane.kind, "#ffffff"), 112))
    painter.drawRect(QRectF(r.x, r.y + 1, 4, r.h - 2))  # the kind's colour, as its cards
    icons.draw(painter, lane.kind, theme.cell_pad, lane.name.y + 1, theme.icon, theme.muted)
    paint_lines(painter, lane.name, theme.text)


def paint_grid(painter: QPainter, lay: Layout, theme: Theme) -> None:
    """Cell borders: one line under each lane and right of each stage."""
    pen = QPen(QColor(theme.grid), 0.75)
    painter.setPen(pen)
    if not lay.stages or not lay.lanes:
        return
    top, bottom = lay.lanes[0].row.y, lay.lanes[-1].row.bottom
    for s in lay.stages:
        painter.drawLine(QPointF(s.column.right, top), QPointF(s.column.right, bottom))
    for lane in lay.lanes:
        painter.drawLine(QPointF(0, lane.row.bottom), QPointF(lay.width, lane.row.bottom))


# -- cards ----------------------------------------------------------------------

def paint_card(painter: QPainter, card: CardBox, theme: Theme, picture: Picture,
               lod: float = 1.0) -> None:
    if lod < PLAIN_LOD:
        painter.fillRect(qrect(card.rect), QColor(card.colour))
        return
    paint_card_body(painter, card)
    if card.image is not None:
        paint_card_image(painter, card, picture(card.asset_id) if card.asset_id else None, theme)
    mark = card_mark(card)
    if mark:
        icons.draw(painter, mark, card.rect.x + theme.card_pad, card.text.y + 1, theme.icon,
                   mark_colour(card), fill=None)
    paint_lines(painter, card.text, theme.text)
    if card.votes:
        paint_votes(painter, card, theme)


def paint_card_blocks(painter: QPainter, cards) -> None:
    """The overview: every card as a plain block, one drawRects call per colour."""
    by_colour: dict[str, list[QRectF]] = {}
    for card in cards:
        by_colour.setdefault(card.colour, []).append(qrect(card.rect))
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, rects in by_colour.items():
        painter.setBrush(QColor(colour))
        painter.drawRects(rects)


def paint_card_body(painter: QPainter, card: CardBox) -> None:
    """A sticky note; a pain point has a heavy red edge, an opportunity a green dashed one,
    so they differ by shape as well as by colour (for colour-blind readers)."""
    painter.setBrush(QColor(card.colour))
    pen = QPen(darker(card.colour, 130), 0.75)
    if card.kind == "pain_points":
        pen = QPen(QColor(PAIN_MARK), 1.6)
    elif card.kind == "opportunities":
        pen = QPen(QColor(OPPORTUNITY_MARK), 1.4, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRoundedRect(qrect(card.rect), CARD_RADIUS, CARD_RADIUS)
    if card.kind == "metrics":
        painter.fillRect(QRectF(card.rect.x, card.rect.y + 3, 3, card.rect.h - 6), QColor("#3a5fa8"))


def card_mark(card: CardBox) -> str | None:
    """The icon beside a card's text: its channel, or its pain/opportunity sign."""
    if card.kind == "touchpoints":
        return card.channel or "other"
    if card.kind in ("pain_points", "opportunities"):
        return card.kind
    return None


def mark_colour(card: CardBox) -> str:
    return {"pain_points": PAIN_MARK, "opportunities": OPPORTUNITY_MARK}.get(card.kind, "#2d4f8a")


def paint_card_image(painter: QPainter, card: CardBox, image: QImage | None, theme: Theme) -> None:
    box = qrect(card.image)
    if image is None or image.isNull():
        painter.fillRect(box, QColor("#eceff3"))
        side = min(box.width(), box.height()) * 0.4
        icons.draw(painter, "images", box.center().x() - side / 2, box.center().y() - side / 2,
                   side, theme.muted)
        return
    painter.save()
    painter.setClipRect(box, Qt.ClipOperation.IntersectClip)
    paint_image_cover(painter, box, image)
    painter.restore()


def paint_votes(painter: QPainter, card: CardBox, theme: Theme) -> None:
    """Dot votes at the card's foot: one dot per vote, a number past five."""
    y = card.text.y + max(len(card.text.lines), 1) * card.text.pitch + theme.vote_row / 2
    r, pitch = theme.vote_dot, theme.vote_pitch
    x = card.rect.x + theme.card_pad + r
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e2574c"))
    for i in range(min(card.votes, 5)):
        painter.drawEllipse(QPointF(x + i * pitch, y), r, r)
    if card.votes > 5:
        count = Lines((f"+{card.votes - 5}",), x + 5 * pitch - r / 2, y - theme.label_text * 0.65,
                      theme.label_text, True)
        paint_lines(painter, count, theme.muted)


# -- emotions -------------------------------------------------------------------

def feeling_colour(feeling: float) -> QColor:
    """Red for -3, grey for 0, green for +3."""
    ends = (QColor("#d64541"), QColor("#9aa1ad"), QColor("#2f9e5b"))
    a, b = (ends[1], ends[2]) if feeling >= 0 else (ends[1], ends[0])
    t = min(abs(feeling) / 3.0, 1.0)
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def paint_emotion_lane(painter: QPainter, box: EmotionBox, lay: Layout, theme: Theme) -> None:
    """The neutral line, faint +3/-3 guides, and the smooth curve through the markers."""
    left = lay.stages[0].column.x if lay.stages else 0
    guide = QPen(QColor(theme.grid), 0.6, Qt.PenStyle.DotLine)
    painter.setPen(guide)
    for y in (box.top, box.bottom):
        painter.drawLine(QPointF(left, y), QPointF(lay.width, y))
    painter.setPen(QPen(QColor(theme.muted), 0.9, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(left, box.neutral_y), QPointF(lay.width, box.neutral_y))
    if box.curve:
        painter.setPen(QPen(QColor(theme.curve), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(curve_path(box))


def curve_path(box: EmotionBox) -> QPainterPath:
    path = QPainterPath(QPointF(*box.curve[0][0]))
    for _, c1, c2, end in box.curve:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


def paint_marker(painter: QPainter, marker: MarkerBox, theme: Theme, lod: float = 1.0) -> None:
    """A face whose mouth bends with the feeling (shape, not only colour) and its label."""
    r = theme.marker_radius
    centre = QPointF(marker.x, marker.y)
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(feeling_colour(marker.feeling))
    painter.drawEllipse(centre, r, r)
    if lod >= PLAIN_LOD:
        paint_face(painter, marker.x, marker.y, r, marker.feeling)
        paint_lines(painter, marker.label, theme.text, centre=True)


def paint_face(painter: QPainter, x: float, y: float, r: float, feeling: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    for dx in (-0.35, 0.35):
        painter.drawEllipse(QPointF(x + dx * r, y - 0.25 * r), 0.13 * r, 0.13 * r)
    bend = feeling / 3.0 * 0.45 * r  # + smiles, - frowns, 0 a straight mouth
    mouth = QPainterPath(QPointF(x - 0.45 * r, y + 0.3 * r))
    mouth.quadTo(QPointF(x, y + 0.3 * r + bend), QPointF(x + 0.45 * r, y + 0.3 * r))
    painter.setPen(_mouth_pen(r))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


def _mouth_pen(r: float) -> QPen:
    pen = QPen(QColor("#ffffff"), 0.16 * r)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


# -- the whole map --------------------------------------------------------------

def paint_background(painter: QPainter, lay: Layout, theme: Theme) -> None:
    painter.fillRect(QRectF(0, 0, lay.width, lay.height), QBrush(QColor(theme.background)))


def paint_map(painter: QPainter, lay: Layout, theme: Theme, picture: Picture,
              lod: float = 1.0, photo: QImage | None = None) -> None:
    """Draw the whole map, back to front. `photo` is the first persona's photo."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_background(painter, lay, theme)
    paint_title(painter, lay, theme)
    paint_persona(painter, lay, theme, photo)
    for stage in lay.stages:
        paint_stage_column(painter, stage)
    paint_grid(painter, lay, theme)
    for stage in lay.stages:
        paint_stage_header(painter, stage, theme)
    for lane in lay.lanes:
        paint_lane_header(painter, lane, theme)
    for box in lay.emotions:
        paint_emotion_lane(painter, box, lay, theme)
    for card in lay.cards:
        paint_card(painter, card, theme, picture, lod)
    for marker in lay.markers:
        paint_marker(painter, marker, theme, lod)
