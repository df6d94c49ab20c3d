"""How a laid-out map looks: the one place that decides colours, marks, pens and radii.

Each function turns part of a `model.layout.Layout` into a display list
(`model.display` primitives, in layout points); `draw_map` gives the whole map,
back to front. The canvas items draw one element each (`card`, `stage_header`,
`lane_header`, `marker`), the canvas background draws the frame (`title`,
`persona`, `stage_column`, `grid`, `emotion_lane`, `card_blocks`), and the PNG
and the PDF draw `draw_map`, each with its backend: so screen and print draw
from the same code, and a new mark cannot be left out of one of them.

What sets a lane kind's cards apart (a pain point's heavy red edge, an
opportunity's green dashed one, a metric's bar) is read from `model.lanes`;
an emotion marker's mouth bends with the feeling: they differ by shape as well
as by colour, for colour-blind readers.
"""
from __future__ import annotations

import colorsys
from functools import lru_cache

from . import icon_paths
from . import persona_looks as looks
from .lanes import CHANNEL
from .lanes import kind as lane_kind
from .display import (PERSONA_PHOTO, Blocks, Box, Dots, Ellipse, Icon, Image, Path, Primitive,
                      Text)
from .layout import (CardBox, Curve, EmotionBox, LaneBox, Layout, LegendEntry, Lines, MarkerBox, Rect,
                     StageBox)
from .theme import Theme

PLAIN_LOD = 0.35      # below this level of detail a card is a plain block (overview speed)
CARD_RADIUS = 4.0
PERSONA_RADIUS = 6.0
HEADER_FILL = "#f3f4f7"
PHOTO_PLACEHOLDER = "#dde1e8"
PICTURE_PLACEHOLDER = "#eceff3"
CHANNEL_MARK = "#2d4f8a"   # a touchpoint's channel icon (kinds with an accent use theirs)
VOTE_DOT = "#e2574c"
FACE = "#ffffff"
FEELINGS = ("#d64541", "#9aa1ad", "#2f9e5b")   # -3, 0, +3
GRID_PEN = 0.75
DOT_DASH = (0.6, 1.2)     # the emotion guides: Qt's DotLine (1 on, 2 off) at 0.6 pt
DASH = (4.0, 2.0)         # in pen widths, as Qt's DashLine
CHIP_RADIUS = 4.0         # a persona's chip on a card that is for some personas only
# the split band (`model.persona_split`): opaque, so screen and print (which pre-mixes
# any opacity over white) show the same pale amber, edged by a dashed darker one
SPLIT_FILL, SPLIT_EDGE = "#fbeecb", "#c98a00"


def hex_colour(r: float, g: float, b: float) -> str:
    return "#%02x%02x%02x" % tuple(round(min(max(v, 0.0), 1.0) * 255) for v in (r, g, b))


def rgb(colour: str) -> tuple[float, float, float]:
    """'#rrggbb' as three fractions (a malformed colour is mid grey)."""
    try:
        value = int(colour.lstrip("#"), 16) if len(colour) == 7 else None
    except (ValueError, AttributeError):
        value = None
    if value is None:
        return (0x88 / 255,) * 3
    return ((value >> 16) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255)


@lru_cache(maxsize=1024)  # a map has few colours, and every card asks
def darker(colour: str, factor: int = 125) -> str:
    """As Qt's QColor.darker: the HSV value divided by factor / 100."""
    h, s, v = colorsys.rgb_to_hsv(*rgb(colour))
    return hex_colour(*colorsys.hsv_to_rgb(h, s, v * 100 / factor))


def feeling_colour(feeling: float) -> str:
    """Red for -3, grey for 0, green for +3."""
    grey, end = rgb(FEELINGS[1]), rgb(FEELINGS[2] if feeling >= 0 else FEELINGS[0])
    t = min(abs(feeling) / 3.0, 1.0)
    return hex_colour(*(a + (b - a) * t for a, b in zip(grey, end)))


def dashed(width: float) -> tuple[float, float]:
    return (DASH[0] * width, DASH[1] * width)


def _box(r: Rect, **style) -> Box:
    return Box(r.x, r.y, r.w, r.h, **style)


# -- the frame: title, persona, stages, lanes ------------------------------------

def background(lay: Layout, theme: Theme) -> list[Primitive]:
    return [Box(0, 0, lay.width, lay.height, fill=theme.background)]


def title(lay: Layout, theme: Theme) -> list[Primitive]:
    return [Text(lay.title, theme.text)]


