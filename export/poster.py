"""The whole map drawn with ReportLab from the layout, in layout points.

This mirrors `canvas/paint.py` element by element (same order, colours, pen
widths, icons and marks), so the poster looks like the screen and the PNG.
Differences are only what PDF needs: colours with alpha are pre-mixed over
white (see `draw.darker`), and right-to-left lines are shaped and reordered as
a whole (see `fonts`). See `draw` for the coordinate convention.
"""
from __future__ import annotations

from reportlab.lib.colors import Color

from model.layout import CardBox, EmotionBox, LaneBox, Layout, Lines, MarkerBox, Rect, StageBox
from model.theme import Theme

from .draw import Pictures, box, colour, cover, darker, icon, text, tint

# the canvas's constants (canvas/paint.py), kept equal so print matches screen
CARD_RADIUS = 4.0
HEADER_FILL = "#f3f4f7"
PAIN_MARK = "#c0392b"
OPPORTUNITY_MARK = "#2e8b57"
VOTE_DOT = "#e2574c"
METRIC_BAR = "#3a5fa8"
WHITE = Color(1, 1, 1)


def draw_map(c, lay: Layout, theme: Theme, pictures: Pictures, persona_photo: int | None = None,
             tick=None) -> None:
    """Draw everything, back to front; `tick(fraction)` every 250 cards (progress, cancel)."""
    box(c, Rect(0, 0, lay.width, lay.height), fill=colour(theme.background))
    text(c, lay.title, colour(theme.text))
    _persona(c, lay, theme, pictures, persona_photo)
    for stage in lay.stages:  # a faint wash, alternating, as the canvas's alpha 26 / 14
        box(c, stage.column, fill=tint(stage.colour, (14 if stage.index % 2 else 26) / 255))
    _grid(c, lay, theme)
    for stage in lay.stages:
        _stage_header(c, stage, theme)
    for lane in lay.lanes:
        _lane_header(c, lane, theme)
    for emotion in lay.emotions:
        _emotion_lane(c, emotion, lay, theme)
    for i, card in enumerate(lay.cards):
        if tick is not None and i % 250 == 0:
            tick(i / len(lay.cards))
        _card(c, card, theme, pictures)
    for marker in lay.markers:
        _marker(c, marker, theme)


def _persona(c, lay: Layout, theme: Theme, pictures: Pictures, photo_id) -> None:
    if lay.persona is None:
        return
    box(c, lay.persona, fill=colour(HEADER_FILL), radius=6)
    if lay.persona_photo is not None:
        _photo(c, lay.persona_photo, pictures.get(photo_id), theme)
    for i, lines in enumerate(lay.persona_lines):
        text(c, lines, colour(theme.text if i == 0 else theme.muted))


def _photo(c, r: Rect, img, theme: Theme) -> None:
    if img is None:
        c.setFillColor(colour("#dde1e8"))
        c.ellipse(r.x, -r.bottom, r.right, -r.y, stroke=0, fill=1)
        icon(c, "person", r.x + r.w * 0.2, r.y + r.h * 0.2, r.w * 0.6, colour(theme.muted))
        return
    cover(c, img, r, clip=lambda p: p.ellipse(r.x, -r.bottom, r.w, r.h))


def _grid(c, lay: Layout, theme: Theme) -> None:
    """Cell borders: one line under each lane and right of each stage."""
    if not lay.stages or not lay.lanes:
        return
    c.setStrokeColor(colour(theme.grid))
    c.setLineWidth(0.75)
    top, bottom = lay.lanes[0].row.y, lay.lanes[-1].row.bottom
    for s in lay.stages:
        c.line(s.column.right, -top, s.column.right, -bottom)
    for lane in lay.lanes:
        c.line(0, -lane.row.bottom, lay.width, -lane.row.bottom)


def _stage_header(c, stage: StageBox, theme: Theme) -> None:
    r = stage.header
    box(c, Rect(r.x + 1, r.y, r.w - 2, r.h - 2), fill=colour(stage.colour))
    text(c, stage.name, colour(theme.header_text))


def _lane_header(c, lane: LaneBox, theme: Theme) -> None:
    r = lane.header
    box(c, Rect(r.x, r.y + 1, r.w, r.h - 2), fill=colour(HEADER_FILL))
    box(c, Rect(r.x, r.y + 1, 4, r.h - 2), fill=darker(theme.kind_colours.get(lane.kind, "#ffffff"), 112))
    icon(c, lane.kind, theme.cell_pad, lane.name.y + 1, theme.icon, colour(theme.muted))
    text(c, lane.name, colour(theme.text))


def _emotion_lane(c, e: EmotionBox, lay: Layout, theme: Theme) -> None:
    """The neutral line, faint +3/-3 guides, and the smooth curve through the markers."""
    left = lay.stages[0].column.x if lay.stages else 0.0
    c.saveState()
    c.setStrokeColor(colour(theme.grid))
    c.setLineWidth(0.6)
    c.setDash(0.6, 1.2)  # Qt's DotLine: 1 on, 2 off, in pen widths
    for y in (e.top, e.bottom):
        c.line(left, -y, lay.width, -y)
    c.setStrokeColor(colour(theme.muted))
    c.setLineWidth(0.9)
    c.setDash(3.6, 1.8)  # Qt's DashLine: 4 on, 2 off
    c.line(left, -e.neutral_y, lay.width, -e.neutral_y)
    c.restoreState()
    if e.curve:
        p = c.beginPath()
        p.moveTo(e.curve[0][0][0], -e.curve[0][0][1])
        for _, c1, c2, end in e.curve:
            p.curveTo(c1[0], -c1[1], c2[0], -c2[1], end[0], -end[1])
        c.setStrokeColor(colour(theme.curve))
        c.setLineWidth(2.2)
        c.drawPath(p, stroke=1, fill=0)


