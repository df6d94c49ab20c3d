"""Canvas benchmark: generated maps of 500, 5,000 and 20,000 cards.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas.py [--sizes 500 5000 20000]

Each figure is printed beside a floor measured in the same run, so the ratio
means the same on a noisy machine:
  (a) open to a fully drawn first frame  vs  a plain QGraphicsScene of the same
      number of C++ QGraphicsRectItem + QGraphicsSimpleTextItem, built and drawn
  (b) one card-drag frame at working zoom (p50/p95 over many moves)  vs  moving
      one C++ rect item and redrawing
  (c) a fit-whole-map frame  vs  the C++ scene fitted and drawn
  (d) one committed edit (a card's text): the model commit, and the whole edit
      (commit + layout + reconcile + repaint, p50/p95)  vs  a raw sqlite3 one-row
      commit with the same journal settings (its p50, and its p95 beside the p95);
      also the whole edit without its own commit (layout + reconcile + repaint +
      every view's work), which disk noise does not reach
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QMouseEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (QApplication, QGraphicsRectItem, QGraphicsScene,  # noqa: E402
                               QGraphicsSimpleTextItem, QGraphicsView)

from editor import collector  # noqa: E402
from editor.app import make_app  # noqa: E402
from editor.mapeditor import MapEditor  # noqa: E402
from model.entities import new_uuid  # noqa: E402
from model.document import Document  # noqa: E402
from model.operations import Op  # noqa: E402

VIEWPORT = (1600, 1000)
VOCABULARY = ("customer checks delivery slots app weekly shop compares fees reads reviews asks "
              "friend waits call centre queue refund parcel courier missed store pickup locker "
              "voucher email survey loyalty points basket abandoned payment declined retry "
              "password reset chat agent escalates complaint").split()
KINDS = ("actions", "touchpoints", "thoughts", "pain_points", "opportunities", "backstage",
         "notes", "metrics")
CHANNELS = ("web", "app", "email", "phone", "store", "social", "chat", "mail")


def write_axes(db: sqlite3.Connection, stages: int) -> tuple[str, ...]:
    """Replace the blank map's stages and lanes: `stages` stages, the card lanes with
    an emotions lane in the middle; the lane kinds in order."""
    db.execute("DELETE FROM stage")
    db.execute("DELETE FROM lane")
    db.executemany("INSERT INTO stage (uuid, id, journey_id, position, name, colour, width) "
                   "VALUES (new_uuid(), ?, 1, ?, ?, '#5b7db1', 220)",
                   [(i + 1, i, f"Stage {i + 1}") for i in range(stages)])
    lanes = KINDS[:4] + ("emotions",) + KINDS[4:]
    db.executemany("INSERT INTO lane (uuid, id, journey_id, position, name, kind, height) "
                   "VALUES (new_uuid(), ?, 1, ?, ?, ?, 90)",
                   [(i + 1, i, kind.title(), kind) for i, kind in enumerate(lanes)])
    return lanes


def card_text(n: int) -> str:
    """A text of its own for card n: a number no other card has, among 3-16 words, so
    the text-wrapping cache never helps (a few hundred texts cycled flattered opening)."""
    words = [VOCABULARY[(n * 7 + k * (n % 5 + 1)) % len(VOCABULARY)] for k in range(3 + n % 14)]
    words.insert(n % len(words), f"#{n}")
    return " ".join(words).capitalize()


def make_map(folder: Path, cards: int) -> Path:
    """A blank map filled straight through sqlite3: ~12 cards a cell, stages grow with
    size, a text of its own per card."""
    path = folder / f"bench-{cards}.journey"
    Document.create(path, "blank").close()
    stages = max(5, cards // (12 * len(KINDS)))
    db = sqlite3.connect(path)
    db.create_function("new_uuid", 0, new_uuid, deterministic=False)
    with db:
        lanes = write_axes(db, stages)
        card_lanes = [i + 1 for i, k in enumerate(lanes) if k != "emotions"]
        rows = []
        for n in range(cards):
            cell = n % (stages * len(card_lanes))
            stage, lane = cell // len(card_lanes) + 1, card_lanes[cell % len(card_lanes)]
            rows.append((stage, lane, n // (stages * len(card_lanes)), card_text(n), CHANNELS[n % 8], n % 4))
        db.executemany("INSERT INTO card (uuid, journey_id, stage_id, lane_id, position, text, channel, votes, personas) "
                       "VALUES (new_uuid(), 1, ?, ?, ?, ?, ?, ?, '')", rows)
        db.executemany("INSERT INTO emotion_marker (uuid, journey_id, lane_id, stage_id, offset, feeling, label, "
                       "persona_id, target) VALUES (new_uuid(), 1, 5, ?, 0.5, ?, 'moment', 1, 0)",
                       [(s + 1, (s % 7) - 3) for s in range(stages)])
    db.close()
    return path


def draw(view) -> None:
    """A full synchronous redraw of what the view shows."""
    view.viewport().repaint()


def ms(seconds: float) -> float:
    return seconds * 1000.0


# -- the floor: C++ items, no Python paint --------------------------------------------------
def floor_scene(lay):
    scene = QGraphicsScene()
    scene.setSceneRect(QRectF(0, 0, lay.width, lay.height))
    items = []
    for card in lay.cards:
        r = card.rect
        rect = QGraphicsRectItem(0, 0, r.w, r.h)
        rect.setPos(r.x, r.y)
        rect.setBrush(QColor(card.colour))
        text = QGraphicsSimpleTextItem(" ".join(card.text.lines[:2]), rect)
        text.setPos(6, 6)
        scene.addItem(rect)
        items.append(rect)
    return scene, items


def floor_open(lay):
    start = time.perf_counter()
    scene, items = floor_scene(lay)
    view = QGraphicsView(scene)
    view.resize(*VIEWPORT)
    view.show()
    QTest.qWaitForWindowExposed(view)
    draw(view)
    return time.perf_counter() - start, scene, view, items


def floor_drag(view, item, moves: int):
    times = []
    base = item.pos()
    for i in range(moves):
        start = time.perf_counter()
        item.setPos(base.x() + i % 40, base.y() + (i % 20))
        draw(view)
        times.append(time.perf_counter() - start)
    return times


def fit_frame(view, fit) -> float:
    """From working zoom to the whole map: the fit and its first full frame."""
    draw(view)
    start = time.perf_counter()
    fit()
    draw(view)
    return time.perf_counter() - start


def raw_database(folder: Path) -> sqlite3.Connection:
    db = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, text TEXT)")
    db.execute("INSERT OR REPLACE INTO t VALUES (1, 'x')")
    return db


def raw_commit(db: sqlite3.Connection, i: int) -> float:
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE t SET text = ? WHERE id = 1", (f"text {i}",))
    db.execute("COMMIT")
    return time.perf_counter() - start


# -- Wayline ---------------------------------------------------------------------------------
def shown_editor(path: Path) -> MapEditor:
    """The map opened for editing, its view shown at 100 % and fully drawn once."""
    editor = MapEditor(Document.open(path))
    view = editor.view
    view.resize(*VIEWPORT)
    view.set_zoom(1.0)
    view.show()
    QTest.qWaitForWindowExposed(view)
    draw(view)
    return editor


def settled() -> None:
    """Wait as a person does after a map opens, before the first gesture: long enough
    for the editor's quiet-time garbage collection (`editor.collector`) to run once."""
    QTest.qWait(collector.QUIET_MS + 300)


