"""Cold start: a fresh process to the first painted frame of the sample map.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_start.py [--runs 7] [--root DIR] [--before DIR] [--phases]

Each run starts a new Python process and times, from the parent, the moment
it is started to the moment the child says a map view has painted once (the
line is read as it comes: the child's exit is not counted, on either side):
  Wayline   `main.py MAP`, as `wayline MAP` runs: the xcb check, application,
            single-instance hand-over and listener, window, panels, the map drawn
  floor     a bare QMainWindow whose QGraphicsView shows the same cards as
            plain C++ rect and text items (their rectangles and texts are
            handed over in a file, so the floor imports nothing of Wayline)
The two are run alternately; the medians and their ratio are printed (issue
18 asks for Wayline within 2x the floor), and `-X importtime` of the Wayline
child names the slowest imports. `--root` times another checkout of Wayline;
`--before CHECKOUT` adds one (an older commit) to the alternation, so a
before/after pair is measured under the same load; `--phases` times each step
of the start inside Wayline's child.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child's side: once the first paint of a graphics view's viewport is done,
# say so on stdout and quit. The filter sits on the application, made before anything
# else, so it sees the window Wayline makes inside `main`. Both children share it.
FIRST_FRAME = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsView
class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj.parent(), QGraphicsView):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, done)  # the paint is under way: say so once it is done
        return False
def done():
    print("frame", flush=True)
    QApplication.instance().quit()
app = QApplication(sys.argv[:1])
_watch = FirstFrame()
app.installEventFilter(_watch)
"""

WAYLINE = FIRST_FRAME + """
sys.path.insert(0, {root!r})
import main
sys.exit(main.main([{path!r}]))
"""

FLOOR = FIRST_FRAME + """
import json
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QGraphicsRectItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QMainWindow)
cards = json.load(open({items!r}))
scene = QGraphicsScene()
for x, y, w, h, text in cards:
    rect = QGraphicsRectItem(x, y, w, h)
    rect.setBrush(QColor("#fff1b8"))
    scene.addItem(rect)
    label = QGraphicsSimpleTextItem(text)
    label.setPos(x + 6, y + 6)
    scene.addItem(label)
window = QMainWindow()
view = QGraphicsView(scene)
window.setCentralWidget(view)
window.resize(1400, 900)
window.show()
app.exec()
"""


# `--phases`: where the time goes inside Wayline's child, one step of
# `editor.app.run` after the other (the same calls, made one by one so each can be
# timed; the imports in the order Python meets them), printed as medians.
AFTER = "after the first frame: SQLAlchemy, the map opened for editing, swapped in"
PHASES = """
import json, sys, time
AFTER = {after!r}
from pathlib import Path
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
mark("import PySide6 (QtCore, QtGui, QtWidgets)")
sys.path.insert(0, {root!r})
# a checkout with editor/first_open.py draws its first frame without SQLAlchemy
# (issue 18 item 3) and loads it after the paint; an older one imports it first
STAND_IN = (Path({root!r}) / "editor" / "first_open.py").exists()
if not STAND_IN:
    import sqlalchemy, sqlalchemy.orm
mark("import SQLAlchemy (core and ORM), if the first frame needs it")
import model.plain, model.validate, model.layout
if not STAND_IN:
    import model.document
mark("import the model (rows, validation, layout; the ORM document if needed)")
import main
from editor import app as appmod, crash, single_instance
from editor.window import MapWindow
mark("import the editor and canvas")
app = appmod.make_app()
mark("make_app (QApplication, translations, fonts, icon)")
single_instance.hand_over(None)
crash.install()
wayline = appmod.Wayline(app)
single_instance.Listener(lambda p: None, lambda: None, parent=app).listen()
appmod.quit_on_signals(app, wayline)
mark("single instance, crash hook, signals")
if STAND_IN:
    from editor import first_open
    doc = first_open.stand_in(Path({path!r}))
else:
    doc = wayline.load(Path({path!r}), None)
mark("open the map (file checks, load, validation; the stand-in if any)")
window = MapWindow(doc, wayline.recent())
if STAND_IN:
    window.editor.opening = lambda: wayline.open_for_editing(window)
mark("build the window (layout, items, panels, menus)")
wayline.windows.append(window)
window.show()
window.view.fit_width()
mark("show, fit width")
class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, swap)
        return False
def swap():
    mark("event loop to the first paint done")
    getattr(window.editor, "ready", lambda: None)()  # the swap (an older checkout has none)
    mark(AFTER)
    app.quit()
watch = FirstFrame()
window.view.viewport().installEventFilter(watch)
app.exec()
print(json.dumps([(name, t - marks[i][1]) for i, (name, t) in enumerate(marks[1:])]))
"""


