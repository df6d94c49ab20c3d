"""The display list: plain drawing primitives, in layout points (y down), no Qt, no ReportLab.

`model.drawing` turns a layout into a list of these, with every visual decision
(colours, marks, pens, radii, dashes) already made; two backends draw the list
and decide nothing: QPainter (`canvas/paint.py`: canvas items, PNG strips) and
ReportLab (`export/poster.py`: the PDF). A new visual is one function in
`model.drawing`, never a pair of mirrored ones.

Colours are "#rrggbb" strings (or "transparent"). `opacity` is drawn as alpha on
screen and pre-mixed over white in the PDF (alpha in a form XObject needs
resources ReportLab only writes for pages). `dash` is (on, off[, on, off...]) in points,
starting where the outline starts (a rounded box's at the top of its left side,
as Qt draws it). Lines and every dash end square (QPainter's default pen)
unless `cap` is "round"; joins are bevelled. Primitives are plain values, read
and never changed once built (slotted, not frozen: a frozen dataclass takes
four times as long to make, and a canvas repaint makes thousands).
"""
from __future__ import annotations

from dataclasses import dataclass

from .layout import Lines


@dataclass(slots=True)
class Box:
    """A rectangle, optionally with rounded corners, filled and/or outlined."""
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.75
    radius: float = 0.0
    dash: tuple[float, ...] | None = None
    opacity: float = 1.0


@dataclass(slots=True)
class Ellipse:
    """The ellipse inside the box x, y, w, h."""
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.75


@dataclass(slots=True)
class Dots:
    """Filled discs of one radius and colour (vote dots, a face's eyes)."""
    centres: tuple[tuple[float, float], ...]
    radius: float
    fill: str


@dataclass(slots=True)
class Blocks:
    """Many plain rectangles (x, y, w, h) of one colour: the zoomed-out overview."""
    rects: tuple[tuple[float, float, float, float], ...]
    fill: str


@dataclass(slots=True)
class Path:
    """Lines and curves: ops ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)."""
    ops: tuple
    stroke: str | None = None
    width: float = 1.0
    fill: str | None = None
    dash: tuple[float, ...] | None = None
    cap: str | None = None


@dataclass(slots=True)
class Text:
    """Laid-out lines in one colour; `centre` centres each line on `lines.x`.
    Each backend keeps its own text routine (shaping, emoji, placeholders)."""
    lines: Lines
    colour: str
    centre: bool = False


@dataclass(slots=True)
class Icon:
    """Icon `name` of `model.icon_paths`, stroked into the size × size box at (x, y)."""
    name: str
    x: float
    y: float
    size: float
    colour: str


@dataclass(slots=True)
class Image:
    """A picture by reference (an asset id, or `PERSONA_PHOTO`) covering the box,
    centred and cropped to keep its proportions, clipped to the box or to the
    ellipse in it; when the backend has no picture for `ref` it draws `fallback`."""
    ref: int | str | None
    x: float
    y: float
    w: float
    h: float
    clip: str = "rect"          # "rect" or "ellipse"
    fallback: tuple = ()


PERSONA_PHOTO = "persona"

Primitive = Box | Ellipse | Dots | Blocks | Path | Text | Icon | Image
