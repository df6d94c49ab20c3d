"""Which personas of the open map a lane, a marker or a card names: checked
when an operation sets them (`rules` checks only the form; this knows the map).
"""
from __future__ import annotations

from . import rules
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence

FIRST = object()  # a marker added without saying whose: the first persona's


def check_persona(store, persona_id, optional: bool = True):
    """A persona id for a lane (`optional`: None is everyone's) or a marker (None
    only on a map with no persona; FIRST: the first persona)."""
    personas = store.journey.personas
    if persona_id is FIRST:
        return personas[0].id if personas else None
    if persona_id is None:
        if optional or not personas:
            return None
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "An emotion marker belongs to one of the map's "
                                                                 "personas.")))
    store.persona(persona_id)
    return persona_id


def personas_here(store, ids, uuids) -> str:
    """A new card's personas: those of this map among its ids and (a paste, from
    this map or another) its personas' uuids; one the map lacks is dropped."""
    by_uuid = {p.uuid: p.id for p in store.journey.personas}
    order = list(by_uuid.values())
    wanted = set(rules.persona_ids(ids)) | {by_uuid.get(u) for u in uuids or ()}
    return rules.personas_text([i for i in order if i in wanted], order)
