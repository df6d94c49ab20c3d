"""What a value may be, for edits and for files read from elsewhere.

`check_*` raise JourneyError for an edit that asks for something impossible;
`validate.py` uses the same bounds to repair or refuse what a file holds.
"""
from __future__ import annotations

import math
import re

from .entities import CHANNELS, FEELING_MAX, FEELING_MIN, LANE_KINDS
from .errors import JourneyError
from .personas import LINES, MAX_PERSONAS, SHAPES

COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
STAGE_WIDTH = (80.0, 4000.0)
LANE_HEIGHT = (30.0, 4000.0)
MAX_VOTES = 999
MAX_TEXT = 20_000  # characters in one card, far beyond a sticky note
MAX_NAME = 200
MAX_IMAGE_BYTES = 30 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000


def number(value, what: str) -> float:
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise JourneyError(f"{what} must be a number.") from None
    if not math.isfinite(f):
        raise JourneyError(f"{what} must be a number.")
    return f


def in_range(value, bounds: tuple[float, float], what: str) -> float:
    f = number(value, what)
    lo, hi = bounds
    if not lo <= f <= hi:
        raise JourneyError(f"{what} must be between {lo:g} and {hi:g}.")
    return f


def colour(value, what: str = "A colour") -> str:
    if not isinstance(value, str) or not COLOUR_RE.match(value):
        raise JourneyError(f"{what} must look like #1a2b3c.")
    return value.lower()


def optional_colour(value, what: str = "A colour") -> str | None:
    return None if value is None else colour(value, what)


def text(value, limit: int = MAX_TEXT, what: str = "The text") -> str:
    if not isinstance(value, str):
        raise JourneyError(f"{what} must be text.")
    if len(value) > limit:
        raise JourneyError(f"{what} is too long (at most {limit:,} characters).")
    if not encodable(value):
        raise JourneyError(f"{what} contains a character that cannot be saved (a broken emoji or symbol).")
    return value


def encodable(value: str) -> bool:
    """False for text holding a lone surrogate (half of a broken emoji, as some
    clipboards and imports deliver it): SQLite stores UTF-8, which has no such
    character, so it would fail deep in the commit instead of being refused here."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def name(value, what: str = "The name") -> str:
    return text(value, MAX_NAME, what)


def lane_kind(value) -> str:
    if value not in LANE_KINDS:
        raise JourneyError(f"A lane kind must be one of: {', '.join(LANE_KINDS)}.")
    return value


def channel(value) -> str | None:
    if value is not None and value not in CHANNELS:
        raise JourneyError(f"A channel must be one of: {', '.join(CHANNELS)}.")
    return value


def feeling(value) -> float:
    return in_range(value, (FEELING_MIN, FEELING_MAX), "A feeling")


def offset(value) -> float:
    return in_range(value, (0.0, 1.0), "A marker's place within its stage")


def votes(value) -> int:
    f = in_range(value, (0, MAX_VOTES), "Votes")
    if f != int(f):
        raise JourneyError("Votes must be a whole number.")
    return int(f)


# A row's identity (`uuid`): a canonical, lower-case UUID string.
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def identity_ok(v) -> bool:
    return isinstance(v, str) and bool(UUID_RE.match(v))


def identity(v) -> str:
    if not identity_ok(v):
        raise JourneyError("That change carries an identity that is not a valid uuid.")
    return v


def line(value) -> str:
    if value not in LINES:
        raise JourneyError(f"A persona's line must be one of: {', '.join(LINES)}.")
    return value


def shape(value) -> str:
    if value not in SHAPES:
        raise JourneyError(f"A persona's marker shape must be one of: {', '.join(SHAPES)}.")
    return value


def target(value) -> int:
    """Which curve a marker is on: 0 as the persona feels today, 1 the target."""
    if isinstance(value, bool) or value not in (0, 1):
        raise JourneyError("A marker is on the persona's curve (0) or their target curve (1).")
    return int(value)


def persona_ids(value) -> list[int]:
    """The personas a card is for, as ids: from a list of ids or the stored form
    ("3 7"); duplicates go, the order is the map's (see `personas_text`)."""
    if isinstance(value, str):
        parts = value.split()
        if not all(p.isascii() and p.isdigit() and len(p) < 16 for p in parts):
            raise JourneyError("A card's personas must be persona ids separated by spaces.")
        value = [int(p) for p in parts]
    if not isinstance(value, (list, tuple)) or not all(type(i) is int and i > 0 for i in value):
        raise JourneyError("A card's personas must be a list of persona ids.")
    return list(dict.fromkeys(value))


def personas_text(value, order: list[int]) -> str:
    """The canonical stored form: the ids of personas of this map (`order`, the
    map's personas in order) that the card is for, in that order; "" for everyone."""
    ids = set(persona_ids(value))
    if not ids <= set(order):
        raise JourneyError("A card can only be for personas of this map.")
    return " ".join(str(i) for i in order if i in ids)


def personas_ok(value, order: list[int]) -> bool:
    """Whether a stored `card.personas` is canonical and names only these personas."""
    try:
        return isinstance(value, str) and personas_text(value, order) == value
    except JourneyError:
        return False


def persona_count(count: int) -> None:
    if count >= MAX_PERSONAS:
        raise JourneyError(f"A map holds at most {MAX_PERSONAS} personas; remove one before adding another.")


# field name -> checker, per entity; an edit may only touch these fields
STAGE_FIELDS = {"name": name, "colour": colour,
                "width": lambda v: in_range(v, STAGE_WIDTH, "A stage's width")}
# A persona id (a lane's, a marker's, a card's) is checked against the map by
# the operation (`operations.check_persona`), which knows the map's personas.
LANE_FIELDS = {"name": name, "kind": lane_kind,
               "height": lambda v: in_range(v, LANE_HEIGHT, "A lane's height"),
               "persona_id": lambda v: v}
CARD_FIELDS = {"text": text, "colour": optional_colour, "channel": channel,
               "votes": votes, "asset_id": lambda v: v,
               "personas": lambda v: " ".join(map(str, persona_ids(v)))}
MARKER_FIELDS = {"feeling": feeling, "offset": offset, "label": lambda v: text(v, MAX_NAME, "A label"),
                 "stage_id": lambda v: v, "persona_id": lambda v: v, "target": target}
PERSONA_FIELDS = {"name": name, "role": name, "goals": text, "frustrations": text,
                  "quote": text, "photo_id": lambda v: v,
                  "colour": lambda v: colour(v, "A persona's colour"), "line": line, "shape": shape}
JOURNEY_FIELDS = {"title": name, "scenario": text, "notes": text}


def fields(values: dict, allowed: dict) -> dict:
    """Check every field of an edit; refuse unknown fields (a programming slip)."""
    unknown = set(values) - set(allowed)
    if unknown:
        raise JourneyError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    return {k: allowed[k](v) for k, v in values.items()}
