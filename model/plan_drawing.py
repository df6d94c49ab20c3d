"""The plan's printed pages as display lists (issue 15 item 8): the ranked
action plan as a table, and the metrics per stage as small multiples on honest
fixed axes (NPS −100…+100, a rate 0…100 %). The matrix page is
`matrix_drawing.draw_matrix`. Every page is laid out here in points, top-left
origin, for a page `width` × `height`; a backend only draws it.
"""
from __future__ import annotations

import datetime

from . import metrics as metricsmod
from . import text as textmod
from .backlog import backlog
from .boxes import Lines
from .display import Box, Dots, Path, Primitive, Text
from .theme import STANDARD, Theme

LINE = "#8a93a3"
RULE = "#d5d9e0"
HEAD = "#eef1f5"
GOOD, BAD, TARGET = "#2e8b57", "#c0392b", "#1d6fd8"
STATUS = {"not_started": "Not started", "in_progress": "In progress", "done": "Done", "dropped": "Dropped"}
# the action plan's columns: (title, share of the width, right-aligned)
COLUMNS = (("Rank", 0.06, True), ("Opportunity", 0.30, False), ("Stage", 0.12, False), ("Score", 0.07, True),
           ("Action", 0.19, False), ("Owner", 0.09, False), ("Due", 0.08, False), ("Status", 0.09, False))


def _title(text: str, x: float, y: float, theme: Theme) -> Text:
    return Text(Lines((text,), x, y, theme.stage_text, True), theme.text)


def action_plan(journey, width: float, height: float, theme: Theme = STANDARD,
                measure=textmod.measure, margin: float = 36.0) -> list[list[Primitive]]:
    """The ranked action plan, as many pages as it needs: a row per action item
    (an opportunity with none has a row of its own), its cells wrapped."""
    size = theme.label_text + 1
    pitch = size * textmod.LINE_HEIGHT
    inner = width - 2 * margin
    xs, x = [], margin
    for _, share, _ in COLUMNS:
        xs.append(x)
        x += share * inner
    rows = []
    for entry in backlog(journey):
        for item in entry.items or [None]:
            rows.append(["" if entry.rank is None else str(entry.rank), entry.card.text, entry.stage,
                         "" if entry.score is None else f"{entry.score:.3g}", item.title if item else "",
                         item.owner if item else "", item.due if item else "", STATUS[item.status] if item else ""])
    pages, page, y = [], None, 0.0

    def new_page():
        nonlocal page, y
        page = [_title(f"Action plan: {journey.title or 'Untitled journey'}", margin, margin - 8, theme)]
        y = margin + 22
        page.append(Box(margin, y, inner, pitch + 8, fill=HEAD))
        for (name, share, right), cx in zip(COLUMNS, xs):
            x = cx + share * inner - 6 - measure(name, size, True) if right else cx + 4
            page.append(Text(Lines((name,), x, y + 4, size, True), theme.text))
        y += pitch + 8
        pages.append(page)

    new_page()
    for row in rows:
        cells = [textmod.wrap(value or "", share * inner - 8, size, False, measure)[:4]
                 for value, (_, share, _) in zip(row, COLUMNS)]
        h = max(len(c) for c in cells) * pitch + 8
        if y + h > height - margin:
            new_page()
        for lines, (_, share, right), cx in zip(cells, COLUMNS, xs):
            if right:
                page.append(Text(Lines(lines, cx + share * inner - 6 - measure(lines[0], size), y + 4,
                                       size), theme.text))
            else:
                page.append(Text(Lines(lines, cx + 4, y + 4, size), theme.text))
        y += h
        page.append(Path((("M", margin, y), ("L", margin + inner, y)), stroke=RULE, width=0.5))
    if not rows:
        page.append(Text(Lines(("No opportunities on this map yet.",), margin, y + 8, size), theme.muted))
    return pages


def axis_of(metric, values) -> tuple[float, float]:
    """A metric's fixed axis: its kind's bounds where they are finite and honest
    (NPS −100…100, rates 0…100), else its values', baseline's and target's range
    with zero in it."""
    kind = metricsmod.kind(metric.kind)
    lo, hi = kind.bounds
    if hi - lo <= 1000:
        return lo, hi
    seen = [v.value for v in values] + [x for x in (metric.baseline, metric.target) if x is not None] + [0.0]
    lo, hi = min(seen), max(seen)
    return (lo, hi) if hi > lo else (lo - 1, hi + 1)


