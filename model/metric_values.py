"""A metric's values as operations see them: the checks a value passes (the
kind's bounds, a real date, n of 1 or more) and taking values out of the map
and bringing them back (`take_values`, `give_values`): a deleted stage or
metric keeps its values in its undo. Free of `operations`, which calls it."""
from __future__ import annotations

from . import metrics, rules
from .entities import Metric, MetricValue
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from .plans import set_identity

METRIC_COLUMNS = ("id", "uuid", "name", "kind", "unit", "direction", "baseline", "baseline_date", "target",
                  "target_date", "owner", "stale_days")
VALUE_COLUMNS = ("id", "uuid", "metric_id", "stage_id", "taken", "value", "n")
METRIC_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That metric no longer exists."))
WHAT_VALUE = Sentence(QT_TRANSLATE_NOOP("Refusal", "A metric's value"))


def date(value) -> str:
    value = "" if value is None else value
    if not rules.date_ok(value):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A date must be written like 2026-12-31.")))
    return value


def checked_value(kind_key: str, value) -> float:
    """A value of a metric of this kind: a number within the kind's bounds."""
    return rules.in_range(value, metrics.kind(kind_key).bounds, WHAT_VALUE)


def sample_size(value) -> int | None:
    if value is None or value == "":
        return None
    f = rules.number(value, Sentence(QT_TRANSLATE_NOOP("Refusal", "A sample size")))
    if f != int(f) or f < 1:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A sample size (n) is a whole number of 1 "
                                                                 "or more.")))
    return int(f)


def metric(store, metric_id) -> Metric:
    return store.find(store.journey.metrics, metric_id, METRIC_GONE)


def take_values(store, which) -> tuple[dict, dict]:
    """Take the values `which(value)` picks out of the map: (undo data, changed ids)."""
    gone = [v for v in store.journey.metric_values if which(v)]
    if not gone:
        return {}, {}
    ids = {id(v) for v in gone}
    store.journey.metric_values[:] = [v for v in store.journey.metric_values if id(v) not in ids]
    store.session.flush()  # their rows go before a stage's or a metric's do
    return ({"values": [{n: getattr(v, n) for n in VALUE_COLUMNS} for v in gone]},
            {"metric_value": {v.id for v in gone}})


def give_values(store, values) -> dict:
    """Add values ({metric_id, stage_id, taken, value, n}; id and uuid when an undo
    brings them back): changed ids."""
    if not values:
        return {}  # no flush: a stage's undo with no values to bring back pays nothing here
    made = []
    for data in values:
        item = metric(store, data.get("metric_id"))
        store.stage(data.get("stage_id"))
        taken = date(data.get("taken"))
        if not taken:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A metric value needs the date it was "
                                                                     "taken.")))
        value = MetricValue(metric_id=item.id, stage_id=data["stage_id"], taken=taken,
                            value=checked_value(item.kind, data.get("value")), n=sample_size(data.get("n")))
        set_identity(value, data)
        store.journey.metric_values.append(value)
        made.append(value)
    store.session.flush()
    return {"metric_value": {v.id for v in made}} if made else {}
