"""The workshop view gets its intents from the same wiring as the editor's view
(editor/intents.py): a header drag moves the stage or lane, and a read-only map
refuses in-place editing with the same sentence (issue 12, item 3)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from editor.mapeditor import MapEditor
from editor.workshop import Workshop
from editor.workshop.spotlight import Camera
from model.document import Document
from model.operations import Op
from tests.canvas.helpers import at, centre, drag
from tests.editor.test_gesture_guard import move_to

from .helpers import lane


def whole_map_view(ws):
    ws.whole_map()
    ws.frame_views(animate=False)
    return ws.presentation.view


def test_a_stage_header_drag_in_the_workshop_moves_the_stage(workshop):
    view, doc = whole_map_view(workshop), workshop.editor.doc
    first, third = workshop.lay.stages[0], workshop.lay.stages[2]
    drag(view, centre(first.header), (third.header.right - 4, third.header.y + third.header.h / 2))
    order = [s.id for s in sorted(doc.journey.stages, key=lambda s: s.position)]
    assert order.index(first.id) == 2                      # in the model, so in the file
    assert workshop.editor.stack.undoText() == "Move stage"
    assert [s.id for s in workshop.lay.stages].index(first.id) == 2  # and on the projector
    workshop.editor.stack.undo()
    assert [s.id for s in sorted(doc.journey.stages, key=lambda s: s.position)][0] == first.id


def test_a_lane_header_drag_in_the_workshop_moves_the_lane(workshop):
    view, doc = whole_map_view(workshop), workshop.editor.doc
    actions = lane(workshop.lay, "actions")
    below = workshop.lay.lanes[actions.index + 2]
    drag(view, centre(actions.header), (below.header.x + 20, below.header.bottom - 2))
    order = [l.id for l in sorted(doc.journey.lanes, key=lambda l: l.position)]
    assert order.index(actions.id) == actions.index + 2
    assert workshop.editor.stack.undoText() == "Move lane"


def test_double_click_on_a_read_only_map_in_the_workshop_opens_no_editor(qtbot, sample_path, clock,
                                                                       monkeypatch):
    monkeypatch.setattr(Camera, "DURATION_MS", 0)
    editor = MapEditor(Document.open(sample_path, read_only=True))
    qtbot.addWidget(editor.view)
    ws = Workshop(editor, clock=clock)
    ws.enter(screens=[QGuiApplication.primaryScreen()], size=(1920, 1080))
    said = []
    ws.message.connect(said.append)
    try:
        view = ws.presentation.view
        qtbot.waitExposed(view)
        stage = next(s for s in ws.lay.stages if s.id == ws.stage_id)  # in the spotlight
        card = next(c for c in ws.lay.cards if c.stage_id == stage.id)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          at(view, *centre(card.rect)))
        assert view.editor is None
        assert said and "viewing only" in said[-1]
        QTest.keyClicks(view.viewport(), "lost?")          # nothing was waiting to swallow it
        assert editor.stack.count() == 0
    finally:
        ws.leave()
        editor.close()


def press_and_move(view, box, dx: int = 150):
    vp, p0 = view.viewport(), at(view, *centre(box.rect))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    for step in range(1, 5):
        move_to(view, p0 + type(p0)(dx * step // 4, 0))
    return p0 + type(p0)(dx, 0)


def test_ctrl_z_in_the_workshop_waits_for_a_drag_to_end(workshop):
    view, ed = whole_map_view(workshop), workshop.editor
    ed.run("Rename", [Op("update_journey", {"title": "Before the drag"})])
    card = workshop.lay.cards[0]
    here = press_and_move(view, card)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.doc.journey.title == "Before the drag" and view.tool is not None
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)      # ends the drag, not the workshop
    assert workshop.active() and view.tool is None
    assert ed.stack.undoText() == "Rename"                  # the drag moved nothing
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, here)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.doc.journey.title != "Before the drag"        # no gesture: Ctrl+Z undoes again


def test_an_undo_in_the_editor_ends_a_drag_on_the_projector(workshop):
    view, ed = whole_map_view(workshop), workshop.editor
    lane_id = lane(workshop.lay, "actions").id
    [card_id] = ed.add_card(workshop.lay.stages[0].id, lane_id, edit=False, text="On the wall")[0].result
    box = workshop.lay.card_by_id[card_id]
    here = press_and_move(view, box)
    ed.stack.undo()                                         # the facilitator's laptop, a phone...
    move_to(view, here + type(here)(30, 20))                # no KeyError: the drag has ended
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, here)
    assert card_id not in workshop.scene.cards and ed.stack.redoText() == "Add card"
    assert not ed.gestures.busy
