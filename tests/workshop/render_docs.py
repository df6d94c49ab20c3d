"""Render workshop mode at 1920x1080 (offscreen) for docs/workshop.md.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.workshop.render_docs docs

A copy of the sample map is driven by the same keys a facilitator presses."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

PROJECTOR, LAPTOP = (1920, 1080), (1600, 1000)


def session(folder: Path, screens: int):
    from canvas import fonts
    from editor.mapeditor import MapEditor
    from editor.workshop import Workshop
    from editor.workshop.spotlight import Camera
    from model.document import Document
    fonts.register()
    Camera.DURATION_MS = 0
    path = folder / f"workshop-{screens}.journey"
    Document.create(path, "sample").close()
    editor = MapEditor(Document.open(path))
    ws = Workshop(editor)
    ws.enter(screens=[QGuiApplication.primaryScreen()] * screens, size=PROJECTOR)
    if ws.presenter is not None:
        ws.presenter.resize(*LAPTOP)
    if ws.presentation.overlay is not None:
        ws.presentation.overlay.hide()
    return ws


def type_keys(ws, *lines: str, enter: bool = True) -> None:
    vp = ws.presentation.view.viewport()
    for line in lines:
        QTest.keyClicks(vp, line)
        if enter:
            QTest.keyClick(vp, Qt.Key.Key_Return)


def shoot(ws, widget, path: Path) -> None:
    QApplication.processEvents()
    ws.frame_views(animate=False)
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def capture_scene(ws, out: Path) -> None:
    ws.spotlight(ws.lay.stages[3].id, animate=False)
    ws.timebox.start(7)
    type_keys(ws, "Looks for the delivery cut-off time", "!Promo field hidden under the basket")
    QTest.keyClick(ws.presentation.view.viewport(), Qt.Key.Key_Tab)
    type_keys(ws, "+ Show the total with fees before the basket", enter=False)
    shoot(ws, ws.presentation, out / "workshop-capture.png")
    QTest.keyClick(ws.presentation.view.viewport(), Qt.Key.Key_Return)


def voting_scene(ws, out: Path) -> None:
    ws.voting.start(dots_each=3, people=8)
    pain = next(l.id for l in ws.lay.lanes if l.kind == "pain_points")
    cards = [c for c in ws.lay.cards if c.lane_id == pain and c.stage_id == ws.lay.stages[3].id]
    for card in cards:
        ws.voting.vote(card.id, 3)
    ws.spotlight(ws.lay.stages[3].id, animate=False)
    ws.presentation.view.centerOn(ws.lay.cells[(cards[0].stage_id, pain)].x + 120,
                                  ws.lay.cells[(cards[0].stage_id, pain)].y + 200)
    ws.timebox.countdown.since -= 7 * 60 + 12  # 12 s over time: the gentle signal
    ws.timebox.tick()
    QApplication.processEvents()
    ws.presentation.grab().save(str(out / "workshop-voting.png"))
    print(out / "workshop-voting.png")
    ws.toggle_ranking(True)
    shoot(ws, ws.presentation, out / "workshop-top.png")
    ws.toggle_ranking(False)


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = session(Path(tmp), screens=2)
        capture_scene(ws, out)
        shoot(ws, ws.presenter, out / "workshop-presenter.png")
        voting_scene(ws, out)
        ws.whole_map()
        shoot(ws, ws.presentation, out / "workshop-whole-map.png")
        doc = ws.editor.doc
        ws.leave()
        doc.close()
        ws = session(Path(tmp), screens=1)
        ws.presentation.overlay.poke()
        shoot(ws, ws.presentation, out / "workshop-overlay.png")
        doc = ws.editor.doc
        ws.leave()
        doc.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
