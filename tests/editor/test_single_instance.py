"""One Wayline per user: a second launch (a real `main.py MAP` process) hands its
map to the running Wayline, which opens it or brings its window forward."""
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication

from editor import app as appmod
from editor import single_instance
from model.document import Document

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listening(wayline, monkeypatch):
    """The running Wayline's end, under a name of this test's own (the launches inherit it)."""
    monkeypatch.setenv("WAYLINE_INSTANCE", f"wayline-test-{os.getpid()}-{id(wayline):x}")
    listener = single_instance.Listener(wayline.open, wayline.show_any)
    assert listener.listen()
    yield listener
    listener.close()


def second_launch(qtbot, *args, cwd=None) -> subprocess.Popen:
    """`wayline MAP` as a user starts it; this process's event loop answers it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the same settings folder: the same user profile
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *map(str, args)], env=env, cwd=cwd,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=30000)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return child


def test_a_second_launch_with_the_open_map_brings_its_window_forward(wayline, listening, sample_path,
                                                                     tmp_path, qtbot, monkeypatch):
    first = wayline.open(sample_path)
    other = tmp_path / "Other.journey"
    Document.create(other, "blank").close()
    wayline.open(other)
    raised = []
    monkeypatch.setattr(appmod, "bring_forward", lambda w: raised.append(w) or w)
    child = second_launch(qtbot, sample_path.name, cwd=sample_path.parent)  # a relative path, another cwd
    assert child.returncode == 0, child.stderr.read().decode()
    qtbot.waitUntil(lambda: raised == [first])
    assert len(wayline.windows) == 2
    assert wayline.messages == []  # not "open in Wayline by you", no read-only offer


def test_a_second_launch_with_another_map_opens_it_in_the_running_wayline(wayline, listening, sample_path,
                                                                          tmp_path, qtbot):
    wayline.open(sample_path)
    other = tmp_path / "Second map.journey"
    Document.create(other, "blank").close()
    child = second_launch(qtbot, other)
    assert child.returncode == 0, child.stderr.read().decode()
    qtbot.waitUntil(lambda: len(wayline.windows) == 2)
    assert wayline.windows[1].editor.doc.path == other.resolve()


def test_a_launch_with_no_map_shows_the_window_used_last(wayline, listening, sample_path, qtbot, monkeypatch):
    window = wayline.open(sample_path)
    raised = []
    monkeypatch.setattr(appmod, "bring_forward", lambda w: raised.append(w) or w)
    child = second_launch(qtbot)
    assert child.returncode == 0, child.stderr.read().decode()
    qtbot.waitUntil(lambda: raised == [window])


def test_bringing_forward_restores_a_minimised_window_and_activates_it(window, qtbot):
    window.showMinimized()
    appmod.bring_forward(window)
    qtbot.waitUntil(lambda: not window.isMinimized())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_socket_left_by_a_crashed_wayline_is_taken_over(tmp_path):
    name = f"wayline-test-stale-{os.getpid()}"
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound and never listening: what a killed process leaves
    stale.close()
    listener = single_instance.Listener(lambda p: None, lambda: None, name=name)
    try:
        assert single_instance.hand_over(tmp_path / "x.journey", name) is False  # nobody answers
        assert listener.listen()
    finally:
        listener.close()


def name_with_settings_in(folder) -> str:
    env = {k: v for k, v in os.environ.items() if k != "WAYLINE_INSTANCE"}
    env["XDG_CONFIG_HOME"] = str(folder)
    code = "from editor import single_instance; print(single_instance.server_name())"
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()


def test_another_settings_folder_is_another_wayline(tmp_path):
    """Tests (and portable copies) with their own settings never reach the user's Wayline."""
    one, two = name_with_settings_in(tmp_path / "a"), name_with_settings_in(tmp_path / "b")
    assert one != two and one == name_with_settings_in(tmp_path / "a")
    assert one.startswith("wayline-")
