"""The workshop's rules as plain functions (no Qt): what a captured line means and
which operations it becomes, the stage's feeling, the voting budget, which cards
take dots, and the time box's countdown. Keyboards (editor/workshop), phones and
imports share them, and tests run them with no QApplication.

Quick-capture syntax:
- `! text`  a pain point, `+ text` an opportunity, `? text` a thought/question:
  the card goes to that lane of the *same stage*; the focus stays where it is.
- `-2`, `+1 relieved`: the stage's feeling on the emotion curve (with a label).
  The sign says "this is a feeling", so a note such as "2 kids at home" stays a
  card; a bare digit alone ("0", "3") is a feeling too, and in the emotion lane
  itself a leading digit always is.
- anything else: a card in the focused cell.

A refused capture raises `JourneyError` with a sentence for the facilitator.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Callable

from . import lanes as lane_kinds
from .lanes import KINDS, by_prefix, marker_kind
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from .operations import Op
from .personas import chosen_or_first

# -- capture syntax -------------------------------------------------------------------
PREFIXES = by_prefix()
ROUTE_LABELS = {k.key: k.capture_label for k in KINDS.values() if k.capture_label}
EMOTIONS = marker_kind()
FEELING_HINT = Sentence(QT_TRANSLATE_NOOP("Workshop", "In the emotion lane, type a feeling from -3 to +3, "
                                                      "then a label if you like."))
NO_EMOTION_LANE = Sentence(QT_TRANSLATE_NOOP("Workshop", "This map has no emotion lane: add one to draw the "
                                                         "feeling curve."))
# the undo step of a capture, by the lane kind it goes to (its prefix)
# (by the capture label of the lane kind a prefix sends to, model/lanes.py) whole sentences,
# for a translation: a language that capitalises nouns cannot lower-case a label
CAPTURED = {"Thought": QT_TRANSLATE_NOOP("Steps", "Capture thought"),
            "Pain point": QT_TRANSLATE_NOOP("Steps", "Capture pain point"),
            "Opportunity": QT_TRANSLATE_NOOP("Steps", "Capture opportunity"),
            None: QT_TRANSLATE_NOOP("Steps", "Capture card")}
NO_ROUTE = {"Thought": QT_TRANSLATE_NOOP("Workshop", "This map has no thoughts lane: add one, or type the "
                                                     "card without its prefix."),
            "Pain point": QT_TRANSLATE_NOOP("Workshop", "This map has no pain points lane: add one, or type "
                                                        "the card without its prefix."),
            "Opportunity": QT_TRANSLATE_NOOP("Workshop", "This map has no opportunitys lane: add one, or "
                                                         "type the card without its prefix.")}
ROUTE_HINTS = {"Thought": QT_TRANSLATE_NOOP("Workshop", "→ Thought"),
               "Pain point": QT_TRANSLATE_NOOP("Workshop", "→ Pain point"),
               "Opportunity": QT_TRANSLATE_NOOP("Workshop", "→ Opportunity")}
# typists reach for the ASCII hyphen, but pasted text carries real minus and en dashes
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_FEELING = re.compile(r"^(?P<sign>[+-]?)(?P<digit>[0-3])(?:\s+(?P<label>.*))?$", re.DOTALL)


@dataclass(frozen=True)
class Capture:
    text: str                     # the card text, or the marker label for a feeling
    lane_kind: str | None = None  # send to the first lane of this kind in the stage
    feeling: float | None = None  # set the stage's feeling instead of adding a card


def parse(raw: str, in_emotions: bool = False) -> Capture | None:
    """What a captured line asks for; None when there is nothing to capture."""
    line = raw.strip()
    if not line:
        return None
    feeling = _feeling(line.translate(_MINUS), in_emotions)
    if feeling is not None:
        return feeling
    kind = PREFIXES.get(line[0])
    if kind is None:
        return Capture(line)
    rest = line[1:].strip()
    return Capture(rest, kind) if rest else None


def _feeling(line: str, in_emotions: bool) -> Capture | None:
    match = _FEELING.match(line)
    if match is None:
        return None
    label = (match["label"] or "").strip()
    if not match["sign"] and label and not in_emotions:
        return None  # "2 kids at home" is a note, not a feeling
    value = float(match["digit"]) * (-1 if match["sign"] == "-" else 1)
    return Capture(label, None, value)


def describe(capture: Capture | None) -> str:
    """A short hint of where a draft will go, shown beside it while typing."""
    if capture is None:
        return ""
    if capture.feeling is not None:
        return Sentence(QT_TRANSLATE_NOOP("Workshop", "Feeling %1"),
                        f"{capture.feeling:+.0f}".replace("+0", "0"))
    if capture.lane_kind:
        if ROUTE_LABELS[capture.lane_kind] in ROUTE_HINTS:
            return Sentence(ROUTE_HINTS[ROUTE_LABELS[capture.lane_kind]])
        return f"→ {ROUTE_LABELS[capture.lane_kind]}"
    return ""


def lane_kind(lanes, lane_id: int) -> str:
    """The kind of a lane ("" for none); `lanes` in map order (a journey's or a layout's)."""
    return next((lane.kind for lane in lanes if lane.id == lane_id), "")


def lane_of(lanes, kind: str, focused_lane: int | None = None) -> int | None:
    """The lane a capture of this kind goes to: the focused lane if it is of that kind,
    else the first lane of the kind; None when the map has none."""
    if focused_lane is not None and lane_kind(lanes, focused_lane) == kind:
        return focused_lane
    return next((lane.id for lane in lanes if lane.kind == kind), None)


@dataclass(frozen=True)
class CapturePlan:
    name: str                          # the undo step's name
    ops: list[Op]
    goes_to: tuple[int, int] | None    # the cell the view follows; None: it stays on the focus


def plan_capture(raw: str, cell: tuple[int, int], journey, persona_id: int | None = None,
                 addresses: tuple[int, ...] = ()) -> CapturePlan | None:
    """The operations a line typed in the focused cell (stage id, lane id) becomes;
    None when there is nothing to capture. Raises JourneyError (a sentence) when refused.
    A feeling is the `persona_id` persona's (the facilitator's active one; the first if none).
    `addresses`: pain points a captured opportunity is linked to in the same step (the
    one the room has selected)."""
    stage_id, lane_id = cell
    capture = parse(raw, lane_kind(journey.lanes, lane_id) == EMOTIONS)
    if capture is None:
        return None
    if capture.feeling is not None:
        target = lane_of(journey.lanes, EMOTIONS, lane_id)
        if target is None:
            raise JourneyError(NO_EMOTION_LANE)
        op = feeling_op(journey, stage_id, target, capture.feeling, capture.text, persona_id)
        return CapturePlan(Sentence(QT_TRANSLATE_NOOP("Steps", "Capture feeling")), [op], None)
    if capture.lane_kind:
        target = lane_of(journey.lanes, capture.lane_kind, lane_id)
        if target is None:
            if ROUTE_LABELS[capture.lane_kind] in NO_ROUTE:
                raise JourneyError(Sentence(NO_ROUTE[ROUTE_LABELS[capture.lane_kind]]))
            label = ROUTE_LABELS[capture.lane_kind].lower()
            raise JourneyError(f"This map has no {label}s lane: add one, or type the card "
                               "without its prefix.")
    elif lane_kind(journey.lanes, lane_id) == EMOTIONS:
        raise JourneyError(FEELING_HINT)
    else:
        target = lane_id
    data = {"stage_id": stage_id, "lane_id": target, "position": None, "text": capture.text}
    if addresses and lane_kinds.role_of(journey.lanes, target) == lane_kinds.OPPORTUNITY_ROLE:
        data["addresses"] = list(addresses)
    if ROUTE_LABELS.get(capture.lane_kind) in CAPTURED:
        name = Sentence(CAPTURED[ROUTE_LABELS.get(capture.lane_kind)])
    else:
        name = f"Capture {ROUTE_LABELS.get(capture.lane_kind, 'card').lower()}"
    return CapturePlan(name, [Op("add_cards", {"cards": [data]})],
                       (stage_id, target) if target != lane_id else None)


# -- the stage's feeling ----------------------------------------------------------------
def read_feeling(raw) -> tuple[float, str]:
    """(feeling, label) from a line such as "-2", "+3 relieved" or "1 calm" (as typed in
    the emotion lane); JourneyError with a sentence for anything else."""
    capture = parse(raw, in_emotions=True) if isinstance(raw, str) else None
    if capture is None or capture.feeling is None:
        raise JourneyError(FEELING_HINT)
    return capture.feeling, capture.text


def stage_marker(journey, stage_id: int, lane_id: int, persona_id: int | None = None):
    """The marker that holds a persona's feeling (today's curve) in a stage of an emotion
    lane: the one nearest the stage's middle (the first of equals); None when there is none."""
    persona_id = chosen_or_first(journey, persona_id)
    markers = [m for m in journey.markers if m.stage_id == stage_id and m.lane_id == lane_id
               and m.persona_id == persona_id and not m.target]
    return min(markers, key=lambda m: abs(m.offset - 0.5)) if markers else None


