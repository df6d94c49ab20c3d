"""The opportunity matrix on a real X server (issue 15): Ctrl+Shift+M from the
map window, a bubble dragged with the real mouse onto another cell, Ctrl+Z."""
import sqlite3

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.canvas.helpers import drag_pixels


@pytest.fixture
def matrix_x11(wayline_x11, sample_path, qtbot):
    window = wayline_x11.open(sample_path)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and window.view.hasFocus())
    QTest.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.matrix is not None and window.views.currentWidget() is window.matrix.widget)
    qtbot.wait(200)
    return window


def scores(window, card_id):
    conn = sqlite3.connect(window.editor.doc.path)
    try:
        return conn.execute("SELECT effort, impact FROM card WHERE id = ?", (card_id,)).fetchone()
    finally:
        conn.close()


def test_a_bubble_dragged_on_x11_is_scored_and_ctrl_z_takes_it_back(matrix_x11, qtbot):
    view = matrix_x11.matrix.view
    m = view.matrix_scene.layout
    bubble = max(m.bubbles, key=lambda b: b.rank)  # the sample's money pit
    before = scores(matrix_x11, bubble.card_id)
    drag_pixels(view, view.mapFromScene(QPointF(bubble.x, bubble.y)), view.mapFromScene(QPointF(*m.centre_of(1, 5))),
                steps=8)
    qtbot.waitUntil(lambda: scores(matrix_x11, bubble.card_id) == (1.0, 5.0))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: scores(matrix_x11, bubble.card_id) == before)
