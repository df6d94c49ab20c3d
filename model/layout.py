"""Where everything goes: a pure function from a journey to rectangles.

`layout(journey, theme, measure)` returns every stage, lane, cell, card and
emotion marker as rectangles in points, with the wrapped lines of every text
and the emotion curve. The canvas and the poster both draw from it, so the
poster matches the screen; hit tests for drops are pure functions on it.

Rows grow to fit their tallest cell, so no card is ever hidden or clipped.

`relayout(journey, changes, index, ...)` is the same layout after an edit:
given the change record (`model.changes`), it re-stacks only the cells whose
cards changed, and says which (`Layout.restacked`), so the canvas reconciles
only those. A cell that only moved with its row or column (a row above grew, a
stage before it went: `Layout.moved`) is one `Shifted` stack, whose boxes are
made when first read; cards by id are their places in a cell (`CardsById`),
so a gesture that moves every row below costs one object a cell, not a box a
card. Every box carries its offset from its cell's corner (the canvas places
card items by it). The boxes themselves are in `model.boxes`. A change of
personas, or a record that says "everything", lays the whole map out again.
"""
from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Callable

from . import marker_labels, persona_split
from . import text as textmod
from .lanes import holds_markers
from .boxes import (CardBox, Curve, EmotionBox, LaneBox, LegendEntry, Lines, Look, MarkerBox, Rect,  # noqa: F401
                    StageBox)  # (their home is model.boxes; callers import them from here too)
from .personas import EVERYONE, PersonaView
from .stacks import DRAFT_ID, Cards, CardsById, Shifted  # noqa: F401 (callers import DRAFT_ID, Shifted from here)
from .stacks import base as _base
from .stacks import moved as _moved
from .stacks import stack_cards as _stack_cards
from .theme import STANDARD, Theme

Measure = Callable[[str, float, bool], float]
_serials = itertools.count(1)


@dataclass
class Layout:
    width: float
    height: float
    title: Lines
    persona: Rect | None
    persona_photo: Rect | None
    persona_lines: list[Lines]
    stages: list[StageBox]
    lanes: list[LaneBox]
    cells: dict[tuple[int, int], Rect]
    cards: list[CardBox]
    markers: list[MarkerBox]
    emotions: list[EmotionBox]
    # several personas: each one's entry in the header (then no persona_photo or lines)
    legend: list[LegendEntry] = field(default_factory=list)
    card_by_id: Mapping[int, CardBox] = field(default_factory=lambda: CardsById({}, {}))
    cell_cards: dict[tuple[int, int], Sequence[CardBox]] = field(default_factory=dict)  # in cell order
    # which layout this one follows, and the cells whose card boxes differ from that
    # one's (None: any may differ); views use them to touch only what moved
    serial: int = field(default_factory=lambda: next(_serials), compare=False)
    base: int | None = field(default=None, compare=False)
    restacked: frozenset | None = field(default=None, compare=False)
    moved: frozenset = field(default=frozenset(), compare=False)  # of those, the ones only moved
    # the box of a card being typed (`layout(..., draft=)`): room is made for it in its
    # cell, but it is in none of the lists above, so nothing hit-tests or draws it as a card
    draft: CardBox | None = field(default=None, compare=False)

    def stage_at(self, x: float) -> StageBox | None:
        for s in self.stages:
            if s.column.x <= x < s.column.right:
                return s
        return None

    def lane_at(self, y: float) -> LaneBox | None:
        for lane in self.lanes:
            if lane.row.y <= y < lane.row.bottom:
                return lane
        return None

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        s, lane = self.stage_at(x), self.lane_at(y)
        return (s.id, lane.id) if s and lane else None

    def drop_index(self, stage_id: int, lane_id: int, y: float) -> int:
        """Index in the cell's card order where a drop at height y lands."""
        index = 0
        for c in self.cell_cards.get((stage_id, lane_id), ()):
            if y > c.rect.y + c.rect.h / 2:
                index = c.index + 1
        return index