def stage_feeling(journey, stage_id: int, lane_id: int, persona_id: int | None = None) -> float | None:
    marker = stage_marker(journey, stage_id, lane_id, persona_id)
    return marker.feeling if marker is not None else None


def feeling_op(journey, stage_id: int, lane_id: int, feeling: float, label: str = "",
               persona_id: int | None = None) -> Op:
    """Set a persona's feeling in the stage: update its marker (keeping the label when
    none is given), or add one in the stage's middle on that persona's curve."""
    values = {"feeling": feeling, **({"label": label} if label else {})}
    marker = stage_marker(journey, stage_id, lane_id, persona_id)
    if marker is not None:
        return Op("update_marker", {"marker_id": marker.id, **values})
    persona_id = chosen_or_first(journey, persona_id)
    whose = {} if persona_id is None else {"persona_id": persona_id}  # (a map with no persona: nobody's)
    return Op("add_markers", {"markers": [{"lane_id": lane_id, "stage_id": stage_id, "offset": 0.5,
                                           **whose, **values}]})


# -- dot voting -------------------------------------------------------------------------
VOTABLE = tuple(k.key for k in KINDS.values() if k.votable)
NOT_VOTABLE = f"Dots go on {' and '.join(KINDS[k].label.lower() for k in VOTABLE)}."
if NOT_VOTABLE == "Dots go on pain points and opportunities.":  # what the translation has
    NOT_VOTABLE = Sentence(QT_TRANSLATE_NOOP("Workshop", "Dots go on pain points and opportunities."))
