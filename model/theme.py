"""How a map looks: sizes in points (1/72 inch) and colours, shared by the
canvas and the poster. A theme is plain data so a workshop (projector) theme
is just another instance."""
from __future__ import annotations

from dataclasses import dataclass, field

KIND_COLOURS = {
    "actions": "#fff1b8", "touchpoints": "#d6eaff", "thoughts": "#ebe3ff",
    "emotions": "#ffffff", "pain_points": "#ffd9d3", "opportunities": "#d5f3d8",
    "backstage": "#e4e7eb", "metrics": "#ffffff", "images": "#ffffff", "notes": "#fff9e3",
}
KIND_LABELS = {
    "actions": "Actions", "touchpoints": "Touchpoints", "thoughts": "Thoughts",
    "emotions": "Emotions", "pain_points": "Pain points", "opportunities": "Opportunities",
    "backstage": "Backstage", "metrics": "Metrics", "images": "Images", "notes": "Notes",
}


@dataclass(frozen=True)
class Theme:
    name: str = "standard"
    card_text: float = 11.0
    stage_text: float = 14.0
    lane_text: float = 12.0
    title_text: float = 24.0
    persona_text: float = 10.0
    label_text: float = 9.0
    title_height: float = 44.0
    persona_height: float = 120.0
    stage_header: float = 44.0
    lane_header: float = 150.0
    cell_pad: float = 8.0
    card_gap: float = 6.0
    card_pad: float = 7.0
    card_min: float = 40.0
    icon: float = 14.0          # channel / kind mark beside card text
    vote_row: float = 12.0      # row of vote dots at a card's foot
    image_ratio: float = 0.62   # picture height / card width in an images lane
    emotion_min: float = 140.0
    background: str = "#ffffff"
    grid: str = "#c9ced6"
    header_text: str = "#ffffff"
    text: str = "#1d2330"
    muted: str = "#5b6475"
    curve: str = "#3a5fa8"
    kind_colours: dict = field(default_factory=lambda: dict(KIND_COLOURS))


STANDARD = Theme()
