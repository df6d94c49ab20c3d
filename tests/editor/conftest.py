"""Windows on fresh copies of the sample map; dialogs never block a test."""
import shutil
import sqlite3

import pytest

from tests.conftest import FIXTURES


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


@pytest.fixture
def planned(wayline, tmp_path, qtbot):
    """A window on a copy of the current-format fixture (v4-sample.journey): scored
    opportunities, one waiting, links, action items and metrics with values."""
    path = tmp_path / "planned.journey"
    shutil.copy(FIXTURES / "v4-sample.journey", path)
    win = wayline.open(path)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    return win


def stored(window, sql, *args) -> list:
    """What the window's file holds now, read with sqlite3 itself."""
    conn = sqlite3.connect(window.editor.doc.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()