class StackCache:
    """Card stacks of the last layout, per cell, for `layout(..., cache=)`.

    Re-laying out a map after one edit re-stacks only the cells whose cards,
    kind, width or position changed; every other cell keeps its boxes (on a
    5,000-card map most of a layout's time is building boxes)."""

    def __init__(self):
        self.cells: dict[tuple[int, int], tuple[tuple, list[CardBox]]] = {}
        self.rows: dict[int, tuple] = {}  # lane id -> (y, LaneBox, cells, stacks) of its last row
        self.journey = None              # the last layout and what it was of: `relayout`
        self.last: Layout | None = None  # starts from them
        self.style: tuple = ()           # (theme, measure) of the last layout
        self.draft: tuple | None = None  # (cell, text) of the last layout's draft
        self.looks: dict = {}            # persona id -> Look, as this layout draws them

    def remember(self, journey, lay: Layout, style: tuple) -> None:
        self.journey, self.last, self.style = journey, lay, style

    def follows(self, journey, style: tuple) -> bool:
        """True when the last layout was of this journey in this theme and measure."""
        return self.journey is journey and self.style == style


def relayout(journey, changes, index, theme: Theme = STANDARD,
             measure: Measure = textmod.measure, cache: StackCache | None = None,
             draft=None, view: PersonaView = EVERYONE) -> Layout:
    """The layout after a change record: only the cells of changed cards (where they
    were and where they are) and the rows below a row that grew or shrank are
    stacked again. `index` is the document's `CardIndex` (cards by id and by cell),
    so nothing scans the whole map. `draft`: as for `layout`; its cell, and the one
    it left, are stacked again when it moved or its text changed."""
    if cache is None or not cache.follows(journey, (id(theme), id(measure), view)) or changes is None \
            or changes.everything \
            or (changes.personas and ((cache.last.persona is None) == bool(journey.personas)  # the strip
                                      or tuple(looks(journey).items()) != tuple(cache.looks.items()))):
        return layout(journey, theme, measure, cache, draft=draft, view=view)
    cells = set()
    for card_id in changes.cards:
        for box in (cache.last.card_by_id.get(card_id), index.by_id.get(card_id)):
            if box is not None:
                cells.add((box.stage_id, box.lane_id))
    if changes.axes:  # the cells of a stage or lane that changed; every other one moves along
        stage_ids, lane_ids = [s.id for s in journey.stages], [lane.id for lane in journey.lanes]
        cells.update((s, lane) for s in changes.stages for lane in lane_ids)
        cells.update((s, lane) for lane in changes.lanes for s in stage_ids)
    by_cell = index.cells
    if cache.draft != _draft_key(draft):
        cells.update(key[0] for key in (cache.draft, _draft_key(draft)) if key is not None)
    if draft is not None:  # the draft is the last card of its cell
        cell = (draft.stage_id, draft.lane_id)
        by_cell = {**by_cell, cell: [*by_cell.get(cell, ()), draft]}
    return layout(journey, theme, measure, cache,  # a persona's look redraws its curves and markers
                  Dirty(cells, by_cell, bool(changes.markers or changes.personas), changes.axes), draft, view)


def _draft_key(draft) -> tuple | None:
    return None if draft is None else ((draft.stage_id, draft.lane_id), draft.text)


@dataclass
class Dirty:
    """What a change record leaves to lay out again: these cells (the cards of each
    cell come from `by_cell`), the emotion markers if `markers`, and with `axes`
    every row, stage box and curve (the other cells' stacks move to their new place)."""
    cells: set
    by_cell: dict
    markers: bool
    axes: bool = False  # stages or lanes changed: every row, stage box and curve is new


