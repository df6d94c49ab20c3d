"""Metrics that are numbers: their kinds, what a stage's latest value says
(the change since the baseline, whether it is stale), and the standard scores
computed from a survey's raw answers.

Each kind has honest fixed bounds (NPS −100…+100), used to check values and to
draw small multiples on the same axes. NPS is the share of promoters (9–10)
minus the share of detractors (0–6) on a 0–10 question; CSAT the share of
satisfied answers (4–5) on a 1–5 question; CES the mean answer on a 1–7
question (7: it was easy). Each result keeps its n.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MetricKind:
    key: str
    label: str                      # marked for translation, context "Metrics"
    unit: str                       # the default unit
    bounds: tuple[float, float]     # every value of this kind lies within
    direction: str = "higher"       # which way is better, by default
    survey: tuple[int, int] | None = None  # the answers' scale, for kinds computed from a survey


BIG = 1e12  # no currency amount or custom figure a map needs is larger
KINDS: dict[str, MetricKind] = {k.key: k for k in (
    MetricKind("nps", QT_TRANSLATE_NOOP("Metrics", "Net Promoter Score"), "", (-100, 100), survey=(0, 10)),
    MetricKind("csat", QT_TRANSLATE_NOOP("Metrics", "Customer satisfaction (CSAT)"), "%", (0, 100), survey=(1, 5)),
    MetricKind("ces", QT_TRANSLATE_NOOP("Metrics", "Customer effort score (CES)"), "", (1, 7), survey=(1, 7)),
    MetricKind("conversion", QT_TRANSLATE_NOOP("Metrics", "Conversion rate"), "%", (0, 100)),
    MetricKind("retention", QT_TRANSLATE_NOOP("Metrics", "Retention rate"), "%", (0, 100)),
    MetricKind("clv", QT_TRANSLATE_NOOP("Metrics", "Customer lifetime value"), "", (0, BIG)),
    MetricKind("aov", QT_TRANSLATE_NOOP("Metrics", "Average order value"), "", (0, BIG)),
    MetricKind("custom", QT_TRANSLATE_NOOP("Metrics", "Custom"), "", (-BIG, BIG)),
)}
DEFAULT = "custom"
DIRECTIONS = ("higher", "lower")
MAX_STALE_DAYS = 3650
# names a column or a metric may go by, for guessing a kind on import
NAMES = {"nps": "nps", "net promoter score": "nps", "csat": "csat", "satisfaction": "csat", "ces": "ces",
         "customer effort score": "ces", "effort score": "ces", "conversion": "conversion",
         "conversion rate": "conversion", "retention": "retention", "retention rate": "retention",
         "clv": "clv", "ltv": "clv", "lifetime value": "clv", "aov": "aov", "average order value": "aov"}


def kind(key: str) -> MetricKind:
    return KINDS.get(key, KINDS[DEFAULT])


def guess_kind(name: str) -> str:
    return NAMES.get(" ".join(name.lower().split()), DEFAULT)


@dataclass(frozen=True)
class Reading:
    """What a metric says in one stage: its latest value and how it stands."""
    value: float
    n: int | None
    taken: str
    change: float | None      # since the baseline (None without one)
    better: bool | None       # the change goes the metric's way (None: no change to judge)
    stale: bool               # older than the metric's `stale_days`
    history: tuple[float, ...]  # every value in the stage, oldest first (the sparkline)


def reading(metric, values, stage_id: int, today: datetime.date) -> Reading | None:
    """The metric's reading in a stage from its values (any order), None with no value there."""
    here = sorted((v for v in values if v.metric_id == metric.id and v.stage_id == stage_id),
                  key=lambda v: (v.taken, v.id))
    if not here:
        return None
    last = here[-1]
    change = None if metric.baseline is None else last.value - metric.baseline
    better = None if not change else (change > 0) == (metric.direction == "higher")
    try:
        age = (today - datetime.date.fromisoformat(last.taken)).days
    except ValueError:
        age = 0
    return Reading(last.value, last.n, last.taken, change, better, age > metric.stale_days,
                   tuple(v.value for v in here))


# -- from a survey's raw answers --------------------------------------------------------

def nps(answers: list[float]) -> float:
    promoters = sum(1 for a in answers if a >= 9)
    detractors = sum(1 for a in answers if a <= 6)
    return round(100.0 * (promoters - detractors) / len(answers), 1)


def csat(answers: list[float]) -> float:
    return round(100.0 * sum(1 for a in answers if a >= 4) / len(answers), 1)


def ces(answers: list[float]) -> float:
    return round(sum(answers) / len(answers), 2)


SCORES = {"nps": nps, "csat": csat, "ces": ces}
