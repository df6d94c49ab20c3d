"""Quick-capture syntax: what a typed line means. Pure Python (no Qt), so the
rules are tested on their own and the docs can quote them.

- `! text`  a pain point, `+ text` an opportunity, `? text` a thought/question:
  the card goes to that lane of the *same stage*; the focus stays where it is.
- `-2`, `+1 relieved`: the stage's feeling on the emotion curve (with a label).
  The sign says "this is a feeling", so a note such as "2 kids at home" stays a
  card; a bare digit alone ("0", "3") is a feeling too, and in the emotion lane
  itself a leading digit always is.
- anything else: a card in the focused cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PREFIXES = {"!": "pain_points", "+": "opportunities", "?": "thoughts"}
ROUTE_LABELS = {"pain_points": "Pain point", "opportunities": "Opportunity", "thoughts": "Thought"}
# typists reach for the ASCII hyphen, but pasted text carries real minus and en dashes
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_FEELING = re.compile(r"^(?P<sign>[+-]?)(?P<digit>[0-3])(?:\s+(?P<label>.*))?$", re.DOTALL)


@dataclass(frozen=True)
class Capture:
    text: str                     # the card text, or the marker label for a feeling
    lane_kind: str | None = None  # send to the first lane of this kind in the stage
    feeling: float | None = None  # set the stage's feeling instead of adding a card


def parse(raw: str, in_emotions: bool = False) -> Capture | None:
    """What a captured line asks for; None when there is nothing to capture."""
    line = raw.strip()
    if not line:
        return None
    feeling = _feeling(line.translate(_MINUS), in_emotions)
    if feeling is not None:
        return feeling
    kind = PREFIXES.get(line[0])
    if kind is None:
        return Capture(line)
    rest = line[1:].strip()
    return Capture(rest, kind) if rest else None


def _feeling(line: str, in_emotions: bool) -> Capture | None:
    match = _FEELING.match(line)
    if match is None:
        return None
    label = (match["label"] or "").strip()
    if not match["sign"] and label and not in_emotions:
        return None  # "2 kids at home" is a note, not a feeling
    value = float(match["digit"]) * (-1 if match["sign"] == "-" else 1)
    return Capture(label, None, value)


def describe(capture: Capture | None) -> str:
    """A short hint of where a draft will go, shown beside it while typing."""
    if capture is None:
        return ""
    if capture.feeling is not None:
        return f"Feeling {capture.feeling:+.0f}".replace("+0", "0")
    if capture.lane_kind:
        return f"→ {ROUTE_LABELS[capture.lane_kind]}"
    return ""
