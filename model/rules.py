"""What a value may be, for edits and for files read from elsewhere.

`check_*` raise JourneyError for an edit that asks for something impossible;
`validate.py` uses the same bounds to repair or refuse what a file holds.
"""
from __future__ import annotations

import datetime
import math
import re

from . import scoring
from .values import ACTION_STATUSES, CHANNELS, FEELING_MAX, FEELING_MIN, LANE_KINDS
from .errors import QT_TRANSLATE_NOOP, Figure, JourneyError, Sentence
from .personas import LINES, MAX_PERSONAS, SHAPES

COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
STAGE_WIDTH = (80.0, 4000.0)
LANE_HEIGHT = (30.0, 4000.0)
MAX_VOTES = 999
MAX_TEXT = 20_000  # characters in one card, far beyond a sticky note
MAX_NAME = 200
MAX_IMAGE_BYTES = 30 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000


# what a refusal names, made once (`number`, `text`... are called for every field of every edit)
WHAT_COLOUR = Sentence(QT_TRANSLATE_NOOP("Refusal", "A colour"))
WHAT_TEXT = Sentence(QT_TRANSLATE_NOOP("Refusal", "The text"))
WHAT_NAME = Sentence(QT_TRANSLATE_NOOP("Refusal", "The name"))
WHAT_FEELING = Sentence(QT_TRANSLATE_NOOP("Refusal", "A feeling"))
WHAT_OFFSET = Sentence(QT_TRANSLATE_NOOP("Refusal", "A marker's place within its stage"))
WHAT_VOTES = Sentence(QT_TRANSLATE_NOOP("Refusal", "Votes"))
WHAT_WIDTH = Sentence(QT_TRANSLATE_NOOP("Refusal", "A stage's width"))
WHAT_HEIGHT = Sentence(QT_TRANSLATE_NOOP("Refusal", "A lane's height"))
WHAT_LABEL = Sentence(QT_TRANSLATE_NOOP("Refusal", "A label"))
WHAT_OWNER = Sentence(QT_TRANSLATE_NOOP("Refusal", "The owner"))
WHAT_TRACKER_KEY = Sentence(QT_TRANSLATE_NOOP("Refusal", "A tracker key"))


def number(value, what: str) -> float:
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 must be a number."), what)) from None
    if not math.isfinite(f):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 must be a number."), what))
    return f


def in_range(value, bounds: tuple[float, float], what: str) -> float:
    f = number(value, what)
    lo, hi = bounds
    if not lo <= f <= hi:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 must be between %2 and %3."),
                                    what, Figure(format(lo, "g")), Figure(format(hi, "g"))))
    return f


def colour(value, what: str = WHAT_COLOUR) -> str:
    if not isinstance(value, str) or not COLOUR_RE.match(value):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 must look like #1a2b3c."), what))
    return value.lower()


def optional_colour(value, what: str = WHAT_COLOUR) -> str | None:
    return None if value is None else colour(value, what)


def text(value, limit: int = MAX_TEXT, what: str = WHAT_TEXT) -> str:
    if not isinstance(value, str):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 must be text."), what))
    if len(value) > limit:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 is too long (at most %2 characters)."),
                                    what, limit))
    if not encodable(value):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 contains a character that cannot be "
                                                                 "saved (a broken emoji or symbol)."), what))
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


def name(value, what: str = WHAT_NAME) -> str:
    return text(value, MAX_NAME, what)


def lane_kind(value) -> str:
    if value not in LANE_KINDS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A lane kind must be one of: %1."),
                                    str(', '.join(LANE_KINDS))))
    return value


def channel(value) -> str | None:
    if value is not None and value not in CHANNELS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A channel must be one of: %1."),
                                    str(', '.join(CHANNELS))))
    return value


def feeling(value) -> float:
    return in_range(value, (FEELING_MIN, FEELING_MAX), WHAT_FEELING)


def offset(value) -> float:
    return in_range(value, (0.0, 1.0), WHAT_OFFSET)


def votes(value) -> int:
    f = in_range(value, (0, MAX_VOTES), WHAT_VOTES)
    if f != int(f):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Votes must be a whole number.")))
    return int(f)


# A row's identity (`uuid`): a canonical, lower-case UUID string.
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def identity_ok(v) -> bool:
    return isinstance(v, str) and bool(UUID_RE.match(v))


def identity(v) -> str:
    if not identity_ok(v):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That change carries an identity that is "
                                                                 "not a valid uuid.")))
    return v


def line(value) -> str:
    if value not in LINES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A persona's line must be one of: %1."),
                                    ", ".join(LINES)))
    return value


def shape(value) -> str:
    if value not in SHAPES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A persona's marker shape must be one of: %1."),
                                    ", ".join(SHAPES)))
    return value


def target(value) -> int:
    """Which curve a marker is on: 0 as the persona feels today, 1 the target."""
    if isinstance(value, bool) or value not in (0, 1):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A marker is on the persona's curve (0) or their "
                                                                 "target curve (1).")))
    return int(value)


