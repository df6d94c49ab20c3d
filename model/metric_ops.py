"""Operations on metrics and their values: add, edit, reorder and delete a
metric (its values go with it and come back with its undo), add values (an
import is one step) and delete them. A stage deleted takes its values with
it (`take_values`, called by `operations`), and its undo brings them back.

Registered in `operations.OPERATIONS` like the others (`Document` imports this module).
"""
from __future__ import annotations

from . import metrics, rules
from .entities import Metric
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from .metric_values import METRIC_COLUMNS, WHAT_VALUE, checked_value, date as _date, give_values, metric, take_values
from .operations import Op, _update, columns, operation, renumber, reorder
from .plans import set_identity

VALUE_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That metric value no longer exists."))


def _metric_kind(value) -> str:
    if value not in metrics.KINDS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A metric's kind must be one of: %1."),
                                    ", ".join(metrics.KINDS)))
    return value


def _direction(value) -> str:
    if value not in metrics.DIRECTIONS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A metric is better higher or lower.")))
    return value


def _stale_days(value) -> int:
    f = rules.in_range(value, (1, metrics.MAX_STALE_DAYS), Sentence(QT_TRANSLATE_NOOP("Refusal", "The age after "
                                                                                                "which a value is "
                                                                                                "stale")))
    return int(f)


def _optional_number(value):
    return None if value is None else rules.number(value, WHAT_VALUE)


METRIC_FIELDS = {"name": rules.name, "kind": _metric_kind, "unit": rules.name, "direction": _direction,
                 "baseline": _optional_number, "baseline_date": _date, "target": _optional_number,
                 "target_date": _date, "owner": lambda v: rules.name(v, rules.WHAT_OWNER), "stale_days": _stale_days}


def _check_bounds(store, metric: Metric) -> None:
    """A metric's baseline and target lie within its kind's bounds (as its values do)."""
    for attr in ("baseline", "target"):
        if getattr(metric, attr) is not None:
            checked_value(metric.kind, getattr(metric, attr))


@operation
def add_metric(store, index=None, values=(), **fields):
    """A new metric (kind "custom" unless given; its kind's unit unless given);
    `values`: its values, when an undo brings a deleted metric back."""
    item = _new_metric(store, fields, index)
    changed = {"metric": {item.id}}
    if values:
        changed.update(give_values(store, values))
    return Op("delete_metric", {"metric_id": item.id}), changed, item.id


@operation
def delete_metric(store, metric_id):
    item = metric(store, metric_id)
    kept, changed = take_values(store, lambda v: v.metric_id == metric_id)
    data = columns(item, METRIC_COLUMNS)
    undo = Op("add_metric", {"index": store.journey.metrics.index(item), **data, **kept})
    store.journey.metrics.remove(item)
    renumber(store.journey.metrics)
    return undo, {"metric": {metric_id}, **changed}


@operation
def update_metric(store, metric_id, **values):
    item = metric(store, metric_id)
    undo, changed = _update(item, values, METRIC_FIELDS, "metric", "update_metric", "metric_id")
    for value in store.journey.metric_values:  # a new kind keeps every value it has honest
        if value.metric_id == metric_id:
            checked_value(item.kind, value.value)
    _check_bounds(store, item)
    return undo, changed


@operation
def move_metric(store, metric_id, index):
    old = reorder(store.journey.metrics, metric(store, metric_id), int(index))
    return Op("move_metric", {"metric_id": metric_id, "index": old}), {"metric": {metric_id}}


@operation
def add_metric_values(store, values: list):
    """Values of metrics in stages (an import is one step): each {metric_id, stage_id,
    taken (an ISO date), value, n (optional)}."""
    changed = give_values(store, values)
    ids = sorted(changed.get("metric_value", ()))
    return Op("delete_metric_values", {"value_ids": ids}), changed, ids


@operation
def delete_metric_values(store, value_ids: list):
    ids = set(value_ids)
    if not ids <= {v.id for v in store.journey.metric_values}:
        raise JourneyError(VALUE_GONE)
    kept, changed = take_values(store, lambda v: v.id in ids)
    return Op("add_metric_values", {"values": kept.get("values", [])}), changed


def _new_metric(store, fields: dict, index=None) -> Metric:
    fields = dict(fields)
    ident = {"id": fields.pop("id", None), "uuid": fields.pop("uuid", None)}
    fields.pop("position", None)
    item = Metric(**{"kind": metrics.DEFAULT, **rules.fields(fields, METRIC_FIELDS)})
    if "unit" not in fields:
        item.unit = metrics.kind(item.kind).unit
    _check_bounds(store, item)
    set_identity(item, ident)
    store.journey.metrics.append(item)
    store.session.flush()
    reorder(store.journey.metrics, item, len(store.journey.metrics) if index is None else index)
    return item


@operation
def import_metrics(store, new_metrics=(), values=()):
    """An import, one step: the metrics it names that the map lacks (each with its
    uuid), then its values ({metric_id, or metric: a uuid; stage_id, taken, value, n})."""
    made = [_new_metric(store, data) for data in new_metrics]
    by_uuid = {m.uuid: m.id for m in store.journey.metrics}
    rows = [{k: v for k, v in {**data, "metric_id": data.get("metric_id") or by_uuid.get(data.get("metric"))}.items()
             if k != "metric"} for data in values]
    changed = give_values(store, rows)
    ids = sorted(changed.get("metric_value", ()))
    return (Op("unimport_metrics", {"metric_ids": [m.id for m in made], "value_ids": ids}),
            {"metric": {m.id for m in made}, **changed})


@operation
def unimport_metrics(store, metric_ids: list, value_ids: list):
    """The undo of an import: its values, then the metrics it made."""
    ids = set(value_ids)
    kept, changed = take_values(store, lambda v: v.id in ids)
    gone = [metric(store, i) for i in metric_ids]
    data = [columns(m, METRIC_COLUMNS) for m in gone]
    for m in gone:
        store.journey.metrics.remove(m)
    renumber(store.journey.metrics)
    return (Op("import_metrics", {"new_metrics": data, "values": kept.get("values", [])}),
            {"metric": set(metric_ids), **changed})