def layout(journey, theme: Theme = STANDARD, measure: Measure = textmod.measure,
           cache: StackCache | None = None, dirty: Dirty | None = None, draft=None,
           view: PersonaView = EVERYONE) -> Layout:
    """The whole layout. With `dirty` (from `relayout`), only its cells and the cells
    a row above them pushed down are stacked again; every other part is the last
    layout's, shared with it (so a layout from `relayout` must not be edited).
    `draft` is a card being typed (an object with a card's fields, id DRAFT_ID, not
    in the journey): it is stacked last in its cell, so its row makes room for it,
    and its box is `Layout.draft`. `view`: which personas' curves are drawn, and which
    dimmed (`model.personas.PersonaView`)."""
    t = theme
    top = t.title_height + (t.persona_height if journey.personas else 0)
    stage_x, x = {}, t.lane_header
    for s in journey.stages:
        stage_x[s.id] = (x, s.width)
        x += s.width
    width = x
    cache = cache or StackCache()
    cache.looks = looks(journey)  # the cards' persona chips (a stack's key holds them)
    last = cache.last if dirty is not None else None
    moved: set = set()  # cells whose stacks only moved with their row or column
    lanes, cells, cell_cards, height, restacked = _rows(journey, stage_x, width, top + t.stage_header,
                                                        t, measure, cache, dirty, draft, moved)
    draft_box = None
    if draft is not None:
        stack = cell_cards.get((draft.stage_id, draft.lane_id))
        draft_box = stack[-1] if stack and stack[-1].id == DRAFT_ID else None
    cards = Cards(cell_cards, draft_box is not None)
    if last is not None and last.height == height and not dirty.axes:
        stages = last.stages  # the axes did not change, nor the columns' height
    else:
        stages = [StageBox(s.id, si, Rect(stage_x[s.id][0], top, s.width, t.stage_header),
                           Rect(stage_x[s.id][0], top, s.width, height - top), s.colour,
                           Lines(textmod.wrap(s.name, s.width - 2 * t.cell_pad, t.stage_text, True, measure),
                                 stage_x[s.id][0] + t.cell_pad, top + t.cell_pad, t.stage_text, True))
                  for si, s in enumerate(journey.stages)]
    rows = [(lane.row.y, lane.row.h) for lane in lanes if holds_markers(lane.kind)]
    if last is not None and not dirty.markers and not dirty.axes \
            and rows == [(e.row.y, e.row.h) for e in last.lanes if holds_markers(e.kind)]:
        markers, emotions = last.markers, last.emotions
    else:
        markers, emotions = _all_emotions(journey, lanes, stage_x, t, measure, cache.looks, view)
    title = Lines((journey.title or "Untitled journey",), t.cell_pad, (t.title_height - t.title_text * 1.3) / 2,
                  t.title_text, True)
    persona, photo, persona_lines = _persona(journey, t, width, measure)
    result = Layout(width, height, title, persona, photo, persona_lines, stages, lanes, cells,
                    cards, markers, emotions, _legend(journey, persona, t, measure, cache.looks, view))
    if last is None:
        result.cell_cards = {cell: cards for cell, stack in cell_cards.items() if (cards := _cards_of(stack))}
        result.card_by_id = CardsById(result.cell_cards, {box.id: (cell, box.index) for cell, stack
                                                          in result.cell_cards.items() for box in _base(stack)})
    else:
        result.card_by_id, result.cell_cards = _patched(last, restacked, cell_cards)
        result.base, result.restacked = last.serial, frozenset(restacked)
        result.moved = frozenset(moved)
    result.draft = draft_box
    cache.remember(journey, result, (id(theme), id(measure), view))
    cache.draft = _draft_key(draft)
    return result


def _cards_of(stack) -> Sequence[CardBox]:
    """A cell's stack without the draft: a copy (the cache keeps the stack itself), or
    a moved stack as it is (read-only; its boxes are made when first read)."""
    if not stack:
        return []
    if _base(stack)[-1].id == DRAFT_ID:
        return [c for c in stack if c.id != DRAFT_ID]
    return stack if isinstance(stack, Shifted) else list(stack)


def _patched(last: Layout, restacked: dict, cell_cards: dict):
    """The last layout's cards by id and by cell, with only the re-stacked cells'
    cards replaced (copying two dicts costs far less than rebuilding them). A cell
    that only moved keeps its cards' places (cell, index): no card is touched."""
    where, by_cell = dict(last.card_by_id.where), dict(last.cell_cards)
    for cell, old in restacked.items():
        for box in _base(old):
            if where.get(box.id, (None,))[0] == cell:  # not a card that has moved on to another cell
                del where[box.id]
    for cell in restacked:
        stack = _cards_of(cell_cards.get(cell, ()))  # none: the cell's stage or lane is gone
        for box in _base(stack):
            where[box.id] = (cell, box.index)
        if stack:
            by_cell[cell] = stack
        else:
            by_cell.pop(cell, None)
    return CardsById(by_cell, where), by_cell


