"""Where the camera looks: pure maths from a layout and a screen size to a
centre and a zoom (view pixels per point). No Qt, so it is tested directly.

A stage column is tall and a projector wide, so "fit the stage" alone would
shrink its text below what the back row reads. The spotlight therefore zooms
to fit the stage, but never below the readable zoom (24 px text) and, when
there is room, up to the comfortable one; it then shows the stage from its
header down, and scrolls just enough to keep the focused cell on screen.
"""
from __future__ import annotations

from dataclasses import dataclass

from model.layout import Layout, Rect

from .legibility import COMFORT_PX, MIN_PX

MARGIN = 24.0          # points of air around a framed stage or map
STAGE_SHARE = 0.62     # a spotlit stage takes at most this share of the screen width


@dataclass(frozen=True)
class Frame:
    cx: float
    cy: float
    zoom: float


def map_frame(lay: Layout, width: float, height: float) -> Frame:
    """The whole map on screen."""
    w, h = lay.width + 2 * MARGIN, lay.height + 2 * MARGIN
    zoom = min(width / w, height / h)
    return Frame(lay.width / 2, lay.height / 2, zoom)


def stage_zoom(lay: Layout, column: Rect, width: float, height: float, ratio: float = 1.0) -> float:
    text = min((c.text.size for c in lay.cards), default=11.0)
    readable = MIN_PX / (text * ratio)
    comfortable = COMFORT_PX / (text * ratio)
    widest = width * STAGE_SHARE / column.w
    fit = min(widest, height / (column.h + 2 * MARGIN))
    # the whole stage when it reads; else it scrolls anyway, so make it comfortable
    zoom = fit if fit >= readable else min(comfortable, widest)
    return max(zoom, readable)


def stage_frame(lay: Layout, stage_id: int, width: float, height: float, ratio: float = 1.0,
                focus: Rect | None = None) -> Frame:
    """One stage in the spotlight; `focus` (the cell being captured) stays in view."""
    stage = next(s for s in lay.stages if s.id == stage_id)
    column = stage.column
    zoom = stage_zoom(lay, column, width, height, ratio)
    shown_h = height / zoom
    top = column.y - MARGIN
    if focus is not None and focus.bottom + MARGIN * 3 > top + shown_h:
        # room under the cell for the card being typed
        top = min(focus.y - MARGIN, focus.bottom + MARGIN * 3 - shown_h)
    cy = top + shown_h / 2
    if column.h + 2 * MARGIN <= shown_h:
        cy = column.y + column.h / 2
    return Frame(column.x + column.w / 2, cy, zoom)


def neighbour(lay: Layout, stage_id: int | None, step: int) -> int | None:
    """The stage `step` places away, stopping at the ends; from the whole map, the first or last."""
    if not lay.stages:
        return None
    ids = [s.id for s in lay.stages]
    if stage_id not in ids:
        return ids[0] if step > 0 else ids[-1]
    i = max(0, min(ids.index(stage_id) + step, len(ids) - 1))
    return ids[i]