def phases(roots: list[Path], path: Path, env: dict, runs: int) -> list[str]:
    """Each step's median in each checkout of `roots` (run alternately), one row a step."""
    codes = [PHASES.format(root=str(root), path=str(path), after=AFTER) for root in roots]
    steps: list[list] = [[] for _ in roots]
    for _ in range(runs):
        for code, taken in zip(codes, steps):
            child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                                   timeout=120)
            taken.append(json.loads(child.stdout.strip().splitlines()[-1]))
    rows = []
    for i, (name, _) in enumerate(steps[0][0]):
        rows.append(([statistics.median(run[i][1] for run in taken) for taken in steps], name))
    before_frame = [r for r in rows if r[1] != AFTER]
    rows.insert(len(before_frame), ([sum(r[0][k] for r in before_frame) for k in range(len(roots))],
                                    "in the process, after Python's own start, to the first frame"))
    return ["".join(f"{t * 1000:7.1f} ms" for t in times) + f"  {name}" for times, name in rows]


def timed(code: str, env: dict, extra=()) -> float:
    """Seconds from starting the child to its "frame" line (its exit is not counted)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *extra, "-c", code], stdout=subprocess.PIPE,
                                 stderr=errors, text=True, env=env)
        elapsed = None
        for line in child.stdout:
            if line.strip() == "frame" and elapsed is None:
                elapsed = time.perf_counter() - start
        child.wait(timeout=120)
        if elapsed is None:
            errors.seek(0)
            raise SystemExit(f"the child never painted:\n{errors.read()[-2000:].decode(errors='replace')}")
    return elapsed


def sample(folder: Path) -> tuple[Path, Path]:
    """A copy of the sample map, and its cards' rectangles and texts for the floor."""
    sys.path.insert(0, str(ROOT))
    from model.document import Document
    from model.layout import layout
    path = folder / "sample.journey"
    Document.create(path, "sample").close()
    with Document.open(path, read_only=True) as doc:
        lay = layout(doc.journey)
    items = folder / "items.json"
    items.write_text(json.dumps([(c.rect.x, c.rect.y, c.rect.w, c.rect.h, " ".join(c.text.lines))
                                 for c in lay.cards]))
    return path, items


def slowest_imports(code: str, env: dict, n: int = 8) -> list[str]:
    child = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True,
                           text=True, env=env, timeout=120)
    rows = []
    for line in child.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].strip()
            if name.split(".")[0] in ("editor", "canvas", "model", "export", "resources"):
                rows.append((int(parts[1]), name))
    return [f"{us / 1000:7.1f} ms  {name}" for us, name in sorted(rows, reverse=True)[:n]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--root", type=Path, default=ROOT, help="the Wayline checkout to time")
    parser.add_argument("--phases", action="store_true", help="also time each step inside Wayline's child")
    parser.add_argument("--before", type=Path, help="another checkout (an older commit), timed in "
                                                    "the same alternation: before and after under one load")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, items = sample(folder)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   WAYLINE_DATA_DIR=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "config"),
                   WAYLINE_INSTANCE=f"bench-start-{os.getpid()}")
        # an installed Wayline has its bytecode compiled (pip and the bundle do it): so do
        # the checkouts timed here, written by the warm-up run, or every run compiles
        # every module again (100+ ms) and a checkout that has no __pycache__ looks slower
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        children = {"Wayline": WAYLINE.format(root=str(args.root.resolve()), path=str(path)),
                    "floor": FLOOR.format(items=str(items))}
        if args.before:
            children["before"] = WAYLINE.format(root=str(args.before.resolve()), path=str(path))
        times: dict[str, list[float]] = {name: [] for name in children}
        loads = []
        for name, code in children.items():
            timed(code, env)  # warm the disk cache for each
        for _ in range(args.runs):
            for name, code in children.items():
                times[name].append(timed(code, env))
            loads.append(os.getloadavg()[0])
        median = {name: statistics.median(t) for name, t in times.items()}
        print(f"cold start to first frame, sample map ({len(json.loads(items.read_text()))} cards), "
              f"median of {args.runs} (load average {min(loads):.2f}-{max(loads):.2f} on {os.cpu_count()} CPUs):")
        for name in children:
            if name != "floor":
                print(f"  {name:8} {median[name] * 1000:7.1f} ms   floor {median['floor'] * 1000:7.1f} ms   "
                      f"x {median[name] / median['floor']:.2f}")
        print("slowest of Wayline's own imports (cumulative):")
        for row in slowest_imports(children["Wayline"], env):
            print("  " + row)
        if args.phases:
            roots = [args.root.resolve()] + ([args.before.resolve()] if args.before else [])
            print(f"inside Wayline's child, step by step (median of {args.runs}"
                  f"{'; Wayline, then before' if args.before else ''}):")
            for row in phases(roots, path, env, args.runs):
                print("  " + row)


if __name__ == "__main__":
    main()
