"""Gesture benchmark: what a user waits for, on honest maps of 50 to 20,000 cards.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gestures.py [--sizes 50 1000 5000 20000]

Each gesture is timed as the user waits: gesture → committed → laid out →
reconciled → repainted, through `MapEditor` and the real view (1600×1000), p50
and p95 over `--repeats` rounds. The frame is painted once, as the event loop
paints it: Qt first takes in what the scene changed (its deferred dirty-item
pass, which repaints what moved), and a full repaint is forced only when that
painted nothing (`one_frame`; the paints are counted, and must be one a gesture).
Beside the wall times, the CPU time of the gesture's thread (p50, p95): a
commit's fsync waits on the disk, which other programs on the machine share.
Beside it, a floor timed alternately in the same run, and the ratio:
  delete stage        vs  a raw sqlite3 commit deleting the same rows from a table of the same size
  undo of that delete vs  a raw sqlite3 commit inserting them back
  drop a card         vs  a raw sqlite3 one-row commit (the drop makes its row taller,
                          so every row below moves)
  add a card          vs  a raw sqlite3 one-row commit (what a double-click does: add and
                          start typing in place)
  select a card       vs  a real click selecting an item of a plain QGraphicsScene of
                          C++ items, repainted the same way
The map has been open a moment (`settled`: the editor's quiet-time garbage
collection has run once, as it has before a person's first gesture).
The maps give every card its own text (the text-wrapping cache never helps),
with lengths from 3 to 16 words, and put 200 cards in the first stage from
1,000 cards up (a fifth of the map below that), so the undo restores 200.
At the end, each gesture's slope between 5,000 and 20,000 cards (1.0 is linear).
"""
from __future__ import annotations

import argparse
import math
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_canvas import (KINDS, VIEWPORT, CHANNELS, card_text, draw, floor_scene,  # noqa: E402
                          ms, pct, raw_commit, raw_database, settled, shown_editor, write_axes)

from PySide6.QtCore import QEvent, QObject, QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView  # noqa: E402

from editor.app import make_app  # noqa: E402
from model.document import Document  # noqa: E402
from model.entities import new_uuid  # noqa: E402

FIRST_STAGE = 200  # cards the undo of "delete stage" brings back, from 1,000 cards up


