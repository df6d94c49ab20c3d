"""Check what a file holds, beyond SQLite's own checks.

A damaged or hand-edited file can pass `integrity_check` and still hold a
width of 1e308, a feeling of 17, or a card in a stage that does not exist.
`validate(journey)` repairs such values in memory (the file itself is only
written by the next real edit) and returns one sentence per kind of repair;
what cannot be repaired is refused with FileRefused. A row's `uuid` that is
missing, malformed or repeated in its table gets a new one (an identity is
never shared by two rows).

A stored picture in a format Wayline does not open (EPS, PSD, TIFF, SVG, ...:
see `decode`) is never decoded and is named in its own sentence, so
`main.py check` reports it and exits 1.

Validation is storage-neutral: it reads the journey's attributes, whether they
are ORM entities (`Document`) or plain rows (`plain.py`, for read-only
commands), and reaches the stored pictures, which are never loaded with the
map, through an `Assets` each of them gives. So both ways of reading a map
make the same repairs and refusals, with one validator.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Protocol

from . import decode, rules
from .values import CHANNELS, FEELING_MAX, FEELING_MIN, LANE_KINDS, new_uuid
from .errors import QT_TRANSLATE_NOOP, FileRefused, JourneyError, Sentence
from .lanes import DEFAULT as DEFAULT_KIND, holds_markers
from .personas import LINES, SHAPES, look_for
from .validate_plans import validate_plans

if TYPE_CHECKING:
    from .entities import Journey


class Assets(Protocol):
    """The stored pictures beside a journey, as validation reads them."""
    def read(self, query: str) -> Iterable[tuple]: ...  # the rows of one SQL read of the `asset` table
    def renew_identity(self, asset_id: int) -> None: ...  # a new uuid, pending like every repair


def _finite(value) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return f if math.isfinite(f) else None


class _Repairs:
    def __init__(self):
        self.counts: Counter[tuple[str, str]] = Counter()  # (context, what) -> how many

    def fix(self, obj, attr: str, ok, default, what: tuple[str, str]) -> None:
        value = getattr(obj, attr)
        if not ok(value):
            setattr(obj, attr, default(value) if callable(default) else default)
            self.counts[what] += 1

    def text(self, obj, attr: str, limit: int, what: tuple[str, str]) -> None:
        self.fix(obj, attr, lambda v: isinstance(v, str) and len(v) <= limit,
                 lambda v: v[:limit] if isinstance(v, str) else "", what)

    def number(self, obj, attr, bounds, default, what) -> None:
        lo, hi = bounds

        def repaired(v):
            f = _finite(v)
            return default if f is None else min(max(f, lo), hi)
        self.fix(obj, attr, lambda v: type(v) in (int, float) and lo <= v <= hi, repaired, what)

    def position(self, obj) -> None:
        self.fix(obj, "position", lambda v: type(v) is int, 0, QT_TRANSLATE_NOOP(
                "Repairs", "an order number was not a number"))

    def sentences(self) -> list[str]:
        """One per kind of repair: "Repaired 2 values where a lane kind was unknown." (each
        `what` is marked for translation: (context, text), made a Sentence only here)."""
        out = []
        for what, n in self.counts.items():
            what = Sentence(what) if isinstance(what, tuple) else what
            out.append(Sentence(QT_TRANSLATE_NOOP("Repairs", "Repaired 1 value where %1."), what) if n == 1 else
                       Sentence(QT_TRANSLATE_NOOP("Repairs", "Repaired %1 values where %2."), str(n), what))
        return out


def validate(journey: Journey | None, pictures: set[int], assets: Assets | None = None) -> list[str]:
    """`pictures` holds the ids of the stored pictures that may be shown; `assets`
    reads the stored pictures (None: a journey made in memory, which has none)."""
    if journey is None:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "This journey map is damaged: it holds no "
                                                                "map.")))
    if not journey.stages or not journey.lanes:
        raise FileRefused(Sentence(QT_TRANSLATE_NOOP("Refusal", "This journey map is damaged: it has no "
                                                                "stages or no lanes.")))
    r = _Repairs()
    foreign = _foreign_pictures(assets, pictures)
    persona_ids = {p.id for p in journey.personas}
    for attr, limit in (("title", rules.MAX_NAME), ("scenario", rules.MAX_TEXT), ("notes", rules.MAX_TEXT)):
        r.text(journey, attr, limit, QT_TRANSLATE_NOOP("Repairs", "the map's title or notes were unreadable "
                                                                  "or too long"))
    for s in journey.stages:
        r.position(s)
        r.text(s, "name", rules.MAX_NAME, QT_TRANSLATE_NOOP(
                "Repairs", "a stage name was unreadable or too long"))
        r.fix(s, "colour", _colour_ok, "#5b7db1", QT_TRANSLATE_NOOP(
                "Repairs", "a stage colour was not a colour"))
        r.number(s, "width", rules.STAGE_WIDTH, 240.0, QT_TRANSLATE_NOOP(
                "Repairs", "a stage width was out of range"))
    for lane in journey.lanes:
        r.position(lane)
        r.text(lane, "name", rules.MAX_NAME, QT_TRANSLATE_NOOP(
                "Repairs", "a lane name was unreadable or too long"))
        r.fix(lane, "kind", lambda v: v in LANE_KINDS, DEFAULT_KIND, QT_TRANSLATE_NOOP(
                "Repairs", "a lane kind was unknown"))
        r.number(lane, "height", rules.LANE_HEIGHT, 90.0, QT_TRANSLATE_NOOP(
                "Repairs", "a lane height was out of range"))
        r.fix(lane, "persona_id", lambda v: v is None or v in persona_ids, None,
              QT_TRANSLATE_NOOP("Repairs", "a lane belonged to a missing persona"))
    _validate_personas(journey, r, pictures, foreign)
    _validate_cards(journey, r, pictures, foreign)
    _validate_markers(journey, r)
    validate_plans(journey, r)
    _identities(journey, assets, r)
    journey.stages.sort(key=lambda s: (s.position, s.id))
    journey.lanes.sort(key=lambda l: (l.position, l.id))
    return _foreign_sentences(foreign) + r.sentences()


HEAD_BYTES = 262144  # a picture is checked from its first bytes: enough for any header


def picture_header_ok(head) -> bool:
    """Whether stored bytes start like a picture Wayline may decode: one of the
    formats `decode` allows, and no more pixels than the limit (decompression bombs)."""
    try:
        decode.inspect_head(head)
    except decode.PictureRefused:
        return False
    return True


def _foreign_pictures(assets: Assets | None, pictures) -> dict[int, str]:
    """Stored pictures in a format Wayline does not open: asset id -> format name
    (the caller passes only the ids it may show)."""
    if assets is None:
        return {}
    rows = assets.read("SELECT id, substr(data, 1, 4096) FROM asset")
    return {i: decode.format_name(head) for i, head in rows
            if i not in pictures and decode.allowed_format(head) is None}


def _foreign_sentences(foreign: dict[int, str]) -> list[str]:
    if not foreign:
        return []
    names = ", ".join(sorted(set(foreign.values())))
    if len(foreign) == 1:
        return [Sentence(QT_TRANSLATE_NOOP("Repairs", "A picture was stored in a format Wayline does not "
                                                      "open (%1) "
                                                      "and is not shown."), names)]
    return [Sentence(QT_TRANSLATE_NOOP("Repairs", "%1 pictures were stored in formats Wayline does not open "
                                                  "(%2) "
                                                  "and are not shown."), str(len(foreign)), names)]


def _picture_reference(r: _Repairs, obj, attr: str, pictures, foreign, what: tuple[str, str]) -> None:
    """Drop a reference to a picture that may not be shown; one in a foreign format
    is already told by its own sentence."""
    value = getattr(obj, attr)
    if value is not None and value not in pictures:
        setattr(obj, attr, None)
        if value not in foreign:
            r.counts[what] += 1


def _colour_ok(v) -> bool:
    return isinstance(v, str) and bool(rules.COLOUR_RE.match(v))


def _validate_personas(journey, r: _Repairs, pictures, foreign) -> None:
    """Fields and look of each persona, then their order (cards' `personas`
    follow it). A bad look becomes the default look of the persona's place."""
    for p in journey.personas:
        r.position(p)
        for attr in ("name", "role"):
            r.text(p, attr, rules.MAX_NAME, QT_TRANSLATE_NOOP(
                    "Repairs", "a persona field was unreadable or too long"))
        for attr in ("goals", "frustrations", "quote"):
            r.text(p, attr, rules.MAX_TEXT, QT_TRANSLATE_NOOP(
                    "Repairs", "a persona field was unreadable or too long"))
        _picture_reference(r, p, "photo_id", pictures, foreign, QT_TRANSLATE_NOOP(
                "Repairs", "a persona photo was missing or unreadable"))
    journey.personas.sort(key=lambda p: (p.position, p.id))
    for i, p in enumerate(journey.personas):
        colour, line, shape = look_for(i)
        r.fix(p, "colour", _colour_ok, colour, QT_TRANSLATE_NOOP("Repairs", "a persona's colour was not a colour"))
        r.fix(p, "line", lambda v: v in LINES, line, QT_TRANSLATE_NOOP("Repairs", "a persona's line was unknown"))
        r.fix(p, "shape", lambda v: v in SHAPES, shape, QT_TRANSLATE_NOOP(
                "Repairs", "a persona's marker shape was unknown"))