NOT_SHOWN = Sentence(QT_TRANSLATE_NOOP("Workshop", "The selected card is not on the screen."))
DOTS_EACH, PEOPLE = 3, 8   # a round's defaults


def round_setting(asked: int | None, current: int) -> int:
    """Dots each or people for a new round: as asked, else as before; at least 1."""
    return max(1, asked or current)


def budget(dots_each: int, people: int) -> int:
    return dots_each * people


def dots_spent(cards, baseline: dict[int, int]) -> int:
    """Dots given in this round: votes above each card's count when it began (so an
    undo refunds a dot with no bookkeeping)."""
    return sum(max(0, c.votes - baseline.get(c.id, 0)) for c in cards)


def dots_left(total: int, cards, baseline: dict[int, int]) -> int:
    return max(0, total - dots_spent(cards, baseline))


def takes_dots(card, lanes) -> bool:
    """A card can be voted on: it is in a pain-point or opportunity lane."""
    return any(lane.id == card.lane_id and lane.kind in VOTABLE for lane in lanes)


def dots_to_give(card, asked: int, lanes, left: int, total: int) -> tuple[int, str]:
    """(dots, "") for `asked` dots on a card, as far as the budget goes; (0, why not)."""
    if not takes_dots(card, lanes):
        return 0, NOT_VOTABLE
    dots = min(asked, left)
    if dots <= 0:
        return 0, Sentence(QT_TRANSLATE_NOOP("Workshop", "No dots left in this round (%1 spent)."), str(total))
    return dots, ""


