"""Operations on the map's personas: add (empty, or copying another's curves
and card tags), delete and its exact undo, reorder, edit (look included).

Registered in `operations.OPERATIONS` like the others (`Document` imports this
module so they are there). A persona reaches into three other kinds: its
emotion markers go with it, cards name it in `personas`, a lane may belong to
it; every operation here says which of those it changed.
"""
from __future__ import annotations

from . import pictures, rules
from .entities import Persona
from .operations import (KEEP, MARKER_COLUMNS, Op, _identity, _insert_markers, _update_pictured,
                         _with_picture, columns, operation, reorder)
from .personas import first_unused


def _order(store) -> list[int]:
    return [p.id for p in store.journey.personas]


def _tag(store, card_ids, persona_id: int, on: bool) -> None:
    """Add (`on`) or remove a persona from these cards' `personas`, canonical."""
    order = _order(store)
    for card_id in card_ids:
        card = store.card(card_id)
        card.personas = rules.personas_text(rules.with_persona(card.personas, persona_id, on), order)


def _tagged(store, persona_id: int) -> list[int]:
    key = str(persona_id)
    return [c.id for c in store.journey.cards if key in c.personas.split()]


def _recanonical(store) -> set[int]:
    """After the personas' order changed: each card's `personas` in the new order."""
    order, changed = _order(store), set()
    for card in store.journey.cards:
        if " " in card.personas:  # one id or none is in every order already
            text = rules.personas_text(card.personas, order)
            if text != card.personas:
                card.personas = text
                changed.add(card.id)
    return changed


@operation
def add_persona(store, index=None, id=None, uuid=None, picture=None, copy_from=None,
                colour=None, line=None, shape=None, **values):
    """A new persona, with the first default look no persona has (unless given).
    `copy_from` (a persona id): the new one starts with a copy of that persona's
    curves (today's and target) and is tagged on every card tagged with it."""
    rules.persona_count(len(store.journey.personas))
    source = None if copy_from is None else store.persona(copy_from)
    default = first_unused([(p.colour, p.line, p.shape) for p in store.journey.personas])
    look = {k: v if v is not None else d for (k, v), d in
            zip((("colour", colour), ("line", line), ("shape", shape)), default)}
    values = rules.fields({**values, **look}, rules.PERSONA_FIELDS)
    if picture is not None:  # a photo given with the new persona
        values["photo_id"] = pictures.keep(store.session, picture)
    persona = Persona(**values)
    _identity(persona, {"id": id, "uuid": uuid})
    items = store.journey.personas
    items.append(persona)
    store.session.flush()
    reorder(items, persona, len(items) if index is None else index)
    changed = {"persona": {persona.id}, "marker": set(), "card": set()}
    undo_args = {"persona_id": persona.id}
    if len(items) == 1:  # the map's curve had no persona: it is now the first one's
        orphans = [m for m in store.journey.markers if m.persona_id is None]
        for m in orphans:
            m.persona_id = persona.id
        changed["marker"] = {m.id for m in orphans}
        undo_args["release"] = True
    if source is not None:
        copies = [{**columns(m, MARKER_COLUMNS), "id": None, "uuid": None, "persona_id": persona.id}
                  for m in store.journey.markers if m.persona_id == source.id]
        changed["marker"] = set(_insert_markers(store, copies))
        changed["card"] = set(_tagged(store, source.id))
        _tag(store, changed["card"], persona.id, True)
    return Op("delete_persona", undo_args), changed, persona.id


@operation
def delete_persona(store, persona_id, release=False):
    """Remove a persona with its curves, its card tags and its lanes' ownership.
    `release` (only for the map's last persona, the undo of adding it to a map
    without one): its markers stay, belonging to no persona, as they were."""
    persona = store.persona(persona_id)
    items = store.journey.personas
    release = bool(release) and len(items) == 1
    markers = [m for m in store.journey.markers if m.persona_id == persona_id]
    cards = {c: store.card(c).personas for c in _tagged(store, persona_id)}
    lanes = [lane.id for lane in store.journey.lanes if lane.persona_id == persona_id]
    undo = Op("restore_persona", {
        "persona": _with_picture(store, persona, "photo_id"), "index": items.index(persona),
        "markers": [] if release else [columns(m, MARKER_COLUMNS) for m in markers],
        "adopt": [m.id for m in markers] if release else [],
        "cards": [[c, text] for c, text in cards.items()], "lanes": lanes})
    for m in markers:
        if release:
            m.persona_id = None
        else:
            store.journey.markers.remove(m)
    _tag(store, cards, persona_id, False)
    for lane in store.journey.lanes:
        if lane.persona_id == persona_id:
            lane.persona_id = None
    # written before the persona's row goes: its ON DELETE CASCADE must find no
    # marker the session still means to keep or delete itself
    store.session.flush()
    items.remove(persona)
    pictures.release(store, [persona.photo_id])
    return undo, {"persona": {persona_id}, "marker": {m.id for m in markers},
                  "card": set(cards), "lane": set(lanes)}


@operation
def restore_persona(store, persona, index, markers, cards, lanes, adopt=()):
    """The undo of a delete: the same persona (id, uuid, photo), its markers with
    their ids, its cards' tags and its lanes, exactly as they were."""
    data = {k: v for k, v in persona.items() if k not in ("photo_id", "picture")}
    items = store.journey.personas
    rules.persona_count(len(items))
    values = rules.fields({k: v for k, v in data.items() if k not in ("id", "uuid")}, rules.PERSONA_FIELDS)
    if persona.get("picture") is not None:
        values["photo_id"] = pictures.keep(store.session, persona["picture"])
    row = Persona(**values)
    _identity(row, data)
    items.append(row)
    store.session.flush()
    reorder(items, row, int(index))
    for m in store.journey.markers:
        if m.id in set(adopt):
            m.persona_id = row.id
    _insert_markers(store, markers)
    for card_id, text in cards:
        store.card(card_id).personas = rules.personas_text(text, _order(store))
    for lane_id in lanes:
        store.lane(lane_id).persona_id = row.id
    return Op("delete_persona", {"persona_id": row.id, "release": bool(adopt)}), {
        "persona": {row.id}, "marker": {m["id"] for m in markers} | set(adopt),
        "card": {c for c, _ in cards}, "lane": set(lanes)}


@operation
def move_persona(store, persona_id, index):
    """Reorder the personas (the legend's and the curves' order); cards' tags
    follow the new order, so the stored form stays canonical."""
    old = reorder(store.journey.personas, store.persona(persona_id), int(index))
    return Op("move_persona", {"persona_id": persona_id, "index": old}), {
        "persona": {persona_id}, "card": _recanonical(store)}


@operation
def update_persona(store, persona_id, picture=KEEP, **values):
    """`picture` (plain data, or None to remove it) sets the persona's photo;
    `colour`, `line` and `shape` its look."""
    return _update_pictured(store, store.persona(persona_id), "photo_id", picture, values,
                            rules.PERSONA_FIELDS, "persona", "persona_id")

