"""Walking the map with the arrow keys: a pure rule on the layout.

A *place* is a card, `("card", card_id)`, or a cell, `("cell", (stage_id, lane_id))`.
`step(lay, place, direction)` says where an arrow key goes from a place:

- ↑ / ↓ walk the cards of a cell in reading order; past the first (last) card
  they go to the lane above (below), landing on its nearest card (the last one
  going up, the first going down) or, when it holds none, on the cell itself.
- ← / → go to the same lane in the stage before (after), landing on the card
  whose middle is level with where they come from, or on the empty cell.
- A cell stands for the place above its first card: ↓ enters it.
- Emotions lanes hold markers, not cards, and are stepped over.
- At the map's edge there is nowhere to go: None.

`start(lay, near)` is where the first arrow goes when nothing is selected: the
first card of the cell nearest `near` (a point of the map), or that cell.
"""
from __future__ import annotations

from .lanes import holds_markers
from .layout import CardBox, Layout

UP, DOWN, LEFT, RIGHT = "up", "down", "left", "right"
Place = tuple  # ("card", id) or ("cell", (stage_id, lane_id))


def card_lanes(lay: Layout) -> list[int]:
    """Ids of the lanes that hold cards, top to bottom."""
    return [lane.id for lane in lay.lanes if not holds_markers(lane.kind)]


def step(lay: Layout, place: Place, direction: str) -> Place | None:
    kind, what = place
    if kind == "card":
        card = lay.card_by_id.get(what)
        if card is None:
            return None
        return _from_card(lay, card, direction)
    if kind == "cell" and what in lay.cells:
        return _from_cell(lay, what, direction)
    return None


def _from_card(lay: Layout, card: CardBox, direction: str) -> Place | None:
    cell = (card.stage_id, card.lane_id)
    stack = lay.cell_cards.get(cell, [])
    if direction in (UP, DOWN):
        i = card.index + (1 if direction == DOWN else -1)
        if 0 <= i < len(stack):
            return ("card", stack[i].id)
        return _enter(lay, _next_lane(lay, cell, direction), direction)
    level = card.rect.y + card.rect.h / 2
    return _enter(lay, _next_stage(lay, cell, direction), direction, level)


def _from_cell(lay: Layout, cell: tuple[int, int], direction: str) -> Place | None:
    stack = lay.cell_cards.get(cell, [])
    if direction == DOWN and stack and cell[1] in card_lanes(lay):
        return ("card", stack[0].id)
    if direction in (UP, DOWN):
        return _enter(lay, _next_lane(lay, cell, direction), direction)
    return _enter(lay, _next_stage(lay, cell, direction), direction, lay.cells[cell].y)


def _next_lane(lay: Layout, cell, direction: str):
    lanes = card_lanes(lay)
    stage_id, lane_id = cell
    if lane_id in lanes:
        i = lanes.index(lane_id) + (1 if direction == DOWN else -1)
    else:  # an emotions cell: the nearest card lane that way
        order = [lane.id for lane in lay.lanes]
        here = order.index(lane_id)
        later = [l for l in lanes if order.index(l) > here]
        earlier = [l for l in lanes if order.index(l) < here]
        pick = (later[:1] if direction == DOWN else earlier[-1:])
        return (stage_id, pick[0]) if pick else None
    return (stage_id, lanes[i]) if 0 <= i < len(lanes) else None


def _next_stage(lay: Layout, cell, direction: str):
    stages = [s.id for s in lay.stages]
    stage_id, lane_id = cell
    i = stages.index(stage_id) + (1 if direction == RIGHT else -1)
    return (stages[i], lane_id) if 0 <= i < len(stages) else None


def _enter(lay: Layout, cell, direction: str, level: float | None = None) -> Place | None:
    """Arrive in `cell`: on the card nearest where the key came from, else on the cell."""
    if cell is None:
        return None
    stack = lay.cell_cards.get(cell, [])
    if not stack:
        return ("cell", cell)
    if direction == UP:
        return ("card", stack[-1].id)
    if direction == DOWN:
        return ("card", stack[0].id)
    nearest = min(stack, key=lambda c: abs(c.rect.y + c.rect.h / 2 - level))
    return ("card", nearest.id)


def start(lay: Layout, near: tuple[float, float] | None = None) -> Place | None:
    """The first place an arrow selects: the cell nearest `near` that holds cards."""
    lanes = card_lanes(lay)
    if not lanes or not lay.stages:
        return None
    x, y = near if near is not None else (0.0, 0.0)
    cells = [(s.id, l) for s in lay.stages for l in lanes]
    cell = min(cells, key=lambda c: _distance(lay.cells[c], x, y))
    stack = lay.cell_cards.get(cell, [])
    return ("card", stack[0].id) if stack else ("cell", cell)


def _distance(r, x: float, y: float) -> float:
    dx = max(r.x - x, 0.0, x - r.right)
    dy = max(r.y - y, 0.0, y - r.bottom)
    return dx * dx + dy * dy