def persona(lay: Layout, theme: Theme) -> list[Primitive]:
    """The first persona's strip: its photo (a person outline without one) and lines."""
    if lay.persona is None:
        return []
    out: list[Primitive] = [_box(lay.persona, fill=HEADER_FILL, radius=PERSONA_RADIUS)]
    for entry in lay.legend:
        out += legend_entry(entry, theme)
    r = lay.persona_photo
    if r is not None:
        placeholder = (Ellipse(r.x, r.y, r.w, r.h, fill=PHOTO_PLACEHOLDER),
                       Icon("person", r.x + r.w * 0.2, r.y + r.h * 0.2, r.w * 0.6, theme.muted))
        out.append(Image(PERSONA_PHOTO, r.x, r.y, r.w, r.h, clip="ellipse", fallback=placeholder))
    out += [Text(lines, theme.text if i == 0 else theme.muted) for i, lines in enumerate(lay.persona_lines)]
    return out


def legend_entry(e: LegendEntry, theme: Theme) -> list[Primitive]:
    """One persona of several in the header: photo, name, role, and its curve's look."""
    r, s = e.photo, e.swatch
    placeholder = (Ellipse(r.x, r.y, r.w, r.h, fill=PHOTO_PLACEHOLDER),
                   Icon("person", r.x + r.w * 0.2, r.y + r.h * 0.2, r.w * 0.6, theme.muted))
    photo = Image(e.photo_id, r.x, r.y, r.w, r.h, clip="ellipse", fallback=placeholder) \
        if e.photo_id else placeholder
    y = s.y + s.h / 2
    width = looks.CURVE_WIDTH
    colour = looks.lighter(e.look.colour, looks.DIM_LIGHTEN) if e.dim else e.look.colour
    return ([photo] if isinstance(photo, Image) else list(photo)) + [
        Text(e.name, theme.muted if e.dim else theme.text), Text(e.role, theme.muted),
        Path((("M", s.x, y), ("L", s.right, y)), stroke=colour, width=width,
             dash=looks.dash(e.look.line, width)),
        Path(tuple(looks.outline(e.look.shape, s.x + s.w / 2, y, s.h / 2 - 1.5)), fill=colour,
             stroke=FACE, width=0.8)]


def stage_column(stage: StageBox) -> list[Primitive]:
    """A faint wash of the stage colour, alternating, so a column reads as one stage."""
    return [_box(stage.column, fill=stage.colour, opacity=(14 if stage.index % 2 else 26) / 255)]


def stage_header(stage: StageBox, theme: Theme) -> list[Primitive]:
    r = stage.header
    return [Box(r.x + 1, r.y, r.w - 2, r.h - 2, fill=stage.colour), Text(stage.name, theme.header_text)]


def lane_header(lane: LaneBox, theme: Theme) -> list[Primitive]:
    r = lane.header
    accent = darker(theme.kind_colours.get(lane.kind, "#ffffff"), 112)  # the kind's colour, as its cards
    out = [Box(r.x, r.y + 1, r.w, r.h - 2, fill=HEADER_FILL),
           Box(r.x, r.y + 1, 4, r.h - 2, fill=accent),
           Icon(lane_kind(lane.kind).icon, theme.cell_pad, lane.name.y + 1, theme.icon, theme.muted),
           Text(lane.name, theme.text)]
    if lane.look is not None:  # the lane is one persona's: its chip, at the header's foot
        out.append(Path(tuple(looks.outline(lane.look.shape, r.x + theme.cell_pad + CHIP_RADIUS + 4,
                                            r.bottom - theme.cell_pad - CHIP_RADIUS, CHIP_RADIUS)),
                        fill=lane.look.colour, stroke=FACE, width=0.7))
    return out


def grid(lay: Layout, theme: Theme, width: float = GRID_PEN) -> list[Primitive]:
    """Cell borders: one line under each lane and right of each stage."""
    if not lay.stages or not lay.lanes:
        return []
    top, bottom = lay.lanes[0].row.y, lay.lanes[-1].row.bottom
    ops = []
    for s in lay.stages:
        ops += [("M", s.column.right, top), ("L", s.column.right, bottom)]
    for lane in lay.lanes:
        ops += [("M", 0, lane.row.bottom), ("L", lay.width, lane.row.bottom)]
    return [Path(tuple(ops), stroke=theme.grid, width=width)]


# -- emotions -------------------------------------------------------------------

