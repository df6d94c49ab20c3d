"""The plan's marks on the map's cards (issue 15 items 1 and 4): a scored
opportunity wears its rank ("#1"), a pain point how many opportunities address
it ("addressed by 2"), each a small tag straddling the card's top edge at its
left (persona chips take the right). One function for screen and print, from
the layout's card boxes; the ranks are the backlog's (`model.backlog`)."""
from __future__ import annotations

from . import text as textmod
from .backlog import addressed_by, backlog
from .boxes import Lines
from .display import Box, Primitive, Text
from .link_drawing import connectors, link_pairs

SIZE = 7.5          # the tag's text, points
PAD = 3.0
RANK_FILL, RANK_TEXT = "#2e8b57", "#ffffff"         # the opportunities' accent
ADDRESSED_FILL, ADDRESSED_TEXT = "#ffffff", "#2e8b57"


def addressed_in_english(n: int) -> str:
    return f"addressed by {n}"


def tags(journey, addressed=addressed_in_english) -> dict[int, tuple[str, str, str]]:
    """Card id -> (text, fill, text colour) of its tag, for the cards that wear one;
    `addressed(n)` words a pain point's (the editor passes its language's)."""
    out = {e.card.id: (f"#{e.rank}", RANK_FILL, RANK_TEXT) for e in backlog(journey) if e.rank is not None}
    for card_id, n in addressed_by(journey).items():
        out.setdefault(card_id, (addressed(n), ADDRESSED_FILL, ADDRESSED_TEXT))
    return out


def marks(boxes, card_tags: dict[int, tuple[str, str, str]], measure=textmod.measure) -> list[Primitive]:
    """The tags drawn on their cards (`boxes`: card id -> CardBox, e.g. `Layout.card_by_id`)."""
    out: list[Primitive] = []
    for card_id, (words, fill, ink) in card_tags.items():
        box = boxes.get(card_id)
        if box is None:
            continue
        r = box.rect
        w = measure(words, SIZE, True) + 2 * PAD
        h = SIZE * textmod.LINE_HEIGHT + 2
        x, y = r.x + 8, r.y - h / 2
        out.append(Box(x, y, w, h, fill=fill, stroke=ADDRESSED_TEXT, width=0.8, radius=h / 2))
        out.append(Text(Lines((words,), x + PAD, y + 1, SIZE, True), ink))
    return out


def over_the_map(journey, boxes, links: bool = False) -> list[Primitive]:
    """What print draws over the map's display list: the links' connectors when
    asked (`model.link_drawing`), then the cards' tags. The screen draws the same
    two lists in its overlays (`editor.link_lines`)."""
    drawn = connectors(boxes, link_pairs(journey)) if links else []
    return drawn + marks(boxes, tags(journey))
