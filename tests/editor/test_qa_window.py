"""Found walking through Wayline as a facilitator would (QA pass)."""
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from model.document import Document


def test_quit_closes_every_map_window_and_lets_the_files_go(wayline, sample_path, tmp_path, qtbot):
    """File ▸ Quit (Ctrl+Q) used to do nothing: the action was never connected."""
    other = tmp_path / "other.journey"
    Document.create(other, "blank").close()
    first, second = wayline.open(sample_path), wayline.open(other)
    qtbot.waitExposed(first)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    active = QApplication.activeWindow()
    QTest.keySequence(active.view.viewport(), QKeySequence("Ctrl+Q"))
    qtbot.waitUntil(lambda: not wayline.windows)
    for path in (sample_path, other):  # no lock left behind: another Wayline may edit them
        Document.open(path).close()