def _card_personas(order: list[int]):
    """The repair of a card's `personas`: the ids of this map's personas it
    names, in their order; text that names no ids at all means everyone."""
    def repaired(value) -> str:
        try:
            ids = rules.persona_ids(value)
        except JourneyError:
            return ""
        return rules.personas_text([i for i in ids if i in order], order)
    return repaired


def _validate_cards(journey, r: _Repairs, pictures, foreign) -> None:
    stage_ids = {s.id for s in journey.stages}
    order = [p.id for p in journey.personas]
    lane_ids = {lane.id for lane in journey.lanes}
    for c in list(journey.cards):
        if c.stage_id not in stage_ids or c.lane_id not in lane_ids:
            journey.cards.remove(c)
            r.counts[QT_TRANSLATE_NOOP("Repairs", "a card pointed at a missing stage or lane and was left out")] += 1
            continue
        r.position(c)
        r.text(c, "text", rules.MAX_TEXT, QT_TRANSLATE_NOOP(
                "Repairs", "a card's text was unreadable or too long"))
        r.fix(c, "colour", lambda v: v is None or _colour_ok(v), None, QT_TRANSLATE_NOOP(
                "Repairs", "a card colour was not a colour"))
        r.fix(c, "channel", lambda v: v is None or v in CHANNELS, None, QT_TRANSLATE_NOOP(
                "Repairs", "a card channel was unknown"))
        r.fix(c, "votes", lambda v: type(v) is int and 0 <= v <= rules.MAX_VOTES,
              lambda v: int(min(max(_finite(v) or 0, 0), rules.MAX_VOTES)), QT_TRANSLATE_NOOP(
                      "Repairs", "a vote count was out of range"))
        _picture_reference(r, c, "asset_id", pictures, foreign, QT_TRANSLATE_NOOP(
                "Repairs", "a card's picture was missing or unreadable"))
        if c.personas is None:  # a card made in memory, not read: the column's default is ""
            c.personas = ""
        r.fix(c, "personas", lambda v: rules.personas_ok(v, order), _card_personas(order),
              QT_TRANSLATE_NOOP("Repairs", "a card was for personas the map does not have"))


