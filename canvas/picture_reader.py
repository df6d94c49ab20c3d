"""Decoding a stored picture with Qt: only in a format `model.decode` allows,
never larger than it is drawn.

`QImage.fromData` guesses the format from the content and Qt reads TIFF, SVG,
ICNS, TGA, XPM, ... from a map's bytes; so the header is checked by
`model.decode.inspect` first (the allowed format, the pixel limit), then Qt is
told that one format and may not look for another. `QImageReader.setScaledSize`
decodes a JPEG at a reduced scale and shrinks other formats as they are read,
so the image kept is the size it is drawn at, not the size it was taken at.
"""
from __future__ import annotations

import math
from typing import Callable, Optional

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from model import decode
from model.rules import MAX_IMAGE_PIXELS

QT_FORMATS = {"PNG": b"png", "JPEG": b"jpeg", "GIF": b"gif", "WEBP": b"webp", "BMP": b"bmp"}
# Qt's own limit on one decoded image, in MB: the largest picture we accept, as ARGB
ALLOCATION_LIMIT_MB = math.ceil(MAX_IMAGE_PIXELS * 4 / (1024 * 1024))

Size = Callable[[int, int], tuple[int, int]]


def fit(side: int) -> Size:
    """Decode so that no side exceeds `side` pixels (never enlarged)."""
    def size(w: int, h: int) -> tuple[int, int]:
        k = min(1.0, side / max(w, h))
        return max(1, round(w * k)), max(1, round(h * k))
    return size


def cover(box_w: float, box_h: float, side: int) -> Size:
    """Decode just large enough to cover a box_w × box_h pixel box (as
    `paint_image_cover` draws it), never enlarged, no side above `side`."""
    def size(w: int, h: int) -> tuple[int, int]:
        k = min(1.0, max(box_w / w, box_h / h), side / max(w, h))
        return max(1, math.ceil(w * k)), max(1, math.ceil(h * k))
    return size


def read_image(data: bytes | None, size: Size) -> Optional[QImage]:
    """The picture decoded at `size(width, height)`, or None when it is missing,
    in a format Wayline does not open, has too many pixels or is damaged."""
    if not data:
        return None
    try:
        fmt, w, h = decode.inspect(data)
    except decode.PictureRefused:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QT_FORMATS[fmt])
    reader.setAutoDetectImageFormat(False)  # that one format, whatever the content says
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    seen = reader.size()  # Qt's reading of the header: it must agree with the limit too
    if seen.isValid():
        w, h = seen.width(), seen.height()
        if not 0 < w * h <= MAX_IMAGE_PIXELS:
            return None
    tw, th = size(w, h)
    if (tw, th) != (w, h):
        reader.setScaledSize(QSize(tw, th))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


def image_bytes(image: Optional[QImage]) -> int:
    return image.sizeInBytes() if image is not None else 0
