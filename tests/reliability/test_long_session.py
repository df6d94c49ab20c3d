"""A long session: thousands of random edits with undo and redo interleaved
keep the model, the canvas items and the file in agreement, and memory does
not grow without bound. CI runs 1,000 steps; `make test-long` runs 10,000."""
import random
import resource
import shutil

import pytest

from editor.mapeditor import MapEditor
from model.document import Document
from model.operations import Op
from tests.model.test_file import FIXTURE


def random_step(editor: MapEditor, rng: random.Random, i: int) -> None:
    j = editor.doc.journey
    roll = rng.random()
    if roll < 0.2 and editor.stack.canUndo():
        editor.stack.undo()
        return
    if roll < 0.3 and editor.stack.canRedo():
        editor.stack.redo()
        return
    lanes = [lane for lane in j.lanes if lane.kind != "emotions"]
    emotions = [lane for lane in j.lanes if lane.kind == "emotions"]
    kind = rng.choice(["add", "move", "text", "delete", "stage", "lane", "marker", "votes", "delstage"])
    if kind == "move" and j.cards:
        cards = rng.sample(j.cards, min(len(j.cards), rng.randint(1, 3)))
        editor.move_cards([c.id for c in cards], rng.choice(j.stages).id, rng.choice(lanes).id, rng.randrange(5))
    elif kind == "text" and j.cards:
        editor.run("Edit", [Op("update_card", {"card_id": rng.choice(j.cards).id, "text": f"step {i} ✓ 日本"})])
    elif kind == "delete" and len(j.cards) > 10:
        editor.run("Delete", [Op("delete_cards", {"card_ids": [rng.choice(j.cards).id]})])
    elif kind == "stage":
        editor.run("Move stage", [Op("move_stage", {"stage_id": rng.choice(j.stages).id, "index": rng.randrange(6)})])
    elif kind == "lane":
        editor.run("Resize lane", [Op("update_lane", {"lane_id": rng.choice(j.lanes).id,
                                                      "height": rng.uniform(40, 200)})])
    elif kind == "marker" and j.markers:
        editor.move_marker(rng.choice(j.markers).id, rng.choice(j.stages).id, rng.random(), rng.uniform(-3, 3))
    elif kind == "votes" and j.cards:
        editor.run("Vote", [Op("update_card", {"card_id": rng.choice(j.cards).id, "votes": rng.randrange(6)})])
    elif kind == "delstage" and len(j.stages) > 3 and rng.random() < 0.3:
        editor.run("Delete stage", [Op("delete_stage", {"stage_id": rng.choice(j.stages).id})])
    elif emotions and kind == "marker":
        editor.add_marker_at(emotions[0].id, rng.choice(j.stages).id, rng.random(), rng.uniform(-3, 3))
    else:
        editor.add_card(rng.choice(j.stages).id, rng.choice(lanes).id, edit=False, text=f"card {i}")


def assert_in_agreement(editor: MapEditor, path) -> None:
    j = editor.doc.journey
    lay = editor.lay
    scene = editor.scene
    assert set(scene.cards) == {c.id for c in j.cards}
    assert set(scene.markers) == {m.id for m in j.markers}
    assert set(scene.stages) == {s.id for s in j.stages}
    for box in lay.cards:  # every item is where the layout of the model says
        item = scene.cards[box.id]
        assert (item.scenePos().x(), item.scenePos().y()) == pytest.approx((box.rect.x, box.rect.y))
        assert item.box.text.lines == box.text.lines
    with Document.open(path, read_only=True) as on_disk:
        assert on_disk.snapshot() == editor.doc.snapshot()


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def run_session(qtbot, tmp_path, steps: int, checkpoints: tuple[int, ...]):
    path = tmp_path / "long.journey"
    shutil.copy(FIXTURE, path)
    editor = MapEditor(Document.open(path))
    qtbot.addWidget(editor.view)
    rng = random.Random(42)
    memory = {}
    try:
        for i in range(1, steps + 1):
            random_step(editor, rng, i)
            if i in checkpoints:
                assert_in_agreement(editor, path)
                memory[i] = rss_mb()
        assert_in_agreement(editor, path)
    finally:
        editor.close()
    return memory


def test_a_session_of_1000_random_edits_keeps_model_canvas_and_file_in_agreement(qtbot, tmp_path):
    run_session(qtbot, tmp_path, 1000, (100, 500))


@pytest.mark.slow
def test_ten_thousand_edits_and_memory_stays_bounded(qtbot, tmp_path, capsys):
    memory = run_session(qtbot, tmp_path, 10_000, (1_000, 5_000, 10_000))
    with capsys.disabled():
        print(f"\nRSS after 1,000 / 5,000 / 10,000 edits: "
              f"{memory[1_000]:.0f} / {memory[5_000]:.0f} / {memory[10_000]:.0f} MB")
    # the undo stack grows with the session; the rest must not: allow 60 MB for 9,000 more steps
    assert memory[10_000] - memory[1_000] < 60
