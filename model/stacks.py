"""A cell's card boxes, top to bottom (`Stack`), and the same stack moved with
its row or column (`Shifted`), whose boxes are made only when first read; every
card of a layout (`Cards`) and cards by id (`CardsById`) over them. Pure
Python: `model.layout` builds stacks, the canvas and the exports read them.

Why lazy: a card that grows its row moves every row below. Each moved card
box used to be made again (a box, its text, its picture; ~2 µs a card, 12 ms
of a gesture at 5,000 cards) though nothing reads most of them before the
next edit: the canvas moves a cell's card items as one (`canvas.items.CellItem`).
A moved stack's boxes, when read, are exactly the numbers a fresh stack gives.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Callable

from . import text as textmod
from .boxes import CardBox, Lines, Rect
from .lanes import kind as lane_kind
from .theme import Theme

Measure = Callable[[str, float, bool], float]
DRAFT_ID = -1  # the id of a draft's box (`layout(..., draft=)`); never a real card's


class Stack(list):
    """A cell's card boxes, top to bottom, with each card's offsets below its row's
    top (the box, its text, its picture) and the insets from its column's left (`xs`):
    a row or column that moves takes its stacks along, computing exactly the numbers
    a fresh stack gives, with no text wrapped."""
    __slots__ = ("offsets", "xs")


def moved(stack, sx: float, y: float) -> "Shifted":
    """The stack moved to column x `sx` and row y `y`; its boxes are made when first read."""
    return Shifted(base(stack), sx, y)


def base(stack):
    """The stack whose boxes a moved one is made from (the same ids, sizes and texts)."""
    return stack.base if isinstance(stack, Shifted) else stack


def _shifted_boxes(stack: Stack, sx: float, y: float) -> Stack:
    out = Stack()
    out.offsets, out.xs = stack.offsets, stack.xs
    pad, card_pad, icon = stack.xs
    x, text_x, image_x = sx + pad, sx + pad + card_pad + icon, sx + pad + card_pad  # as _stack_cards
    for c, (box_dy, text_dy, image_dy) in zip(stack, stack.offsets):
        r, t, im = c.rect, c.text, c.image
        out.append(CardBox(c.id, c.stage_id, c.lane_id, c.index, c.kind, Rect(x, y + box_dy, r.w, r.h),
                           Lines(t.lines, text_x, y + text_dy, t.size, t.bold), c.colour, c.channel, c.votes,
                           c.asset_id, None if im is None else Rect(image_x, y + image_dy, im.w, im.h), c.chips,
                           c.offset))
    return out


class Shifted(Sequence):
    """A stack moved with its row or column (a row above grew, a stage before it
    went): its cards' boxes are made when first read, so a gesture that moves the
    rows below costs the layout one object a cell, not a box a card. The canvas
    moves such a cell as one item and reads none of its boxes; a hit test, a
    print or a panel reads them, exactly as a fresh stack gives them."""
    __slots__ = ("base", "sx", "y", "_boxes")

    def __init__(self, base: Stack, sx: float, y: float):
        self.base, self.sx, self.y, self._boxes = base, sx, y, None

    @property
    def offsets(self):
        return self.base.offsets

    @property
    def xs(self):
        return self.base.xs

    def boxes(self) -> Stack:
        if self._boxes is None:
            self._boxes = _shifted_boxes(self.base, self.sx, self.y)
        return self._boxes

    def __getitem__(self, i):
        return self.boxes()[i]

    def __len__(self) -> int:
        return len(self.base)

    def __iter__(self):
        return iter(self.boxes())

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return repr(self.boxes())


class Cards(Sequence):
    """Every card box of a layout, row by row, made into one list when first read
    (a gesture that only moves rows reads none of the moved ones)."""
    __slots__ = ("stacks", "drafted", "_all")

    def __init__(self, stacks: dict, drafted: bool):
        self.stacks, self.drafted, self._all = stacks, drafted, None

    def all(self) -> list:
        if self._all is None:
            self._all = [c for stack in self.stacks.values() for c in stack if c.id != DRAFT_ID]
        return self._all

    def __getitem__(self, i):
        return self.all()[i]

    def __len__(self) -> int:
        return sum(len(stack) for stack in self.stacks.values()) - self.drafted

    def anywhere(self):
        """Every card's box as stacked: a moved cell's from before it moved (the same
        text, size and look, another place). For what does not depend on where a card
        is (text sizes), without making a moved cell's boxes."""
        return (c for stack in self.stacks.values() for c in base(stack) if c.id != DRAFT_ID)

    def __iter__(self):
        return iter(self.all())

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and self.all() == list(other)

    def __repr__(self) -> str:
        return repr(self.all())


