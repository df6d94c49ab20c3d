"""PNG export, painted by the canvas's own backend (`canvas.paint.paint_map`: the
display list of `model.drawing`, which the PDF draws too).

The map is painted in horizontal strips of at most `STRIP_BYTES` (an ARGB
strip of a poster is large: A0 at 300 dpi is 9,933 x 14,043 px), each strip's
rows are copied into one buffer of the image's raw rows, and Pillow's encoder
(zlib driven from C, `write_png`) compresses that buffer into the IDAT chunks.
Neither Pillow nor Qt can encode a PNG from strips (Pillow's encoder ends its
zlib stream with its image's last row; Qt's writer takes one QImage), so the
raw rows are held whole: 3 bytes a pixel (4 transparent), 418 MB for A0 at
300 dpi, in anonymous memory that is returned when the export ends.

    export_png(doc_or_journey, "map.png", PngOptions(dpi=300, paper="a0"),
               progress=..., cancelled=...) -> Result
"""
from __future__ import annotations

import atexit
import math
import mmap
import os
import struct
import zlib
from dataclasses import dataclass

from PIL import Image

from model.errors import QT_TRANSLATE_NOOP, Figure, JourneyError, Sentence
from model.plan_marks import over_the_map
from model.layout import Layout, layout
from model.theme import STANDARD, Theme

from . import paper, preflight
from .atomic import replacing
from .options import PngOptions, Result, reporter
from .pdf import sources

MIN_DPI, MAX_DPI = 72, 600
MAX_SIDE = 100_000            # pixels; PNG allows 2^31 but viewers and printers do not
MAX_PIXELS = 2_000_000_000    # ~6 GB uncompressed: beyond that nobody can open it
STRIP_BYTES = 64 * 1024 * 1024
# zlib level 1 against the default 6, on an A0 300 dpi poster of 1,000 cards
# (bench/README.md): the rows compress in 0.8 s instead of 1.4 s, into 7.0 MB
# instead of 5.2 MB. A poster is flat colour; the time is the user's wait.
COMPRESS_LEVEL = 1
SIGNATURE = b"\x89PNG\r\n\x1a\n"
GREYS = bytes(v for v in range(256) for _ in range(3))


@dataclass(frozen=True)
class Raster:
    """What a PNG export paints: `width` x `height` pixels at `dpi`, the map at
    `k` pixels per layout point with its top-left at pixel (`x`, `y`)."""
    width: int
    height: int
    k: float
    dpi: float
    x: float = 0.0
    y: float = 0.0

    def __iter__(self):  # (w, h, k, dpi), as callers unpacked it before
        return iter((self.width, self.height, self.k, self.dpi))


def pixel_size(lay: Layout, options: PngOptions) -> Raster:
    """The image's size and where the map goes on it, or a JourneyError.

    With a paper the image is the PDF's sheet of that paper (`paper.fit_sheet`:
    same size, margins and scale; the PDF's footer line is the PDF's own), so a
    PNG and a PDF of A0 print the map the same size. Without one it is the map
    alone at 100 % (1 layout point = 1/72 inch)."""
    if options.paper:
        sheet = paper.fit_sheet(lay.width, lay.height, options.paper, options.orientation,
                                options.margin_mm * paper.MM)
        page_w, page_h, scale = sheet.width, sheet.height, sheet.scale
        ox, oy = sheet.x, sheet.y
    else:
        page_w, page_h, scale, ox, oy = lay.width, lay.height, 1.0, 0.0, 0.0
    if options.width is not None:
        if not 16 <= options.width <= MAX_SIDE:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A PNG is 16 to %1 pixels wide, not %2."),
                                        MAX_SIDE, options.width))
        dpi = options.width / page_w * 72
    else:
        dpi = float(options.dpi or 150)
        if not MIN_DPI <= dpi <= MAX_DPI:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Choose a resolution from %1 to %2 dpi, "
                                                                     "not %3."),
                                        str(MIN_DPI), str(MAX_DPI), Figure(format(dpi, "g"))))
    px = dpi / 72
    w, h = math.ceil(page_w * px - 1e-6), math.ceil(page_h * px - 1e-6)
    if max(w, h) > MAX_SIDE or w * h > MAX_PIXELS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A %1 × %2 pixel PNG is too large to open "
                                                                 "anywhere; choose a lower dpi or export a "
                                                                 "PDF poster."), w, h))
    return Raster(w, h, px * scale, dpi, ox * px, oy * px)