def _all_emotions(journey, lanes, stage_x, t: Theme, measure, persona_looks: dict,
                  view: PersonaView = EVERYONE):
    markers, emotions = [], []
    for lane in lanes:
        if holds_markers(lane.kind):
            box, lane_markers = _emotions(journey, lane, stage_x, t, measure, persona_looks, view)
            emotions.append(box)
            markers.extend(lane_markers)
    return markers, emotions


def _cards_by_cell(journey) -> dict[tuple[int, int], list[dict]]:
    per_cell: dict[tuple[int, int], list[dict]] = {}
    for c in journey.cards:
        d = _values(c)
        per_cell.setdefault((d["stage_id"], d["lane_id"]), []).append(d)
    for cell in per_cell.values():
        cell.sort(key=lambda d: (d["position"], d["id"]))
    return per_cell


def _rows(journey, stage_x, width, y, t: Theme, measure, cache: StackCache, dirty, draft=None,
          moved: set | None = None):
    """Lane boxes, cells and card boxes, row by row; each row as tall as its tallest cell.
    Also the cells whose stacks are new, with the stacks they replace. After a change record
    (`dirty`), a row with no changed cell that nothing moved is taken whole from the cache."""
    per_cell = _cards_by_cell(journey) if dirty is None else None
    if per_cell is not None and draft is not None:  # the last card of its cell
        per_cell.setdefault((draft.stage_id, draft.lane_id), []).append(_values(draft))
    dirty_lanes = {lane_id for _, lane_id in dirty.cells} if dirty is not None else set()
    stages = [(s.id, *stage_x[s.id]) for s in journey.stages]
    lanes, cells, cell_cards, restacked = [], {}, {}, {}
    for li, lane in enumerate(journey.lanes):
        row = cache.rows.get(lane.id)
        if dirty is None or dirty.axes or row is None or row[0] != y or lane.id in dirty_lanes:
            row = _row(li, lane, stages, width, y, t, measure, cache, dirty, per_cell, restacked, moved)
            cache.rows[lane.id] = row
        lanes.append(row[1])
        cells.update(row[2])
        cell_cards.update(row[3])
        y += row[1].row.h
    if dirty is None or dirty.axes:  # a stage or lane gone: its cells' cards go with it
        for cell in [c for c in cache.cells if c not in cells]:
            restacked[cell] = cache.cells.pop(cell)[1]
    return lanes, cells, cell_cards, y, restacked


