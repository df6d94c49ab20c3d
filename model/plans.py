"""What hangs off a card beyond its own columns: the links between an
opportunity and the pain points it addresses, and the actions under a card.

An operation that takes cards away (deleting cards, a stage or a lane) first
takes their links and actions (`take`), so its undo brings them back with the
cards (`give`), with the same ids and uuids. They are taken through the session
before the cards' rows go, so the database's ON DELETE CASCADE finds nothing
left to delete behind the session's back.
"""
from __future__ import annotations

from . import rules
from .entities import ActionItem, CardLink
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence

LINK_COLUMNS = ("id", "uuid", "opportunity_id", "pain_point_id")
ACTION_COLUMNS = ("id", "uuid", "card_id", "position", "title", "owner", "due", "status", "tracker_key")

ACTION_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "That action no longer exists."))
LINK_GONE = Sentence(QT_TRANSLATE_NOOP("Refusal", "Those cards are no longer linked."))


def _columns(obj, names) -> dict:
    return {n: getattr(obj, n) for n in names}


def links_of(journey, card_ids) -> list[CardLink]:
    ids = set(card_ids)
    return [k for k in journey.links if k.opportunity_id in ids or k.pain_point_id in ids]


def actions_of(journey, card_ids) -> list[ActionItem]:
    ids = set(card_ids)
    return [a for a in journey.action_items if a.card_id in ids]


def take(store, card_ids) -> tuple[dict, dict]:
    """Take the links and actions of these cards out of the map: (undo data for
    `give`, changed ids per kind). Nothing to take: ({}, {})."""
    links, action_items = links_of(store.journey, card_ids), actions_of(store.journey, card_ids)
    if not links and not action_items:
        return {}, {}
    data, changed = {}, {}
    if links:
        data["links"] = [_columns(k, LINK_COLUMNS) for k in links]
        changed["link"] = {k.id for k in links}
        gone = {id(k) for k in links}
        store.journey.links[:] = [k for k in store.journey.links if id(k) not in gone]
    if action_items:
        data["action_items"] = [_columns(a, ACTION_COLUMNS) for a in action_items]
        changed["action_item"] = {a.id for a in action_items}
        gone = {id(a) for a in action_items}
        store.journey.action_items[:] = [a for a in store.journey.action_items if id(a) not in gone]
    store.session.flush()  # their rows go before the cards' rows do
    return data, changed


def give(store, links=(), action_items=()) -> dict:
    """Bring back links and actions `take` kept (their cards are back already);
    changed ids per kind."""
    changed = {}
    for data in links:
        changed.setdefault("link", set()).add(add_link(store, data["opportunity_id"], data["pain_point_id"],
                                                       data.get("id"), data.get("uuid")).id)
    for data in action_items:
        values = {k: data[k] for k in ACTION_FIELDS if k in data}
        action = new_action(store, data["card_id"], values, data.get("position"), data.get("id"), data.get("uuid"))
        changed.setdefault("action_item", set()).add(action.id)
    return changed


def add_link(store, opportunity_id, pain_point_id, link_id=None, link_uuid=None) -> CardLink:
    """Link an opportunity to a pain point it addresses (both must be cards of the map)."""
    store.card(opportunity_id), store.card(pain_point_id)
    if opportunity_id == pain_point_id:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A card cannot address itself.")))
    if find_link(store.journey, opportunity_id, pain_point_id) is not None:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "These two cards are linked already.")))
    link = CardLink(opportunity_id=opportunity_id, pain_point_id=pain_point_id)
    set_identity(link, {"id": link_id, "uuid": link_uuid})
    store.journey.links.append(link)
    store.session.flush()
    return link


def find_link(journey, opportunity_id, pain_point_id) -> CardLink | None:
    return next((k for k in journey.links
                 if k.opportunity_id == opportunity_id and k.pain_point_id == pain_point_id), None)


def set_identity(row, data: dict) -> None:
    """A row re-created by undo keeps its id and uuid; a new row gets new ones."""
    if data.get("id") is not None:
        row.id = data["id"]
    if data.get("uuid") is not None:
        row.uuid = rules.identity(data["uuid"])


def action(store, action_id) -> ActionItem:
    return store.find(store.journey.action_items, action_id, ACTION_GONE)


def under(journey, card_id) -> list[ActionItem]:
    """A card's actions, in order."""
    return sorted((a for a in journey.action_items if a.card_id == card_id), key=lambda a: (a.position, a.id))


def new_action(store, card_id, values: dict, position=None, action_id=None, action_uuid=None) -> ActionItem:
    """An action under a card, at `position` among its actions (the end when None)."""
    store.card(card_id)
    values = rules.fields(values, ACTION_FIELDS)
    siblings = under(store.journey, card_id)
    item = ActionItem(card_id=card_id, **values)
    set_identity(item, {"id": action_id, "uuid": action_uuid})
    siblings.insert(len(siblings) if position is None else max(0, min(int(position), len(siblings))), item)
    for i, a in enumerate(siblings):
        a.position = i
    store.journey.action_items.append(item)
    store.session.flush()
    return item


ACTION_FIELDS = {"title": rules.name, "owner": lambda v: rules.name(v, rules.WHAT_OWNER),
                 "due": rules.due_date, "status": rules.action_status,
                 "tracker_key": rules.tracker_key}
