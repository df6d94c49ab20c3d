"""The matrix: a second view of the same map, where opportunities are placed by
effort (across, low on the left) and impact (up). Laid out here, once, as plain
boxes; `matrix_drawing` turns it into the display list both backends draw.

Each scored card is a bubble at its (effort, impact) cell; cards that share a
cell sit on a small ring around its centre, in map order, so none hides
another. A bubble grows with the pain points the card addresses and its votes
(what the room said matters). Cards not yet scored for both wait in the tray on
the right, from where they are dragged onto the matrix. The quadrant lines run
between 2 and 3: a 3 counts as high (`scoring.quadrant`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import lanes, scoring
from . import text as textmod
from .boxes import Lines, Rect
from .theme import STANDARD, Theme

SCALE = (1, 5)               # both axes: the 1–5 scales of impact and effort
PLOT = (760.0, 560.0)        # the plot's size in points
MARGIN = 56.0                # room left of and below the plot for the axes
TRAY_WIDTH = 220.0
BUBBLE = 13.0                # a bubble's radius with nothing linked and no votes
BUBBLE_MAX = 30.0
LABEL_WIDTH = 118.0
LABEL_LINES = 2


@dataclass
class Bubble:
    card_id: int
    effort: int
    impact: int
    x: float                  # centre
    y: float
    radius: float
    colour: str               # the card's lane kind's accent
    fill: str
    label: Lines
    rank: int | None          # under the map's scoring model, None while unscored there
    weight: int               # linked pain points + votes, what sized it


@dataclass
class TrayCard:
    card_id: int
    rect: Rect
    colour: str
    label: Lines


@dataclass
class Quadrant:
    key: str
    rect: Rect
    name: Lines
    wash: str


@dataclass
class MatrixLayout:
    width: float
    height: float
    plot: Rect
    quadrants: list[Quadrant]
    ticks: list[Lines]        # 1..5 under the plot, then 1..5 beside it
    axes: list[Lines]         # "Effort", "Impact"
    bubbles: list[Bubble]
    tray: Rect
    tray_title: Lines
    waiting: list[TrayCard]
    divider: tuple[float, float]  # x of the effort line, y of the impact line
    hidden: int = 0           # cards waiting that the tray has no room to show

    def value_at(self, x: float, y: float) -> tuple[int, int]:
        """(effort, impact) of the cell under a point, clamped to the scales."""
        lo, hi = SCALE
        cell_w, cell_h = self.plot.w / (hi - lo + 1), self.plot.h / (hi - lo + 1)
        effort = lo + math.floor((x - self.plot.x) / cell_w)
        impact = lo + math.floor((self.plot.y + self.plot.h - y) / cell_h)
        return min(max(effort, lo), hi), min(max(impact, lo), hi)

    def plot_contains(self, x: float, y: float) -> bool:
        p = self.plot
        return p.x <= x <= p.x + p.w and p.y <= y <= p.y + p.h

    def centre_of(self, effort: float, impact: float) -> tuple[float, float]:
        lo, hi = SCALE
        cells = hi - lo + 1
        return (self.plot.x + (effort - lo + 0.5) * self.plot.w / cells,
                self.plot.y + self.plot.h - (impact - lo + 0.5) * self.plot.h / cells)

    def bubble(self, card_id: int) -> Bubble | None:
        return next((b for b in self.bubbles if b.card_id == card_id), None)


@dataclass(frozen=True)
class MatrixFilter:
    """Which cards the matrix shows: opportunities (and pain points when asked),
    of these stages (None: every stage) and for this persona (None: any card;
    a card for everyone counts for each persona)."""
    stages: frozenset[int] | None = None
    persona_id: int | None = None
    pain_points: bool = False
    kinds: tuple[str, ...] = field(default=lanes.with_role(lanes.OPPORTUNITY_ROLE))

    def shows(self, card, kind: str) -> bool:
        if kind not in self.kinds and not (self.pain_points and kind in PAIN_KINDS):
            return False
        if self.stages is not None and card.stage_id not in self.stages:
            return False
        if self.persona_id is not None and card.personas and str(self.persona_id) not in card.personas.split():
            return False
        return True


PAIN_KINDS = lanes.with_role(lanes.PAIN_POINT_ROLE)
EVERY_CARD = MatrixFilter()
WASHES = {"quick_wins": "#e3f4e6", "big_bets": "#e6eefb", "fill_ins": "#f4f4f0", "money_pits": "#fbe9e7"}


def matrix(journey, quadrant_names: list[str], axis_names: tuple[str, str], tray_name: str,
           view: MatrixFilter = EVERY_CARD, theme: Theme = STANDARD, measure=textmod.measure) -> MatrixLayout:
    """The matrix of `journey`'s cards. Names come translated from the caller
    (`quadrant_names` as `scoring.quadrant_names` gives them; the axes' and the
    tray's), so the model stays free of any language but English."""
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    stage_order = {s.id: i for i, s in enumerate(journey.stages)}
    lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = sorted((c for c in journey.cards if view.shows(c, kinds.get(c.lane_id))),
                   key=lambda c: (stage_order.get(c.stage_id, 0), lane_order.get(c.lane_id, 0), c.position, c.id))
    plot = Rect(MARGIN, 30.0, *PLOT)
    m = MatrixLayout(width=plot.x + plot.w + 24 + TRAY_WIDTH + 16, height=plot.y + plot.h + MARGIN,
                     plot=plot, quadrants=[], ticks=[], axes=[], bubbles=[],
                     tray=Rect(plot.x + plot.w + 24, plot.y, TRAY_WIDTH, plot.h), tray_title=None,
                     waiting=[], divider=(0.0, 0.0))
    x_mid, y_mid = m.centre_of(scoring.MIDDLE - 0.5, scoring.MIDDLE - 0.5)
    m.divider = (x_mid, y_mid)
    left, right = Rect(plot.x, 0, x_mid - plot.x, 0), Rect(x_mid, 0, plot.x + plot.w - x_mid, 0)
    top, bottom = (plot.y, y_mid - plot.y), (y_mid, plot.y + plot.h - y_mid)
    size = theme.stage_text
    for (key, _), name, across, (y, h) in zip(scoring.QUADRANTS, quadrant_names,
                                               (left, right, left, right), (top, top, bottom, bottom)):
        rect = Rect(across.x, y, across.w, h)
        lines = textmod.wrap(name, rect.w - 16, size, True, measure)[:2]
        m.quadrants.append(Quadrant(key, rect, Lines(lines, rect.x + 8, rect.y + 6, size, True), WASHES[key]))
    small = theme.label_text
    lo, hi = SCALE
    for value in range(lo, hi + 1):
        x, y = m.centre_of(value, value)
        m.ticks.append(Lines((str(value),), x, plot.y + plot.h + 4, small))
        m.ticks.append(Lines((str(value),), plot.x - 10, y - small * textmod.LINE_HEIGHT / 2, small))
    effort_name, impact_name = axis_names
    m.axes.append(Lines((effort_name + " →",), plot.x + plot.w / 2, plot.y + plot.h + 22, theme.lane_text, True))
    m.axes.append(Lines(("↑ " + impact_name,), plot.x - MARGIN + 6, plot.y - 24, theme.lane_text, True))
    m.tray_title = Lines((tray_name,), m.tray.x + 8, m.tray.y + 6, theme.lane_text, True)
    _place(m, journey, cards, kinds, theme, measure)
    return m


def _place(m: MatrixLayout, journey, cards, kinds, theme: Theme, measure) -> None:
    addressed: dict[int, int] = {}
    for link in journey.links:
        addressed[link.opportunity_id] = addressed.get(link.opportunity_id, 0) + 1
    ranks = {c.id: rank for rank, c, _ in scoring.ranked(cards, journey.scoring)}
    by_cell: dict[tuple[int, int], list] = {}
    waiting = []
    for c in cards:
        if c.impact is None or c.effort is None:
            waiting.append(c)
        else:
            by_cell.setdefault((int(c.effort), int(c.impact)), []).append(c)
    small = theme.label_text
    for (effort, impact), here in by_cell.items():
        cx, cy = m.centre_of(effort, impact)
        ring = 0.0 if len(here) == 1 else min(m.plot.w, m.plot.h) / 5 * 0.28
        for i, c in enumerate(here):
            angle = -math.pi / 2 + 2 * math.pi * i / len(here)
            x, y = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
            weight = addressed.get(c.id, 0) + (c.votes or 0)
            radius = min(BUBBLE + 4.0 * math.sqrt(weight), BUBBLE_MAX)
            kind = lanes.kind(kinds.get(c.lane_id, ""))
            lines = _label(c.text, small, measure)
            label = Lines(lines, x, y + radius + 2, small)
            m.bubbles.append(Bubble(c.id, effort, impact, x, y, radius, kind.look.accent or theme.muted,
                                    kind.colour, label, ranks.get(c.id), weight))
    y = m.tray.y + 30
    for c in waiting:
        lines = textmod.wrap(c.text or "…", m.tray.w - 28, small, False, measure)[:LABEL_LINES]
        h = len(lines) * small * textmod.LINE_HEIGHT + 10
        if y + h > m.tray.y + m.tray.h:
            break  # the rest wait out of sight; the tray says how many (matrix_drawing)
        kind = lanes.kind(kinds.get(c.lane_id, ""))
        m.waiting.append(TrayCard(c.id, Rect(m.tray.x + 8, y, m.tray.w - 16, h), kind.look.accent or theme.muted,
                                  Lines(lines, m.tray.x + 18, y + 5, small)))
        y += h + 6
    m.hidden = len(waiting) - len(m.waiting)


def _label(text: str, size: float, measure) -> tuple[str, ...]:
    lines = textmod.wrap(text or "…", LABEL_WIDTH, size, False, measure)
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES - 1] + (lines[LABEL_LINES - 1].rstrip() + "…",)
    return lines
