"""The map window on a real X server: it shows, and what it draws is there."""


def test_the_map_window_shows_on_x11(wayline_x11, sample_path, qtbot):
    window = wayline_x11.open(sample_path)
    qtbot.waitExposed(window)
    shot = window.grab().toImage()
    assert shot.width() > 400 and shot.height() > 300
    colours = {shot.pixel(x, y) for x in range(0, shot.width(), 37) for y in range(0, shot.height(), 37)}
    assert len(colours) > 20  # a drawn map, not an empty or black window


PROBE = """
import json, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from editor import app as appmod
from model.document import Document
qt = appmod.make_app()
w = appmod.Wayline(qt)
w.settings.clear()
path = Path({folder!r}) / "m.journey"
Document.create(path, "sample").close()
window = w.open(path)
qt.processEvents()
area, frame = window.screen().availableGeometry(), window.frameGeometry()
print(json.dumps({{"fits": area.contains(frame), "frame": [frame.width(), frame.height()],
                  "area": [area.width(), area.height()]}}))
window.close()
"""


def test_at_twice_the_scale_the_window_fits_the_screen(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, QT_SCALE_FACTOR="2", WAYLINE_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    run = subprocess.run([sys.executable, "-c", PROBE.format(root=root, folder=str(tmp_path))],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["fits"], result
