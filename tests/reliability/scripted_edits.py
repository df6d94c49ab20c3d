"""A long, repeatable sequence of edits: run as a child process to be killed.

`python scripted_edits.py MAP COPY SEED STEPS` applies the edits to MAP and
prints "done N" after edit N has returned (so has been committed); every 25th
step it also takes a copy to COPY the way Save As does. `replay(path, seed, n)`
applies the first n edits to another file, to know what a killed file must hold.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from model.document import Document, copy_database  # noqa: E402
from model.errors import JourneyError  # noqa: E402
from model.operations import Op  # noqa: E402


def edit(doc, rng: random.Random, i: int) -> Op:
    j = doc.journey
    lanes = [lane for lane in j.lanes if lane.kind != "emotions"]
    choice = rng.choice(["add", "add", "move", "text", "delete", "stage", "marker"])
    if choice == "move" and j.cards:
        return Op("move_cards", {"card_ids": [rng.choice(j.cards).id], "stage_id": rng.choice(j.stages).id,
                                 "lane_id": rng.choice(lanes).id, "index": rng.randrange(4)})
    if choice == "text" and j.cards:
        return Op("update_card", {"card_id": rng.choice(j.cards).id, "text": f"edited at step {i}"})
    if choice == "delete" and len(j.cards) > 5:
        return Op("delete_cards", {"card_ids": [rng.choice(j.cards).id]})
    if choice == "stage":
        return Op("move_stage", {"stage_id": rng.choice(j.stages).id, "index": rng.randrange(6)})
    if choice == "marker" and j.markers:
        return Op("update_marker", {"marker_id": rng.choice(j.markers).id,
                                    "feeling": round(rng.uniform(-3, 3), 2)})
    return Op("add_cards", {"cards": [{"stage_id": rng.choice(j.stages).id, "lane_id": rng.choice(lanes).id,
                                       "text": f"card from step {i} " + "·" * rng.randrange(200)}]})


def apply_steps(doc, seed: int, steps: int, after=None, copy: Path | None = None):
    rng = random.Random(seed)
    for i in range(1, steps + 1):
        try:
            doc.apply(edit(doc, rng, i))
        except JourneyError:
            pass
        if after:
            after(i)
        if copy is not None and i % 25 == 0:
            copy_database(doc.storage.conn, copy)


def replay(path: Path, seed: int, steps: int) -> dict:
    with Document.open(path) as doc:
        apply_steps(doc, seed, steps)
        return doc.snapshot()


if __name__ == "__main__":
    target, copy, seed, steps = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with Document.open(target) as doc:
        print("ready", flush=True)
        apply_steps(doc, seed, steps, after=lambda i: print(f"done {i}", flush=True), copy=copy)
