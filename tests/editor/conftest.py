"""Windows on fresh copies of the sample map; dialogs never block a test."""
import pytest


@pytest.fixture
def wayline(qtbot, monkeypatch, tmp_path):
    from editor import app as appmod
    messages = []
    monkeypatch.setattr(appmod, "refuse", lambda parent, message: messages.append(message))
    monkeypatch.setattr(appmod, "maps_folder", lambda: tmp_path)
    w = appmod.Wayline(appmod.make_app())
    w.settings.clear()
    w.messages = messages
    yield w
    for window in list(w.windows):
        window.close()
    w.settings.clear()


@pytest.fixture
def window(wayline, sample_path, qtbot):
    win = wayline.open(sample_path)
    win.resize(1400, 900)  # the tests' geometry; a first window fits the (800×600 offscreen) screen
    qtbot.waitExposed(win)
    win.view.set_zoom(0.7)
    return win