def make_honest_map(folder: Path, cards: int) -> tuple[Path, int]:
    """A map like bench_canvas's (8 card lanes and an emotions lane, ~12 cards a
    cell), with a unique text per card and a first stage of FIRST_STAGE cards."""
    path = folder / f"gestures-{cards}.journey"
    Document.create(path, "blank").close()
    first = FIRST_STAGE if cards >= 1000 else cards // 5
    stages = max(5, (cards - first) // (12 * len(KINDS)) + 1)
    db = sqlite3.connect(path)
    db.create_function("new_uuid", 0, new_uuid, deterministic=False)
    with db:
        lanes = write_axes(db, stages)
        card_lanes = [i + 1 for i, k in enumerate(lanes) if k != "emotions"]
        rows, filled = [], {}
        for n in range(cards):
            if n < first:
                stage, lane = 1, card_lanes[n % len(card_lanes)]
            else:
                cell = (n - first) % ((stages - 1) * len(card_lanes))
                stage, lane = cell // len(card_lanes) + 2, card_lanes[cell % len(card_lanes)]
            position = filled.get((stage, lane), 0)
            filled[(stage, lane)] = position + 1
            rows.append((stage, lane, position, card_text(n), CHANNELS[n % 8], n % 4))
        db.executemany("INSERT INTO card (uuid, journey_id, stage_id, lane_id, position, text, channel, votes, personas) "
                       "VALUES (new_uuid(), 1, ?, ?, ?, ?, ?, ?, '')", rows)
        db.executemany("INSERT INTO emotion_marker (uuid, journey_id, lane_id, stage_id, offset, feeling, label, "
                       "persona_id, target) VALUES (new_uuid(), 1, 5, ?, 0.5, ?, 'moment', 1, 0)", [(s + 1, (s % 7) - 3) for s in range(stages)])
    db.close()
    return path, first


# -- floors ------------------------------------------------------------------------------------
class RawCards:
    """A raw sqlite3 table of n card-like rows, journal settings as the file's:
    the floor for deleting and re-inserting a stage's k rows in one commit."""

    def __init__(self, folder: Path, cards: int, first: int):
        self.db = sqlite3.connect(folder / "raw-cards.sqlite", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=DELETE")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("DROP TABLE IF EXISTS card")
        self.db.execute("CREATE TABLE card (id INTEGER PRIMARY KEY, stage INTEGER, text TEXT)")
        self.db.execute("CREATE INDEX card_stage ON card (stage)")
        self.rows = [(n + 1, 1 if n < first else 2, card_text(n)) for n in range(cards)]
        self.db.executemany("INSERT INTO card VALUES (?, ?, ?)", self.rows)
        self.stage = [r for r in self.rows if r[1] == 1]

    def delete(self) -> float:
        start = time.perf_counter()
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("DELETE FROM card WHERE stage = 1")
        self.db.execute("COMMIT")
        return time.perf_counter() - start

    def insert(self) -> float:
        start = time.perf_counter()
        self.db.execute("BEGIN IMMEDIATE")
        self.db.executemany("INSERT INTO card VALUES (?, ?, ?)", self.stage)
        self.db.execute("COMMIT")
        return time.perf_counter() - start


def floor_view(lay):
    """Plain C++ items, selectable, in a view of the same size: the select floor."""
    scene, items = floor_scene(lay)
    for item in items:
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
    view = QGraphicsView(scene)
    view.resize(*VIEWPORT)
    view.scene_ref = scene  # a view does not own its scene: keep it alive with the view
    view.show()
    QTest.qWaitForWindowExposed(view)
    return view, items


class Paints(QObject):
    """Counts the paint events of a view's viewport."""

    def __init__(self, view):
        super().__init__()
        self.count = 0
        view.viewport().installEventFilter(self)
        view.paints = self  # kept alive with the view

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


PAINTS: list[int] = []  # paints a timed frame took (one_frame): each must be 1


class Took(float):
    """Seconds of wall time, with the CPU time of this thread beside them (`cpu`):
    on a machine others share, a commit's fsync waits on their disk writes, and the
    CPU time says what the gesture itself costs."""
    cpu: float = 0.0


def one_frame(view, gesture) -> float:
    """The gesture, then its frame as the event loop paints it: Qt takes in the scene's
    changes (a deferred pass over dirty items) and repaints what they cover. Forcing a
    repaint before that pass painted the frame twice (the pass repainted the whole
    viewport again after rows moved); if the pass paints nothing, a full repaint is
    forced, so every frame is painted once."""
    paints = getattr(view, "paints", None) or Paints(view)
    before = paints.count
    start, cpu = time.perf_counter(), time.thread_time()
    gesture()
    QApplication.processEvents()  # the deferred dirty-item pass and the paint it asks for
    if paints.count == before:
        draw(view)
    took = Took(time.perf_counter() - start)
    took.cpu = time.thread_time() - cpu
    PAINTS.append(paints.count - before)
    return took


def click(view, scene_point: QPointF) -> float:
    """A real click on the viewport at a scene point, and its frame."""
    p = view.mapFromScene(scene_point)
    return one_frame(view, lambda: QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                                                    Qt.KeyboardModifier.NoModifier, p))


# -- the gestures --------------------------------------------------------------------------------


def delete_and_undo(editor, raw: RawCards, repeats: int):
    """Delete the first stage (with its cards), then Ctrl+Z, each timed to the repainted frame."""
    stage_id = editor.lay.stages[0].id
    rows = {"delete": [], "undo": []}
    for _ in range(repeats):
        floor_d = raw.delete()
        ours_d = one_frame(editor.view, lambda: editor.delete_axis("stage", [stage_id]))
        floor_u = raw.insert()
        ours_u = one_frame(editor.view, editor.stack.undo)
        rows["delete"].append((ours_d, floor_d))
        rows["undo"].append((ours_u, floor_u))
    assert editor.lay.stages[0].id == stage_id
    return rows


def tallest_cell(lay, lane_id: int):
    heights = {key: max((c.rect.bottom for c in boxes), default=0)
               for key, boxes in lay.cell_cards.items() if key[1] == lane_id}
    return max(heights, key=heights.get)


def drop(editor, raw_db, repeats: int):
    """Drop the longest card of the bottom row into the tallest cell of the top row: the
    row grows, every row below moves. Each drop is undone, untimed, before the next."""
    lay = editor.lay
    top, bottom = lay.lanes[0].id, [la for la in lay.lanes if la.kind != "emotions"][-1].id
    target = tallest_cell(lay, top)
    longest = max((c for c in lay.cards if c.lane_id == bottom and c.stage_id != target[0]),
                  key=lambda c: c.rect.h)
    row_before = lay.lanes[0].row.h
    times = []
    for i in range(repeats):
        floor = raw_commit(raw_db, i)
        ours = one_frame(editor.view, lambda: editor.move_cards([longest.id], *target, 0))
        if i == 0:
            grew = editor.lay.lanes[0].row.h - row_before
            assert grew > 0, "the drop was meant to make its row taller"
        editor.stack.undo()
        QApplication.processEvents()
        times.append((ours, floor))
    return times


def add_card(editor, raw_db, repeats: int):
    """A double-click's work: add a card in a middle cell and start typing in it (the
    in-place editor open); Escape, untimed, takes the empty card away again."""
    lay = editor.lay
    stage = lay.stages[len(lay.stages) // 2].id
    lane = lay.lanes[1].id
    count = len(editor.doc.journey.cards)
    times = []
    for i in range(repeats):
        floor = raw_commit(raw_db, i)
        ours = one_frame(editor.view, lambda: editor.add_card(stage, lane))
        QTest.keyClick(editor.view, Qt.Key.Key_Escape)
        QApplication.processEvents()
        times.append((ours, floor))
    assert len(editor.doc.journey.cards) == count, "Escape was meant to take the empty card away"
    return times


def select(editor, fview, fitems, repeats: int):
    """A real click on a visible card, alternating between two cards; the floor clicks
    a C++ item of the plain scene the same way."""
    view = editor.view
    # clear of the headers pinned to the viewport's top and left edges
    shown = view.mapToScene(view.viewport().rect().adjusted(120, 120, -200, -100)).boundingRect()
    visible = [c for c in editor.lay.cards if shown.contains(c.rect.x, c.rect.y)][:2]
    by_id = {c.id: i for i, c in enumerate(editor.lay.cards)}
    fview.centerOn(view.mapToScene(view.viewport().rect().center()))
    times = []
    for i in range(repeats):
        card = visible[i % 2]
        point = QPointF(card.rect.x + 12, card.rect.y + 8)
        floor = click(fview, fitems[by_id[card.id]].mapToScene(QPointF(12, 8)))
        ours = click(view, point)
        times.append((ours, floor))
    assert editor.scene.selected("card") == [visible[(repeats - 1) % 2].id], "the clicks selected nothing"
    return times


def bench(folder: Path, cards: int, repeats: int, gestures: list[str]) -> dict:
    path, first = make_honest_map(folder, cards)
    editor = shown_editor(path)
    settled()
    view = editor.view
    raw_db = raw_database(folder)
    rows = {}
    if {"delete", "undo"} & set(gestures):
        raw = RawCards(folder, cards, first)
        rows.update(delete_and_undo(editor, raw, repeats))
        raw.db.close()
    if "drop" in gestures:
        rows["drop"] = drop(editor, raw_db, repeats)
    if "add" in gestures:
        rows["add"] = add_card(editor, raw_db, repeats)
    if "select" in gestures:
        fview, fitems = floor_view(editor.lay)
        rows["select"] = select(editor, fview, fitems, repeats)
        fview.close()
    raw_db.close()
    editor.close()
    view.close()
    return {"cards": cards, "first": first, "rows": {g: rows[g] for g in gestures if g in rows}}


LABELS = {"delete": "delete stage", "undo": "undo of that delete", "drop": "drop, rows below move",
          "add": "add a card", "select": "select a card"}


def report(result: dict) -> None:
    print(f"\n{result['cards']:,} cards (first stage: {result['first']} cards)", flush=True)
    for gesture, pairs in result["rows"].items():
        ours, floor = [p[0] for p in pairs], [p[1] for p in pairs]
        p50, f50 = statistics.median(ours), statistics.median(floor)
        cpu = [getattr(t, "cpu", 0.0) for t in ours]
        print(f"  {LABELS[gesture]:<24} p50 {ms(p50):9.1f} ms  p95 {ms(pct(ours, 0.95)):9.1f} ms"
              f"   floor p50 {ms(f50):7.1f} ms   ×{p50 / f50:7.1f}"
              f"   cpu p50 {ms(statistics.median(cpu)):6.1f} p95 {ms(pct(cpu, 0.95)):6.1f} ms", flush=True)


def slopes(results: list[dict]) -> None:
    by_size = {r["cards"]: r["rows"] for r in results}
    if 5000 not in by_size or 20000 not in by_size:
        return
    print("\nslope between 5,000 and 20,000 cards (log of the p50 ratio over log 4; 1.0 is linear)")
    for gesture in by_size[20000]:
        a = statistics.median(p[0] for p in by_size[5000][gesture])
        b = statistics.median(p[0] for p in by_size[20000][gesture])
        print(f"  {LABELS[gesture]:<24} {math.log(b / a) / math.log(4):5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 1000, 5000, 20000])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--gestures", nargs="+", default=list(LABELS), choices=list(LABELS))
    args = parser.parse_args()
    make_app()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for cards in args.sizes:
            results.append(bench(Path(tmp), cards, args.repeats, args.gestures))
            report(results[-1])
    slopes(results)
    if any(n != 1 for n in PAINTS):
        print(f"\nframes painted other than once: {sorted(set(PAINTS))} ({sum(n != 1 for n in PAINTS)} "
              f"of {len(PAINTS)})")


if __name__ == "__main__":
    main()
