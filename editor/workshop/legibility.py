"""Can the back row read it? Card text size on the projector, in device pixels.
Pure Python (no Qt): the view supplies its zoom, device pixel ratio and what it shows.

A card's text is "tall" as CSS measures it: the font size (em) in pixels. 24 px
is the floor for a 1920x1080 projector; it is about what a 60-inch image needs
to be read from 8-10 m.
"""
from __future__ import annotations

from model.layout import CardBox, Layout, Rect
from model.stacks import anywhere

MIN_PX = 24.0
COMFORT_PX = 30.0  # what the spotlight aims for when the stage allows it


def text_px(card: CardBox, px_per_point: float) -> float:
    return card.text.size * px_per_point


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def shown_cards(lay: Layout, shown: Rect) -> list[CardBox]:
    """The cards of the cells the rectangle touches (a capture asks after every card:
    the cells on screen, not the map's thousands)."""
    return [c for cell, r in lay.cells.items() if _overlaps(r, shown) for c in lay.cell_cards.get(cell, ())]


def too_small(cards, shown: Rect, px_per_point: float, min_px: float = MIN_PX) -> list[CardBox]:
    """The cards on screen with text too small to read from the back of the room."""
    return [c for c in cards if c.text.lines and _overlaps(c.rect, shown)
            and text_px(c, px_per_point) < min_px - 1e-6]


def readable_zoom(cards, device_ratio: float = 1.0, min_px: float = MIN_PX) -> float | None:
    """The smallest zoom (view pixels per point) at which every card's text reads."""
    sizes = [c.text.size for c in anywhere(cards) if c.text.lines]
    if not sizes:
        return None
    return min_px / (min(sizes) * device_ratio)
