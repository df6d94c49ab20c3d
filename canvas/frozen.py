"""Frozen headers: the stage names stay at the top and the lane names at the left
of a zoomed map, as a spreadsheet keeps its frozen rows.

When the view is scrolled so the real stage-header row is above the top edge
(or the lane-name column left of the left edge), `MapView.drawForeground` draws
them again pinned to that edge, with the very functions the header items use
(`paint.paint_stage_header`, `paint.paint_lane_header`, the column wash and the
grid), from the layout's boxes moved by one offset: they look the same, and
nothing is drawn while the real headers are in sight (so fitting the whole map
costs nothing more). A name whose header is partly hidden slides along it to
stay readable, as the name of a lane scrolled half out of sight. A click on a frozen header is a click on that header
(`hit`), never on the cards underneath.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from model import text as textmod
from model.layout import LaneBox, Layout, Rect, StageBox
from model.theme import Theme

from . import paint

SELECTION = "#1f6feb"  # as canvas.items draws a selected header


@dataclass(frozen=True)
class Frozen:
    """What is pinned, in map points: the stage row moved down by `stage_dy`, the
    lane column moved right by `lane_dx` (None: that header is in sight)."""
    shown: QRectF
    stage_dy: float | None
    lane_dx: float | None

    @property
    def any(self) -> bool:
        return self.stage_dy is not None or self.lane_dx is not None


def frozen(lay: Layout | None, shown: QRectF) -> Frozen | None:
    """The pinned headers for the part of the map `shown` (map points), or None."""
    if lay is None or not lay.stages or not lay.lanes:
        return None
    header = lay.stages[0].header
    bottom = lay.lanes[-1].row.bottom
    stage_dy = shown.top() - header.y if header.y < shown.top() < bottom - header.h else None
    lane_dx = shown.left() - 0.0 if 0.0 < shown.left() < lay.width - lay.lanes[0].header.w else None
    found = Frozen(shown, stage_dy, lane_dx)
    return found if found.any else None


def stage_strip(lay: Layout, f: Frozen) -> QRectF | None:
    if f.stage_dy is None:
        return None
    h = lay.stages[0].header
    return QRectF(f.shown.left(), h.y + f.stage_dy, f.shown.width(), h.h)


def lane_strip(lay: Layout, f: Frozen) -> QRectF | None:
    if f.lane_dx is None:
        return None
    first, last = lay.lanes[0], lay.lanes[-1]
    top = max(first.row.y, f.shown.top())
    return QRectF(first.header.x + f.lane_dx, top, first.header.w, max(last.row.bottom - top, 0.0))


def strips(lay: Layout, f: Frozen | None) -> list[QRectF]:
    """The map rectangles the frozen headers cover."""
    if f is None:
        return []
    return [r for r in (lane_strip(lay, f), stage_strip(lay, f)) if r is not None]


def draw(painter: QPainter, lay: Layout, theme: Theme, f: Frozen, selected: set[tuple[str, int]]) -> None:
    """Lane names first, the stage row over them, and the corner they share left blank."""
    lanes, stages = lane_strip(lay, f), stage_strip(lay, f)
    if lanes is not None:
        with _clipped(painter, lanes, theme):
            painter.translate(f.lane_dx, 0)
            paint.paint_grid(painter, lay, theme)
            top = stages.bottom() if stages is not None else f.shown.top()
            for lane in lay.lanes:
                paint.paint_lane_header(painter, _name_down_to(lane, top), theme)
                _outline(painter, lane.header, ("lane", lane.id) in selected)
        _edge(painter, theme, lanes.topRight(), lanes.bottomRight())
    if stages is not None:
        with _clipped(painter, stages, theme):
            painter.translate(0, f.stage_dy)
            left = lanes.right() if lanes is not None else f.shown.left()
            for stage in lay.stages:
                paint.paint_stage_column(painter, stage)
                paint.paint_stage_header(painter, _name_along_to(stage, left), theme)
                _outline(painter, stage.header, ("stage", stage.id) in selected)
        _edge(painter, theme, stages.bottomLeft(), stages.bottomRight())
    if lanes is not None and stages is not None:
        painter.fillRect(QRectF(lanes.left(), stages.top(), lanes.width(), stages.height()),
                         QColor(theme.background))


def _name_down_to(lane: LaneBox, top: float) -> LaneBox:
    """The lane with its name (and icon) moved down to `top`, if the name is above it."""
    name = lane.name
    pad = name.y - lane.header.y
    y = min(top + pad, lane.header.bottom - name.height - pad)
    return replace(lane, name=replace(name, y=y)) if y > name.y else lane


def _name_along_to(stage: StageBox, left: float) -> StageBox:
    """The stage with its name moved right to `left`, if the name starts left of it."""
    name = stage.name
    pad = name.x - stage.header.x
    widest = max((textmod.measure(line, name.size, name.bold) for line in name.lines), default=0.0)
    x = min(left + pad, stage.header.right - widest - pad)
    return replace(stage, name=replace(name, x=x)) if x > name.x else stage


class _clipped:
    """Draw inside `strip` only, over a clean background, in a saved painter state."""

    def __init__(self, painter: QPainter, strip: QRectF, theme: Theme):
        self.painter, self.strip, self.theme = painter, strip, theme

    def __enter__(self):
        self.painter.save()
        self.painter.setClipRect(self.strip, Qt.ClipOperation.IntersectClip)
        self.painter.fillRect(self.strip, QColor(self.theme.background))
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return self

    def __exit__(self, *exc):
        self.painter.restore()


def _edge(painter: QPainter, theme: Theme, a: QPointF, b: QPointF) -> None:
    """A firm line where a frozen header meets the map scrolling under it."""
    pen = QPen(QColor(theme.grid).darker(120), 2.0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.drawLine(a, b)


def _outline(painter: QPainter, r: Rect, selected: bool) -> None:
    if not selected:
        return
    pen = QPen(QColor(SELECTION), 2.0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(r.x + 1.5, r.y + 1.5, r.w - 3, r.h - 3), 5, 5)


def hit(lay: Layout, f: Frozen | None, x: float, y: float):
    """("stage" | "lane", id) for a point on a frozen header, ("none", None) for their
    shared corner, None when the point is not on one (the map is under it)."""
    if f is None:
        return None
    stages, lanes = stage_strip(lay, f), lane_strip(lay, f)
    on_stages = stages is not None and stages.contains(QPointF(x, y))
    on_lanes = lanes is not None and lanes.contains(QPointF(x, y))
    if on_stages and on_lanes:
        return "none", None
    if on_stages:
        s = lay.stage_at(x)
        return ("stage", s.id) if s else ("none", None)
    if on_lanes:
        lane = lay.lane_at(y)
        return ("lane", lane.id) if lane else ("none", None)
    return None
