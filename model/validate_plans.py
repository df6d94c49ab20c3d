"""Checking what a file says about scores, links and actions (schema 4), with
the same bounds edits use (`rules`, `scoring`): a value out of range is
cleared or set back to its default, a link or an action pointing at a card
the map does not hold is left out, and each repair is counted for the one
sentence per kind the user reads (see `validate`)."""
from __future__ import annotations

from . import rules, scoring
from .entities import ACTION_STATUSES
from .errors import QT_TRANSLATE_NOOP


def validate_plans(journey, r) -> None:
    """`r`: the `validate._Repairs` of this open (counts and fixes)."""
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


def _score_ok(value, criterion) -> bool:
    lo, hi = criterion.bounds
    return type(value) in (int, float) and lo <= value <= hi and (not criterion.whole or value == int(value))


def _quadrants_ok(value) -> bool:
    if not isinstance(value, str):
        return False
    names = value.split("\n")
    return len(names) <= len(scoring.QUADRANTS) and all(len(n) <= rules.MAX_NAME for n in names)
