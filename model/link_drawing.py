"""The links between an opportunity and the pain points it addresses, drawn as
faint connectors: on screen while either card is selected, in print when asked
(`export --links`). One function for both (`connectors`), from the layout's
card boxes: a gentle curve from the side of one card to the facing side of
the other, dashed, with a dot where it leaves the opportunity."""
from __future__ import annotations

from .display import Dots, Path, Primitive

LINK = "#7b8797"
WIDTH = 1.1
DASH = (4.0, 3.0)


def link_pairs(journey, card_ids=None) -> list[tuple[int, int]]:
    """(opportunity id, pain point id) of the map's links; with `card_ids`, only
    the links that touch one of those cards."""
    wanted = None if card_ids is None else set(card_ids)
    return [(k.opportunity_id, k.pain_point_id) for k in journey.links
            if wanted is None or k.opportunity_id in wanted or k.pain_point_id in wanted]


def _ends(a, b) -> tuple[tuple[float, float], tuple[float, float]]:
    """The points where a connector leaves box `a` and meets box `b`: the facing
    sides when they stand side by side, else the facing top and bottom."""
    if a.right <= b.x or b.right <= a.x:
        left, right = (a, b) if a.right <= b.x else (b, a)
        p, q = (left.right, left.y + left.h / 2), (right.x, right.y + right.h / 2)
        return (p, q) if left is a else (q, p)
    upper, lower = (a, b) if a.y <= b.y else (b, a)
    p, q = (upper.x + upper.w / 2, upper.bottom), (lower.x + lower.w / 2, lower.y)
    return (p, q) if upper is a else (q, p)


def connectors(boxes, pairs) -> list[Primitive]:
    """A connector per pair whose two cards both have a box (`boxes`: card id ->
    CardBox, e.g. `Layout.card_by_id`)."""
    out: list[Primitive] = []
    starts = []
    for opportunity, pain in pairs:
        a, b = boxes.get(opportunity), boxes.get(pain)
        if a is None or b is None:
            continue
        (x0, y0), (x1, y1) = _ends(a.rect, b.rect)
        horizontal = abs(x1 - x0) >= abs(y1 - y0)
        bend = 0.45 * (x1 - x0 if horizontal else y1 - y0)
        c1, c2 = ((x0 + bend, y0), (x1 - bend, y1)) if horizontal else ((x0, y0 + bend), (x1, y1 - bend))
        out.append(Path((("M", x0, y0), ("C", *c1, *c2, x1, y1)), stroke=LINK, width=WIDTH, dash=DASH))
        starts.append((x0, y0))
    if starts:
        out.append(Dots(tuple(starts), 2.2, LINK))
    return out
