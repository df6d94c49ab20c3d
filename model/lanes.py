"""Lane kinds: the one place that says what each kind of swimlane is.

A lane's kind is stored in the map as its key ("pain_points"); everything a
view or a rule needs to know about a kind — its label, its card colour on
paper and on a projector, its icon, whether it holds cards or emotion
markers, whether the room may vote on its cards, how its card text is set, and
the prefix that sends a quick capture to it — is read from `KINDS`. A new kind
is one entry here; no other module spells a kind's key.

A card in any lane may carry a picture; the "images" kind is the lane a team
keeps for them (pictures dropped on the map land there).
"""
from __future__ import annotations

from dataclasses import dataclass

CARDS, MARKERS = "cards", "markers"


@dataclass(frozen=True)
class CardLook:
    """How a card of a kind stands out beyond its colour. Pain points and
    opportunities differ by shape as well as by colour (a heavy edge, a dashed
    one), for colour-blind readers."""
    mark: str | None = None      # icon beside the text: an icon name, CHANNEL (the card's channel), or none
    accent: str | None = None    # the mark's colour and the card's edge, when it has its own
    edge: float | None = None    # edge width in points, when the card has its own edge
    dashed: bool = False         # the edge is dashed
    bar: str | None = None       # a bar of this colour down the card's left side
    bold: bool = False           # the text is set bold (figures read from afar)


CHANNEL = "channel"  # CardLook.mark: the icon of the card's touchpoint channel


@dataclass(frozen=True)
class LaneKind:
    key: str                     # as stored in the file
    label: str                   # lane header, menus, legends
    colour: str                  # card colour on paper and screen (standard theme)
    projector_colour: str        # stronger mid-tone for a washed-out projector
    icon: str                    # the lane header's icon (a name in model.icon_paths)
    holds: str = CARDS           # CARDS, or MARKERS (the emotion curve)
    votable: bool = False        # dot voting: the room votes on these cards
    look: CardLook = CardLook()
    capture_prefix: str | None = None  # a quick capture starting with it goes to this lane
    capture_label: str | None = None   # what the capture preview calls such a card
    role: str | None = None      # in the plan (issue 15): OPPORTUNITY cards are scored and
                                 # address PAIN_POINT cards (the matrix, the backlog)

    @property
    def holds_markers(self) -> bool:
        return self.holds == MARKERS


PAIN, OPPORTUNITY = "#c0392b", "#2e8b57"
OPPORTUNITY_ROLE, PAIN_POINT_ROLE = "opportunity", "pain_point"

KINDS: dict[str, LaneKind] = {k.key: k for k in (
    LaneKind("actions", "Actions", "#fff1b8", "#ffd84d", "chevrons"),
    LaneKind("touchpoints", "Touchpoints", "#d6eaff", "#8ec5ff", "chat", look=CardLook(mark=CHANNEL)),
    LaneKind("thoughts", "Thoughts", "#ebe3ff", "#c9b3ff", "cloud",
             capture_prefix="?", capture_label="Thought"),
    LaneKind("emotions", "Emotions", "#ffffff", "#ffffff", "face", holds=MARKERS),
    LaneKind("pain_points", "Pain points", "#ffd9d3", "#ff9d8f", "warning", votable=True,
             look=CardLook(mark="warning", accent=PAIN, edge=1.6),
             capture_prefix="!", capture_label="Pain point", role=PAIN_POINT_ROLE),
    LaneKind("opportunities", "Opportunities", "#d5f3d8", "#86dc91", "star", votable=True,
             look=CardLook(mark="star", accent=OPPORTUNITY, edge=1.4, dashed=True),
             capture_prefix="+", capture_label="Opportunity", role=OPPORTUNITY_ROLE),
    LaneKind("backstage", "Backstage", "#e4e7eb", "#c4cad3", "gear"),
    LaneKind("metrics", "Metrics", "#ffffff", "#ffffff", "bars", look=CardLook(bar="#3a5fa8", bold=True)),
    LaneKind("images", "Images", "#ffffff", "#ffffff", "picture"),
    LaneKind("notes", "Notes", "#fff9e3", "#ffe7a0", "note"),
)}

KEYS: tuple[str, ...] = tuple(KINDS)
DEFAULT = "notes"  # a lane added without a kind


def kind(key: str) -> LaneKind:
    """The kind stored as `key`; an unknown key reads as the default kind (a
    map from a newer Wayline still opens)."""
    return KINDS.get(key, KINDS[DEFAULT])


def holds_markers(key: str) -> bool:
    return kind(key).holds_markers


def votable(key: str) -> bool:
    return key in KINDS and KINDS[key].votable


def marker_kind() -> str:
    """The key of the kind whose lanes hold the emotion curve."""
    return next(k.key for k in KINDS.values() if k.holds_markers)


def with_role(role: str) -> tuple[str, ...]:
    """The keys of the kinds whose cards play this part in the plan."""
    return tuple(k.key for k in KINDS.values() if k.role == role)


def role_of(lane_rows, lane_id) -> str | None:
    """The part in the plan of lane `lane_id`, one of `lane_rows` (anything with an id
    and a kind: a journey's lanes, a layout's): OPPORTUNITY_ROLE, PAIN_POINT_ROLE or
    None (none for an unknown kind, or no such lane)."""
    key = next((lane.kind for lane in lane_rows if lane.id == lane_id), None)
    return KINDS[key].role if key in KINDS else None


def by_prefix() -> dict[str, str]:
    """Quick-capture prefix -> lane kind key."""
    return {k.capture_prefix: k.key for k in KINDS.values() if k.capture_prefix}


def colours(projector: bool = False) -> dict[str, str]:
    return {k.key: k.projector_colour if projector else k.colour for k in KINDS.values()}


def labels() -> dict[str, str]:
    return {k.key: k.label for k in KINDS.values()}
