"""The window fits the screen it opens on, comes back where the user left it,
and every panel field can be reached in a small window."""
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea


def test_the_first_window_fits_the_screen(wayline, sample_path, qtbot):
    window = wayline.open(sample_path)
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())
    assert window.width() <= area.width() and window.height() <= area.height()


def test_size_and_panels_come_back_for_the_next_window(wayline, sample_path, tmp_path, qtbot):
    from model.document import Document
    window = wayline.open(sample_path)
    qtbot.waitExposed(window)
    window.resize(700, 480)
    window.findChild(QDockWidget, "persona_dock").hide()
    window.close()
    other = tmp_path / "other.journey"
    Document.create(other, "blank").close()
    again = wayline.open(other)
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (700, 480)
    assert not again.findChild(QDockWidget, "persona_dock").isVisibleTo(again)


def test_every_persona_field_can_be_reached_in_a_small_window(wayline, sample_path, qtbot):
    window = wayline.open(sample_path)
    qtbot.waitExposed(window)
    window.resize(800, 500)
    QApplication.processEvents()
    scroll = window.findChild(QScrollArea, "persona_scroll")
    quote = window.persona_panel.fields["quote"]
    scroll.ensureWidgetVisible(quote)
    QApplication.processEvents()
    top_left = quote.mapTo(scroll.viewport(), quote.rect().topLeft())
    assert scroll.viewport().rect().contains(top_left)
