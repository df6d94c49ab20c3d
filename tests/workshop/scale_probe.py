"""Measures workshop mode at 2× scale, in a process of its own (QT_SCALE_FACTOR must be
set before the QApplication exists): prints one JSON line for test_scale.py.

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.workshop.scale_probe
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton


def clipped(buttons) -> list[str]:
    """Buttons narrower than their full text (the strip truncated them)."""
    return [b.text() for b in buttons if b.isVisible() and
            b.width() < b.fontMetrics().horizontalAdvance(b.text()) + 8]


def main() -> dict:
    from canvas import fonts
    from editor.mapeditor import MapEditor
    from editor.workshop import Workshop
    from editor.workshop.spotlight import Camera
    from model.document import Document
    fonts.register()
    Camera.DURATION_MS = 0
    path = Path(tempfile.mkdtemp()) / "scale.journey"
    Document.create(path, "sample").close()
    ws = Workshop(MapEditor(Document.open(path)))
    ratio = QGuiApplication.primaryScreen().devicePixelRatio()
    ws.enter(screens=[QGuiApplication.primaryScreen()], size=(round(1920 / ratio), round(1080 / ratio)))
    window, view = ws.presentation, ws.presentation.view
    QApplication.processEvents()
    out = {"ratio": view.devicePixelRatioF(), "covered": [], "clipped": []}
    for stage in ws.lay.stages:
        ws.spotlight(stage.id, animate=False)
        name = stage.header
        a, b = view.mapFromScene(QPointF(name.x, name.y)), view.mapFromScene(QPointF(name.right, name.bottom))
        if QRect(a, b).intersects(window.caption.geometry()):
            out["covered"].append(stage.index)
    window.overlay.poke()
    out["clipped"] = clipped(window.overlay.findChildren(QPushButton))
    QTest.keyClick(view.viewport(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    ws.toggle_ranking(True)
    QApplication.processEvents()
    clock = window.clock.geometry()
    image = window.grab().toImage()
    centre = QPointF(clock.center()) * window.devicePixelRatioF()
    out["clock_seen"] = QColor(image.pixel(int(centre.x()), int(centre.y() - clock.height() * 0.3 * ratio))).name()
    out["clock_under_board_text"] = any(w.geometry().intersects(clock) for w in
                                        [window.board.title] + window.board.findChildren(type(window.board.title)))
    ws.leave()
    return out


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    print(json.dumps(main()))
