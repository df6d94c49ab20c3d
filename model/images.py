"""Reading a picture a user brings into a map (Pillow only, no Qt).

Pictures come from anywhere (phones, cameras, downloads), so each is checked
and normalised before it is kept in the `.journey` file: the camera's EXIF
orientation is applied (so it is upright everywhere), it is scaled down to a
size that prints well on a card, and files that are not images, are damaged,
are in a format Wayline does not open (see `decode`) or are absurdly large
(decompression bombs) are refused with one sentence.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from .decode import PictureRefused, open_image
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from .rules import MAX_IMAGE_BYTES

MAX_SIDE = 1600  # pixels: sharp on an A0 poster card, small in the file


@dataclass(frozen=True)
class Picture:
    data: bytes
    mime: str
    width: int
    height: int

    def values(self) -> dict:
        """As an operation carries it (`add_cards`' "picture", `update_persona`'s
        `picture`): the picture is stored by the undoable step that uses it."""
        return {"data": self.data, "mime": self.mime, "width": self.width, "height": self.height}


def load_file(path) -> Picture:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be read."),
                                    path.name)) from None
    if size > MAX_IMAGE_BYTES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is too large for a map (at most %2 "
                                                                 "MB)."),
                                    path.name, str(MAX_IMAGE_BYTES // (1024 * 1024))))
    try:
        data = path.read_bytes()
    except OSError:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be read."),
                                    path.name)) from None
    return load_bytes(data, path.name)


def load_bytes(data: bytes, name: str = "The picture") -> Picture:
    """Check, orient and downscale image bytes; refuse what is not a sane picture."""
    if len(data) > MAX_IMAGE_BYTES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is too large for a map."), name))
    try:
        im = open_image(data)  # the format and the pixel count are checked before decoding
    except PictureRefused as e:
        raise _refusal(e, name) from None
    try:
        im.draft(None, (MAX_SIDE, MAX_SIDE))  # a large JPEG decodes at 1/2..1/8 scale, never in full
        im.load()
        return _normalise(im)
    except Exception:  # noqa: BLE001 - a damaged body shows up only when decoded
        raise _refusal(PictureRefused("damaged", ""), name) from None
    finally:
        im.close()


def _refusal(e: PictureRefused, name: str) -> JourneyError:
    if e.reason == "pixels":
        return JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” has too many pixels to place on a "
                                                                  "map."), name))
    return JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a picture Wayline can read (use "
                                                              "PNG, JPEG, GIF, BMP or WebP)."), name))


def _normalise(im: Image.Image) -> Picture:
    im = ImageOps.exif_transpose(im)
    keeps_alpha = im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info
    im = im.convert("RGBA" if keeps_alpha else "RGB")
    im.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if keeps_alpha:
        im.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        im.save(out, "JPEG", quality=88)
        mime = "image/jpeg"
    return Picture(out.getvalue(), mime, im.width, im.height)
