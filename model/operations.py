"""Model operations: each changes the journey and says how to undo it.

An operation is named data, `Op("move_cards", {...})`, so an undo command can
hold plain values and replay them. `Document.apply(op)` runs one operation in
one transaction and returns a `Change`: the inverse `Op` and which ids of which
kinds changed (what a view must refresh; `Change.record` is it typed, see
`model.changes`). Deleting keeps the ids: the inverse re-creates rows with the
same ids, so later undo steps still find them. Pictures go with the rows that
use them (see `pictures`): an operation that leaves a picture unused deletes
it, and its undo carries the bytes back.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import pictures, rules
from .errors import QT_TRANSLATE_NOOP, Sentence  # refusals the editor translates
from .changes import Changes
from .op import Op
from .entities import EmotionMarker, Lane, Stage
from .errors import JourneyError
from .lanes import DEFAULT as DEFAULT_KIND
from .lanes import holds_markers as is_marker_kind
from .persona_refs import FIRST, check_persona, personas_here
from . import metric_values, plans
from .plans import set_identity as _identity
from .store import NewCard


@dataclass
class Change:
    op: Op
    undo: Op
    changed: dict[str, set[int]]  # kind ("stage", "card", ...) -> ids
    result: object = None  # e.g. the ids an add created

    @property
    def record(self) -> Changes:
        """The typed change record views act on (the editor sets its origin)."""
        return Changes.of(self.changed, origin="model")


OPERATIONS: dict[str, Callable] = {}


def operation(fn):
    OPERATIONS[fn.__name__] = fn
    return fn


def renumber(items) -> None:
    for i, item in enumerate(items):
        item.position = i


def reorder(items, item, index: int) -> int:
    """Move `item` to `index` in an ordered collection; return its old index."""
    order = list(items)
    old = order.index(item)
    order.remove(item)
    order.insert(max(0, min(index, len(order))), item)
    renumber(order)
    items.sort(key=lambda x: x.position)  # same members, so no orphan cascade fires
    return old


def columns(obj, names) -> dict:
    return {n: getattr(obj, n) for n in names}


# Undo data keeps a row's id and uuid, so undoing a delete re-creates the same row.
CARD_COLUMNS = ("id", "uuid", "stage_id", "lane_id", "position", "text", "colour", "channel", "votes", "asset_id",
                "personas", "impact", "effort", "reach", "confidence", "ease")
MARKER_COLUMNS = ("id", "uuid", "lane_id", "stage_id", "offset", "feeling", "label", "persona_id", "target")
STAGE_COLUMNS = ("id", "uuid", "name", "colour", "width")
LANE_COLUMNS = ("id", "uuid", "name", "kind", "height", "persona_id")
PERSONA_COLUMNS = ("id", "uuid", "name", "role", "goals", "frustrations", "quote", "photo_id",
                   "colour", "line", "shape")


KEEP = object()  # an update that leaves the picture as it is
def _with_picture(store, row, column: str) -> dict:
    """A card's or persona's undo data, with its picture's bytes (see `pictures`)."""
    data = columns(row, CARD_COLUMNS if column == "asset_id" else PERSONA_COLUMNS)
    if data[column] is not None:
        data["picture"] = pictures.picture_of(store.session, data[column])
    return data


def _update_pictured(store, row, column, picture, values, allowed, kind, id_key):
    """An update that may set (`picture`: plain data or None) or change the
    row's picture; a picture left unused goes, its bytes in the undo."""
    old = getattr(row, column)
    if picture is not KEEP:
        values = {**values, column: pictures.keep(store.session, picture)}
    undo, changed = _update(row, values, allowed, kind, f"update_{kind}", id_key)
    if getattr(row, column) != old:
        args = {k: v for k, v in undo.args.items() if k != column}
        undo = Op(undo.name, {**args, "picture": pictures.picture_of(store.session, old)})
        pictures.release(store, [old])
    return undo, changed


def _update(obj, values: dict, allowed: dict, kind: str, op_name: str, id_key: str):
    values = rules.fields(values, allowed)
    old = columns(obj, values)
    for k, v in values.items():
        setattr(obj, k, v)
    return Op(op_name, {id_key: obj.id, **old}), {kind: {obj.id}}


# -- stages and lanes share one shape: ordered columns/rows that own cards ---