def emotion_lane(box: EmotionBox, lay: Layout, theme: Theme) -> list[Primitive]:
    """The split bands if asked for, the neutral line, faint +3/-3 guides, and a smooth
    curve through each persona's markers in its look (target curves first, lighter and
    thinner)."""
    left = lay.stages[0].column.x if lay.stages else 0.0
    guides = tuple(op for y in (box.top, box.bottom) for op in (("M", left, y), ("L", lay.width, y)))
    out: list[Primitive] = split_bands(box) + [
        Path(guides, stroke=theme.grid, width=0.6, dash=DOT_DASH),
        Path((("M", left, box.neutral_y), ("L", lay.width, box.neutral_y)), stroke=theme.muted,
             width=0.9, dash=dashed(0.9))]
    for curve in box.curves:
        if curve.segments:
            out.append(emotion_curve(curve, theme))
    return out


def split_bands(box: EmotionBox) -> list[Primitive]:
    """Where shown personas feel 2 points or more apart in a stage: a pale band from the
    highest feeling to the lowest, behind the curves."""
    return [Box(r.x, r.y, r.w, r.h, fill=SPLIT_FILL, stroke=SPLIT_EDGE, width=0.8, radius=3.0,
                dash=dashed(0.8)) for r in box.bands]


def emotion_curve(curve: Curve, theme: Theme) -> Path:
    """One persona's curve: its colour and line (the theme's curve without personas)."""
    segments = curve.segments
    ops = [("M", *segments[0][0])] + [("C", *c1, *c2, *end) for _, c1, c2, end in segments]
    width = looks.TARGET_WIDTH if curve.target or curve.dim else looks.CURVE_WIDTH
    look = curve.look
    colour = theme.curve if look is None else look.colour
    if curve.target or curve.dim:  # fainter: the future state, or a persona out of focus
        colour = looks.lighter(colour, looks.DIM_LIGHTEN if curve.dim else looks.TARGET_LIGHTEN)
    return Path(tuple(ops), stroke=colour, width=width,
                dash=None if look is None else looks.dash(look.line, width))


def marker(m: MarkerBox, theme: Theme, plain: bool = False) -> list[Primitive]:
    """A face whose mouth bends with the feeling and its label (the face alone when plain),
    on its persona's shape in its colour; on a target curve the shape alone, hollow."""
    r = theme.marker_radius
    out: list[Primitive] = []
    if m.look is not None:
        shape = looks.outline(m.look.shape, m.x, m.y, r + looks.SHAPE_GAP)
        if m.target or m.dim:  # the shape alone, hollow: a target, or a persona out of focus
            fade = looks.DIM_LIGHTEN if m.dim else 0.3
            return [Path(tuple(shape), stroke=looks.lighter(m.look.colour, fade), width=1.6, fill=FACE)] + \
                ([] if plain or m.dim else [Text(m.label, theme.muted, centre=True)])
        out.append(Path(tuple(shape), fill=m.look.colour, stroke=FACE, width=0.8))
    out.append(Ellipse(m.x - r, m.y - r, 2 * r, 2 * r, fill=feeling_colour(m.feeling), stroke=FACE, width=1.5))
    if plain:
        return out
    eyes = tuple((m.x + dx * r, m.y - 0.25 * r) for dx in (-0.35, 0.35))
    bend = m.feeling / 3.0 * 0.45 * r  # + smiles, - frowns, 0 a straight mouth
    x0, x1, y = m.x - 0.45 * r, m.x + 0.45 * r, m.y + 0.3 * r
    mouth = (("M", x0, y), icon_paths.quad(x0, y, m.x, y + bend, x1, y))
    return out + [Dots(eyes, 0.13 * r, FACE), Path(mouth, stroke=FACE, width=0.16 * r, cap="round"),
                  Text(m.label, theme.text, centre=True)]


# -- cards ----------------------------------------------------------------------

def card_mark(card: CardBox) -> str | None:
    """The icon beside a card's text: its channel, or its kind's sign."""
    mark = lane_kind(card.kind).look.mark
    return (card.channel or "other") if mark == CHANNEL else mark


def mark_colour(card: CardBox) -> str:
    return lane_kind(card.kind).look.accent or CHANNEL_MARK


def card(c: CardBox, theme: Theme, plain: bool = False) -> list[Primitive]:
    """A sticky note with its picture, mark, text and vote dots (a plain block when plain)."""
    if plain:
        return [_box(c.rect, fill=c.colour)]
    out = card_body(c)
    if c.image is not None:
        out.append(card_image(c, theme))
    mark = card_mark(c)
    if mark:
        out.append(Icon(mark, c.rect.x + theme.card_pad, c.text.y + 1, theme.icon, mark_colour(c)))
    out.append(Text(c.text, theme.text))
    return out + votes(c, theme) + chips(c)