def feeling_colour(feeling: float) -> Color:
    """Red for -3, grey for 0, green for +3 (as the canvas)."""
    grey, end = colour("#9aa1ad"), colour("#2f9e5b" if feeling >= 0 else "#d64541")
    t = min(abs(feeling) / 3.0, 1.0)
    return Color(*(a + (b - a) * t for a, b in ((grey.red, end.red), (grey.green, end.green),
                                                 (grey.blue, end.blue))))


def _marker(c, m: MarkerBox, theme: Theme) -> None:
    """A face whose mouth bends with the feeling (shape, not only colour) and its label."""
    r = theme.marker_radius
    c.setStrokeColor(WHITE)
    c.setLineWidth(1.5)
    c.setFillColor(feeling_colour(m.feeling))
    c.circle(m.x, -m.y, r, stroke=1, fill=1)
    c.setFillColor(WHITE)
    for dx in (-0.35, 0.35):
        c.circle(m.x + dx * r, -(m.y - 0.25 * r), 0.13 * r, stroke=0, fill=1)
    bend = m.feeling / 3.0 * 0.45 * r
    x0, x1, y = m.x - 0.45 * r, m.x + 0.45 * r, m.y + 0.3 * r
    p = c.beginPath()  # Qt's quadTo as a cubic: controls 2/3 of the way to the quad's
    p.moveTo(x0, -y)
    p.curveTo(x0 + (m.x - x0) * 2 / 3, -(y + bend * 2 / 3), x1 + (m.x - x1) * 2 / 3, -(y + bend * 2 / 3), x1, -y)
    c.setLineWidth(0.16 * r)
    c.setLineCap(1)
    c.drawPath(p, stroke=1, fill=0)
    text(c, m.label, colour(theme.text), center=True)


def _card(c, card: CardBox, theme: Theme, pictures: Pictures) -> None:
    _card_body(c, card)
    if card.image is not None:
        _card_image(c, card, pictures, theme)
    mark = card_mark(card)
    if mark:
        ink = {"pain_points": PAIN_MARK, "opportunities": OPPORTUNITY_MARK}.get(card.kind, "#2d4f8a")
        icon(c, mark, card.rect.x + theme.card_pad, card.text.y + 1, theme.icon, colour(ink))
    text(c, card.text, colour(theme.text))
    if card.votes:
        _votes(c, card, theme)


def card_mark(card: CardBox) -> str | None:
    if card.kind == "touchpoints":
        return card.channel or "other"
    if card.kind in ("pain_points", "opportunities"):
        return card.kind
    return None


def _card_body(c, card: CardBox) -> None:
    """A sticky note; pain points have a heavy red edge, opportunities a green dashed one."""
    c.saveState()
    stroke, width = darker(card.colour, 130), 0.75
    if card.kind == "pain_points":
        stroke, width = colour(PAIN_MARK), 1.6
    elif card.kind == "opportunities":
        stroke, width = colour(OPPORTUNITY_MARK), 1.4
        c.setDash(4 * 1.4, 2 * 1.4)
    box(c, card.rect, fill=colour(card.colour), stroke=stroke, radius=CARD_RADIUS, width=width)
    c.restoreState()
    if card.kind == "metrics":
        box(c, Rect(card.rect.x, card.rect.y + 3, 3, card.rect.h - 6), fill=colour(METRIC_BAR))


def _card_image(c, card: CardBox, pictures: Pictures, theme: Theme) -> None:
    img = pictures.get(card.asset_id)
    r = card.image
    if img is None:
        box(c, r, fill=colour("#eceff3"))
        side = min(r.w, r.h) * 0.4
        icon(c, "images", r.x + r.w / 2 - side / 2, r.y + r.h / 2 - side / 2, side, colour(theme.muted))
        return
    cover(c, img, r)


def _votes(c, card: CardBox, theme: Theme) -> None:
    """Dot votes at the card's foot: one dot per vote, a number past five."""
    y = card.text.y + max(len(card.text.lines), 1) * card.text.pitch + theme.vote_row / 2
    r, pitch = theme.vote_dot, theme.vote_pitch
    x = card.rect.x + theme.card_pad + r
    # a zero-length round-capped line is a disc in 2 numbers, not 26 for a circle path
    c.saveState()
    c.setStrokeColor(colour(VOTE_DOT))
    c.setLineWidth(2 * r)
    c.setLineCap(1)
    p = c.beginPath()
    for i in range(min(card.votes, 5)):
        p.moveTo(x + i * pitch, -y)
        p.lineTo(x + i * pitch, -y)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    if card.votes > 5:
        count = Lines((f"+{card.votes - 5}",), x + 5 * pitch - r / 2, y - theme.label_text * 0.65, theme.label_text, True)
        text(c, count, colour(theme.muted))