def _add_axis(store, cls, items, kind, values, index, item_id, fields_, item_uuid=None):
    values = rules.fields(values, fields_)
    if "persona_id" in values:
        values["persona_id"] = check_persona(store, values["persona_id"])
    item = cls(**values)
    _identity(item, {"id": item_id, "uuid": item_uuid})
    items.append(item)
    store.session.flush()
    reorder(items, item, len(items) if index is None else index)
    return Op(f"delete_{kind}", {f"{kind}_id": item.id}), {kind: {item.id}}, item.id


LAST_ONE = {"stage": QT_TRANSLATE_NOOP("Refusal", "A map needs at least one stage; add another before "
                                                  "deleting this one."),
            "lane": QT_TRANSLATE_NOOP("Refusal", "A map needs at least one lane; add another before deleting "
                                                 "this one.")}


def _delete_axis(store, items, item, kind, key, cols):
    if len(items) == 1:
        raise JourneyError(Sentence(LAST_ONE[kind]) if kind in LAST_ONE else
                           f"A map needs at least one {kind}; add another before deleting this one.")
    cards = sorted(store.index.of(key, item.id), key=lambda c: (c.stage_id, c.lane_id, c.position, c.id))
    markers = [m for m in store.journey.markers if getattr(m, key) == item.id]
    kept, plan_changes = plans.take(store, [c.id for c in cards])
    if kind == "stage":  # its metrics' values go with it
        values, value_changes = metric_values.take_values(store, lambda v: v.stage_id == item.id)
        kept.update(values)
        plan_changes.update(value_changes)
    undo = Op(f"restore_{kind}", {
        kind: columns(item, cols), "index": items.index(item),
        "cards": [_with_picture(store, c, "asset_id") for c in cards],
        "markers": [columns(m, MARKER_COLUMNS) for m in markers], **kept})
    store.detach(cards)
    for m in markers:
        store.journey.markers.remove(m)
    items.remove(item)
    pictures.release(store, {c.asset_id for c in cards})
    return undo, {kind: {item.id}, "card": {c.id for c in cards}, "marker": {m.id for m in markers},
                  **plan_changes}


def _restore_axis(store, cls, items, kind, data, index, cards, markers, links=(), action_items=(),
                  metric_values_kept=()):
    values = {k: v for k, v in data.items() if k not in ("id", "uuid")}
    undo, changed, _ = _add_axis(store, cls, items, kind, values, index, data["id"],
                                 rules.STAGE_FIELDS if cls is Stage else rules.LANE_FIELDS,
                                 data.get("uuid"))
    _insert_cards(store, cards)
    _insert_markers(store, markers)
    changed["card"] = {c["id"] for c in cards}
    changed["marker"] = {m["id"] for m in markers}
    changed.update(plans.give(store, links, action_items))
    changed.update(metric_values.give_values(store, metric_values_kept))
    return undo, changed


@operation
def add_stage(store, name="New stage", colour="#5b7db1", width=240.0, index=None, id=None):
    undo, changed, new_id = _add_axis(store, Stage, store.journey.stages, "stage",
                                      {"name": name, "colour": colour, "width": width},
                                      index, id, rules.STAGE_FIELDS)
    return undo, changed, new_id


@operation
def delete_stage(store, stage_id):
    return _delete_axis(store, store.journey.stages, store.stage(stage_id), "stage",
                        "stage_id", STAGE_COLUMNS)


@operation
def restore_stage(store, stage, index, cards, markers, links=(), action_items=(), values=()):
    """`values`: the stage's metric values its delete took."""
    return _restore_axis(store, Stage, store.journey.stages, "stage", stage, index, cards, markers,
                         links, action_items, values)


@operation
def update_stage(store, stage_id, **values):
    return _update(store.stage(stage_id), values, rules.STAGE_FIELDS, "stage", "update_stage", "stage_id")


@operation
def move_stage(store, stage_id, index):
    old = reorder(store.journey.stages, store.stage(stage_id), int(index))
    return Op("move_stage", {"stage_id": stage_id, "index": old}), {"stage": {stage_id}}


@operation
def add_lane(store, name="New lane", kind=DEFAULT_KIND, height=90.0, index=None, id=None, persona_id=None):
    undo, changed, new_id = _add_axis(store, Lane, store.journey.lanes, "lane",
                                      {"name": name, "kind": kind, "height": height, "persona_id": persona_id},
                                      index, id, rules.LANE_FIELDS)
    return undo, changed, new_id


