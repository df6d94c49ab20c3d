"""Checking what a file says about scores, links and actions (schema 4), with
the same bounds edits use (`rules`, `scoring`): a value out of range is
cleared or set back to its default, a link or an action pointing at a card
the map does not hold is left out, and each repair is counted for the one
sentence per kind the user reads (see `validate`)."""
from __future__ import annotations

from . import metrics, rules, scoring
from .values import ACTION_STATUSES
from .errors import QT_TRANSLATE_NOOP


def validate_plans(journey, r) -> None:
    """`r`: the `validate._Repairs` of this open (counts and fixes). Metrics too."""
    if journey.scoring is None:  # a journey made in memory, not read: the columns' defaults
        journey.scoring, journey.quadrants = scoring.DEFAULT, ""
    r.fix(journey, "scoring", lambda v: v in scoring.MODELS, scoring.DEFAULT,
          QT_TRANSLATE_NOOP("Repairs", "the scoring model was unknown"))
    r.fix(journey, "quadrants", _quadrants_ok, "", QT_TRANSLATE_NOOP("Repairs", "a quadrant name was unreadable or "
                                                                                "too long"))
    for card in journey.cards:
        for key, criterion in scoring.CRITERIA.items():
            r.fix(card, key, lambda v, c=criterion: v is None or _score_ok(v, c), None,
                  QT_TRANSLATE_NOOP("Repairs", "a score was out of range and was cleared"))
    cards = {c.id for c in journey.cards}
    seen = set()
    for link in list(journey.links):
        pair = (link.opportunity_id, link.pain_point_id)
        if link.opportunity_id not in cards or link.pain_point_id not in cards or pair[0] == pair[1] \
                or pair in seen:
            journey.links.remove(link)
            r.counts[QT_TRANSLATE_NOOP("Repairs", "a link pointed at a missing card and was left out")] += 1
            continue
        seen.add(pair)
    for action in list(journey.action_items):
        if action.card_id not in cards:
            journey.action_items.remove(action)
            r.counts[QT_TRANSLATE_NOOP("Repairs", "an action belonged to a missing card and was left out")] += 1
            continue
        r.position(action)
        for attr in ("title", "owner", "tracker_key"):
            r.text(action, attr, rules.MAX_NAME, QT_TRANSLATE_NOOP(
                    "Repairs", "an action's title, owner or tracker key was unreadable or too long"))
        r.fix(action, "due", rules.date_ok, "", QT_TRANSLATE_NOOP("Repairs", "a due date was not a date and was "
                                                                             "cleared"))
        r.fix(action, "status", lambda v: v in ACTION_STATUSES, ACTION_STATUSES[0],
              QT_TRANSLATE_NOOP("Repairs", "an action's status was unknown"))
    validate_metrics(journey, r)


def validate_metrics(journey, r) -> None:
    """A metric's kind, direction, dates and bounds; a value of a missing metric or
    stage is left out, one off its kind's bounds or undated too; n below 1 is cleared."""
    for m in journey.metrics:
        r.position(m)
        for attr in ("name", "unit", "owner"):
            r.text(m, attr, rules.MAX_NAME, QT_TRANSLATE_NOOP("Repairs", "a metric's name, unit or owner was "
                                                                         "unreadable or too long"))
        r.fix(m, "kind", lambda v: v in metrics.KINDS, metrics.DEFAULT,
              QT_TRANSLATE_NOOP("Repairs", "a metric's kind was unknown"))
        r.fix(m, "direction", lambda v: v in metrics.DIRECTIONS, "higher",
              QT_TRANSLATE_NOOP("Repairs", "a metric was neither better higher nor lower"))
        lo, hi = metrics.kind(m.kind).bounds
        for attr in ("baseline", "target"):
            r.fix(m, attr, lambda v: v is None or (type(v) in (int, float) and lo <= v <= hi), None,
                  QT_TRANSLATE_NOOP("Repairs", "a metric's baseline or target was out of range and was cleared"))
        for attr in ("baseline_date", "target_date"):
            r.fix(m, attr, rules.date_ok, "", QT_TRANSLATE_NOOP("Repairs", "a metric's date was not a date and "
                                                                           "was cleared"))
        r.fix(m, "stale_days", lambda v: type(v) is int and 1 <= v <= metrics.MAX_STALE_DAYS, 90,
              QT_TRANSLATE_NOOP("Repairs", "a metric's age for stale values was out of range"))
    journey.metrics.sort(key=lambda m: (m.position, m.id))
    kinds = {m.id: metrics.kind(m.kind) for m in journey.metrics}
    stages = {s.id for s in journey.stages}
    for v in list(journey.metric_values):
        kind = kinds.get(v.metric_id)
        ok = kind is not None and v.stage_id in stages and rules.date_ok(v.taken) and v.taken != "" and \
            type(v.value) in (int, float) and kind.bounds[0] <= v.value <= kind.bounds[1]
        if not ok:
            journey.metric_values.remove(v)
            r.counts[QT_TRANSLATE_NOOP("Repairs", "a metric value was out of range, undated or of a missing "
                                                  "metric or stage and was left out")] += 1
            continue
        r.fix(v, "n", lambda n: n is None or (type(n) is int and n >= 1), None,
              QT_TRANSLATE_NOOP("Repairs", "a sample size was not a whole number of 1 or more and was cleared"))


def _score_ok(value, criterion) -> bool:
    lo, hi = criterion.bounds
    return type(value) in (int, float) and lo <= value <= hi and (not criterion.whole or value == int(value))


def _quadrants_ok(value) -> bool:
    if not isinstance(value, str):
        return False
    names = value.split("\n")
    return len(names) <= len(scoring.QUADRANTS) and all(len(n) <= rules.MAX_NAME for n in names)