def with_persona(personas, persona_id: int, on: bool) -> list[int]:
    """A card's personas (`persona_ids` form) with this persona added (`on`) or taken out."""
    return [i for i in persona_ids(personas) if i != persona_id] + ([persona_id] if on else [])


def persona_ids(value) -> list[int]:
    """The personas a card is for, as ids: from a list of ids or the stored form
    ("3 7"); duplicates go, the order is the map's (see `personas_text`)."""
    if isinstance(value, str):
        parts = value.split()
        if not all(p.isascii() and p.isdigit() and len(p) < 16 for p in parts):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A card's personas must be persona ids "
                                                                     "separated by spaces.")))
        value = [int(p) for p in parts]
    if not isinstance(value, (list, tuple)) or not all(type(i) is int and i > 0 for i in value):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A card's personas must be a list of persona "
                                                                 "ids.")))
    return list(dict.fromkeys(value))


def personas_text(value, order: list[int]) -> str:
    """The canonical stored form: the ids of personas of this map (`order`, the
    map's personas in order) that the card is for, in that order; "" for everyone."""
    ids = set(persona_ids(value))
    if not ids <= set(order):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A card can only be for personas of this map.")))
    return " ".join(str(i) for i in order if i in ids)


def personas_ok(value, order: list[int]) -> bool:
    """Whether a stored `card.personas` is canonical and names only these personas."""
    try:
        return isinstance(value, str) and personas_text(value, order) == value
    except JourneyError:
        return False


def persona_count(count: int) -> None:
    if count >= MAX_PERSONAS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A map holds at most %1 personas; remove one "
                                                                 "before adding another."), str(MAX_PERSONAS)))


def score(key: str):
    """The checker of one scoring criterion (`scoring.CRITERIA`): a number on its
    scale, whole where the scale is; None clears it."""
    criterion = scoring.CRITERIA[key]
    what = Sentence(criterion.label)

    def check(value) -> float | None:
        if value is None:
            return None
        f = in_range(value, criterion.bounds, what)
        if criterion.whole and f != int(f):
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "%1 must be a whole number."), what))
        return f
    return check


def scoring_model(value) -> str:
    if value not in scoring.MODELS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A scoring model must be one of: %1."),
                                    ", ".join(scoring.MODELS)))
    return value


def quadrants(value) -> str:
    """The matrix's four quadrant names, one a line ("" for a default name)."""
    names = value.split("\n") if isinstance(value, str) else value
    if not isinstance(names, (list, tuple)) or len(names) > len(scoring.QUADRANTS):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The matrix has four quadrants, one name "
                                                                 "each.")))
    names = [name(n) if n else "" for n in names]
    if any("\n" in n for n in names):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A quadrant's name is one line.")))
    return "\n".join(names).rstrip("\n")


DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def date_ok(value) -> bool:
    """An ISO calendar date (2026-12-31) that exists, or ""."""
    if value == "":
        return True
    if not isinstance(value, str) or not DATE_RE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def due_date(value) -> str:
    value = "" if value is None else value
    if not date_ok(value):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A due date must be a date written like "
                                                                 "2026-12-31.")))
    return value


def action_status(value) -> str:
    if value not in ACTION_STATUSES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "An action's status must be one of: %1."),
                                    ", ".join(ACTION_STATUSES)))
    return value


def tracker_key(value) -> str:
    return text(value, MAX_NAME, WHAT_TRACKER_KEY)


# field name -> checker, per entity; an edit may only touch these fields
STAGE_FIELDS = {"name": name, "colour": colour,
                "width": lambda v: in_range(v, STAGE_WIDTH, WHAT_WIDTH)}
# A persona id (a lane's, a marker's, a card's) is checked against the map by
# the operation (`operations.check_persona`), which knows the map's personas.
LANE_FIELDS = {"name": name, "kind": lane_kind,
               "height": lambda v: in_range(v, LANE_HEIGHT, WHAT_HEIGHT),
               "persona_id": lambda v: v}
CARD_FIELDS = {"text": text, "colour": optional_colour, "channel": channel,
               "votes": votes, "asset_id": lambda v: v,
               "personas": lambda v: " ".join(map(str, persona_ids(v))),
               **{key: score(key) for key in scoring.CRITERIA}}
MARKER_FIELDS = {"feeling": feeling, "offset": offset, "label": lambda v: text(v, MAX_NAME, WHAT_LABEL),
                 "stage_id": lambda v: v, "persona_id": lambda v: v, "target": target}
PERSONA_FIELDS = {"name": name, "role": name, "goals": text, "frustrations": text,
                  "quote": text, "photo_id": lambda v: v,
                  "colour": lambda v: colour(v, "A persona's colour"), "line": line, "shape": shape}
JOURNEY_FIELDS = {"title": name, "scenario": text, "notes": text, "scoring": scoring_model,
                  "quadrants": quadrants}


def fields(values: dict, allowed: dict) -> dict:
    """Check every field of an edit; refuse unknown fields (a programming slip)."""
    unknown = set(values) - set(allowed)
    if unknown:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Unknown field(s): %1."),
                                    str(', '.join(sorted(unknown)))))
    return {k: allowed[k](v) for k, v in values.items()}
