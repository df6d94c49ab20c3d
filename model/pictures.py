"""Pictures follow the map: kept and let go inside the operation that uses them.

A picture (an `Asset` row: the bytes of a card picture or a persona photo) is
added by the operation that adds the card or sets the photo, and deleted by
the operation that leaves nothing in the map using it. That operation's undo
carries the bytes (`picture_of`), so undo brings the same row back (same id,
same uuid) and redo lets it go again. A picture the map no longer uses is
therefore never left in a mailed `.journey` file; the file store overwrites
what is deleted (`secure_delete`). The same content is stored once.
"""
from __future__ import annotations

import hashlib

from sqlalchemy import select

from . import rules
from .entities import Asset
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence

PICTURE_COLUMNS = ("id", "uuid", "mime", "width", "height", "data")


def picture_of(session, asset_id: int | None) -> dict | None:
    """A stored picture as plain data an undo step can carry (bytes included)."""
    if asset_id is None:
        return None
    asset = session.get(Asset, asset_id)
    return None if asset is None else {n: getattr(asset, n) for n in PICTURE_COLUMNS}


def keep(session, picture: dict | None) -> int | None:
    """The asset id holding `picture` (`data`, `mime`, `width`, `height`, as
    `images.Picture.values()` gives them): the stored row with the same
    content, or a new row, with the id and uuid it had when undo brings it back."""
    if picture is None:
        return None
    data, mime = picture.get("data"), picture.get("mime")
    # what the bytes are is checked where they are decoded (`decode`), as for any
    # stored picture; a map's own undo data may carry an older map's mime type
    if not isinstance(data, bytes) or not data or not isinstance(mime, str) or len(mime) > 40:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That picture cannot be stored; nothing was "
                                                                 "changed.")))
    if len(data) > rules.MAX_IMAGE_BYTES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That picture is too large for a map.")))
    digest = hashlib.sha256(data).hexdigest()
    existing = session.scalar(select(Asset.id).where(Asset.sha256 == digest))
    if existing is not None:
        return existing
    asset = Asset(sha256=digest, mime=mime, width=_side(picture.get("width")),
                  height=_side(picture.get("height")), data=data)
    old_id = picture.get("id")
    if isinstance(old_id, int) and session.get(Asset, old_id) is None:
        asset.id = old_id
        if picture.get("uuid") is not None:
            asset.uuid = rules.identity(picture["uuid"])
    session.add(asset)
    session.flush()
    return asset.id


def _side(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1_000_000:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That picture's size is not a sensible "
                                                                 "number of pixels.")))
    return value


def release(store, asset_ids) -> set[int]:
    """Delete those of `asset_ids` that no card or persona of the map uses any
    more (their bytes are in the undo step that let them go); return them."""
    ids = {i for i in asset_ids if i is not None}
    if not ids:
        return set()
    used = {c.asset_id for c in store.index.by_id.values()}
    used |= {p.photo_id for p in store.journey.personas}
    gone = ids - used
    if gone:
        store.session.flush()  # the rows that used them go first
        for asset_id in gone:
            asset = store.session.get(Asset, asset_id)
            if asset is not None:
                store.session.delete(asset)
    return gone
