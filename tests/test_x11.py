"""Runs tests/x11 on a real X server: an Xvfb display started for the run,
Qt's xcb platform, no window manager. Skipped, with the reason, where Xvfb or
Qt's xcb libraries are missing (see README, "Testing on a real display")."""
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_display() -> int:
    for n in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    pytest.skip("no free X display number")


@pytest.fixture(scope="module")
def display():
    if os.environ.get("QT_QPA_PLATFORM") == "xcb":
        pytest.skip("already on X11: tests/x11 run directly")
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (apt-get install xvfb): the X11 GUI tests need an X server")
    n = free_display()
    server = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield f":{n}"
    server.terminate()
    server.wait(timeout=10)


def test_the_gui_on_a_real_x_server(display):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display)
    probe = subprocess.run([sys.executable, "-c", "from PySide6.QtWidgets import QApplication; "
                            "QApplication([]); print('ok')"], env=env, capture_output=True, text=True,
                           timeout=60)
    if probe.returncode != 0:
        pytest.skip("Qt's xcb platform cannot start here (missing libxcb-* libraries; see README)")
    run = x11_run(env)
    if run.returncode < 0:
        # killed by a signal (once, in a full run on a loaded machine, an abort in a
        # test's set-up that no rerun reproduced): say so, and run the folder again;
        # a second crash, or any failing test, fails here with what the child said
        print(f"tests/x11 crashed (signal {-run.returncode}); running it again. It said:\n"
              + crash_report(run), file=sys.stderr)
        run = x11_run(env)
    assert run.returncode == 0, crash_report(run)


def x11_run(env) -> subprocess.CompletedProcess:
    # -v: the name of each test is printed before it runs, so a crash names its test
    return subprocess.run([sys.executable, "-m", "pytest", "tests/x11", "-v", "-p", "no:cacheprovider"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def crash_report(run: subprocess.CompletedProcess) -> str:
    """The child's last test lines and the start of any fatal error, not pytest's own frames."""
    out = run.stdout + run.stderr
    fatal = out.find("Fatal Python error")
    head = out[fatal:fatal + 2500] if fatal >= 0 else ""
    return run.stdout[-4000:] + "\n" + head + "\n" + run.stderr[-1500:]
