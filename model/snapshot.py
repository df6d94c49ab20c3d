"""A journey as plain data, and templates built from plain data.

`snapshot(journey)` is the whole map as dicts and lists, in display order: for
comparing two states (tests, undo checks) and for copying cards between
windows. Personas, markers, lanes and cards carry their persona fields. Templates (`resources/templates/*.json`) name stages and lanes by
their index, so a template is readable and has no ids.
"""
from __future__ import annotations

import hashlib

from .entities import (ActionItem, Asset, Card, CardLink, EmotionMarker, Journey, Lane, Metric, MetricValue, Persona,
                       Stage)
from .operations import (CARD_COLUMNS, LANE_COLUMNS, MARKER_COLUMNS, PERSONA_COLUMNS,
                         STAGE_COLUMNS, columns)
from . import rules
from .plans import ACTION_COLUMNS, ACTION_FIELDS, LINK_COLUMNS
from .metric_ops import METRIC_FIELDS
from .metric_values import METRIC_COLUMNS, VALUE_COLUMNS, checked_value, date as metric_date, sample_size
from .images import load_file
from .personas import look_for
from .templates import FOLDER


def snapshot(journey: Journey) -> dict:
    cards = sorted(journey.cards, key=lambda c: (c.stage_id, c.lane_id, c.position, c.id))
    return {
        "journey": columns(journey, ("title", "scenario", "notes", "scoring", "quadrants")),
        "personas": [columns(p, PERSONA_COLUMNS) for p in journey.personas],
        "stages": [columns(s, STAGE_COLUMNS) for s in journey.stages],
        "lanes": [columns(l, LANE_COLUMNS) for l in journey.lanes],
        "cards": [columns(c, CARD_COLUMNS) for c in cards],
        "markers": sorted((columns(m, MARKER_COLUMNS) for m in journey.markers),
                          key=lambda m: m["id"]),
        "links": sorted((columns(k, LINK_COLUMNS) for k in journey.links), key=lambda k: k["id"]),
        "action_items": sorted((columns(a, ACTION_COLUMNS) for a in journey.action_items),
                          key=lambda a: (a["card_id"], a["position"], a["id"])),
        "metric_defs": [columns(m, ("position",) + METRIC_COLUMNS) for m in journey.metrics],
        "metric_values": sorted((columns(v, VALUE_COLUMNS) for v in journey.metric_values), key=lambda v: v["id"]),
    }


def _picture(session, name: str | None) -> int | None:
    """Store a template's picture file (beside the template) as an asset."""
    if not name:
        return None
    picture = load_file(FOLDER / name)
    asset = Asset(sha256=hashlib.sha256(picture.data).hexdigest(), mime=picture.mime,
                  width=picture.width, height=picture.height, data=picture.data)
    session.add(asset)
    session.flush()
    return asset.id


def populate_from_template(session, data: dict) -> Journey:
    """Add a new journey built from a template's plain data (values checked).
    A card's "image" and a persona's "photo" name picture files beside the
    template. A persona without a look gets the default look of its place;
    personas are named by index: a marker's and a lane's "persona", a card's
    "personas" (a list); a marker without one is the first persona's. Cards
    are named by index too: "links" ([opportunity, pain point] pairs) and each
    of "action_items" ("card"); "metrics" carry their "values", each naming its
    "stage" by index."""
    journey = Journey(**rules.fields(data.get("journey", {}), rules.JOURNEY_FIELDS))
    for i, p in enumerate(data.get("personas", [])):
        p = {**dict(zip(("colour", "line", "shape"), look_for(i))), **p}
        photo = _picture(session, p.pop("photo", None))
        journey.personas.append(Persona(position=i, photo_id=photo, **rules.fields(p, rules.PERSONA_FIELDS)))
    stages = [Stage(position=i, **rules.fields(s, rules.STAGE_FIELDS))
              for i, s in enumerate(data["stages"])]
    lanes = [Lane(position=i, **rules.fields({k: v for k, v in l.items() if k != "persona"}, rules.LANE_FIELDS))
             for i, l in enumerate(data["lanes"])]
    journey.stages.extend(stages)
    journey.lanes.extend(lanes)
    session.add(journey)
    session.flush()  # stages, lanes and personas get their ids
    persona_ids = [p.id for p in journey.personas]
    for lane, l in zip(lanes, data["lanes"]):
        if l.get("persona") is not None:
            lane.persona_id = persona_ids[l["persona"]]
    per_cell: dict[tuple[int, int], int] = {}
    cards = []
    for c in data.get("cards", []):
        stage, lane = stages[c["stage"]], lanes[c["lane"]]
        values = rules.fields({k: v for k, v in c.items() if k not in ("stage", "lane", "image", "personas")},
                              rules.CARD_FIELDS)
        values["personas"] = rules.personas_text([persona_ids[i] for i in c.get("personas", [])], persona_ids)
        if c.get("image"):
            values["asset_id"] = _picture(session, c["image"])
        position = per_cell.get((stage.id, lane.id), 0)
        per_cell[(stage.id, lane.id)] = position + 1
        cards.append(Card(stage_id=stage.id, lane_id=lane.id, position=position, **values))
        journey.cards.append(cards[-1])
    for m in data.get("markers", []):
        journey.markers.append(EmotionMarker(
            stage_id=stages[m["stage"]].id, lane_id=lanes[m["lane"]].id,
            offset=rules.offset(m.get("offset", 0.5)), feeling=rules.feeling(m["feeling"]),
            label=rules.text(m.get("label", ""), rules.MAX_NAME, "A label"),
            persona_id=persona_ids[m.get("persona", 0)] if persona_ids else None,
            target=rules.target(m.get("target", 0))))
    session.flush()  # cards get their ids
    for opportunity, pain_point in data.get("links", []):  # cards by index
        journey.links.append(CardLink(opportunity_id=cards[opportunity].id, pain_point_id=cards[pain_point].id))
    for position, m in enumerate(data.get("metrics", [])):
        fields = {k: v for k, v in m.items() if k != "values"}
        metric = Metric(position=position, **{"kind": "custom", **rules.fields(fields, METRIC_FIELDS)})
        journey.metrics.append(metric)
        session.flush()
        for v in m.get("values", []):
            journey.metric_values.append(MetricValue(
                metric_id=metric.id, stage_id=stages[v["stage"]].id, taken=metric_date(v["taken"]),
                value=checked_value(metric.kind, v["value"]), n=sample_size(v.get("n"))))
    per_card: dict[int, int] = {}
    for a in data.get("action_items", []):
        card_id = cards[a["card"]].id
        per_card[card_id] = position = per_card.get(card_id, -1) + 1
        values = rules.fields({k: v for k, v in a.items() if k != "card"}, ACTION_FIELDS)
        journey.action_items.append(ActionItem(card_id=card_id, position=position, **values))
    session.flush()
    return journey
