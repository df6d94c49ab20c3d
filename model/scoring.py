"""Scoring opportunities: the criteria, the scoring models a map may choose,
a card's score and rank, and where it sits on the impact × effort matrix.

A map chooses one model (`journey.scoring`): impact × effort (the default,
the matrix every workshop draws), RICE or ICE. Each criterion keeps one scale
whatever the model, so a card scored under one model keeps its values under
another and the matrix can always place it by impact and effort:
impact, effort and ease 1–5, reach 0 up (people a quarter), confidence 0–100 %.
RICE usually counts effort in person-months; Wayline keeps its 1–5 effort so
one matrix places every card.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .errors import QT_TRANSLATE_NOOP, Sentence


@dataclass(frozen=True)
class Criterion:
    key: str                      # the card's column
    label: str                    # marked for translation, context "Scoring"
    bounds: tuple[float, float]
    whole: bool = True            # a whole number (the 1–5 scales); reach and confidence too
    unit: str = ""


CRITERIA: dict[str, Criterion] = {c.key: c for c in (
    Criterion("impact", QT_TRANSLATE_NOOP("Scoring", "Impact"), (1, 5)),
    Criterion("effort", QT_TRANSLATE_NOOP("Scoring", "Effort"), (1, 5)),
    Criterion("reach", QT_TRANSLATE_NOOP("Scoring", "Reach"), (0, 1_000_000_000)),
    Criterion("confidence", QT_TRANSLATE_NOOP("Scoring", "Confidence"), (0, 100), unit="%"),
    Criterion("ease", QT_TRANSLATE_NOOP("Scoring", "Ease"), (1, 5)),
)}


@dataclass(frozen=True)
class Model:
    key: str                      # as stored in `journey.scoring`
    label: str
    criteria: tuple[str, ...]     # what a card needs for a score, in the order a form asks
    formula: Callable[..., float]
    explained: str                # the formula in words, for the side panel and the docs


MODELS: dict[str, Model] = {m.key: m for m in (
    Model("impact_effort", QT_TRANSLATE_NOOP("Scoring", "Impact × effort"), ("impact", "effort"),
          lambda impact, effort: impact / effort,
          QT_TRANSLATE_NOOP("Scoring", "impact ÷ effort")),
    Model("rice", QT_TRANSLATE_NOOP("Scoring", "RICE"), ("reach", "impact", "confidence", "effort"),
          lambda reach, impact, confidence, effort: reach * impact * confidence / 100 / effort,
          QT_TRANSLATE_NOOP("Scoring", "reach × impact × confidence ÷ effort")),
    Model("ice", QT_TRANSLATE_NOOP("Scoring", "ICE"), ("impact", "confidence", "ease"),
          lambda impact, confidence, ease: impact * confidence / 100 * ease,
          QT_TRANSLATE_NOOP("Scoring", "impact × confidence × ease")),
)}
DEFAULT = "impact_effort"

# The matrix: effort across (low on the left), impact up. A card on the middle
# line (3) counts as high: a 3/3 card is a big bet, not a money pit.
MIDDLE = 3
QUADRANTS = (  # in the order `journey.quadrants` stores their names, one a line
    ("quick_wins", QT_TRANSLATE_NOOP("Scoring", "Quick wins")),    # high impact, low effort
    ("big_bets", QT_TRANSLATE_NOOP("Scoring", "Big bets")),        # high impact, high effort
    ("fill_ins", QT_TRANSLATE_NOOP("Scoring", "Fill-ins")),        # low impact, low effort
    ("money_pits", QT_TRANSLATE_NOOP("Scoring", "Money pits")),    # low impact, high effort
)


def model(key: str) -> Model:
    """The model stored as `key`; an unknown key reads as the default (a map from
    a newer Wayline still opens; `validate` repairs it)."""
    return MODELS.get(key, MODELS[DEFAULT])


def score(card, scoring: str) -> float | None:
    """The card's score under the map's model, or None while a criterion it
    needs is unscored."""
    m = model(scoring)
    values = [getattr(card, key) for key in m.criteria]
    if any(v is None for v in values):
        return None
    return m.formula(*values)


def ranked(cards, scoring: str) -> list[tuple[int, object, float]]:
    """(rank, card, score) for the scored cards, best first; equal scores share a
    rank (1, 2, 2, 4), and keep their map order among themselves."""
    scored = [(s, i, c) for i, c in enumerate(cards) if (s := score(c, scoring)) is not None]
    scored.sort(key=lambda t: (-t[0], t[1]))
    out, rank, last = [], 0, None
    for n, (s, _, c) in enumerate(scored, 1):
        if s != last:
            rank, last = n, s
        out.append((rank, c, s))
    return out


def quadrant(impact: float | None, effort: float | None) -> str | None:
    """The quadrant key of a card with both impact and effort scored, else None
    (it waits in the matrix's tray)."""
    if impact is None or effort is None:
        return None
    high, hard = impact >= MIDDLE, effort >= MIDDLE
    return {(True, False): "quick_wins", (True, True): "big_bets",
            (False, False): "fill_ins", (False, True): "money_pits"}[(high, hard)]


def quadrant_names(stored: str, defaults: list[str] | None = None) -> list[str]:
    """The four quadrant names of a map: its own where `journey.quadrants` has a
    line for one, else the default (`defaults`: translated, or the English)."""
    defaults = defaults or [str(Sentence(label)) for _, label in QUADRANTS]
    lines = stored.split("\n") if stored else []
    return [lines[i] if i < len(lines) and lines[i].strip() else defaults[i] for i in range(len(QUADRANTS))]
