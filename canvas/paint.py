"""The QPainter backend: draws `model.display` primitives, in layout coordinates (points).

What a map looks like is decided once, in `model.drawing` (colours, marks, pens,
radii); the PDF draws the same display lists with ReportLab (`export/poster.py`),
so the screen, the PNG and the PDF agree by construction. This module only says
how each primitive is drawn with QPainter, and keeps Qt's text routine: text is
drawn run by run with the font `model.text.runs` chose, at the positions the
layout measured, so wrapping never differs from the poster.

The canvas items call the per-element functions (`paint_card`, `paint_marker`,
the headers) from their `paint()`; the scene's background draws the frame; PNG
export calls `paint_map` for the whole poster. `picture(asset_id)` returns the
image stored in the map (or None while it is unknown or unreadable: the display
list's placeholder is drawn instead).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPainterPathStroker, QPen

from model import drawing
from model import text as textmod
from model.display import (PERSONA_PHOTO, Blocks, Box, Dots, Ellipse, Icon, Image, Path, Text)
from model.layout import CardBox, EmotionBox, LaneBox, Layout, Lines, MarkerBox, StageBox
from model.theme import Theme

from . import fonts, icons

Picture = Callable[[int], Optional[QImage]]
PLAIN_LOD = drawing.PLAIN_LOD
HEADER_FILL = drawing.HEADER_FILL


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


# -- primitives -----------------------------------------------------------------

def draw(painter: QPainter, items, picture: Picture = lambda _ref: None,
         photo: QImage | None = None) -> None:
    """Draw a display list in order; `photo` is what `PERSONA_PHOTO` refers to."""
    for item in items:
        if isinstance(item, Image):
            image = photo if item.ref == PERSONA_PHOTO else (picture(item.ref) if item.ref else None)
            _image(painter, item, image)
        else:
            _DRAW[type(item)](painter, item)


def _pen(colour: str | None, width: float, dash=None, cap: str | None = None):
    if colour is None:
        return Qt.PenStyle.NoPen
    pen = QPen(QColor(colour), width)
    if dash:  # Qt counts dashes in pen widths
        pen.setDashPattern([d / width for d in dash])
    if cap == "round":
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _brush(colour: str | None, opacity: float = 1.0):
    if colour is None:
        return Qt.BrushStyle.NoBrush
    fill = QColor(colour)
    if opacity < 1.0:
        fill.setAlphaF(fill.alphaF() * opacity)
    return fill


def _box(painter: QPainter, b: Box) -> None:
    painter.setPen(_pen(b.stroke, b.width, b.dash))
    painter.setBrush(_brush(b.fill, b.opacity))
    if b.radius:
        painter.drawRoundedRect(QRectF(b.x, b.y, b.w, b.h), b.radius, b.radius)
    else:
        painter.drawRect(QRectF(b.x, b.y, b.w, b.h))


def _ellipse(painter: QPainter, e: Ellipse) -> None:
    painter.setPen(_pen(e.stroke, e.width))
    painter.setBrush(_brush(e.fill))
    painter.drawEllipse(QRectF(e.x, e.y, e.w, e.h))


def _dots(painter: QPainter, d: Dots) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(d.fill))
    for x, y in d.centres:
        painter.drawEllipse(QPointF(x, y), d.radius, d.radius)


def _blocks(painter: QPainter, b: Blocks) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(b.fill))
    painter.drawRects([QRectF(*r) for r in b.rects])  # one call for thousands of cards


def _path(painter: QPainter, p: Path) -> None:
    if p.dash and p.stroke is not None and p.fill is None and any(op[0] == "C" for op in p.ops):
        # a dashed curve (a persona's emotion curve) is outlined first and filled: Qt's
        # dasher starts its pattern afresh inside each clip, so a poster painted in
        # strips, or a view repainting part of a curve, would shift its dashes
        stroker = QPainterPathStroker(_pen(p.stroke, p.width, p.dash, p.cap))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.stroke))
        painter.drawPath(stroker.createStroke(icons.qpath(p.ops)))
        return
    painter.setPen(_pen(p.stroke, p.width, p.dash, p.cap))
    painter.setBrush(_brush(p.fill))
    painter.drawPath(icons.qpath(p.ops))


def _text(painter: QPainter, t: Text) -> None:
    paint_lines(painter, t.lines, t.colour, t.centre)


def _icon(painter: QPainter, i: Icon) -> None:
    icons.draw(painter, i.name, i.x, i.y, i.size, i.colour)


def _image(painter: QPainter, item: Image, image: QImage | None) -> None:
    if image is None or image.isNull():
        draw(painter, item.fallback)
        return
    box = QRectF(item.x, item.y, item.w, item.h)
    painter.save()
    if item.clip == "ellipse":
        clip = QPainterPath()
        clip.addEllipse(box)
        painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    else:
        painter.setClipRect(box, Qt.ClipOperation.IntersectClip)
    paint_image_cover(painter, box, image)
    painter.restore()


_DRAW = {Box: _box, Ellipse: _ellipse, Dots: _dots, Blocks: _blocks, Path: _path, Text: _text,
         Icon: _icon}


def paint_image_cover(painter: QPainter, box: QRectF, image: QImage) -> None:
    """Fill `box` with the image's centre, keeping its proportions (cropping the rest)."""
    scale = max(box.width() / image.width(), box.height() / image.height())
    w, h = box.width() / scale, box.height() / scale
    source = QRectF((image.width() - w) / 2, (image.height() - h) / 2, w, h)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(box, image, source)


# -- one element each, for the canvas items, the background and the frozen headers --

def paint_title(painter: QPainter, lay: Layout, theme: Theme) -> None:
    draw(painter, drawing.title(lay, theme))


def paint_persona(painter: QPainter, lay: Layout, theme: Theme, photo: QImage | None = None) -> None:
    draw(painter, drawing.persona(lay, theme), photo=photo)


def paint_stage_column(painter: QPainter, stage: StageBox) -> None:
    draw(painter, drawing.stage_column(stage))


def paint_stage_header(painter: QPainter, stage: StageBox, theme: Theme) -> None:
    draw(painter, drawing.stage_header(stage, theme))


def paint_lane_header(painter: QPainter, lane: LaneBox, theme: Theme) -> None:
    draw(painter, drawing.lane_header(lane, theme))


def paint_grid(painter: QPainter, lay: Layout, theme: Theme) -> None:
    draw(painter, drawing.grid(lay, theme))


def paint_emotion_lane(painter: QPainter, box: EmotionBox, lay: Layout, theme: Theme) -> None:
    draw(painter, drawing.emotion_lane(box, lay, theme))


def paint_card(painter: QPainter, card: CardBox, theme: Theme, picture: Picture,
               lod: float = 1.0) -> None:
    draw(painter, drawing.card(card, theme, plain=lod < PLAIN_LOD), picture)


def paint_card_blocks(painter: QPainter, cards) -> None:
    draw(painter, drawing.card_blocks(cards))


def paint_marker(painter: QPainter, marker: MarkerBox, theme: Theme, lod: float = 1.0) -> None:
    draw(painter, drawing.marker(marker, theme, plain=lod < PLAIN_LOD))


def paint_map(painter: QPainter, lay: Layout, theme: Theme, picture: Picture,
              lod: float = 1.0, photo: QImage | None = None) -> None:
    """Draw the whole map, back to front. `photo` is the first persona's photo."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    draw(painter, drawing.draw_map(lay, theme, plain=lod < PLAIN_LOD), picture, photo)
