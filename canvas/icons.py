"""The icons of `model.icon_paths` as QPainterPaths, and stroking one into a box.

The geometry lives in `model.icon_paths` (pure path data, also drawn by the PDF);
this module only turns it into a QPainterPath once per icon and strokes it.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from model.icon_paths import GRID, PEN, ops


def qpath(path_ops) -> QPainterPath:
    """A QPainterPath from `model.display.Path` operations."""
    p = QPainterPath()
    for op in path_ops:
        kind = op[0]
        if kind == "M":
            p.moveTo(op[1], op[2])
        elif kind == "L":
            p.lineTo(op[1], op[2])
        elif kind == "C":
            p.cubicTo(*op[1:])
        else:
            p.closeSubpath()
    return p


@lru_cache(maxsize=None)
def path(name: str) -> QPainterPath:
    return qpath(ops(name))


def draw(painter: QPainter, name: str, x: float, y: float, size: float, colour: str) -> None:
    """Stroke icon `name` into the box (x, y, size, size)."""
    painter.save()
    painter.translate(x, y)
    painter.scale(size / GRID, size / GRID)
    pen = QPen(QColor(colour), PEN)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path(name))
    painter.restore()