def _row(li, lane, stages, width, y, t: Theme, measure, cache: StackCache, dirty, per_cell, restacked,
         moved: set | None = None):
    """One lane's row: (its y, its LaneBox, its cells, its card stacks by cell)."""
    kind, lane_id = lane.kind, lane.id
    stacks, tallest = {}, 0.0
    for stage_id, sx, sw in stages:
        cell = (stage_id, lane_id)
        cached = cache.cells.get(cell)
        if dirty is not None and cached is not None and cell not in dirty.cells \
                and cached[0][0] == kind and cached[0][3] == sw:
            # the record says its cards did not change: the same stack, moved with its
            # row or column if a row above grew or shrank or a stage before it went
            # (no text wrapped again)
            stack = cached[1]
            if cached[0][1:3] != (sx, y):
                stack = _moved(stack, sx, y)
                if moved is not None:
                    moved.add(cell)
            cache.cells[cell] = (cached[0][:1] + (sx, y) + cached[0][3:], stack)
        else:
            values = per_cell.get(cell, []) if per_cell is not None else _cell_values(dirty.by_cell, cell)
            key = (kind, sx, y, sw, id(t), id(measure), tuple(tuple(d[k] for k in CARD_FIELDS) for d in values),
                   tuple(cache.looks.items()))
            stack = cached[1] if cached and cached[0] == key else _stack_cards(values, kind, sx, y, sw, t, measure,
                                                                              cache.looks)
            cache.cells[cell] = (key, stack)
        if cached is None or stack is not cached[1]:
            restacked[cell] = cached[1] if cached else []  # the stack it replaces
        stacks[cell] = stack
        if stack:  # from the offsets, so a moved stack's boxes need not be made
            tallest = max(tallest, (y + stack.offsets[-1][0]) + _base(stack)[-1].rect.h - y + t.cell_pad)
    minimum = max(lane.height, t.emotion_min) if holds_markers(kind) else lane.height
    h = max(minimum, tallest)
    name = Lines(textmod.wrap(lane.name, t.lane_header - 2 * t.cell_pad - t.icon - 4, t.lane_text, True,
                              measure), t.cell_pad + t.icon + 4, y + t.cell_pad, t.lane_text, True)
    box = LaneBox(lane_id, li, kind, Rect(0, y, t.lane_header, h), Rect(0, y, width, h), name,
                  cache.looks.get(lane.persona_id))
    return y, box, {(sid, lane_id): Rect(sx, y, sw, h) for sid, sx, sw in stages}, stacks


def _cell_values(by_cell: dict, cell) -> list[dict]:
    values = [_values(c) for c in by_cell.get(cell, ())]
    values.sort(key=lambda d: (d["position"], d["id"]))
    return values


CARD_FIELDS = ("id", "stage_id", "lane_id", "position", "text", "colour", "channel", "votes", "asset_id",
               "personas")


def _values(card) -> dict:
    """A card's values. Loaded ORM values sit in the instance dict, and reading
    them there is ~4x faster than through the attributes on a big map; a card
    not fully loaded (new, or expired) is read the ordinary way."""
    d = card.__dict__
    if all(k in d for k in CARD_FIELDS):
        return d
    return {k: getattr(card, k) for k in CARD_FIELDS}


def feeling_y(box: EmotionBox, feeling: float) -> float:
    return box.neutral_y - feeling / 3.0 * (box.neutral_y - box.top)


def feeling_at(box: EmotionBox, y: float) -> float:
    """The feeling a marker dragged to height y stands for (unclamped)."""
    return (box.neutral_y - y) / (box.neutral_y - box.top) * 3.0


def looks(journey) -> dict[int, Look]:
    """Each persona's look, by id, in persona order."""
    return {p.id: Look(p.colour, p.line, p.shape) for p in journey.personas}


def _emotions(journey, lane: LaneBox, stage_x, t: Theme, measure: Measure, persona_looks: dict,
              view: PersonaView = EVERYONE):
    """The lane's markers (several personas' labels kept apart: `marker_labels`), one
    curve per persona (and per state: today, target), and where the shown personas
    split when the view asks for the band (`persona_split`)."""
    pad = t.cell_pad + t.label_text * 1.6
    box_top, box_bottom = lane.row.y + pad, lane.row.bottom - pad
    neutral = (box_top + box_bottom) / 2
    points: dict[tuple, list] = {}
    out = []
    for m in journey.markers:
        if m.lane_id != lane.id or m.stage_id not in stage_x or not view.shows(m.persona_id):
            continue
        sx, sw = stage_x[m.stage_id]
        x = sx + m.offset * sw
        y = neutral - m.feeling / 3.0 * (neutral - box_top)
        label = Lines(textmod.wrap(m.label, sw * 0.6, t.label_text, False, measure) if m.label else (),
                      x, y + 10, t.label_text)
        target = bool(m.target)
        out.append(MarkerBox(m.id, m.stage_id, m.lane_id, x, y, m.feeling, label, m.persona_id, target,
                             persona_looks.get(m.persona_id), view.dims(m.persona_id)))
        points.setdefault((m.persona_id, target), []).append((x, y))
    order = {persona_id: i for i, persona_id in enumerate(persona_looks)}
    out = marker_labels.settle(out, order, lane.row, measure, t.marker_radius)  # personas' labels apart
    bands = persona_split.bands(out, stage_x, neutral, box_top) if view.split else ()
    curves = tuple(Curve(persona_id, target, persona_looks.get(persona_id), smooth_curve(sorted(pts)),
                         view.dims(persona_id))
                   for (persona_id, target), pts in sorted(  # the dimmed ones behind the focused one
                       points.items(), key=lambda kv: (not view.dims(kv[0][0]), not kv[0][1],
                                                       order.get(kv[0][0], -1))))
    return EmotionBox(lane.id, neutral, box_top, box_bottom, curves, bands), out