def can_take_back(card, baseline: dict[int, int]) -> bool:
    """Only a dot given in this round comes back (earlier rounds' dots stay)."""
    return card.votes > baseline.get(card.id, 0)


def vote_target(selected: list, visible: set) -> tuple:
    """(card id, "") for the card a number key votes on: the last selected card, if
    it takes dots (its `kind`) and the room can see it (its id in `visible`: on screen,
    in a stage not dimmed); else (None, why not), why being "" when none is selected."""
    if not selected:
        return None, ""
    card = selected[-1]
    if card.kind not in VOTABLE:
        return None, NOT_VOTABLE
    if card.id not in visible:
        return None, NOT_SHOWN
    return card.id, ""


# -- the time box -----------------------------------------------------------------------
# idle ──start──► running ◄──pause/resume──► paused
#                    │ (time runs out)
#                    ▼
#                  over (the overrun keeps counting) ──end──► idle
Clock = Callable[[], float]
LAST_MINUTE = 60.0
IDLE, RUNNING, PAUSED, OVER = "idle", "running", "paused", "over"
SHORTEST, LONGEST = 1, 180   # minutes a box may be set to


def clamp_minutes(minutes: float) -> float:
    return float(max(SHORTEST, min(LONGEST, round(minutes))))


class Countdown:
    """The time box's rules: idle → running ⇄ paused; running out is 'over'."""

    def __init__(self, clock: Clock = time.monotonic, minutes: float = 5.0):
        self.clock = clock
        self.minutes = clamp_minutes(minutes)   # the length of the next box
        self.is_set = False        # a box is set: running, paused or over
        self.total = 0.0        # seconds allowed, including added minutes
        self.used = 0.0         # seconds used before the last (re)start
        self.since: float | None = None  # clock time of the last (re)start while running

    @property
    def started(self) -> bool:
        return self.is_set

    @property
    def running(self) -> bool:
        return self.since is not None

    def state(self) -> str:
        if not self.is_set:
            return IDLE
        if self.remaining() <= 0:
            return OVER
        return RUNNING if self.running else PAUSED

    def elapsed(self) -> float:
        return self.used + (self.clock() - self.since if self.running else 0.0)

    def remaining(self) -> float:
        """Seconds left; negative once the time box has run over."""
        return self.total - self.elapsed() if self.is_set else 0.0

    # -- the transitions -----------------------------------------------------------------
    def start(self, minutes: float | None = None) -> None:
        """A new box (from any state), of `minutes` or the set length."""
        if minutes is not None:
            self.minutes = clamp_minutes(minutes)
        self.is_set, self.total, self.used, self.since = True, self.minutes * 60.0, 0.0, self.clock()

    def pause(self) -> None:
        if self.state() == RUNNING:
            self.used, self.since = self.elapsed(), None

    def resume(self) -> None:
        if self.state() == PAUSED:
            self.since = self.clock()

    def toggle(self) -> str:
        """The one key: start, pause, resume; an overrun ends (back to idle). Says which."""
        state = self.state()
        if state == IDLE:
            self.start()
            return "started"
        if state == RUNNING:
            self.pause()
            return "paused"
        if state == PAUSED:
            self.resume()
            return "resumed"
        self.reset()
        return "ended"

    def add_minute(self) -> None:
        if self.is_set:
            self.total += 60.0
        else:
            self.minutes = clamp_minutes(self.minutes + 1)

    def remove_minute(self) -> None:
        """A minute off the box (never below the time used: it then ends now)."""
        if self.is_set:
            self.total = max(self.elapsed(), self.total - 60.0)
        else:
            self.minutes = clamp_minutes(self.minutes - 1)

    def reset(self) -> None:
        """Back to idle; the length of the next box stays."""
        self.is_set, self.total, self.used, self.since = False, 0.0, 0.0, None

    stop = reset


def clock_text(seconds: float) -> str:
    """12:05, or +0:42 once over time (the room sees by how much)."""
    sign = "+" if seconds < 0 else ""
    s = int(abs(seconds) + (0 if seconds < 0 else 0.999))  # 4:59.2 left shows 5:00
    return f"{sign}{s // 60}:{s % 60:02d}"
