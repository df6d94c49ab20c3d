"""The whole map drawn with ReportLab from the layout, in layout points.

Order matters only for overlap: columns and rows first, then headers, the
emotion curves, then cards on top. See `draw` for the coordinate convention.
"""
from __future__ import annotations

from reportlab.lib.colors import Color

from model.layout import EmotionBox, Layout, Lines, Rect
from model.theme import Theme

from . import icons
from .draw import PANEL, RADIUS, Pictures, box, colour, icon, picture, shade, text, tint

VOTE = "#3a5fa8"
FEELING_COLOURS = ((-3.0, (0.80, 0.27, 0.25)), (0.0, (0.93, 0.66, 0.25)), (3.0, (0.24, 0.62, 0.38)))


def draw_map(c, lay: Layout, theme: Theme, pictures: Pictures, persona_photo: int | None = None,
             tick=None) -> None:
    """Draw everything; `tick(fraction)` is called every 250 cards (progress, cancel)."""
    if theme.background.lower() not in ("#ffffff", "#fff", "white"):
        box(c, Rect(0, 0, lay.width, lay.height), fill=colour(theme.background))
    text(c, lay.title, colour(theme.text))
    _persona(c, lay, theme, pictures, persona_photo)
    _grid(c, lay, theme)
    for emotion in lay.emotions:
        _emotion(c, emotion, lay, theme)
    for i, card in enumerate(lay.cards):
        if tick is not None and i % 250 == 0:
            tick(i / len(lay.cards))
        _card(c, card, theme, pictures)


def _persona(c, lay: Layout, theme: Theme, pictures: Pictures, photo_id) -> None:
    if lay.persona is None:
        return
    box(c, lay.persona, fill=colour(PANEL), stroke=colour(theme.grid), radius=RADIUS)
    if lay.persona_photo is not None:
        picture(c, pictures, photo_id, lay.persona_photo, theme)
    ink = colour(theme.text)
    for lines in lay.persona_lines:
        text(c, lines, ink)


def _grid(c, lay: Layout, theme: Theme) -> None:
    grid = colour(theme.grid)
    for stage in lay.stages:
        box(c, stage.column, fill=tint(stage.colour, 0.07))
        box(c, stage.header, fill=colour(stage.colour))
        text(c, stage.name, colour(theme.header_text))
    top = lay.stages[0].header.bottom if lay.stages else (lay.lanes[0].row.y if lay.lanes else 0)
    c.setStrokeColor(grid)
    c.setLineWidth(0.75)
    for lane in lay.lanes:
        box(c, lane.header, fill=colour(PANEL))
        c.line(0, -lane.row.bottom, lay.width, -lane.row.bottom)
        icon(c, icons.KINDS.get(lane.kind, icons.KINDS["notes"]), theme.cell_pad,
             lane.row.y + theme.cell_pad, theme.icon,
             colour(icons.KIND_ICON_COLOURS.get(lane.kind, theme.muted)))
        text(c, lane.name, colour(theme.text))
    c.setStrokeColor(grid)
    c.setLineWidth(0.75)
    if lay.lanes:
        c.line(0, -top, lay.width, -top)
        for x in [0.0] + [s.column.right for s in lay.stages]:
            c.line(x, -top, x, -lay.lanes[-1].row.bottom)
        if lay.stages:
            c.line(lay.stages[0].column.x, -lay.stages[0].header.y, lay.stages[0].column.x, -top)


def _feeling_colour(feeling: float) -> Color:
    (f0, c0), (f1, c1) = ((FEELING_COLOURS[0], FEELING_COLOURS[1]) if feeling < 0
                          else (FEELING_COLOURS[1], FEELING_COLOURS[2]))
    t = max(0.0, min(1.0, (feeling - f0) / (f1 - f0)))
    return Color(*(a + (b - a) * t for a, b in zip(c0, c1)))


def _emotion(c, e: EmotionBox, lay: Layout, theme: Theme) -> None:
    left = lay.stages[0].column.x if lay.stages else 0.0
    c.saveState()
    c.setStrokeColor(colour(theme.grid))
    c.setLineWidth(0.75)
    c.setDash(4, 3)
    c.line(left, -e.neutral_y, lay.width, -e.neutral_y)
    c.restoreState()
    if e.curve:
        p = c.beginPath()
        p.moveTo(e.curve[0][0][0], -e.curve[0][0][1])
        for _, c1, c2, end in e.curve:
            p.curveTo(c1[0], -c1[1], c2[0], -c2[1], end[0], -end[1])
        c.setStrokeColor(colour(theme.curve))
        c.setLineWidth(2.2)
        c.setLineCap(1)
        c.drawPath(p, stroke=1, fill=0)
    for m in lay.markers:
        if m.lane_id != e.lane_id:
            continue
        c.setFillColor(_feeling_colour(m.feeling))
        c.setStrokeColor(colour("#ffffff"))
        c.setLineWidth(1.5)
        c.circle(m.x, -m.y, 5.5, stroke=1, fill=1)
        text(c, m.label, colour(theme.muted), center=True)


def _card(c, card, theme: Theme, pictures: Pictures) -> None:
    r = card.rect
    box(c, r, fill=colour(card.colour), stroke=shade(card.colour, 0.78), radius=RADIUS, width=0.6)
    mark = icons.card_icon(card.kind, card.channel)
    if mark is not None:
        shapes, ink = mark
        icon(c, shapes, r.x + theme.card_pad, card.text.y + (card.text.pitch - theme.icon) / 2 + 0.5,
             theme.icon, colour(ink or theme.muted))
    if card.image is not None:
        picture(c, pictures, card.asset_id, card.image, theme)
    text(c, card.text, colour(theme.text))
    if card.votes:
        _votes(c, card, theme)


def _votes(c, card, theme: Theme) -> None:
    """A row of dots at the card's foot, one per vote (10 at most, then "+n")."""
    r = card.rect
    y = r.bottom - theme.card_pad - theme.vote_row / 2 + 1
    c.setFillColor(colour(VOTE))
    shown = min(card.votes, 10)
    for i in range(shown):
        c.circle(r.x + theme.card_pad + 3 + i * 8, -y, 3, stroke=0, fill=1)
    if card.votes > shown:
        size = theme.label_text
        text(c, Lines((f"+{card.votes - shown}",), r.x + theme.card_pad + shown * 8 + 1,
                      y - size * 0.65, size), colour(VOTE))
