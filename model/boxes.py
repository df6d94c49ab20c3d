"""The boxes a layout is made of: rectangles in points, wrapped text, and one
box per stage, lane, card, emotion marker and emotion lane. Plain data, read by
the canvas, the exports and hit tests; `model.layout` builds them.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import text as textmod


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self):
        return self.x + self.w

    @property
    def bottom(self):
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


@dataclass
class Lines:
    """Wrapped text: draw line i with its baseline at y + (i + 0.8) * pitch."""
    lines: tuple[str, ...]
    x: float
    y: float
    size: float
    bold: bool = False

    @property
    def pitch(self) -> float:
        return self.size * textmod.LINE_HEIGHT

    @property
    def height(self) -> float:
        return len(self.lines) * self.pitch


@dataclass
class StageBox:
    id: int
    index: int
    header: Rect
    column: Rect
    colour: str
    name: Lines


@dataclass
class LaneBox:
    id: int
    index: int
    kind: str
    header: Rect
    row: Rect
    name: Lines
    look: "Look | None" = None  # the persona the lane belongs to ("Maya's actions"), if one


@dataclass
class CardBox:
    id: int
    stage_id: int
    lane_id: int
    index: int
    kind: str
    rect: Rect
    text: Lines
    colour: str
    channel: str | None
    votes: int
    asset_id: int | None
    image: Rect | None
    chips: tuple = ()   # the Looks of the personas it is for, in persona order (none: everyone's)
    # where `rect` is from its cell's top-left corner, as the stack computed it: the
    # canvas places a card in its cell by this, so a cell that moves is one number
    # and its cards land exactly on `rect` (no subtraction, no rounding)
    offset: tuple = (0.0, 0.0)


@dataclass(frozen=True)
class Look:
    """How one persona's curve and markers are told apart: a colour, a line pattern
    and a marker shape (`model.personas`), so they differ in black-and-white too."""
    colour: str
    line: str = "solid"
    shape: str = "circle"


@dataclass
class MarkerBox:
    id: int
    stage_id: int
    lane_id: int
    x: float
    y: float
    feeling: float
    label: Lines
    persona_id: int | None = None
    target: bool = False      # on the persona's target curve (the future state)
    look: Look | None = None  # its persona's; None on a map without personas
    dim: bool = False         # another persona is in focus (`model.personas.PersonaView`)


@dataclass
class Curve:
    """One persona's emotion curve in one lane (or its target curve)."""
    persona_id: int | None
    target: bool
    look: Look | None
    segments: tuple     # cubic segments ((x0,y0),(c1x,c1y),(c2x,c2y),(x1,y1))
    dim: bool = False   # another persona is in focus


@dataclass
class EmotionBox:
    lane_id: int
    neutral_y: float
    top: float          # y of +3
    bottom: float       # y of -3
    curves: tuple = ()  # a Curve per persona and state: target curves first, then in persona order
    bands: tuple = ()   # Rects where shown personas' feelings split (`model.persona_split`), if asked


@dataclass
class LegendEntry:
    """One persona in the header of a map with several: who, and the look of its curve."""
    persona_id: int
    photo_id: int | None
    photo: Rect
    name: Lines
    role: Lines
    swatch: Rect        # a stretch of its curve, with a marker in the middle
    look: Look
    dim: bool = False   # another persona is in focus