def metrics_pages(journey, width: float, height: float, today: datetime.date, theme: Theme = STANDARD,
                  margin: float = 36.0) -> list[list[Primitive]]:
    """Small multiples: a row per metric, a panel per stage, every panel of a row on
    the row's one axis; each value a dot (the latest larger), the baseline grey, the
    target blue, the latest value written with its n, stale ones in grey."""
    stages = list(journey.stages)
    if not journey.metrics:
        return []
    size = theme.label_text
    label_w, gap = 150.0, 6.0
    panel_w = (width - 2 * margin - label_w) / max(len(stages), 1) - gap
    row_h = 96.0
    pages, page, y = [], None, 0.0
    for metric in journey.metrics:
        if page is None or y + row_h > height - margin:
            page = [_title(f"Metrics: {journey.title or 'Untitled journey'}", margin, margin - 8, theme)]
            y = margin + 24
            for i, stage in enumerate(stages):
                x = margin + label_w + i * (panel_w + gap)
                page.append(Text(Lines(textmod.wrap(stage.name, panel_w, size, True)[:1], x, y, size, True),
                                 theme.text))
            y += size * textmod.LINE_HEIGHT + 4
            pages.append(page)
        values = [v for v in journey.metric_values if v.metric_id == metric.id]
        lo, hi = axis_of(metric, values)
        name = textmod.wrap(metric.name or "Metric", label_w - 10, size + 1, True)[:2]
        page.append(Text(Lines(name, margin, y + 4, size + 1, True), theme.text))
        scale = f"{lo:g} to {hi:g}{metric.unit}" + ("" if metric.direction == "higher" else ", lower is better")
        page.append(Text(Lines((scale,), margin, y + 8 + len(name) * (size + 1) * textmod.LINE_HEIGHT, size),
                         theme.muted))
        for i, stage in enumerate(stages):
            x = margin + label_w + i * (panel_w + gap)
            page += _panel(metric, values, stage.id, x, y, panel_w, row_h - 14, lo, hi, today, theme)
        y += row_h
    return pages


def _panel(metric, values, stage_id, x, y, w, h, lo, hi, today, theme: Theme) -> list[Primitive]:
    size = theme.label_text
    top, bottom = y + size * 2.4, y + h

    def at(v: float) -> float:
        return bottom - (v - lo) / (hi - lo) * (bottom - top)
    out: list[Primitive] = [Box(x, y, w, h, stroke=RULE, width=0.5)]
    if lo < 0 < hi:
        out.append(Path((("M", x, at(0)), ("L", x + w, at(0))), stroke=RULE, width=0.5))
    for value, colour in ((metric.baseline, LINE), (metric.target, TARGET)):
        if value is not None:
            out.append(Path((("M", x + 2, at(value)), ("L", x + w - 2, at(value))), stroke=colour, width=0.8,
                            dash=(3.0, 2.0)))
    reading = metricsmod.reading(metric, values, stage_id, today)
    if reading is None:
        out.append(Text(Lines(("—",), x + w / 2, y + 4, size), theme.muted, centre=True))
        return out
    history = reading.history
    step = (w - 16) / max(len(history) - 1, 1)
    points = [(x + 8 + i * step if len(history) > 1 else x + w / 2, at(v)) for i, v in enumerate(history)]
    if len(points) > 1:
        out.append(Path((("M", *points[0]), *(("L", *p) for p in points[1:])), stroke=LINE, width=0.8))
    out.append(Dots(tuple(points[:-1]), 1.6, LINE))
    colour = LINE if reading.stale else (GOOD if reading.better else BAD if reading.better is False else theme.text)
    out.append(Dots((points[-1],), 2.6, colour))
    figure = f"{reading.value:g}{metric.unit}" + ("" if reading.n is None else f" (n={reading.n})")
    out.append(Text(Lines((figure,), x + 4, y + 3, size + 1, True), LINE if reading.stale else theme.text))
    return out
