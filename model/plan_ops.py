"""Operations from insight to action: link an opportunity to the pain points
it addresses, and add, edit, reorder and delete the actions under a card.
Scores are card fields (`update_card`), the scoring model and the quadrant
names journey fields (`update_journey`).

Registered in `operations.OPERATIONS` like the others (`Document` imports
this module so they are there). A link changes how both its cards are drawn
("addressed by 2"), so each operation names them as changed too.
"""
from __future__ import annotations

from . import plans
from .operations import Op, _update, columns, operation


@operation
def link_cards(store, opportunity_id, pain_point_id, id=None, uuid=None):
    link = plans.add_link(store, opportunity_id, pain_point_id, id, uuid)
    return (Op("unlink_cards", {"link_id": link.id}),
            {"link": {link.id}, "card": {opportunity_id, pain_point_id}}, link.id)


@operation
def unlink_cards(store, link_id):
    link = store.find(store.journey.links, link_id, plans.LINK_GONE)
    undo = Op("link_cards", columns(link, plans.LINK_COLUMNS))
    store.journey.links.remove(link)
    return undo, {"link": {link_id}, "card": {link.opportunity_id, link.pain_point_id}}


@operation
def add_action_item(store, card_id, index=None, id=None, uuid=None, **values):
    item = plans.new_action(store, card_id, values, index, id, uuid)
    return Op("delete_action_item", {"action_id": item.id}), {"action_item": {item.id}, "card": {card_id}}, item.id


@operation
def delete_action_item(store, action_id):
    item = plans.action(store, action_id)
    data = columns(item, plans.ACTION_COLUMNS)
    undo = Op("add_action_item", {"card_id": data.pop("card_id"), "index": data.pop("position"), **data})
    store.journey.action_items.remove(item)
    for i, a in enumerate(plans.under(store.journey, item.card_id)):
        a.position = i
    return undo, {"action_item": {action_id}, "card": {item.card_id}}


@operation
def update_action_item(store, action_id, **values):
    item = plans.action(store, action_id)
    undo, changed = _update(item, values, plans.ACTION_FIELDS, "action_item", "update_action_item", "action_id")
    return undo, {**changed, "card": {item.card_id}}


@operation
def move_action_item(store, action_id, index):
    item = plans.action(store, action_id)
    siblings = plans.under(store.journey, item.card_id)
    old = siblings.index(item)
    siblings.remove(item)
    siblings.insert(max(0, min(int(index), len(siblings))), item)
    for i, a in enumerate(siblings):
        a.position = i
    return Op("move_action_item", {"action_id": action_id, "index": old}), {"action_item": {action_id}}
