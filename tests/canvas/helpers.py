"""Driving the view like a user: real QTest events on the viewport."""
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def at(view, x: float, y: float) -> QPoint:
    """Viewport pixel of a map point, scrolling it into view first."""
    view.ensureVisible(x - 1, y - 1, 2, 2, 60, 60)
    return view.mapFromScene(QPointF(x, y))


def drag(view, start, end, modifiers=NONE, steps: int = 8, button=LEFT) -> None:
    """Press at `start`, move in steps (with the button held), release at `end` (map points)."""
    vp = view.viewport()
    p0 = at(view, *start)
    QTest.mousePress(vp, button, modifiers, p0)
    p1 = view.mapFromScene(QPointF(*end))
    for i in range(1, steps + 1):
        p = p0 + (p1 - p0) * (i / steps)
        move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(p), QPointF(vp.mapToGlobal(p)),
                           Qt.MouseButton.NoButton, button, modifiers)
        QApplication.sendEvent(vp, move)
    QTest.mouseRelease(vp, button, modifiers, p1)


def drag_pixels(view, start: QPoint, end: QPoint, steps: int = 5) -> None:
    """A real press, `steps` moves and a release on the viewport, in its pixels."""
    vp = view.viewport()
    QTest.mousePress(vp, LEFT, NONE, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(vp, start + (end - start) * i / steps)
    QTest.mouseRelease(vp, LEFT, NONE, end)


def click(view, x, y, modifiers=NONE) -> None:
    QTest.mouseClick(view.viewport(), LEFT, modifiers, at(view, x, y))


def double_click(view, x, y) -> None:
    QTest.mouseDClick(view.viewport(), LEFT, NONE, at(view, x, y))


def centre(rect):
    return rect.x + rect.w / 2, rect.y + rect.h / 2


def drop_files(view, paths, scene_point) -> None:
    """Files dragged from a file manager and dropped at a point of the map."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = view.mapFromScene(QPointF(*scene_point))
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys),
                  QDragMoveEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys),
                  QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, buttons, keys)):
        QApplication.sendEvent(view.viewport(), event)