class CardsById(Mapping):
    """Card boxes by id, as the place of each in its cell's stack (`where`: id ->
    (cell, index)): a cell that only moved keeps every place, so nothing is
    written per card, and a box is read from its (moved) stack when asked for."""
    __slots__ = ("cells", "where")

    def __init__(self, cells: dict, where: dict):
        self.cells, self.where = cells, where

    def __getitem__(self, card_id) -> CardBox:
        cell, index = self.where[card_id]
        return self.cells[cell][index]

    def __contains__(self, card_id) -> bool:
        return card_id in self.where

    def __iter__(self):
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)

    def __repr__(self) -> str:
        return repr(dict(self))


def stack_cards(cell_cards: list[dict], kind, sx, y, sw, t: Theme, measure: Measure,
                 persona_looks: dict | None = None) -> Stack:
    out = Stack()
    out.offsets = []
    pad, card_pad, line_h = t.cell_pad, t.card_pad, textmod.LINE_HEIGHT
    cy = pad  # below the row's top: see Stack
    w = sw - 2 * pad
    look = lane_kind(kind).look
    icon = t.icon + 4 if look.mark else 0
    text_w = max(w - 2 * card_pad - icon, 10)
    bold = look.bold
    size = t.card_text * (1.25 if bold else 1.0)
    default_colour = t.kind_colours.get(kind, "#ffffff")
    picture_h = (w - 2 * card_pad) * t.image_ratio
    out.xs = (pad, card_pad, icon)
    for i, c in enumerate(cell_cards):
        lines = textmod.wrap(c["text"], text_w, size, bold, measure) if c["text"] else ()
        h = card_pad * 2 + max(len(lines), 1) * size * line_h
        image = None
        if c["asset_id"] is not None:
            image = Rect(sx + pad + card_pad, y + (cy + card_pad), w - 2 * card_pad, picture_h)
            h += picture_h + card_pad
        if c["votes"]:
            h += t.vote_row
        h = max(h, t.card_min)
        text_dy = cy + card_pad + (picture_h + card_pad if image else 0)
        out.offsets.append((cy, text_dy, cy + card_pad))
        out.append(CardBox(c["id"], c["stage_id"], c["lane_id"], i, kind, Rect(sx + pad, y + cy, w, h),
                           Lines(lines, sx + pad + card_pad + icon, y + text_dy, size, bold),
                           c["colour"] or default_colour, c["channel"], c["votes"], c["asset_id"], image,
                           _chips(c["personas"], persona_looks), (pad, cy)))
        cy += h + t.card_gap
    return out


def _chips(personas: str, persona_looks: dict | None) -> tuple:
    """The looks of the personas a card is for ("3 7": their ids), in persona order."""
    if not personas or not persona_looks:
        return ()
    ids = {int(i) for i in personas.split()}
    return tuple(look for persona_id, look in persona_looks.items() if persona_id in ids)


def anywhere(cards):
    """`Cards.anywhere` of a layout's cards, or the cards themselves (a plain list)."""
    return cards.anywhere() if isinstance(cards, Cards) else cards
