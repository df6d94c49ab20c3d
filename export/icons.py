"""The canvas's vector icons, as plain path operations for ReportLab.

The geometry is defined once, in `canvas/icons.py` (QPainterPaths on a 16-unit
grid); this module reads those paths element by element, so the poster shows
exactly the marks the screen shows. QPainterPath is a plain value class: no
QApplication and no scene are needed. Ops are ("M", x, y), ("L", x, y) and
("C", x1, y1, x2, y2, x, y) in the icon's own 16-unit grid, y down.
"""
from __future__ import annotations

from functools import lru_cache

GRID = 16.0
PEN = 1.5  # stroke width on the grid, as canvas.icons.draw uses


@lru_cache(maxsize=None)
def ops(name: str) -> tuple:
    from PySide6.QtGui import QPainterPath

    from canvas import icons as qt_icons

    path = qt_icons.path(name)
    out, pending = [], []
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        kind = e.type
        if kind == QPainterPath.ElementType.MoveToElement:
            out.append(("M", e.x, e.y))
        elif kind == QPainterPath.ElementType.LineToElement:
            out.append(("L", e.x, e.y))
        else:  # a curve: its first control point, then two data elements
            pending += [e.x, e.y]
            if len(pending) == 6:
                out.append(("C", *pending))
                pending = []
    return tuple(out)