def wayline_open(path: Path):
    start = time.perf_counter()
    editor = shown_editor(path)
    return time.perf_counter() - start, editor


def wayline_drag(editor, moves: int):
    """Press on a visible card and drag it about: each move is one drag frame."""
    view, vp = editor.view, editor.view.viewport()
    corner = view.mapToScene(vp.rect().topLeft())
    card = next(c for c in editor.lay.cards if c.rect.x > corner.x() and c.rect.y > corner.y())
    p0 = view.mapFromScene(QPointF(card.rect.x + 20, card.rect.y + 10))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    times = []
    for i in range(moves):
        p = QPointF(p0.x() + 30 + (i % 60) * 4, p0.y() + 10 + (i % 30) * 5)
        event = QMouseEvent(QMouseEvent.Type.MouseMove, p, vp.mapToGlobal(p), Qt.MouseButton.NoButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        QApplication.sendEvent(vp, event)
        draw(view)
        times.append(time.perf_counter() - start)
    QTest.keyClick(view, Qt.Key.Key_Escape)  # cancel: the bench changes nothing by dragging
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    return times


def wayline_edit(editor, raw_db, repeats: int):
    """Commit a card's new text: model commit only, and the whole edit with re-layout and
    redraw; each beside a raw commit in the same round, so disk noise hits both alike.
    The whole edit goes through the editor as a gesture does (one undo step and its
    change record); the model-only commit is then undone the same way, so the editor
    always shows what the file holds."""
    card_id = editor.lay.cards[0].id
    commits, edits, raws, inner = [], [], [], []
    apply = editor.doc.apply

    def timed_apply(op):  # the commit inside the whole edit, to tell disk from drawing
        start = time.perf_counter()
        try:
            return apply(op)
        finally:
            inner.append(time.perf_counter() - start)
    for i in range(repeats):
        raws.append(raw_commit(raw_db, i))
        op = Op("update_card", {"card_id": card_id, "text": f"Edited in the workshop {i}"})
        # the whole edit changes the card's line count, so its row grows or shrinks and
        # every row below moves (an edit of the same length flattered the figure)
        again = f"Again {i}" if i % 2 else f"Again {i}: " + " ".join(["a longer note from the room"] * 8)
        start = time.perf_counter()
        change = editor.doc.apply(op)
        commits.append(time.perf_counter() - start)
        editor.doc.apply(change.undo)
        editor.doc.apply = timed_apply
        start = time.perf_counter()
        editor.run("Edit card text", [Op("update_card", {"card_id": card_id, "text": again})])
        draw(editor.view)
        edits.append(time.perf_counter() - start)
        editor.doc.apply = apply
    views = [edit - commit for edit, commit in zip(edits, inner)]
    return commits, edits, raws, views


def pct(values, q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench(folder: Path, cards: int, moves: int, edits_n: int = 41) -> dict:
    path = make_map(folder, cards)
    open_s, editor = wayline_open(path)
    lay = editor.lay
    floor_s, scene, fview, items = floor_open(lay)
    drag = wayline_drag(editor, moves)
    fdrag = floor_drag(fview, items[0], moves)
    fit = fit_frame(editor.view, editor.view.fit_map)
    ffit = fit_frame(fview, lambda: fview.fitInView(QRectF(0, 0, lay.width, lay.height),
                                                    Qt.AspectRatioMode.KeepAspectRatio))
    editor.view.set_zoom(1.0)
    raw_db = raw_database(folder)
    commits, edits, raws, views = wayline_edit(editor, raw_db, edits_n)
    raw = statistics.median(raws)
    raw_db.close()
    editor.close()
    fview.close()
    return {"cards": cards, "open": (open_s, floor_s),
            "drag50": (statistics.median(drag), statistics.median(fdrag)),
            "drag95": (pct(drag, 0.95), pct(fdrag, 0.95)),
            "fit": (fit, ffit), "commit": (statistics.median(commits), raw),
            "edit50": (statistics.median(edits), raw), "edit95": (pct(edits, 0.95), pct(raws, 0.95)),
            "view50": (statistics.median(views), raw), "view95": (pct(views, 0.95), pct(raws, 0.95))}


def report(row: dict) -> None:
    names = {"open": "(a) open to first frame", "drag50": "(b) drag frame p50",
             "drag95": "(b) drag frame p95", "fit": "(c) fit-whole-map frame",
             "commit": "(d) edit: model commit", "edit50": "(d) whole edit p50",
             "edit95": "(d) whole edit p95", "view50": "(d) whole edit minus commit p50",
             "view95": "(d) whole edit minus commit p95"}
    print(f"\n{row['cards']:,} cards")
    for key, label in names.items():
        ours, floor = row[key]
        print(f"  {label:<32} {ms(ours):9.1f} ms   floor {ms(floor):8.1f} ms   ×{ours / floor:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--moves", type=int, default=120)
    parser.add_argument("--edits", type=int, default=41, help="committed edits timed (d)")
    args = parser.parse_args()
    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        for cards in args.sizes:
            report(bench(Path(tmp), cards, args.moves, args.edits))


if __name__ == "__main__":
    main()
