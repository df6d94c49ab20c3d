"""What one gesture makes the canvas do, counted rather than timed (issue 18:
every gesture within a frame): a map that grows a little keeps its scene rect,
so views keep their cached background; a frame after rows move makes no call
into Python per card to ask where it is."""
import sys

from canvas import scene as scene_module
from canvas.scene import SCENE_MARGIN
from model.operations import Op


def map_rect(editor):
    lay, m = editor.lay, SCENE_MARGIN
    return (-m, -m, lay.width + 2 * m, lay.height + 2 * m)


def contains_map(editor):
    r, (x, y, w, h) = editor.scene.sceneRect(), map_rect(editor)
    return r.x() == x and r.y() == y and r.width() >= w and r.height() >= h


def test_a_map_that_grows_a_little_keeps_its_scene_rect_and_gives_room_back_later(map_editor, qtbot):
    editor, scene = map_editor, map_editor.scene
    card = next(c for c in editor.lay.cards if c.lane_id == editor.lay.lanes[0].id)
    changes = []
    scene.sceneRectChanged.connect(changes.append)
    heights = [editor.lay.height]
    for n in range(1, 13):  # the top row grows by a line or two at a time
        editor.run("Grow", [Op("update_card", {"card_id": card.id, "text": "word " * (12 * n)})])
        heights.append(editor.lay.height)
        assert contains_map(editor)
    grown = heights[-1] - heights[0]
    room = getattr(scene_module, "SCENE_SLACK", 0) / 2  # what a map that outgrew its rect gets
    assert grown > 2 * room  # it outgrew its room more than once
    # one new rect each time the map outgrew its room, not one an edit
    assert 1 <= len(changes) <= grown // max(room, 1) + 1
    assert len(changes) <= (len(heights) - 1) // 2, f"{len(changes)} new scene rects in {len(heights) - 1} edits"
    changes.clear()
    for _ in range(12):
        editor.stack.undo()
        assert contains_map(editor)
    assert changes == []  # shrinking waits for a pause: an undo does not pay for it
    qtbot.waitUntil(lambda: bool(changes), timeout=5000)
    r, (x, y, w, h) = scene.sceneRect(), map_rect(editor)
    assert (r.x(), r.y(), r.width(), r.height()) == (x, y, w, h)  # tight again


def test_a_frame_after_rows_move_asks_python_for_no_card_bounds(map_editor):
    editor, view = map_editor, map_editor.view
    view.viewport().repaint()
    card = next(c for c in editor.lay.cards if c.lane_id == editor.lay.lanes[0].id)
    below = [c.id for c in editor.lay.cards if c.lane_id != card.lane_id]
    calls = []

    def profile(frame, event, arg):
        if event == "call" and frame.f_code.co_name == "boundingRect" \
                and frame.f_code.co_filename.endswith("items.py"):
            calls.append(frame.f_code.co_filename)
    editor.run("Grow", [Op("update_card", {"card_id": card.id, "text": "word " * 80})])
    assert all(editor.scene.cards[i].scenePos().y() == editor.lay.card_by_id[i].rect.y for i in below)
    sys.setprofile(profile)
    try:
        view.viewport().repaint()
    finally:
        sys.setprofile(None)
    assert calls == [], f"{len(calls)} calls into Python for bounds in one frame"
    item = editor.scene.cards[card.id]
    box = editor.lay.card_by_id[card.id].rect
    assert item.sceneBoundingRect().contains(box.x + box.w - 1, box.y + box.h - 1)
