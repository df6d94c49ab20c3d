"""Pictures follow the map (issue 12, item 9): adding or removing a card picture
or a persona photo is part of the undoable step, and a picture the map no
longer uses is not in the closed file (a byte search finds none of it)."""
import io
import sqlite3

import pytest
from PIL import Image, PngImagePlugin
from sqlalchemy import select

import main
from model import filestore
from model.document import Document
from model.entities import Asset, new_uuid
from model.errors import JourneyError
from model.operations import Op


def picture(secret: str) -> dict:
    """A real PNG carrying a distinctive byte pattern a byte search can find."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", secret * 8)
    out = io.BytesIO()
    Image.new("RGB", (8, 6), "#d04020").save(out, "PNG", pnginfo=info)
    return {"data": out.getvalue(), "mime": "image/png", "width": 8, "height": 6}


SECRET, OTHER = "PRIVATE-PHOTO-7f3a91", "OTHER-PHOTO-22c0b4"


def stored(doc) -> set:
    with doc.storage.engine.connect() as conn:
        return set(conn.execute(select(Asset.id)).scalars())


def in_file(path, secret: str) -> bool:
    return secret.encode() * 2 in path.read_bytes()


def add_picture_card(doc, pic) -> int:
    j = doc.journey
    lane = next(lane for lane in j.lanes if lane.kind != "emotions")
    change = doc.apply(Op("add_cards", {"cards": [
        {"stage_id": j.stages[0].id, "lane_id": lane.id, "picture": pic}]}))
    return change.result[0]


def card(doc, card_id):
    return doc.store.card(card_id)


# -- through the storage seam: the file and the in-memory store alike --------------
def test_adding_a_picture_card_stores_its_bytes_and_undo_removes_them(doc):
    before = stored(doc)
    change = doc.apply(Op("add_cards", {"cards": [
        {"stage_id": doc.journey.stages[0].id, "lane_id": doc.journey.lanes[0].id,
         "picture": picture(SECRET)}]}))
    asset = card(doc, change.result[0]).asset_id
    assert stored(doc) == before | {asset}
    assert doc.asset_bytes(asset) == picture(SECRET)["data"]
    redo = doc.apply(change.undo).undo
    assert stored(doc) == before and doc.asset_bytes(asset) is None
    again = doc.apply(redo)
    assert card(doc, again.result[0]).asset_id == asset  # the same row, by id
    assert doc.asset_bytes(asset) == picture(SECRET)["data"]


def test_the_same_content_is_stored_once_and_kept_while_a_card_uses_it(doc):
    first, second = add_picture_card(doc, picture(SECRET)), add_picture_card(doc, picture(SECRET))
    asset = card(doc, first).asset_id
    assert card(doc, second).asset_id == asset
    delete = doc.apply(Op("delete_cards", {"card_ids": [first]}))
    assert asset in stored(doc)  # the other card still shows it
    doc.apply(Op("delete_cards", {"card_ids": [second]}))
    assert asset not in stored(doc)
    doc.apply(delete.undo)
    assert card(doc, first).asset_id == asset and doc.asset_bytes(asset) == picture(SECRET)["data"]


def test_deleting_a_stage_lets_its_pictures_go_and_undo_brings_them_back(doc):
    card_id = add_picture_card(doc, picture(SECRET))
    asset, before = card(doc, card_id).asset_id, doc.snapshot()
    change = doc.apply(Op("delete_stage", {"stage_id": doc.journey.stages[0].id}))
    assert asset not in stored(doc)
    doc.apply(change.undo)
    assert doc.snapshot() == before and doc.asset_bytes(asset) == picture(SECRET)["data"]


def test_a_persona_photo_replaced_or_removed_goes_and_undo_restores_it(doc):
    persona = doc.journey.personas[0]
    doc.apply(Op("update_persona", {"persona_id": persona.id, "picture": picture(SECRET)}))
    first = persona.photo_id
    replace = doc.apply(Op("update_persona", {"persona_id": persona.id, "picture": picture(OTHER)}))
    assert first not in stored(doc) and persona.photo_id in stored(doc)
    remove = doc.apply(Op("update_persona", {"persona_id": persona.id, "picture": None}))
    assert persona.photo_id is None and not stored(doc) & {first, replace.undo.args["picture"]["id"]}
    doc.apply(remove.undo)
    doc.apply(replace.undo)
    assert persona.photo_id == first and doc.asset_bytes(first) == picture(SECRET)["data"]


def test_deleting_a_persona_takes_its_photo_and_undo_brings_both(doc):
    persona = doc.journey.personas[0]
    doc.apply(Op("update_persona", {"persona_id": persona.id, "picture": picture(SECRET)}))
    photo, before = persona.photo_id, doc.snapshot()
    change = doc.apply(Op("delete_persona", {"persona_id": persona.id}))
    assert photo not in stored(doc)
    doc.apply(change.undo)
    assert doc.snapshot() == before and doc.asset_bytes(photo) == picture(SECRET)["data"]


@pytest.mark.parametrize("bad", [{"data": b"", "mime": "image/png", "width": 1, "height": 1},
                                 {"data": b"\x89PNG", "mime": None, "width": 1, "height": 1},
                                 {"data": b"\x89PNG", "mime": "image/png", "width": -4, "height": 1},
                                 {"data": "not bytes", "mime": "image/png", "width": 1, "height": 1}])
def test_a_picture_that_is_not_sane_data_is_refused_with_a_sentence(doc, bad):
    before, pictures = doc.snapshot(), stored(doc)
    with pytest.raises(JourneyError) as refused:
        add_picture_card(doc, bad)
    assert refused.value.message.endswith(".") and "\n" not in refused.value.message
    assert doc.snapshot() == before and stored(doc) == pictures


# -- the closed `.journey` file: a byte search ----------------------------------------
def test_a_deleted_picture_card_is_not_in_the_closed_file(sample_path):
    with Document.open(sample_path) as doc:
        card_id = add_picture_card(doc, picture(SECRET))
    assert in_file(sample_path, SECRET)  # the pattern is findable while the card is there
    with Document.open(sample_path) as doc:
        delete = doc.apply(Op("delete_cards", {"card_ids": [card_id]}))
        doc.apply(doc.apply(delete.undo).undo)  # undo within the session still brings it back
    assert not in_file(sample_path, SECRET)
    assert main.main(["check", str(sample_path)]) == 0


def test_a_replaced_and_a_removed_persona_photo_are_not_in_the_closed_file(sample_path):
    with Document.open(sample_path) as doc:
        persona = doc.journey.personas[0].id
        doc.apply(Op("update_persona", {"persona_id": persona, "picture": picture(SECRET)}))
        doc.apply(Op("update_persona", {"persona_id": persona, "picture": picture(OTHER)}))
    assert not in_file(sample_path, SECRET) and in_file(sample_path, OTHER)
    with Document.open(sample_path) as doc:
        doc.apply(Op("update_persona", {"persona_id": persona, "picture": None}))
    assert not in_file(sample_path, OTHER)
    assert main.main(["check", str(sample_path)]) == 0


def test_a_picture_nothing_uses_is_removed_when_the_map_is_closed(sample_path):
    """Left by an older Wayline (pictures outside the undo stack, never removed)."""
    data = picture(SECRET)["data"]
    conn = sqlite3.connect(sample_path)
    with conn:
        conn.execute("INSERT INTO asset (uuid, sha256, mime, width, height, data) "
                     "VALUES (?, 'left-over', 'image/png', 8, 6, ?)", (new_uuid(), data))
    conn.close()
    with Document.open(sample_path, read_only=True):
        pass
    assert in_file(sample_path, SECRET)  # viewing writes nothing
    with Document.open(sample_path) as doc:
        photos = {p.photo_id for p in doc.journey.personas} | {c.asset_id for c in doc.journey.cards}
        photos.discard(None)
    assert not in_file(sample_path, SECRET)
    with Document.open(sample_path, read_only=True) as doc:
        assert stored(doc) == photos and all(doc.asset_bytes(a) for a in photos)
    assert main.main(["check", str(sample_path)]) == 0


def test_deleted_bytes_are_overwritten_where_sqlite_would_keep_them(sample_path, monkeypatch):
    """Many SQLite builds leave deleted content in free pages (secure_delete off
    by default, unlike Debian's): Wayline turns it on for every map it edits."""
    monkeypatch.setattr(filestore, "PRAGMAS", ("secure_delete=OFF",) + filestore.PRAGMAS)
    with Document.open(sample_path) as doc:
        card_id = add_picture_card(doc, picture(SECRET))
        assert in_file(sample_path, SECRET)  # committed: in the file while the card is there
        doc.apply(Op("delete_cards", {"card_ids": [card_id]}))
    assert not in_file(sample_path, SECRET)