def smooth_curve(points: list[tuple[float, float]]) -> tuple:
    """A Catmull-Rom spline through the points, as cubic Bezier segments."""
    segments = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((p1, c1, c2, p2))
    return tuple(segments)


def _legend(journey, strip: Rect | None, t: Theme, measure: Measure, persona_looks: dict,
            view: PersonaView = EVERYONE) -> list[LegendEntry]:
    """With several personas the strip shows each one the view shows, side by side:
    photo, name, role and a stretch of its curve in its look (goals and quotes are in
    the panel)."""
    if strip is None or len(journey.personas) < 2:
        return []
    personas = [p for p in journey.personas if view.shows(p.id)]
    if not personas:
        return []
    pad, size = 8.0, t.persona_text
    column = strip.w / len(personas)
    side = min(strip.h - 2 * pad, 56.0)
    out = []
    for i, p in enumerate(personas):
        x = strip.x + i * column + pad
        photo = Rect(x, strip.y + (strip.h - side) / 2, side, side)
        text_x = photo.right + pad
        text_w = max(column - side - 3 * pad, 20.0)
        name = Lines(textmod.wrap(p.name, text_w, size * 1.2, True, measure)[:1], text_x, strip.y + pad,
                     size * 1.2, True)
        role = Lines(textmod.wrap(p.role, text_w, size, False, measure)[:2], text_x, name.y + name.height + 1, size)
        swatch = Rect(text_x, role.y + max(role.height, size * textmod.LINE_HEIGHT) + 4,
                      min(text_w, 60.0), 16.0)
        out.append(LegendEntry(p.id, p.photo_id, photo, name, role, swatch, persona_looks[p.id],
                               view.dims(p.id)))
    return out


def _persona(journey, t: Theme, width: float, measure: Measure):
    """The first persona as a strip above the stages: who, then goals, frustrations, quote
    (with several personas, the strip alone: `_legend` fills it)."""
    if not journey.personas:
        return None, None, []
    if len(journey.personas) > 1:
        return Rect(0, t.title_height, width, t.persona_height - 8), None, []
    p = journey.personas[0]
    rect = Rect(0, t.title_height, width, t.persona_height - 8)
    size, pad = t.persona_text, 8.0
    photo = Rect(pad, rect.y + pad, rect.h - 2 * pad, rect.h - 2 * pad) if p.photo_id else None
    who_x = (photo.right + pad) if photo else pad
    who_w = max(t.lane_header, who_x + 120) - who_x - pad
    name = Lines(textmod.wrap(p.name, who_w, size * 1.3, True, measure), who_x, rect.y + pad, size * 1.3, True)
    lines = [name, Lines(textmod.wrap(p.role, who_w, size, False, measure), who_x,
                         rect.y + pad + name.height + 2, size)]
    left = who_x + who_w + pad
    col = (width - left) / 3
    max_lines = int((rect.h - 2 * pad) // (size * textmod.LINE_HEIGHT))
    for i, (label, value) in enumerate((("Goals", p.goals), ("Frustrations", p.frustrations),
                                        ("Quote", f"“{p.quote}”" if p.quote else ""))):
        body = textmod.wrap(f"{label}: {value}", col - 2 * pad, size, False, measure)
        if len(body) > max_lines:  # the persona panel shows it all; the strip shows a summary
            body = body[:max_lines - 1] + (body[max_lines - 1].rstrip() + " …",)
        lines.append(Lines(body, left + i * col + pad, rect.y + pad, size))
    return rect, photo, lines
