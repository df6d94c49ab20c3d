"""The editor as `main.py MAP` starts it, with one edit made once the window is
up (so closing has a backup to take); prints "ready" then. For test_signals.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from editor import app  # noqa: E402
from model.operations import Op  # noqa: E402

shown = app.Wayline.show


def show_and_edit(self, doc):
    window = shown(self, doc)
    window.editor.run("Rename", [Op("update_journey", {"title": "Edited before the signal"})])
    print("ready", flush=True)
    return window


app.Wayline.show = show_and_edit
sys.exit(app.run(sys.argv[1]))
