"""How a map looks: sizes in points (1/72 inch) and colours, shared by the
canvas and the poster. A theme is plain data so a workshop (projector) theme
is just another instance."""
from __future__ import annotations

from dataclasses import dataclass, field

from .lanes import colours, labels

KIND_COLOURS = colours()
KIND_LABELS = labels()


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
    vote_row: float = 12.0      # row of vote dots at a card's foot (dots scale with it)
    marker_radius: float = 8.0  # emotion marker face
    image_ratio: float = 0.62   # picture height / card width in an images lane
    emotion_min: float = 140.0
    background: str = "#ffffff"
    grid: str = "#c9ced6"
    header_text: str = "#ffffff"
    text: str = "#1d2330"
    muted: str = "#5b6475"
    curve: str = "#3a5fa8"
    kind_colours: dict = field(default_factory=lambda: dict(KIND_COLOURS))

    @property
    def vote_dot(self) -> float:
        """Radius of one vote dot."""
        return self.vote_row * 0.29

    @property
    def vote_pitch(self) -> float:
        """Distance between two vote dots' centres."""
        return self.vote_row * 0.75


STANDARD = Theme()


# A projector washes colours out (pastels turn white) and lowers contrast, and the
# back row sits 8-10 m away: stronger mid-tone card colours, black text, heavier
# grid, and type about 1.45x the standard size. The spotlight never zooms below
# the level at which card text is 24 px on the projector (editor/workshop).
WORKSHOP_COLOURS = colours(projector=True)

WORKSHOP = Theme(
    name="workshop", card_text=16.0, stage_text=21.0, lane_text=16.0, title_text=30.0,
    persona_text=13.0, label_text=13.0, title_height=58.0, persona_height=150.0,
    stage_header=58.0, lane_header=200.0, cell_pad=10.0, card_gap=8.0, card_pad=9.0,
    card_min=52.0, icon=18.0, vote_row=18.0, marker_radius=13.0, emotion_min=190.0,
    background="#ffffff", grid="#5c6470", header_text="#ffffff", text="#000000",
    muted="#2f3540", curve="#1d3f8f", kind_colours=dict(WORKSHOP_COLOURS))
