"""Vector icons for lane kinds, touchpoint channels and card marks.

Each icon is a QPainterPath on a 16×16 grid, stroked (never an emoji glyph, so
it looks the same with any font and prints sharply). `draw(painter, name, x, y,
size, colour)` scales it into a size×size box.
"""
from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

GRID = 16.0


def _poly(points, close=True) -> QPainterPath:
    p = QPainterPath()
    p.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    if close:
        p.closeSubpath()
    return p


def _globe():
    p = QPainterPath()
    p.addEllipse(QRectF(2, 2, 12, 12))
    p.addEllipse(QRectF(5.5, 2, 5, 12))
    p.moveTo(2, 8), p.lineTo(14, 8)
    return p


def _app():
    p = QPainterPath()
    p.addRoundedRect(QRectF(4, 1.5, 8, 13), 1.5, 1.5)
    p.moveTo(7, 12.5), p.lineTo(9, 12.5)
    return p


def _envelope():
    p = QPainterPath()
    p.addRect(QRectF(1.5, 3.5, 13, 9))
    p.moveTo(1.5, 3.5), p.lineTo(8, 9), p.lineTo(14.5, 3.5)
    return p


def _phone():
    p = QPainterPath()  # a classic handset: two ear/mouth pieces joined by a grip
    p.moveTo(3, 2.5), p.lineTo(6, 2.5), p.lineTo(7, 5.5), p.lineTo(5.2, 6.8)
    p.cubicTo(6, 9, 7, 10, 9.2, 10.8)
    p.lineTo(10.5, 9), p.lineTo(13.5, 10), p.lineTo(13.5, 13)
    p.cubicTo(7, 13.5, 2.5, 9, 3, 2.5)
    return p


def _store():
    p = _poly([(2.5, 7), (2.5, 14), (13.5, 14), (13.5, 7)], close=False)
    p.addPolygon(QPolygonF([QPointF(1.5, 7), QPointF(3, 2.5), QPointF(13, 2.5), QPointF(14.5, 7)]))
    p.closeSubpath()
    p.addRect(QRectF(6.5, 9.5, 3, 4.5))
    return p


def _social():
    p = QPainterPath()
    for cx, cy in ((4, 8), (12, 3.5), (12, 12.5)):
        p.addEllipse(QPointF(cx, cy), 2, 2)
    p.moveTo(5.8, 7), p.lineTo(10.2, 4.5)
    p.moveTo(5.8, 9), p.lineTo(10.2, 11.5)
    return p


def _chat():
    p = QPainterPath()
    p.addRoundedRect(QRectF(1.5, 2, 13, 9), 2.5, 2.5)
    p.moveTo(4.5, 11), p.lineTo(4, 14.5), p.lineTo(8, 11)
    return p


def _mail():
    p = QPainterPath()  # a parcel: post, not e-mail
    p.addRect(QRectF(2, 5, 12, 9))
    p.addPolygon(QPolygonF([QPointF(2, 5), QPointF(4.5, 2), QPointF(11.5, 2), QPointF(14, 5)]))
    p.moveTo(8, 2), p.lineTo(8, 14)
    return p


def _dots():
    p = QPainterPath()
    for cx in (3.5, 8, 12.5):
        p.addEllipse(QPointF(cx, 8), 1.3, 1.3)
    return p


def _warning():
    p = _poly([(8, 1.5), (15, 14), (1, 14)])
    p.moveTo(8, 6), p.lineTo(8, 10)
    p.moveTo(8, 11.6), p.lineTo(8, 12.2)
    return p


def _star():
    points = []
    for i in range(10):
        r = 7 if i % 2 == 0 else 3
        a = -math.pi / 2 + i * math.pi / 5
        points.append((8 + r * math.cos(a), 8.5 + r * math.sin(a)))
    return _poly(points)


def _chevrons():
    p = _poly([(2, 3), (7, 8), (2, 13)], close=False)
    p.addPath(_poly([(8, 3), (13, 8), (8, 13)], close=False))
    return p


def _cloud():
    p = QPainterPath()
    p.addEllipse(QRectF(1.5, 2, 13, 9))
    p.addEllipse(QPointF(4, 13), 1.5, 1.5)
    p.addEllipse(QPointF(1.8, 15), 0.8, 0.8)
    return p


def _face():
    p = QPainterPath()
    p.addEllipse(QRectF(1.5, 1.5, 13, 13))
    p.addEllipse(QPointF(5.7, 6.3), 0.7, 0.7)
    p.addEllipse(QPointF(10.3, 6.3), 0.7, 0.7)
    p.moveTo(4.8, 9.5), p.quadTo(8, 12.8, 11.2, 9.5)
    return p


def _gear():
    p = QPainterPath()
    p.addEllipse(QPointF(8, 8), 2.2, 2.2)
    p.addEllipse(QPointF(8, 8), 5, 5)
    for i in range(8):
        a = i * math.pi / 4
        p.moveTo(8 + 5 * math.cos(a), 8 + 5 * math.sin(a))
        p.lineTo(8 + 7 * math.cos(a), 8 + 7 * math.sin(a))
    return p


def _bars():
    p = QPainterPath()
    for x, top in ((2.5, 9), (6.5, 5), (10.5, 2)):
        p.addRect(QRectF(x, top, 3, 14 - top))
    p.moveTo(1, 14.5), p.lineTo(15, 14.5)
    return p


def _picture():
    p = QPainterPath()
    p.addRect(QRectF(1.5, 2.5, 13, 11))
    p.addPath(_poly([(2, 13), (6.5, 7), (9.5, 10.5), (11, 9), (14, 13)], close=False))
    p.addEllipse(QPointF(11, 5.5), 1.3, 1.3)
    return p


def _note():
    p = _poly([(3, 1.5), (10, 1.5), (13, 4.5), (13, 14.5), (3, 14.5)])
    p.moveTo(10, 1.5), p.lineTo(10, 4.5), p.lineTo(13, 4.5)
    for y in (7.5, 10, 12.5):
        p.moveTo(5, y), p.lineTo(11, y)
    return p


def _person():
    p = QPainterPath()
    p.addEllipse(QPointF(8, 5), 3, 3)
    p.moveTo(2, 15), p.cubicTo(2, 9, 14, 9, 14, 15)
    return p


BUILDERS = {
    # touchpoint channels
    "web": _globe, "app": _app, "email": _envelope, "phone": _phone, "store": _store,
    "social": _social, "chat": _chat, "mail": _mail, "other": _dots,
    # lane kinds
    "actions": _chevrons, "touchpoints": _chat, "thoughts": _cloud, "emotions": _face,
    "pain_points": _warning, "opportunities": _star, "backstage": _gear, "metrics": _bars,
    "images": _picture, "notes": _note,
    # other marks
    "person": _person,
}


@lru_cache(maxsize=None)
def path(name: str) -> QPainterPath:
    return BUILDERS.get(name, _dots)()


def draw(painter: QPainter, name: str, x: float, y: float, size: float, colour: str,
         fill: str | None = None) -> None:
    """Stroke icon `name` into the box (x, y, size, size); optionally fill it first."""
    painter.save()
    painter.translate(x, y)
    painter.scale(size / GRID, size / GRID)
    pen = QPen(QColor(colour), 1.5)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)
    painter.drawPath(path(name))
    painter.restore()
