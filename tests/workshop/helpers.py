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


def dark_pixels(image, rect) -> int:
    """Pixels of black text (lightness under 60) in a rectangle of a grabbed image."""
    from PySide6.QtGui import QColor
    count = 0
    for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1), 2):
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1), 2):
            if QColor(image.pixel(x, y)).lightness() < 60:
                count += 1
    return count


def reserved(view):
    """The screen edges the framing keeps clear (none on a view that knows of none)."""
    from types import SimpleNamespace
    return getattr(view, "reserved", SimpleNamespace(top=0, bottom=0))


def lane_names_shown(ws) -> dict:
    """For the spotlit stage: each lane whose row starts on screen (below the chips) ->
    the count of text pixels left of the stage column, in the band of its name."""
    from PySide6.QtCore import QPointF, QRect
    view = ws.presentation.view
    image = ws.presentation.grab().toImage()
    stage = next(s for s in ws.lay.stages if s.id == ws.stage_id)
    left = view.mapFromScene(QPointF(stage.column.x, 0)).x()
    out = {}
    for lane in ws.lay.lanes:
        top = view.mapFromScene(QPointF(0, lane.row.y)).y()
        band = view.mapFromScene(QPointF(0, lane.row.y + lane.name.size * 1.6)).y()
        if reserved(view).top <= top and band < image.height() - reserved(view).bottom:
            out[lane.kind] = dark_pixels(image, QRect(0, top, max(left - 2, 0), band - top))
    return out


def on_screen(ws, rect) -> bool:
    """A map rectangle lies where the room sees it: inside the window, below the chips,
    above the controls strip."""
    from PySide6.QtCore import QPointF
    view = ws.presentation.view
    a = view.mapFromScene(QPointF(rect.x, rect.y))
    b = view.mapFromScene(QPointF(rect.right, rect.bottom))
    h, w = view.viewport().height(), view.viewport().width()
    return 0 <= a.x() and b.x() <= w and reserved(view).top <= a.y() and b.y() <= h - reserved(view).bottom
