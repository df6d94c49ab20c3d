"""Emotion marker labels that do not draw over each other. No Qt.

Several personas' markers often sit at one feeling in one stage (both at +2),
and each label is centred under its face: they would print on top of each
other. `settle` keeps the first label where it is and moves each later one
that would touch a label already placed: above its face if that is free and
inside the lane, else down under the labels it meets. The layout does this
once, so the canvas, the PNG and the PDF all show the labels apart.
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from .boxes import Lines, MarkerBox, Rect

GAP = 1.5   # points between two labels


def box(label: Lines, measure: Callable) -> Rect:
    """Where a centred label's text lies."""
    w = max((measure(line, label.size, label.bold) for line in label.lines), default=0.0)
    return Rect(label.x - w / 2, label.y, w, label.height)


def _meets(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom + GAP and b.y < a.bottom + GAP


def settle(markers: list[MarkerBox], order: dict, row: Rect, measure: Callable) -> list[MarkerBox]:
    """The markers of one lane, each label placed clear of the others' (`order`:
    persona id -> its place; the first persona's labels stay where they are)."""
    placed: list[Rect] = []
    moved: dict[int, MarkerBox] = {}
    for m in sorted(markers, key=lambda m: (order.get(m.persona_id, -1), m.target, m.x)):
        if not m.label.lines:
            continue
        here = box(m.label, measure)
        if any(_meets(here, p) for p in placed):
            here = _clear_spot(m, here, placed, row)
            moved[m.id] = dataclasses.replace(m, label=dataclasses.replace(m.label, y=here.y))
        placed.append(here)
    return [moved.get(m.id, m) for m in markers]


def _clear_spot(m: MarkerBox, here: Rect, placed: list[Rect], row: Rect) -> Rect:
    above = Rect(here.x, 2 * m.y - here.y - here.h, here.w, here.h)  # mirrored over the face
    if above.y >= row.y and not any(_meets(above, p) for p in placed):
        return above
    while True:  # under every label it meets, until it meets none
        hit = [p for p in placed if _meets(here, p)]
        if not hit:
            return here
        here = Rect(here.x, max(p.bottom for p in hit) + GAP, here.w, here.h)
