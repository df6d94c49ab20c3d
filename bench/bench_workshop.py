"""Workshop benchmark: spotlight flights and quick capture on the projector view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_workshop.py [--sizes 50 1000 5000]

A one-screen workshop (the projector view and its controls overlay) on a generated
map, windowed at 1920x1080. Each flight is driven frame by frame as the animation
would at 60 fps: a frame is the work of one animation tick (the camera, and every
slot the move reaches: legibility, the controls) plus a synchronous repaint of the
projector view. Printed beside floors measured in the same run:
  - the same view's repaint with no animation work (what painting the items costs);
  - a plain QGraphicsView on the same scene, scaled and translated along the same
    path and repainted (what any Qt view of these items pays per frame).
Flights: the whole map -> stage 2, and stage 2 -> stage 3. Quick capture: Enter on a
typed draft until the projector has painted the new card, beside a plain repaint.
"""
from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QTransform  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsView  # noqa: E402

from bench.bench_canvas import make_map, pct, settled  # noqa: E402
from editor.app import make_app  # noqa: E402
from editor.mapeditor import MapEditor  # noqa: E402
from editor.workshop import Workshop  # noqa: E402
from editor.workshop.framing import Frame  # noqa: E402
from model.document import Document  # noqa: E402

SIZE = (1920, 1080)
FRAME_MS = 1000.0 / 60.0
BUDGET_MS = 16.7


def ms(seconds: float) -> float:
    return seconds * 1000.0


def open_workshop(path: Path):
    doc = Document.open(path)
    editor = MapEditor(doc)
    ws = Workshop(editor)
    ws.enter(screens=[QGuiApplication.primaryScreen()], size=SIZE)
    QTest.qWaitForWindowExposed(ws.presentation.view)
    QApplication.processEvents()
    settled()
    return doc, editor, ws


def flight(ws, go) -> tuple[list[float], list[Frame]]:
    """Start a flight with `go()` and drive it tick by tick; each frame's time and where
    the camera was (for the floor to follow the same path)."""
    view = ws.presentation.view
    camera = view.camera
    times, path = [], []
    start = time.perf_counter()
    go()  # what the key press does before the first tick (framing, dims, captions)
    view.viewport().repaint()
    times.append(time.perf_counter() - start)
    path.append(camera.here())
    anim = camera.animation
    duration = anim.duration()
    anim.pause()  # driven by hand: one tick per 1/60 s of its duration
    ticks = max(1, math.ceil(duration / FRAME_MS))
    for i in range(1, ticks + 1):
        start = time.perf_counter()
        anim.setCurrentTime(min(duration, round(i * FRAME_MS)))
        if i == ticks:
            anim.stop()
            camera.finish()  # the landing: what the end of the flight runs
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
        path.append(camera.here())
    return times, path


def floor_same_view(ws, frames: int) -> list[float]:
    view, times = ws.presentation.view, []
    for _ in range(frames):
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def floor_plain_view(ws, path: list[Frame]) -> list[float]:
    """A plain QGraphicsView of the same scene, flown along the same path."""
    view = QGraphicsView(ws.scene)
    view.resize(*SIZE)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.show()
    QTest.qWaitForWindowExposed(view)
    times = []
    for frame in path:
        start = time.perf_counter()
        view.setTransform(QTransform.fromScale(frame.zoom, frame.zoom))
        view.centerOn(QPointF(frame.cx, frame.cy))
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    view.close()
    return times


CAPTURE_CPU: list[float] = []  # the CPU time of each capture's thread (others share the disk and cores)


def capture(ws, repeats: int) -> list[float]:
    """Enter on a typed draft -> the projector has painted the new card."""
    view, times = ws.presentation.view, []
    CAPTURE_CPU.clear()
    for i in range(repeats):
        QTest.keyClicks(view.viewport(), f"Idea {i} for the room")
        QApplication.processEvents()
        start, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
        ws.presentation.view.camera.finish()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
        CAPTURE_CPU.append(time.thread_time() - cpu)
        QApplication.processEvents()
    return times


def summary(times: list[float]) -> str:
    over = sum(1 for t in times if ms(t) > BUDGET_MS)
    return (f"{over:2d} of {len(times):2d} over {BUDGET_MS} ms   p50 {ms(statistics.median(times)):6.1f}"
            f"   p95 {ms(pct(times, 0.95)):6.1f}   max {ms(max(times)):6.1f} ms")


def bench(folder: Path, cards: int, captures: int) -> None:
    doc, editor, ws = open_workshop(make_map(folder, cards))
    view = ws.presentation.view
    stages = [s.id for s in ws.lay.stages]
    print(f"\n{cards:,} cards ({len(stages)} stages), projector {SIZE[0]}x{SIZE[1]}")
    ws.spotlight(None, animate=False)
    view.viewport().repaint()
    runs = (("whole map -> stage 2", lambda: ws.spotlight(stages[1])),
            ("stage 2 -> stage 3", lambda: ws.step(1)))
    for label, go in runs:
        times, path = flight(ws, go)
        same = floor_same_view(ws, len(times))
        plain = floor_plain_view(ws, path)
        print(f"  flight {label:<22} {summary(times)}")
        print(f"    floor: same view, repaint only  {summary(same)}")
        print(f"    floor: plain QGraphicsView      {summary(plain)}")
    ws.spotlight(stages[1], animate=False)
    enter = capture(ws, captures)
    same = floor_same_view(ws, len(enter))
    print(f"  quick capture Enter -> painted   {summary(enter)}")
    print(f"    its CPU time                    {summary(CAPTURE_CPU)}")
    print(f"    floor: same view, repaint only  {summary(same)}")
    ws.leave()
    editor.close()
    doc.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 1000, 5000, 20000])
    parser.add_argument("--captures", type=int, default=15)
    args = parser.parse_args()
    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        for cards in args.sizes:
            bench(Path(tmp), cards, args.captures)


if __name__ == "__main__":
    main()
