"""What one quick capture makes the layout do, counted rather than timed (issue 18
item 2: Enter -> card painted within a frame). The card grows its row, so every
row below moves in every stage; the projector shows one stage. The moved cells'
boxes are made only where someone reads them: the cells on screen (the legibility
check), not the map's."""
import importlib

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from model import layout as layout_module
from model.operations import Op

from .helpers import key


def fill_every_stage(editor, per_cell: int = 5):
    lay = editor.lay
    cards = [{"stage_id": s.id, "lane_id": lane.id, "text": f"note {n} of {s.id}-{lane.id}"}
             for lane in lay.lanes[1:] if lane.kind != "emotions" for s in lay.stages for n in range(per_cell)]
    editor.run("Fill", [Op("add_cards", {"cards": cards})])


def test_a_capture_makes_boxes_only_for_the_cells_on_screen(workshop, monkeypatch):
    fill_every_stage(workshop.editor)
    view = workshop.presentation.view
    QTest.keyClicks(view.viewport(), "a note long enough to take a second line on the projector, surely")
    made = []
    try:  # where card boxes are made (the old code made them in model.layout)
        boxes = importlib.import_module("model.stacks")
    except ImportError:
        boxes = layout_module
    real = boxes.CardBox
    monkeypatch.setattr(boxes, "CardBox", lambda *a, **k: made.append(a[0]) or real(*a, **k))
    cell = workshop.capture.cell
    before = workshop.lay
    key(view, Qt.Key.Key_Return)
    monkeypatch.setattr(boxes, "CardBox", real)
    lay = workshop.lay
    assert len(lay.cell_cards[cell]) == len(before.cell_cards.get(cell, ())) + 1  # captured
    assert lay.lanes[0].row.y == before.lanes[0].row.y
    moved = [c for c in lay.cell_cards if c in lay.moved]
    assert moved, "the capture was meant to move the rows below"
    shown = workshop.shown_rect()
    on_screen = {c.id for cell_id, r in lay.cells.items()
                 if r.x < shown.right and shown.x < r.right and r.y < shown.bottom and shown.y < r.bottom
                 for c in lay.cell_cards.get(cell_id, ())}
    everywhere = sum(len(lay.cell_cards[c]) for c in moved)
    assert everywhere > 2 * len(on_screen), "the map was meant to reach far past the projector"
    # the captured cell's cards, the draft, and the cells on screen: nothing else
    assert len(made) <= len(lay.cell_cards[cell]) + 2 + len(on_screen), (len(made), len(on_screen), everywhere)
    assert set(made) - {-1} <= on_screen | {c.id for c in lay.cell_cards[cell]}
