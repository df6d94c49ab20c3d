"""Ctrl+C in the terminal, SIGTERM and SIGHUP close Wayline as File ▸ Quit does:
every map's close runs, so its lock file goes and its backup on close is taken."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model.document import Document

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("signal_child.py")


def start(args, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WAYLINE_DATA_DIR=str(tmp_path / "data"),
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "share"))
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the editor did not come up"
        time.sleep(0.1)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_closes_every_map_with_its_backup(tmp_path, signum):
    path = tmp_path / "Workshop.journey"
    Document.create(path, "sample").close()
    child = start([str(CHILD), str(path)], tmp_path)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        lock = path.with_name(f".~lock.{path.name}#")
        wait_for(lock.exists)
        child.send_signal(signum)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    _, err = child.communicate()
    assert child.returncode == 128 + signum, err
    assert "Traceback" not in err
    assert not lock.exists()
    assert list((tmp_path / "data" / "backups").rglob("*.journey"))  # the backup on close
    with Document.open(path, read_only=True) as doc:
        assert doc.journey.title == "Edited before the signal"


def test_ctrl_c_closes_main_py(tmp_path):
    """`python main.py MAP`, untouched: Ctrl+C ends it and lets the map go."""
    path = tmp_path / "Plain.journey"
    Document.create(path, "sample").close()
    child = start(["main.py", str(path)], tmp_path)
    lock = path.with_name(f".~lock.{path.name}#")
    try:
        wait_for(lambda: lock.exists() or child.poll() is not None)
        time.sleep(0.5)  # the event loop is running
        child.send_signal(signal.SIGINT)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    _, err = child.communicate()
    assert child.returncode == 128 + signal.SIGINT, err
    assert not lock.exists()
