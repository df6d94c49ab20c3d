"""Where the camera looks: pure maths from a layout and a screen size to a
centre and a zoom (view pixels per point). No Qt, so it is tested directly.

A stage column is tall and a projector wide, so "fit the stage" alone would
shrink its text below what the back row reads. The spotlight therefore zooms
to fit the stage, but never below the readable zoom (24 px text) and, when
there is room, up to the comfortable one; it then shows the stage from its
header down, and scrolls just enough to keep the focused cell on screen.

The spotlight frames the stage *with a lane-name column* to its left: the view
draws the lane names there (frozen, see `view.py`), so the room always sees
which row is which. `Insets` are the screen's edges the map must not go under:
the chips along the top and the one-screen controls strip along the bottom.
"""
from __future__ import annotations

from dataclasses import dataclass

from model.layout import Layout, Rect
from model.stacks import anywhere

from .legibility import COMFORT_PX, MIN_PX

MARGIN = 24.0          # points of air around a framed stage or map
STAGE_SHARE = 0.8      # a spotlit stage and its lane names take at most this share of the width


@dataclass(frozen=True)
class Frame:
    cx: float
    cy: float
    zoom: float


@dataclass(frozen=True)
class Insets:
    """Screen pixels along the top and bottom that the map must stay clear of."""
    top: float = 0.0
    bottom: float = 0.0


NO_INSETS = Insets()


def map_frame(lay: Layout, width: float, height: float, insets: Insets = NO_INSETS) -> Frame:
    """The whole map on screen, between the insets."""
    usable = max(height - insets.top - insets.bottom, 1.0)
    w, h = lay.width + 2 * MARGIN, lay.height + 2 * MARGIN
    zoom = min(width / w, usable / h)
    # the map's middle goes to the middle of the usable band, not of the screen
    return Frame(lay.width / 2, lay.height / 2 - (insets.top - insets.bottom) / (2 * zoom), zoom)


def lane_names_width(lay: Layout) -> float:
    """The width of the lane-name column (points)."""
    return lay.lanes[0].header.w if lay.lanes else 0.0


def stage_zoom(lay: Layout, column: Rect, width: float, height: float, ratio: float = 1.0) -> float:
    text = min((c.text.size for c in anywhere(lay.cards)), default=11.0)
    readable = MIN_PX / (text * ratio)
    comfortable = COMFORT_PX / (text * ratio)
    widest = width * STAGE_SHARE / (column.w + lane_names_width(lay))
    fit = min(widest, height / (column.h + 2 * MARGIN))
    # the whole stage when it reads; else it scrolls anyway, so make it comfortable
    zoom = fit if fit >= readable else min(comfortable, widest)
    return max(zoom, readable)


def stage_frame(lay: Layout, stage_id: int, width: float, height: float, ratio: float = 1.0,
                focus: Rect | None = None, insets: Insets = NO_INSETS,
                routed: Rect | None = None, typing: tuple[Rect, ...] = ()) -> Frame:
    """One stage (and the lane names beside it) in the spotlight, between the insets.
    `focus` (the cell being captured) stays in view, and so does `routed` (a card just
    sent to another lane by `!`, `+` or `?`): both if they fit, else the routed card.
    `typing` is what must show of a cell taller than the screen (its top would leave
    the draft below the screen): the first of these that fits, else the last one's foot
    (the draft and the card captured before it; else the draft being typed, or just
    after Enter the captured card)."""
    stage = next(s for s in lay.stages if s.id == stage_id)
    column = stage.column
    usable = max(height - insets.top - insets.bottom, 1.0)
    zoom = stage_zoom(lay, column, width, usable, ratio)
    air = max(MARGIN, insets.top / zoom)        # above the stage name: the chips, or air
    shown_h = (height - insets.bottom) / zoom   # from the top of the screen to the strip
    top = column.y - air                        # the map's y at the top of the screen
    if routed is not None:
        both = union(focus, routed) if focus is not None else routed
        focus = both if both.h + air + MARGIN <= shown_h else routed
    elif typing and focus is not None and focus.h + air + MARGIN > shown_h:
        focus = next((r for r in typing if r.h + air + MARGIN <= shown_h), None)
        if focus is None:  # taller still: its foot, where the text goes
            top = typing[-1].bottom + MARGIN - shown_h
    if focus is not None and focus.bottom + MARGIN > top + shown_h:
        # scrolls only as far as the cell needs (the draft has its room inside it)
        top = min(focus.y - air, focus.bottom + MARGIN - shown_h)
    cy = top + height / (2 * zoom)
    if column.h + 2 * MARGIN <= usable / zoom:  # it all fits: centred in the usable band
        cy = column.y + column.h / 2 - (insets.top - insets.bottom) / (2 * zoom)
    return Frame(column.x + (column.w - lane_names_width(lay)) / 2, cy, zoom)


def union(a: Rect, b: Rect) -> Rect:
    x, y = min(a.x, b.x), min(a.y, b.y)
    return Rect(x, y, max(a.right, b.right) - x, max(a.bottom, b.bottom) - y)


def neighbour(lay: Layout, stage_id: int | None, step: int) -> int | None:
    """The stage `step` places away, stopping at the ends; from the whole map, the first or last."""
    if not lay.stages:
        return None
    ids = [s.id for s in lay.stages]
    if stage_id not in ids:
        return ids[0] if step > 0 else ids[-1]
    i = max(0, min(ids.index(stage_id) + step, len(ids) - 1))
    return ids[i]
