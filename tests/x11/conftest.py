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


# the application as a person starts it, dialogs recorded instead of shown
from tests.editor.conftest import wayline as wayline_x11  # noqa: E402,F401