@operation
def delete_lane(store, lane_id):
    return _delete_axis(store, store.journey.lanes, store.lane(lane_id), "lane",
                        "lane_id", LANE_COLUMNS)


@operation
def restore_lane(store, lane, index, cards, markers, links=(), action_items=()):
    return _restore_axis(store, Lane, store.journey.lanes, "lane", lane, index, cards, markers,
                         links, action_items)


@operation
def update_lane(store, lane_id, **values):
    lane = store.lane(lane_id)
    if "kind" in values and values["kind"] != lane.kind:
        holds_markers = any(m.lane_id == lane_id for m in store.journey.markers)
        holds_cards = bool(store.index.of("lane_id", lane_id))
        if holds_markers or (is_marker_kind(values["kind"]) and holds_cards):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Empty this lane before changing it to "
                                                                     "or from an emotions lane.")))
    if "persona_id" in values:
        values = {**values, "persona_id": check_persona(store, values["persona_id"])}
    return _update(lane, values, rules.LANE_FIELDS, "lane", "update_lane", "lane_id")


@operation
def move_lane(store, lane_id, index):
    old = reorder(store.journey.lanes, store.lane(lane_id), int(index))
    return Op("move_lane", {"lane_id": lane_id, "index": old}), {"lane": {lane_id}}


# -- cards -------------------------------------------------------------------

def _insert_cards(store, cards: list[dict]) -> list[int]:
    """Insert cards at their `position` in their cell (end of cell when None)."""
    made, cells = [], {}
    for data in sorted(cards, key=_place):
        try:
            cell = cells[(data["stage_id"], data["lane_id"])]
        except (KeyError, TypeError):  # a cell not seen yet, or an id that is no id at all
            cell = _open_cell(store, cells, data["stage_id"], data["lane_id"])
        values = rules.fields({k: data[k] for k in rules.CARD_FIELDS if k in data}, rules.CARD_FIELDS)
        if values.get("personas") or data.get("persona_uuids"):
            values["personas"] = personas_here(store, values.get("personas", ""), data.get("persona_uuids"))
        if data.get("picture") is not None:  # a new picture card, or undo bringing one back
            values["asset_id"] = pictures.keep(store.session, data["picture"])
        card = NewCard(data["stage_id"], data["lane_id"], values, data.get("id"),
                       None if data.get("uuid") is None else rules.identity(data["uuid"]))
        position = data.get("position")
        cell.insert(len(cell) if position is None else int(position), card)
        made.append(card)
    for cell in cells.values():  # once a cell, after its inserts (in position order)
        renumber(cell)
    return [card.id for card in store.attach(made)]


def _open_cell(store, cells: dict, stage_id, lane_id) -> list:
    """A cell's cards in order, once its stage and lane are known to exist and hold cards."""
    store.stage(stage_id)
    if is_marker_kind(store.lane(lane_id).kind):
        raise JourneyError("An emotions lane holds emotion markers, not cards.")
    cells[(stage_id, lane_id)] = cell = store.cell(stage_id, lane_id)
    return cell


@operation
def add_cards(store, cards: list, links=(), action_items=()):
    """`links`, `action_items`: what the cards' delete took with them (see `plans`).
    A new opportunity may name the pain points it `addresses` (their ids): linked in
    the same step (a quick capture with a pain point selected)."""
    ids = _insert_cards(store, cards)
    changed = {"card": set(ids), **plans.give(store, links, action_items)}
    in_order = sorted(cards, key=_place)  # as `_insert_cards` made them
    for card_id, data in zip(ids, in_order):
        for pain_point in data.get("addresses", ()):
            changed.setdefault("link", set()).add(plans.add_link(store, card_id, pain_point).id)
            changed["card"].add(pain_point)
    return Op("delete_cards", {"card_ids": ids}), changed, ids


def _place(data: dict) -> float:
    """Where a card asked for goes in its cell: its position, or the end."""
    return float("inf") if data.get("position") is None else data["position"]


@operation
def delete_cards(store, card_ids: list):
    cards = [store.card(i) for i in card_ids]
    kept, plan_changes = plans.take(store, card_ids)
    undo = Op("add_cards", {"cards": [_with_picture(store, c, "asset_id") for c in cards], **kept})
    touched = {(c.stage_id, c.lane_id) for c in cards}
    store.detach(cards)
    for stage_id, lane_id in touched:
        renumber(store.cell(stage_id, lane_id))
    pictures.release(store, {c.asset_id for c in cards})
    return undo, {"card": set(card_ids), **plan_changes}