def _validate_markers(journey, r: _Repairs) -> None:
    """A marker of a missing stage, lane or persona is left out (like a card of a
    missing cell); one of no persona on a map with personas joins the first
    one's curve, as the upgrade to version 3 does."""
    stage_ids = {s.id for s in journey.stages}
    emotion_lanes = {lane.id for lane in journey.lanes if holds_markers(lane.kind)}
    persona_ids = {p.id for p in journey.personas}
    first = journey.personas[0].id if journey.personas else None
    for m in list(journey.markers):
        if m.stage_id not in stage_ids or m.lane_id not in emotion_lanes:
            journey.markers.remove(m)
            r.counts[QT_TRANSLATE_NOOP("Repairs", "an emotion marker pointed at a missing stage or lane and "
                                                  "was left out")] += 1
            continue
        if m.persona_id is not None and m.persona_id not in persona_ids:
            journey.markers.remove(m)
            r.counts[QT_TRANSLATE_NOOP("Repairs", "an emotion marker belonged to a missing persona and was left "
                                                  "out")] += 1
            continue
        r.fix(m, "persona_id", lambda v: v is not None or first is None, first,
              QT_TRANSLATE_NOOP("Repairs", "an emotion marker belonged to no persona"))
        r.fix(m, "target", lambda v: v in (0, 1) and type(v) is int, 0,
              QT_TRANSLATE_NOOP("Repairs", "a marker was on neither the persona's curve nor the target one"))
        r.number(m, "feeling", (FEELING_MIN, FEELING_MAX), 0.0, QT_TRANSLATE_NOOP(
                "Repairs", "a feeling was outside -3..+3"))
        r.number(m, "offset", (0.0, 1.0), 0.5, QT_TRANSLATE_NOOP(
                "Repairs", "a marker's place was out of range"))
        r.text(m, "label", rules.MAX_NAME, QT_TRANSLATE_NOOP(
                "Repairs", "a marker label was unreadable or too long"))


IDENTITY = QT_TRANSLATE_NOOP("Repairs", "an identity was missing or repeated")


def _identities(journey, assets: Assets | None, r: _Repairs) -> None:
    """Every row a canonical uuid, unique in its table. Pictures are not loaded
    with the map: `assets` renews the ones to repair (`Document` loads them
    without their bytes and keeps them until the next edit)."""
    for rows in ([journey], journey.personas, journey.stages, journey.lanes, journey.cards,
                 journey.markers, journey.links, journey.action_items, journey.metrics,
                 journey.metric_values):
        seen: set[str] = set()
        for row in rows:
            if not rules.identity_ok(row.uuid) or row.uuid in seen:
                row.uuid = new_uuid()
                r.counts[IDENTITY] += 1
            seen.add(row.uuid)
    if assets is None:
        return
    seen = set()
    for asset_id, value in list(assets.read("SELECT id, uuid FROM asset ORDER BY id")):
        if rules.identity_ok(value) and value not in seen:
            seen.add(value)
            continue
        assets.renew_identity(asset_id)
        r.counts[IDENTITY] += 1
