"""Pasting cards: what another program (or a damaged copy) puts under Wayline's
MIME type is checked like a file from elsewhere, and refused in one sentence."""
import base64
import io
import json
import sqlite3

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from editor import clipboard
from model.operations import Op

DAMAGED = "cannot be pasted"


def _put(raw: bytes) -> None:
    mime = QMimeData()
    mime.setData(clipboard.MIME, raw)
    QGuiApplication.clipboard().setMimeData(mime)


def _payload(*cards, version=1) -> bytes:
    return json.dumps({"wayline": version, "cards": list(cards)}).encode("utf-8")


def _png() -> str:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode("ascii")


def _assets(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM asset").fetchone()[0]
    finally:
        conn.close()


BAD = {
    "not json": (b"{cards: [", DAMAGED),
    "not utf-8": (b"\xff\xfe{}", DAMAGED),
    "absurdly nested": (b"[" * 100_000 + b"]" * 100_000, DAMAGED),
    "a list": (b"[]", DAMAGED),
    "another version": (_payload({"text": "a"}, version=2), DAMAGED),
    "cards not a list": (json.dumps({"wayline": 1, "cards": "a card"}).encode(), DAMAGED),
    "no cards": (_payload(), DAMAGED),
    "card not a dict": (_payload("a card"), DAMAGED),
    "text a number": (_payload({"text": 5}), DAMAGED),
    "votes a string": (_payload({"text": "a", "votes": "3"}), DAMAGED),
    "votes a bool": (_payload({"text": "a", "votes": True}), DAMAGED),
    "votes a fraction": (_payload({"text": "a", "votes": 1.5}), DAMAGED),
    "votes out of range": (_payload({"text": "a", "votes": 5000}), "between 0 and 999"),
    "colour a number": (_payload({"text": "a", "colour": 0xFF0000}), DAMAGED),
    "colour a name": (_payload({"text": "a", "colour": "red"}), "#1a2b3c"),
    "channel a list": (_payload({"text": "a", "channel": ["web"]}), DAMAGED),
    "channel unknown": (_payload({"text": "a", "channel": "pigeon"}), "channel must be one of"),
    "picture a string": (_payload({"text": "a", "picture": "abc"}), DAMAGED),
    "picture data a number": (_payload({"text": "a", "picture": {"data": 5, "mime": "image/png"}}), DAMAGED),
    "picture not base64": (_payload({"text": "a", "picture": {"data": "no base64!", "mime": "x"}}), DAMAGED),
    "picture not a picture": (_payload({"text": "a", "picture": {"data": "AAAA", "mime": "image/png"}}),
                              "not a picture Wayline can read"),
    "lone surrogate": (b'{"wayline": 1, "cards": [{"text": "half \\ud83d"}]}', "cannot be saved"),
    "good picture, then a bad card": (_payload({"text": "a", "picture": {"data": _png(), "mime": "image/png"}},
                                               {"text": "b", "votes": -1}), "between 0 and 999"),
}


@pytest.mark.parametrize("raw, says", BAD.values(), ids=BAD.keys())
def test_a_bad_payload_is_refused_in_one_sentence_and_changes_nothing(window, qtbot, raw, says):
    ed = window.editor
    ed.scene.select("card", [ed.lay.cards[0].id])
    before, assets, undo = ed.doc.snapshot(), _assets(ed.doc.path), ed.stack.count()
    said = []
    ed.message.connect(said.append)
    _put(raw)
    window.actions["edit_paste"].trigger()
    assert len(said) == 1 and says in said[0]
    assert "\n" not in said[0] and said[0].endswith(".") and "Traceback" not in said[0]
    assert said[0] == window.statusBar().currentMessage()
    assert ed.doc.snapshot() == before and _assets(ed.doc.path) == assets and ed.stack.count() == undo
    assert ed.run("Rename", [Op("update_journey", {"title": "Still editable"})])  # editing goes on


def test_good_cards_with_a_picture_still_paste(window):
    ed = window.editor
    ed.scene.select("card", [ed.lay.cards[0].id])
    n = len(ed.doc.journey.cards)
    _put(_payload({"text": "From elsewhere", "colour": "#AABBCC", "channel": "web", "votes": 2,
                   "picture": {"data": _png(), "mime": "image/png"}, "future_field": 1}))
    window.actions["edit_paste"].trigger()
    [new] = [c for c in ed.doc.journey.cards if c.text == "From elsewhere"]
    assert len(ed.doc.journey.cards) == n + 1
    assert (new.colour, new.channel, new.votes) == ("#aabbcc", "web", 2) and new.asset_id is not None


def test_plain_text_on_the_clipboard_is_not_wayline_cards():
    mime = QMimeData()
    mime.setText("just words")
    assert clipboard.from_mime(mime) == [] and clipboard.from_mime(None) == []