@operation
def update_card(store, card_id, picture=KEEP, **values):
    """`personas`: a list of persona ids or the stored form; stored canonical."""
    if "personas" in values:
        values = {**values, "personas": rules.personas_text(
            values["personas"], [p.id for p in store.journey.personas])}
    return _update_pictured(store, store.card(card_id), "asset_id", picture, values,
                            rules.CARD_FIELDS, "card", "card_id")


def _cell_orders(store, cells) -> list:
    return [[s, l, [c.id for c in store.cell(s, l)]] for s, l in sorted(cells)]


@operation
def move_cards(store, card_ids: list, stage_id, lane_id, index):
    """Move cards, in the given order, to `index` in one cell (index counts the
    cell as it is before the move, so dropping between two cards means that gap)."""
    cards = [store.card(i) for i in card_ids]
    store.stage(stage_id)
    if is_marker_kind(store.lane(lane_id).kind):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "An emotions lane holds emotion markers, "
                                                                 "not cards.")))
    cells = {(c.stage_id, c.lane_id) for c in cards} | {(stage_id, lane_id)}
    undo = Op("set_cell_orders", {"orders": _cell_orders(store, cells)})
    target = store.cell(stage_id, lane_id)
    index = max(0, min(int(index), len(target)))
    index -= sum(1 for c in target[:index] if c in cards)
    rest = [c for c in target if c not in cards]
    for c in cards:
        store.relocate(c, stage_id, lane_id)
    renumber(rest[:index] + cards + rest[index:])
    for s, l in cells:
        renumber(store.cell(s, l))
    return undo, {"card": set(card_ids)}


@operation
def set_cell_orders(store, orders: list):
    """Put exactly these cards, in this order, into these cells (undo of a move)."""
    cells = {(s, l) for s, l, _ in orders}
    undo = Op("set_cell_orders", {"orders": _cell_orders(store, cells)})
    moved = set()
    for stage_id, lane_id, ids in orders:
        for position, card_id in enumerate(ids):
            card = store.card(card_id)
            store.relocate(card, stage_id, lane_id)
            card.position = position
            moved.add(card_id)
    return undo, {"card": moved}


# -- emotion markers ---------------------------------------------------------

def _insert_markers(store, markers: list[dict]) -> list[int]:
    ids = []
    for data in markers:
        store.stage(data["stage_id"])
        if not is_marker_kind(store.lane(data["lane_id"]).kind):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Emotion markers go in an emotions lane.")))
        marker = EmotionMarker(
            lane_id=data["lane_id"], stage_id=data["stage_id"],
            offset=rules.offset(data.get("offset", 0.5)),
            feeling=rules.feeling(data.get("feeling", 0.0)),
            label=rules.text(data.get("label", ""), rules.MAX_NAME, rules.WHAT_LABEL),
            persona_id=check_persona(store, data.get("persona_id", FIRST), optional=False),
            target=rules.target(data.get("target", 0)))
        _identity(marker, data)
        store.journey.markers.append(marker)
        store.session.flush()
        ids.append(marker.id)
    return ids


@operation
def add_markers(store, markers: list):
    ids = _insert_markers(store, markers)
    return Op("delete_markers", {"marker_ids": ids}), {"marker": set(ids)}, ids


@operation
def delete_markers(store, marker_ids: list):
    markers = [store.marker(i) for i in marker_ids]
    undo = Op("add_markers", {"markers": [columns(m, MARKER_COLUMNS) for m in markers]})
    for m in markers:
        store.journey.markers.remove(m)
    return undo, {"marker": set(marker_ids)}


@operation
def update_marker(store, marker_id, **values):
    if "stage_id" in values:
        store.stage(values["stage_id"])
    if "persona_id" in values:
        values = {**values, "persona_id": check_persona(store, values["persona_id"], optional=False)}
    return _update(store.marker(marker_id), values, rules.MARKER_FIELDS, "marker",
                   "update_marker", "marker_id")


# -- the journey itself (personas: see `persona_ops`) --------------------------

@operation
def update_journey(store, **values):
    values = rules.fields(values, rules.JOURNEY_FIELDS)
    journey = store.journey
    old = columns(journey, values)
    for k, v in values.items():
        setattr(journey, k, v)
    return Op("update_journey", old), {"journey": {journey.id}}
