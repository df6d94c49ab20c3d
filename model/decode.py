"""Opening picture bytes, which are hostile input (pure Python and Pillow, no Qt).

A picture reaches Wayline from a user's file or inside a map from someone
else's machine. Pillow knows dozens of formats, and some hand the work to
other programs or to large, rarely used decoders: the EPS plugin runs
Ghostscript on PostScript from the file (a looping one hangs the export), PSD,
ICNS, TIFF, ... So a picture is opened here and nowhere else, and only in the
raster formats Wayline writes or imports (`FORMATS`): the format is chosen by
the file's first bytes and Pillow may try that one plugin only. No more than
`rules.MAX_IMAGE_PIXELS` are accepted, checked before any pixel is decoded;
Pillow's own decompression-bomb guard stays on behind that check.

The Qt paths (editor, PNG export) ask `inspect` first and then tell Qt the
format (`canvas.picture_reader`), so Qt never guesses from content either.
`SizedCache` bounds the memory that decoded pictures may hold.
"""
from __future__ import annotations

import io
import warnings
from collections import OrderedDict
from typing import Callable, Generic, Hashable, TypeVar

from PIL import Image

from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from .rules import MAX_IMAGE_PIXELS

FORMATS = ("PNG", "JPEG", "GIF", "WEBP", "BMP")  # Pillow's names

# Pillow warns between its limit and twice it, and raises beyond: at our limit,
# anything Pillow still decodes for someone who skips `open_image` is bounded too
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS

_ALLOWED = (  # (offset, signature, format): as Pillow's own `_accept` tests
    (0, b"\x89PNG\r\n\x1a\n", "PNG"),
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"GIF87a", "GIF"),
    (0, b"GIF89a", "GIF"),
    (0, b"BM", "BMP"),
)
_FOREIGN = (  # only to name a refused format in a sentence; never decoded
    (0, b"%!PS", "EPS"), (0, b"\xc5\xd0\xd3\xc6", "EPS"), (0, b"%PDF", "PDF"),
    (0, b"8BPS", "PSD"), (0, b"II*\x00", "TIFF"), (0, b"MM\x00*", "TIFF"),
    (0, b"icns", "ICNS"), (0, b"\x00\x00\x01\x00", "ICO"), (0, b"\x00\x00\x02\x00", "CUR"),
    (0, b"\x00\x00\x00\x0cjP  ", "JPEG 2000"), (0, b"\xffO\xffQ", "JPEG 2000"),
    (4, b"ftypheic", "HEIC"), (4, b"ftypheix", "HEIC"), (4, b"ftypmif1", "HEIF"),
    (4, b"ftypavif", "AVIF"), (0, b"gimp xcf", "XCF"), (0, b"qoif", "QOI"),
    (0, b"DDS ", "DDS"), (0, b"SIMPLE", "FITS"), (0, b"/* XPM */", "XPM"),
    (0, b"#define", "XBM"), (0, b"\xd7\xcd\xc6\x9a", "WMF"),
)


class PictureRefused(JourneyError):
    """Picture bytes Wayline will not decode. `reason` is "format" (with the
    format's name in `format`), "pixels" or "damaged"."""

    def __init__(self, reason: str, message: str, format: str | None = None):
        super().__init__(message)
        self.reason, self.format = reason, format


def allowed_format(head) -> str | None:
    """The allowed format the bytes start with (Pillow's name), or None."""
    if not isinstance(head, bytes):
        return None
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return next((fmt for at, sig, fmt in _ALLOWED if head[at:at + len(sig)] == sig), None)


def format_name(head) -> str:
    """A name for the format the bytes start with, for a sentence ("EPS", "PNG"),
    or "unknown"."""
    fmt = allowed_format(head)
    if fmt is not None:
        return fmt
    if not isinstance(head, bytes):
        return "unknown"
    text = head[:256].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml")) and b"<svg" in head[:4096].lower():
        return "SVG"
    return next((name for at, sig, name in _FOREIGN if head[at:at + len(sig)] == sig),
                "unknown")