def chips(c: CardBox) -> list[Primitive]:
    """The personas a card is for: their marker shapes in their colours, on the card's
    top edge from the right (none: the card is everyone's)."""
    r = CHIP_RADIUS
    return [Path(tuple(looks.outline(look.shape, c.rect.right - 8 - i * (2 * r + 3), c.rect.y, r)),
                 fill=look.colour, stroke=FACE, width=0.7) for i, look in enumerate(c.chips)]


def card_body(c: CardBox) -> list[Primitive]:
    """The note itself, edged in its kind's accent (dashed for some) or a darker tone
    of its colour, with its kind's bar down the left side."""
    look = lane_kind(c.kind).look
    style = {"stroke": darker(c.colour, 130), "width": 0.75}
    if look.edge is not None:
        style = {"stroke": look.accent, "width": look.edge}
        if look.dashed:
            style["dash"] = dashed(look.edge)
    out: list[Primitive] = [_box(c.rect, fill=c.colour, radius=CARD_RADIUS, **style)]
    if look.bar:
        out.append(Box(c.rect.x, c.rect.y + 3, 3, c.rect.h - 6, fill=look.bar))
    return out


def card_image(c: CardBox, theme: Theme) -> Image:
    r = c.image
    side = min(r.w, r.h) * 0.4
    placeholder = (_box(r, fill=PICTURE_PLACEHOLDER),
                   Icon("picture", r.x + r.w / 2 - side / 2, r.y + r.h / 2 - side / 2, side, theme.muted))
    return Image(c.asset_id, r.x, r.y, r.w, r.h, fallback=placeholder)


def votes(c: CardBox, theme: Theme) -> list[Primitive]:
    """Dot votes at the card's foot: one dot per vote, a number past five."""
    if not c.votes:
        return []
    y = c.text.y + max(len(c.text.lines), 1) * c.text.pitch + theme.vote_row / 2
    r, pitch = theme.vote_dot, theme.vote_pitch
    x = c.rect.x + theme.card_pad + r
    out: list[Primitive] = [Dots(tuple((x + i * pitch, y) for i in range(min(c.votes, 5))), r, VOTE_DOT)]
    if c.votes > 5:
        count = Lines((f"+{c.votes - 5}",), x + 5 * pitch - r / 2, y - theme.label_text * 0.65,
                      theme.label_text, True)
        out.append(Text(count, theme.muted))
    return out


def card_blocks(cards) -> list[Primitive]:
    """The overview: every card as a plain block, one Blocks per colour."""
    by_colour: dict[str, list] = {}
    for c in cards:
        by_colour.setdefault(c.colour, []).append((c.rect.x, c.rect.y, c.rect.w, c.rect.h))
    return [Blocks(tuple(rects), colour) for colour, rects in by_colour.items()]


# -- the whole map --------------------------------------------------------------

def frame(lay: Layout, theme: Theme, emotions=None) -> list[Primitive]:
    """What lies behind the canvas items: title, persona, stage washes, grid and the
    emotion lanes (`emotions`: the EmotionBoxes to draw, the layout's when None)."""
    out = title(lay, theme) + persona(lay, theme)
    for stage in lay.stages:
        out += stage_column(stage)
    out += grid(lay, theme)
    for box in lay.emotions if emotions is None else emotions:
        out += emotion_lane(box, lay, theme)
    return out


def outline(lay: Layout, theme: Theme) -> list[Primitive]:
    """The map as light shapes only (background, stage washes and headers, lane
    headers, persona strip, heavy cell borders), no text: a tiled poster's thumbnail."""
    out = background(lay, theme)
    for stage in lay.stages:
        out += stage_column(stage) + [_box(stage.header, fill=stage.colour)]
    out += [_box(lane.header, fill=HEADER_FILL) for lane in lay.lanes]
    if lay.persona is not None:
        out.append(_box(lay.persona, fill=HEADER_FILL))
    return out + grid(lay, theme, width=2.0)


def draw_map(lay: Layout, theme: Theme, plain: bool = False) -> list[Primitive]:
    """The whole map, back to front; `plain` draws cards as blocks and faces without labels
    (the emotion lanes come before the headers: they never overlap)."""
    out = background(lay, theme) + frame(lay, theme)
    for stage in lay.stages:
        out += stage_header(stage, theme)
    for lane in lay.lanes:
        out += lane_header(lane, theme)
    for c in lay.cards:
        out += card(c, theme, plain)
    for m in lay.markers:
        out += marker(m, theme, plain)
    return out
