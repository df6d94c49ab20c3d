"""Cards on the clipboard, as JSON under Wayline's own MIME type.

The data carries everything a card is, pictures included (base64), and no
ids, so cards can be pasted into another window or another map. Plain text
goes along for other applications.
"""
from __future__ import annotations

import base64
import json

from PySide6.QtCore import QMimeData

MIME = "application/x-wayline-cards+json"
FIELDS = ("text", "colour", "channel", "votes")


def card_data(card, picture: tuple[bytes, str] | None) -> dict:
    data = {k: getattr(card, k) for k in FIELDS}
    if picture is not None:
        data["picture"] = {"data": base64.b64encode(picture[0]).decode("ascii"), "mime": picture[1]}
    return data


def to_mime(cards: list[dict]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, json.dumps({"wayline": 1, "cards": cards}).encode("utf-8"))
    mime.setText("\n\n".join(c["text"] for c in cards))
    return mime


def from_mime(mime: QMimeData | None) -> list[dict]:
    """Cards found on the clipboard; [] for anything that is not Wayline cards."""
    if mime is None or not mime.hasFormat(MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME)).decode("utf-8"))
        cards = payload["cards"]
    except (ValueError, KeyError, TypeError):
        return []
    return [c for c in cards if isinstance(c, dict) and isinstance(c.get("text", ""), str)]


def picture_bytes(card: dict) -> bytes | None:
    try:
        return base64.b64decode(card["picture"]["data"], validate=True)
    except (KeyError, TypeError, ValueError):
        return None


def keep_text_only(clipboard) -> None:
    """Before the application object goes: leave only the cards' plain text.

    A QMimeData made from Python is destroyed by Qt's clipboard after the
    interpreter has shut down, and PySide then crashes on quit (measured:
    copy a card, quit, SIGSEGV). Text set with `setText` is Qt's own object,
    so the card texts stay available to other applications."""
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(MIME):
        text = mime.text()
        clipboard.clear()
        if text:
            clipboard.setText(text)
