"""Cards on the clipboard, as JSON under Wayline's own MIME type.

The data carries everything a card is, pictures included (base64), and no
ids, so cards can be pasted into another window or another map. The personas
a card is for travel as their uuids (`persona_uuids`): pasted into the same
map they are the same personas, into another map they are dropped (the paste
operation keeps only personas the map has). Plain text
goes along for other applications; plain text from them pastes as one card per
non-empty line (`text_lines`).
"""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

from model import rules
from model.errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from model.personas import MAX_PERSONAS

MIME = "application/x-wayline-cards+json"
FIELDS = ("text", "colour", "channel", "votes")
DAMAGED = Sentence(QT_TRANSLATE_NOOP("Refusal", "The clipboard holds Wayline cards that cannot be pasted "
                                               "(they are damaged, or come from another version of Wayline)."))
# field -> (JSON types it may have, the model's own check, so a refusal comes
# before any picture is stored). A bool is never a number here.
SHAPE = {
    "text": (str, lambda v: rules.text(v, what=Sentence(QT_TRANSLATE_NOOP(
            "Refusal", "A card on the clipboard")))),
    "colour": ((str, type(None)), lambda v: rules.optional_colour(v, Sentence(QT_TRANSLATE_NOOP(
            "Refusal", "A pasted card's colour")))),
    "channel": ((str, type(None)), rules.channel),
    "votes": (int, rules.votes),
    "persona_uuids": (list, lambda v: _uuids(v)),
}


def _uuids(value: list) -> list[str]:
    """The uuids of the personas a copied card is for (a map has at most six)."""
    if len(value) > MAX_PERSONAS or not all(isinstance(u, str) for u in value):
        raise JourneyError(DAMAGED)
    return [rules.identity(u) for u in value]
MAX_PICTURE_BASE64 = (rules.MAX_IMAGE_BYTES + 2) // 3 * 4
MAX_LINES = 200  # cards from one paste of plain text: a list, not a document
BULLET = re.compile(r"^[-*•–]\s+")  # "- item", "• item": the card is the item


def card_data(card, picture: tuple[bytes, str] | None, persona_uuids: dict[int, str]) -> dict:
    """`persona_uuids`: the map's personas, id to uuid (handed in, so the clipboard
    needs no ORM session and its module no SQLAlchemy at start)."""
    data = {k: getattr(card, k) for k in FIELDS}
    ids = [i for i in rules.persona_ids(card.personas) if i in persona_uuids]
    if ids:
        data["persona_uuids"] = [persona_uuids[i] for i in ids]
    if picture is not None:
        data["picture"] = {"data": base64.b64encode(picture[0]).decode("ascii"), "mime": picture[1]}
    return data


def to_mime(cards: list[dict]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, json.dumps({"wayline": 1, "cards": cards}).encode("utf-8"))
    mime.setText("\n\n".join(c["text"] for c in cards))
    return mime


@dataclass(frozen=True)
class ClipCard:
    """One card read back from the clipboard, checked: its model fields and picture bytes."""
    values: dict
    picture: bytes | None = None


def from_mime(mime: QMimeData | None) -> list[ClipCard]:
    """Cards found on the clipboard; [] when it holds no Wayline cards.

    Any program can put data under our MIME type, so the payload is checked
    like a file from elsewhere: Wayline cards that cannot be pasted raise
    JourneyError with one sentence, before anything is stored."""
    if mime is None or not mime.hasFormat(MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME)).decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or absurdly nested
        raise JourneyError(DAMAGED) from None
    if not isinstance(payload, dict) or payload.get("wayline") != 1:
        raise JourneyError(DAMAGED)
    cards = payload.get("cards")
    if not isinstance(cards, list) or not cards:
        raise JourneyError(DAMAGED)
    return [_card(c) for c in cards]


def _card(raw) -> ClipCard:
    if not isinstance(raw, dict):
        raise JourneyError(DAMAGED)
    values = {}
    for key, (types, check) in SHAPE.items():
        if key in raw:
            if not isinstance(raw[key], types) or isinstance(raw[key], bool):
                raise JourneyError(DAMAGED)
            values[key] = check(raw[key])
    return ClipCard(values, _picture(raw.get("picture")))


def _picture(raw) -> bytes | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("data"), str) \
            or not isinstance(raw.get("mime", ""), str):
        raise JourneyError(DAMAGED)
    if len(raw["data"]) > MAX_PICTURE_BASE64:  # refuse before decoding a huge string
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A picture on the clipboard is too large for a map.")))
    try:
        return base64.b64decode(raw["data"], validate=True)
    except ValueError:  # binascii.Error: not base64
        raise JourneyError(DAMAGED) from None


def text_lines(mime: QMimeData | None) -> list[str]:
    """Plain text from another program as card texts, one per non-empty line
    ([] when the clipboard holds no text). More than MAX_LINES lines, or a line
    the model would refuse, raises JourneyError with one sentence."""
    if mime is None or not mime.hasText():
        return []
    return lines_of(mime.text())


def lines_of(text: str) -> list[str]:
    lines = [BULLET.sub("", line.strip()).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > MAX_LINES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The clipboard holds %1 lines of text; "
                                                                 "Wayline "
                                                             "pastes at most %2 at once (one card per line)."),
                                    len(lines), str(MAX_LINES)))
    return [rules.text(line, what=Sentence(QT_TRANSLATE_NOOP(
            "Refusal", "A line on the clipboard"))) for line in lines]


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
