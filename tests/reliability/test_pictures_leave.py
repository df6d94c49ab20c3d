"""Pictures follow the map in the editor (issue 12, item 9): a picture dropped on
the canvas or chosen as a persona photo is part of the undo step, and once the
map is closed a byte search of the file finds nothing of a picture the map no
longer uses."""
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

import main
from model.document import Document
from model.operations import Op
from tests.canvas.helpers import drop_files


@pytest.fixture
def wayline(qtbot, monkeypatch, tmp_path):
    from editor import app as appmod
    monkeypatch.setattr(appmod, "refuse", lambda parent, message: None)
    monkeypatch.setattr(appmod, "maps_folder", lambda: tmp_path)
    w = appmod.Wayline(appmod.make_app())
    yield w
    for window in list(w.windows):
        window.close()


def noise_picture(path, seed: int):
    """A JPEG of random pixels: its stored bytes (re-encoded by Wayline) are
    distinctive enough for a byte search (its end: the start is the usual tables)."""
    Image.effect_noise((64, 48), 40 + seed).convert("RGB").save(path, "JPEG", quality=95)
    return path


def stored_bytes(doc, asset_id) -> bytes:
    data = doc.asset_bytes(asset_id)
    assert data and len(data) > 512
    return data


def test_a_dropped_picture_undone_is_not_in_the_closed_file(wayline, sample_path, tmp_path, qtbot):
    window = wayline.open(sample_path)
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    ed = window.editor
    lane = next(l for l in ed.lay.lanes if l.kind == "images")
    cell = ed.lay.cells[(ed.lay.stages[0].id, lane.id)]
    kept, undone = noise_picture(tmp_path / "kept.jpg", 1), noise_picture(tmp_path / "undone.jpg", 2)
    for picture in (kept, undone):
        drop_files(ed.view, [picture], (cell.x + cell.w / 2, cell.y + cell.h / 2))
    assert ed.stack.undoText() == "Add 1 picture"
    cards = [c for c in ed.doc.journey.cards if c.lane_id == lane.id and c.asset_id]
    kept_bytes, undone_bytes = (stored_bytes(ed.doc, c.asset_id) for c in cards[-2:])
    ed.stack.undo()  # Edit ▸ Undo (Ctrl+Z; the keys themselves are tests/editor's)
    assert len([c for c in ed.doc.journey.cards if c.asset_id]) == len(cards) - 1
    window.close()
    data = sample_path.read_bytes()
    assert kept_bytes[-260:-4] in data and undone_bytes[-260:-4] not in data
    assert main.main(["check", str(sample_path)]) == 0


def test_a_replaced_and_a_removed_persona_photo_leave_the_file(wayline, sample_path, tmp_path, qtbot):
    window = wayline.open(sample_path)
    qtbot.waitExposed(window)
    doc, panel = window.editor.doc, window.persona_panel
    persona = doc.journey.personas[0]
    panel.set_photo(str(noise_picture(tmp_path / "first.jpg", 3)))
    first = stored_bytes(doc, persona.photo_id)
    panel.set_photo(str(noise_picture(tmp_path / "second.jpg", 4)))
    second = stored_bytes(doc, persona.photo_id)
    window.editor.stack.undo()  # undo within the session brings the first back
    assert doc.asset_bytes(persona.photo_id) == first
    window.editor.stack.redo()
    remove = next(b for b in panel.findChildren(QPushButton) if b.text() == "Remove photo")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert persona.photo_id is None and window.editor.stack.undoText() == "Remove persona photo"
    window.close()
    data = sample_path.read_bytes()
    assert first[-260:-4] not in data and second[-260:-4] not in data
    with Document.open(sample_path) as again:  # and the map still edits as before
        again.apply(Op("update_journey", {"title": "After the photos"}))
    assert main.main(["check", str(sample_path)]) == 0
