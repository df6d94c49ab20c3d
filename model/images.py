"""Reading a picture a user brings into a map (Pillow only, no Qt).

Pictures come from anywhere (phones, cameras, downloads), so each is checked
and normalised before it is kept in the `.journey` file: the camera's EXIF
orientation is applied (so it is upright everywhere), it is scaled down to a
size that prints well on a card, and files that are not images, are damaged
or are absurdly large (decompression bombs) are refused with one sentence.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import JourneyError
from .rules import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS

MAX_SIDE = 1600  # pixels: sharp on an A0 poster card, small in the file
# Pillow's own guard is a warning until twice its limit; ours refuses at the limit
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


@dataclass(frozen=True)
class Picture:
    data: bytes
    mime: str
    width: int
    height: int


def load_file(path) -> Picture:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise JourneyError(f"“{path.name}” could not be read.") from None
    if size > MAX_IMAGE_BYTES:
        raise JourneyError(f"“{path.name}” is too large for a map (at most "
                           f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB).")
    try:
        data = path.read_bytes()
    except OSError:
        raise JourneyError(f"“{path.name}” could not be read.") from None
    return load_bytes(data, path.name)


def load_bytes(data: bytes, name: str = "The picture") -> Picture:
    """Check, orient and downscale image bytes; refuse what is not a sane picture."""
    if len(data) > MAX_IMAGE_BYTES:
        raise JourneyError(f"“{name}” is too large for a map.")
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.width * im.height > MAX_IMAGE_PIXELS:
                raise JourneyError(f"“{name}” has too many pixels to place on a map.")
            im.load()
            return _normalise(im)
    except JourneyError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise JourneyError(f"“{name}” has too many pixels to place on a map.") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise JourneyError(f"“{name}” is not a picture Wayline can read "
                           "(use PNG, JPEG, GIF, BMP or WebP).") from None


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
