"""Workshop mode at 2× scale (QT_SCALE_FACTOR=2, a 1920×1080 projector), measured in a
child process (tests/workshop/scale_probe.py): issue 10, item 12."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_at_2x_the_strip_shows_full_text_and_the_chips_cover_nothing():
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "tests.workshop.scale_probe"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 2.0
    assert seen["clipped"] == []                 # no "Previo", no "hole m"
    assert seen["covered"] == []                 # the caption chip never covers a stage name
    assert seen["clock_seen"] == "#111827"       # the time box above the top-N board
    assert not seen["clock_under_board_text"]
