"""The Properties dock fits a window at its first size (issue 14): with a card, a
lane or a marker selected — on a map with several personas, one with a long
name — nothing is cut off at the right and the dock never scrolls sideways."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QPushButton, QScrollArea, QWidget

from model.operations import Op
from tests.canvas.helpers import at


def click(editor, x, y):
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(editor.view, x, y))


def cut_off(scroll: QScrollArea) -> list[str]:
    """The visible widgets of the shown page whose right edge is past the dock's viewport."""
    viewport = scroll.viewport()
    out = []
    for w in scroll.widget().currentWidget().findChildren(QWidget):
        if w.isVisibleTo(scroll.widget()) and w.width() > 0:
            right = w.mapTo(viewport, QPoint(w.width(), 0)).x()
            if right > viewport.width():
                out.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} ends at {right}")
    return out


def test_the_properties_dock_needs_no_sideways_scrolling_at_the_first_window_size(wayline, sample_path, qtbot):
    win = wayline.open(sample_path)  # the first size: no geometry remembered (wayline clears it)
    qtbot.waitExposed(win)
    editor = win.editor
    editor.run("Add persona", [Op("add_persona", {"name": "Grandmother who orders for the whole family"})])
    dock = win.findChild(QDockWidget, "properties_dock")
    dock.show()
    dock.raise_()
    scroll = win.findChild(QScrollArea, "properties_scroll")
    card = next(c for c in editor.lay.cards if c.kind == "touchpoints")
    lane = next(lane for lane in editor.lay.lanes if lane.kind == "actions")
    marker = editor.lay.markers[0]
    editor.view.centerOn(card.rect.x, card.rect.y)
    for kind, (x, y) in (("card", (card.rect.x + 12, card.rect.bottom - 6)),
                         ("lane", (lane.header.x + 40, lane.header.y + 8)),
                         ("marker", (marker.x, marker.y))):
        editor.view.centerOn(x, y)
        click(editor, x, y)
        assert editor.scene.selected(kind), kind
        page = win.properties_panel.pages[kind]
        qtbot.waitUntil(page.isVisible)
        QTest.qWait(20)  # the layout settles
        assert scroll.horizontalScrollBar().maximum() == 0, kind
        assert cut_off(scroll) == [], kind
    # the card's "Lane default" colour button, which used to be cut off, is whole
    editor.view.centerOn(card.rect.x, card.rect.y)
    click(editor, card.rect.x + 12, card.rect.bottom - 6)
    default = next(b for b in win.properties_panel.pages["card"].findChildren(QPushButton)
                   if b.text() == "Lane default")
    assert default.mapTo(scroll.viewport(), QPoint(default.width(), 0)).x() <= scroll.viewport().width()
