"""The split band: where the personas' felt curves part. No Qt.

In a stage where two shown personas feel 2 points or more apart (`SPLIT`), an
optional band marks the stage in the emotions lane, from the highest of their
feelings to the lowest: the place a facilitator asks "why do they differ here?".
A persona's feeling in a stage is the mean of its felt markers there (its
target curve, the future state, is not what anyone feels today); a persona
with no marker in the stage has no say there. The band is a view option
(`PersonaView.split`, off by default): the layout makes it (`EmotionBox.bands`)
and `model.drawing` draws it once for screen and print.
"""
from __future__ import annotations

from .boxes import MarkerBox, Rect

SPLIT = 2.0      # points apart on the -3..+3 scale
INSET = 4.0      # the band stays this far inside the stage's column
PAD = 6.0        # and reaches this far past the highest and lowest feeling


def stage_feelings(markers: list[MarkerBox]) -> dict[int, dict]:
    """stage id -> {persona id: mean felt feeling}, over markers of one lane."""
    sums: dict[int, dict] = {}
    for m in markers:
        if m.target or m.persona_id is None:
            continue
        total, n = sums.setdefault(m.stage_id, {}).get(m.persona_id, (0.0, 0))
        sums[m.stage_id][m.persona_id] = (total + m.feeling, n + 1)
    return {stage: {p: total / n for p, (total, n) in by_persona.items()} for stage, by_persona in sums.items()}


def split_stages(markers: list[MarkerBox]) -> dict[int, tuple[float, float]]:
    """stage id -> (lowest, highest) feeling, for the stages where personas split."""
    out = {}
    for stage, feelings in stage_feelings(markers).items():
        if len(feelings) > 1 and max(feelings.values()) - min(feelings.values()) >= SPLIT:
            out[stage] = (min(feelings.values()), max(feelings.values()))
    return out


def bands(markers: list[MarkerBox], columns: dict, neutral_y: float, top: float) -> tuple[Rect, ...]:
    """The bands of one emotions lane: `columns` is stage id -> (x, width), `neutral_y`
    and `top` the y of 0 and of +3 (as `EmotionBox`)."""
    scale = (neutral_y - top) / 3.0
    out = []
    for stage, (low, high) in sorted(split_stages(markers).items(), key=lambda kv: columns[kv[0]][0]):
        x, w = columns[stage]
        y_high, y_low = neutral_y - high * scale, neutral_y - low * scale
        out.append(Rect(x + INSET, y_high - PAD, w - 2 * INSET, y_low - y_high + 2 * PAD))
    return tuple(out)
