"""Emotion marker labels that do not draw over each other. No Qt.

Several personas' markers often sit at one feeling in one stage (both at +2),
and each label is centred under its face: they would print on top of each
other, or under another persona's face. `settle` keeps a label where it is
unless it meets a label already placed or another persona's face; then it goes
above its own face if that spot is clear and inside the lane, else down under
what it meets. The layout does this once, so the canvas, the PNG and the PDF
all show the labels apart. A map with one persona keeps every label in place.
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from .boxes import Lines, MarkerBox, Rect
from .persona_looks import SHAPE_GAP

GAP = 1.5   # points between two labels


def box(label: Lines, measure: Callable) -> Rect:
    """Where a centred label's text lies."""
    w = max((measure(line, label.size, label.bold) for line in label.lines), default=0.0)
    return Rect(label.x - w / 2, label.y, w, label.height)


def _meets(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom + GAP and b.y < a.bottom + GAP


def settle(markers: list[MarkerBox], order: dict, row: Rect, measure: Callable,
           radius: float = 8.0) -> list[MarkerBox]:
    """The markers of one lane, each label placed clear of the others' labels and of
    other personas' faces (`order`: persona id -> its place, the first persona's
    labels are placed first; `radius`: a face's, the theme's `marker_radius`)."""
    if len({m.persona_id for m in markers}) < 2:
        return markers
    face = radius + SHAPE_GAP  # the persona's shape around the face
    faces = _Index()
    for m in markers:
        faces.add(Rect(m.x - face, m.y - face, 2 * face, 2 * face), m.persona_id)
    placed = _Index()
    moved: dict[int, MarkerBox] = {}
    for m in sorted(markers, key=lambda m: (order.get(m.persona_id, -1), m.target, m.x)):
        if not m.label.lines:
            continue

        def in_way(r: Rect, m=m) -> list[Rect]:
            return placed.near(r) + [f for f, persona in faces.near_owned(r) if persona != m.persona_id]
        here = box(m.label, measure)
        if any(_meets(here, p) for p in in_way(here)):
            here = _clear_spot(m, here, in_way, row)
            moved[m.id] = dataclasses.replace(m, label=dataclasses.replace(m.label, y=here.y))
        placed.add(here)
    return [moved.get(m.id, m) for m in markers]


def _clear_spot(m: MarkerBox, here: Rect, in_way: Callable, row: Rect) -> Rect:
    above = Rect(here.x, 2 * m.y - here.y - here.h, here.w, here.h)  # mirrored over the face
    if above.y >= row.y and not any(_meets(above, p) for p in in_way(above)):
        return above
    while True:  # under everything it meets, until it meets nothing
        hit = [p for p in in_way(here) if _meets(here, p)]
        if not hit:
            return here
        here = Rect(here.x, max(p.bottom for p in hit) + GAP, here.w, here.h)


class _Index:
    """Rectangles by the strips of the lane they cross, so a label is checked only
    against its neighbours (a lane may hold thousands of markers)."""
    STRIP = 120.0  # points

    def __init__(self):
        self.strips: dict[int, list] = {}

    def _keys(self, r: Rect) -> range:
        return range(int(r.x // self.STRIP), int(r.right // self.STRIP) + 1)

    def add(self, r: Rect, owner=None) -> None:
        for key in self._keys(r):
            self.strips.setdefault(key, []).append((r, owner))

    def near_owned(self, r: Rect) -> list:
        seen, out = set(), []
        for key in self._keys(r):
            for item in self.strips.get(key, ()):
                if id(item) not in seen:
                    seen.add(id(item))
                    out.append(item)
        return out

    def near(self, r: Rect) -> list[Rect]:
        return [rect for rect, _ in self.near_owned(r)]