def open_image(data) -> Image.Image:
    """The picture opened by Pillow with its size known and nothing decoded yet;
    PictureRefused when it is not a picture Wayline opens. Close it after use."""
    fmt = allowed_format(data)
    if fmt is None:
        name = format_name(data)
        raise PictureRefused("format", Sentence(QT_TRANSLATE_NOOP(
                "Refusal", "A picture is in a format Wayline does not open (%1)."), name), name)
    if fmt == "WEBP":
        _check_pixels(_webp_size(data))  # Pillow's WebP decoder allocates its canvas on open
    try:
        with warnings.catch_warnings():
            # Pillow's bomb warning (up to twice its limit) becomes a refusal
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=[fmt])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many() from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for hostile bytes
        raise _damaged() from None
    try:
        if im.format not in (fmt, "MPO"):  # MPO: a camera's multi-picture JPEG, read as JPEG
            raise _damaged()
        _check_pixels(im.size)
    except PictureRefused:
        im.close()
        raise
    return im


def inspect(data) -> tuple[str, int, int]:
    """(format, width, height) of a picture Wayline may decode, from its header only."""
    fmt = allowed_format(data)
    im = open_image(data)
    with im:
        return fmt, im.width, im.height


def inspect_head(head) -> tuple[str, int, int]:
    """As `inspect`, from the first bytes of a stored picture only: Pillow's WebP
    plugin parses the whole file when it opens one, so a WebP's size is read
    from its header here (its body is checked when it is decoded)."""
    if allowed_format(head) == "WEBP":
        size = _webp_size(head)
        _check_pixels(size)
        return "WEBP", *size
    return inspect(head)


def thumbnail(data, max_side: int) -> Image.Image:
    """The picture decoded, no side above `max_side` (a JPEG is decoded at a
    reduced scale straight away, so a large one never exists in full)."""
    im = open_image(data)
    try:
        im.thumbnail((max_side, max_side))
        return im.copy()  # decodes it when it was small enough to keep as is
    except Exception:  # noqa: BLE001 - a damaged body shows up only when decoded
        raise _damaged() from None
    finally:
        im.close()


def _check_pixels(size) -> None:
    if size is None:
        raise _damaged()
    w, h = size
    if not (0 < w and 0 < h and w * h <= MAX_IMAGE_PIXELS):
        raise _too_many() if w * h > MAX_IMAGE_PIXELS else _damaged()


def _webp_size(data: bytes) -> tuple[int, int] | None:
    """The canvas size from a WebP header (the three kinds of first chunk)."""
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        return (int.from_bytes(data[26:28], "little") & 0x3FFF,
                int.from_bytes(data[28:30], "little") & 0x3FFF)
    if chunk == b"VP8X" and len(data) >= 30:
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _too_many() -> PictureRefused:
    return PictureRefused("pixels", Sentence(QT_TRANSLATE_NOOP(
            "Refusal", "A picture has too many pixels to show.")))


def _damaged() -> PictureRefused:
    return PictureRefused("damaged", Sentence(QT_TRANSLATE_NOOP(
            "Refusal", "A picture is damaged and cannot be shown.")))


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class SizedCache(Generic[K, V]):
    """Decoded pictures, least recently used first out, holding at most `budget`
    bytes in all (`size_of(value)`), however many pictures a map holds."""

    def __init__(self, budget: int, size_of: Callable[[V], int]):
        self.budget, self._size_of = budget, size_of
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self.bytes = 0

    def get(self, key: K, make: Callable[[], V]) -> V:
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key][0]
        value = make()
        size = max(self._size_of(value), 64)  # an unreadable picture (None) still counts
        if size <= self.budget:
            self._items[key] = (value, size)
            self.bytes += size
            self._evict()
        return value

    def _evict(self) -> None:
        while self.bytes > self.budget:
            _, (_, size) = self._items.popitem(last=False)
            self.bytes -= size

    def clear(self) -> None:
        self._items.clear()
        self.bytes = 0

    def __contains__(self, key) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)
