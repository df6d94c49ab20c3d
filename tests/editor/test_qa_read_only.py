"""On a map open for viewing only, in-place editing is refused before any typing
(typed text would otherwise be lost on Enter); leaving the workshop gives the
keyboard back to the map."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.mapeditor import MapEditor
from model.document import Document


def test_double_click_on_a_read_only_map_says_so_and_opens_no_editor(qtbot, sample_path):
    editor = MapEditor(Document.open(sample_path, read_only=True))
    qtbot.addWidget(editor.view)
    editor.view.resize(1200, 800)
    editor.view.show()
    said = []
    editor.message.connect(said.append)
    card = editor.lay.cards[0]
    point = editor.view.mapFromScene(card.rect.x + 20, card.rect.y + 10)
    QTest.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.view.editor is None
    assert said and "viewing only" in said[-1]
    editor.close()


def test_leaving_the_workshop_gives_the_keyboard_back_to_the_map(qtbot, sample_path):
    from editor.window import MapWindow
    window = MapWindow(Document.open(sample_path))
    window.show()
    window.start_workshop()
    window.workshop.leave()
    assert window.editor.view.hasFocus() or window.focusWidget() is window.editor.view
    window.close()  # deletes itself (WA_DeleteOnClose)

