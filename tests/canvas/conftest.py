"""A map open in a real view, for driving with mouse and key events."""
import pytest


@pytest.fixture
def map_editor(qtbot, sample_path):
    from canvas import fonts
    from editor.mapeditor import MapEditor
    from model.document import Document
    fonts.register()
    doc = Document.open(sample_path)
    editor = MapEditor(doc)
    view = editor.view
    view.resize(1400, 900)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(0.7)  # the whole sample map fits: drags need no scrolling
    yield editor
    view.commit_edit()
    doc.close()