def preview_png(source, options: PngOptions = PngOptions(), theme: Theme = STANDARD) -> tuple[int, int, float]:
    """(width px, height px, dpi) that `export_png` would write, or a JourneyError."""
    w, h, _, dpi = pixel_size(layout(sources(source)[0], theme, view=options.view), options)
    return w, h, dpi


def describe_png(source, options: PngOptions = PngOptions(), theme: Theme = STANDARD,
                 picture_sizes: dict | None = None):
    """(width px, height px, dpi, preflight warnings) that `export_png` would give."""
    journey, asset_bytes, photo = sources(source)
    lay = layout(journey, theme, view=options.view)
    r = pixel_size(lay, options)
    if picture_sizes is None:
        picture_sizes = preflight.picture_sizes(lay, asset_bytes, photo)
    return r.width, r.height, r.dpi, _preflight(lay, r, options, picture_sizes, photo)


def _preflight(lay, r: Raster, options, picture_sizes, photo) -> list:
    return preflight.run(preflight.Context(lay, r.k * 72 / r.dpi, options.viewing_distance_m,
                                           picture_sizes, photo))


def export_png(source, out, options: PngOptions = PngOptions(), progress=None, cancelled=None,
               theme: Theme = STANDARD, check=None) -> Result:
    """Write the PNG; `check(warnings)` sees the preflight's warnings first (as export_pdf)."""
    step = reporter(progress, cancelled)
    journey, asset_bytes, photo_id = sources(source)
    lay = layout(journey, theme, view=options.view)
    r = pixel_size(lay, options)
    w, h, k, dpi = r
    warnings = _preflight(lay, r, options, preflight.picture_sizes(lay, asset_bytes, photo_id), photo_id)
    _qt_app()
    from . import qtpaint
    rows = max(1, min(1024, STRIP_BYTES // (w * 4)))
    channels = 4 if options.transparent else 3
    with qtpaint.quiet(), replacing(out, getattr(source, "path", None)) as tmp:
        if check is not None:  # after the target is accepted: a refused target is one line
            check(warnings)
        painter = qtpaint.StripPainter(lay, theme, asset_bytes, photo_id, k, dpi, options.transparent,
                                       origin=(r.x, r.y), over=over_the_map(journey, lay.card_by_id))
        pixels = raw_rows(w, h, channels)
        for y0 in range(0, h, rows):
            step(0.8 * y0 / h, f"Painting rows {y0:,} to {min(h, y0 + rows):,} of {h:,}")
            _put(pixels, y0 * w * channels, painter.strip(y0, min(rows, h - y0), w))
        with open(tmp, "wb") as f:
            write_png(f, pixels, w, h, channels, dpi, lambda: step(0.8, "Compressing the image"))
        # Given back now; after an error or a cancel, once the error is handled (until
        # then its traceback holds Pillow's view of the rows, and close() would refuse)
        pixels.close()
    step(1.0, "Done")
    size_mm = (w / dpi * 25.4, h / dpi * 25.4)
    hint = paper.smallest_text(lay, k * 72 / dpi)[1]
    summary = Sentence(QT_TRANSLATE_NOOP("Export", "%1 × %2 px at %3 dpi; %4"), w, h, f"{dpi:.0f}", hint)
    return Result(str(out), 1, size_mm, hint, summary, tuple(warnings))


def _qt_app():
    """The running QGuiApplication, or one made for this export (offscreen when
    there is no display, e.g. the command line on a server)."""
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from . import qtpaint
        qtpaint.to_log()  # this process is ours (the command line): Qt's chatter never reaches stderr
        app = QGuiApplication(["wayline-export"])
        atexit.register(_close_app, app)
    return app


def _close_app(app) -> None:
    """Take the application down while Python can still run the message handler."""
    from PySide6.QtCore import qInstallMessageHandler
    app.shutdown()
    qInstallMessageHandler(None)  # the default again: no Python left to call after this


def raw_rows(width: int, height: int, channels: int) -> mmap.mmap:
    """Room for the image's raw rows, or a JourneyError when the system has none.
    Anonymous memory: pages are taken as rows are painted, and all are given
    back when it is closed."""
    try:
        return mmap.mmap(-1, width * height * channels)
    except (OSError, MemoryError):
        gb = width * height * channels / 1e9
        raise JourneyError(f"There is not enough memory for a {width:,} × {height:,} pixel PNG "
                           f"({gb:.1f} GB); choose a lower dpi or export a PDF poster.") from None


def _put(pixels: mmap.mmap, offset: int, rows) -> None:
    for row in rows:
        pixels[offset:offset + len(row)] = row
        offset += len(row)


def write_png(f, pixels, width: int, height: int, channels: int, dpi: float, tick=None) -> None:
    """Write a PNG of `pixels` (8-bit RGB or RGBA rows, top to bottom) to `f`:
    sRGB, pHYs for the dpi, no interlace, every row unfiltered. Pillow's C
    encoder chooses a filter for each row of an RGB image, which on flat-coloured
    posters costs 1.6 to 2.2 times the time for a file 10-20 % smaller, and it
    filters no palette image: so the rows go in as a palette image `channels`
    times as wide (the same bytes), and only its IDAT chunks are kept, after our
    own header. `tick()` is called after each chunk (it may raise to cancel)."""
    f.write(SIGNATURE)
    _chunk(f, b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6 if channels == 4 else 2, 0, 0, 0))
    _chunk(f, b"sRGB", b"\x00")  # the colours are sRGB (perceptual intent), as the PDF's output intent
    ppm = round(dpi / 0.0254)
    _chunk(f, b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
    image = Image.frombuffer("P", (width * channels, height), pixels, "raw", "P", 0, 1)
    image.putpalette(GREYS)  # 256 colours: Pillow packs a palette of fewer into fewer bits a byte
    image.readonly = 0  # the rows are ours to write: some Pillows copy a read-only image to save it
    image.save(_IdatOnly(f, tick), "PNG", compress_level=COMPRESS_LEVEL, bits=8)
    _chunk(f, b"IEND", b"")


def _chunk(f, kind: bytes, data: bytes) -> None:
    f.write(struct.pack(">I", len(data)) + kind + data)
    f.write(struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


class _IdatOnly:
    """The file Pillow writes its palette PNG into: its IDAT chunks (the compressed
    rows, each with its CRC) go on to `f` as they come, the rest is dropped."""

    def __init__(self, f, tick=None):
        self.f, self.tick = f, tick
        self.pending = bytearray()
        self.signature = True

    def write(self, data) -> int:
        self.pending += data
        if self.signature:
            if len(self.pending) < len(SIGNATURE):
                return len(data)
            del self.pending[:len(SIGNATURE)]
            self.signature = False
        while len(self.pending) >= 8:
            end = 12 + int.from_bytes(self.pending[:4], "big")  # length, kind, data, CRC
            if len(self.pending) < end:
                break
            if self.pending[4:8] == b"IDAT":
                self.f.write(self.pending[:end])
                if self.tick is not None:
                    self.tick()
            del self.pending[:end]
        return len(data)

    def flush(self) -> None:
        pass
