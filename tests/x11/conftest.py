"""GUI tests on a real X server (the xcb platform), where X11's own key
bindings and window management exist: Ctrl+D is also Delete there, windows
get real sizes and focus. `tests/test_x11.py` runs this folder in a child
pytest with QT_QPA_PLATFORM=xcb on an Xvfb display; in the ordinary
(offscreen) run every test here is skipped with the reason."""
import os

import pytest

ON_X11 = os.environ.get("QT_QPA_PLATFORM") == "xcb" and bool(os.environ.get("DISPLAY"))


def pytest_collection_modifyitems(config, items):
    if ON_X11:
        return
    skip = pytest.mark.skip(reason="needs an X server: run by tests/test_x11.py under Xvfb")
    for item in items:
        if "tests/x11/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.fixture
def wayline_x11(qtbot, monkeypatch, tmp_path):
    """The application as a person starts it, dialogs recorded instead of shown."""
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
