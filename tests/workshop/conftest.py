"""A workshop on a fresh copy of the sample map, on a 1920x1080 'projector'
(windowed: the offscreen platform's only screen is small), with a hand-moved
clock and instant camera flights unless a test asks for the animation."""
import pytest


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def map_editor(qtbot, sample_path):
    from canvas import fonts
    from editor.mapeditor import MapEditor
    from model.document import Document
    fonts.register()
    doc = Document.open(sample_path)
    editor = MapEditor(doc)
    qtbot.addWidget(editor.view)
    yield editor
    doc.close()


@pytest.fixture
def make_workshop(qtbot, map_editor, clock, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from editor.workshop import Workshop
    from editor.workshop.spotlight import Camera
    monkeypatch.setattr(Camera, "DURATION_MS", 0)
    made = []

    def make(screens: int = 1, size=(1920, 1080)):
        ws = Workshop(map_editor, clock=clock)
        screen = QGuiApplication.primaryScreen()
        ws.enter(screens=[screen] * screens, size=size)
        for view in ws.views():
            qtbot.waitExposed(view)
        ws.frame_views(animate=False)
        made.append(ws)
        return ws
    yield make
    for ws in made:
        if ws.active():
            ws.leave()


@pytest.fixture
def workshop(make_workshop):
    return make_workshop()
