"""Driving workshop mode like a facilitator: key events on the map's viewport."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def key(view, k, modifiers=NONE) -> None:
    QTest.keyClick(view.viewport(), k, modifiers)


def type_line(view, text: str) -> None:
    """Type a line and press Enter, as a facilitator captures one sticky note."""
    QTest.keyClicks(view.viewport(), text)
    key(view, Qt.Key.Key_Return)


def lane(lay, kind: str):
    return next(l for l in lay.lanes if l.kind == kind)


def stage(lay, index: int):
    return lay.stages[index]


def cell_texts(journey, stage_id: int, lane_id: int) -> list[str]:
    cards = [c for c in journey.cards if c.stage_id == stage_id and c.lane_id == lane_id]
    return [c.text for c in sorted(cards, key=lambda c: c.position)]
