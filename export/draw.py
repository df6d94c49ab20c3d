"""ReportLab drawing helpers, in layout points: text, pictures and colours.

The caller sets up a coordinate system whose origin is the map's top-left
corner with y pointing up (see `pdf.map_form`); every layout y is drawn at
-y. Text is drawn exactly on the layout's lines (never wrapped again), each
line as runs of the bundled fonts from `export.fonts`, so what the canvas
measured is what prints. `export/poster.py` draws the display list with these;
the footer and the tile pages use them for their own lines. Nothing here knows
about pages or paper, nor decides how the map looks (that is `model.drawing`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.lib.utils import ImageReader

from model import decode
from model.layout import Lines, Rect

from model import text as textmod

from . import fonts

MAX_IMAGE_SIDE = 2400    # pixels kept per picture: ~300 dpi on a 20 cm wide card
# Decoded pictures kept while the poster is drawn: a dozen at the largest size
# (2400² × 4 bytes), so a map with hundreds of pictures exports in bounded memory;
# one evicted and drawn again decodes to the same bytes, which ReportLab embeds once
PICTURE_CACHE_BYTES = 256 * 1024 * 1024


@lru_cache(maxsize=256)
def colour(value: str) -> Color:
    try:
        return HexColor(value)
    except (ValueError, TypeError):
        return HexColor("#888888")


def tint(value: str, amount: float) -> Color:
    """The colour mixed with white: amount 0 is white, 1 the colour itself."""
    c = colour(value)
    return Color(1 - (1 - c.red) * amount, 1 - (1 - c.green) * amount, 1 - (1 - c.blue) * amount)


def text(c, lines: Lines, fill: Color, center: bool = False) -> None:
    """Draw wrapped lines: line i has its baseline at y + (i + 0.8) * pitch.

    Shaped pieces are drawn glyph by glyph at HarfBuzz's positions, through
    codes whose ToUnicode entries give back the typed text. A line holding
    right-to-left text is written into the content stream in typed order, each
    piece at its place on the line: readers that copy in stream order
    (pdfminer) and those that sort by position and apply the bidi algorithm
    (poppler, PDFium) then both give back the typed text. A character no font
    has is an outlined box, with the character itself (invisible, in the main
    font's missing glyph) in the text layer."""
    t = c.beginText()
    t.setFillColor(fill)
    size = lines.size
    main = fonts.ensure(textmod.BOLD if lines.bold else textmod.REGULAR)
    boxes, emojis, outlines, drawn, font = [], [], [], False, None
    for i, line in enumerate(lines.lines):
        items = fonts.draw_items(line, lines.bold)
        if not items:
            continue
        x = lines.x - textmod.measure(line, size, lines.bold) / 2 if center else lines.x
        y = -(lines.y + (i + 0.8) * lines.pitch)
        placed = []  # (place in the line, font, chars, x, y, invisible)
        last = len(items) - 1
        for k, item in enumerate(items):
            kind = item[1]
            if kind == "text":
                _, _, name, piece = item
                placed.append((item[0], name, piece, x, y, False))
                if k < last:  # where the next item starts (the line's last piece needs no width)
                    x += fonts.width(((name, piece),), size)
            elif kind == "glyph":
                _, _, name, code, advance, dx, dy = item
                placed.append((item[0], name, code, x + dx * size, y + dy * size, False))
                x += advance * size
            elif kind == "outline":  # a right-to-left mark: drawn, not in the text layer
                _, _, name, gid, dx, dy = item
                outlines.append((name, gid, x + dx * size, y + dy * size))
            elif kind == "hidden":  # a ligature's later letter or a mark: text layer only, no width
                _, _, name, code, dx = item
                placed.append((item[0], name, code, x + dx * size, y, True))
            elif kind == "emoji":
                # the picture, and the typed sequence as invisible text over it
                _, _, cluster, advance = item
                emojis.append((x, y, advance * size, cluster))
                placed.append((item[0], main, fonts.glyph_code(textmod.BOLD if lines.bold
                                                               else textmod.REGULAR, 0, cluster,
                                                               round(advance, 6)),
                               x, y, True))
                x += advance * size
            else:
                _, _, w, ch = item
                boxes.append((x, y, w * size))
                placed.append((item[0], main, fonts.glyph_code(textmod.BOLD if lines.bold
                                                               else textmod.REGULAR, 0, ch),
                               x, y, True))
                x += w * size
        if textmod.is_rtl(line):
            placed.sort(key=lambda p: p[0])
        pen, last = None, len(placed) - 1
        for k, (_, name, chars, gx, gy, invisible) in enumerate(placed):
            # offsets under 2 % of an em (HarfBuzz nudging a mark) are not worth a
            # jump: PDFium copies a mark moved on its own after the next letter
            if pen is None or abs(pen[0] - gx) > size * 0.02 or abs(pen[1] - gy) > size * 0.02:
                t.setTextOrigin(gx, gy)
                pen = (gx, gy)
            if name != font:
                t.setFont(name, size)
                font = name
            if invisible:
                t.setTextRenderMode(3)  # in the text layer only: copy gives the character
            t.textOut(chars)
            if invisible:
                t.setTextRenderMode(0)
            if k < last:  # where the pen is for the next piece
                pen = (pen[0] + fonts.width(((name, chars),), size), pen[1])
            drawn = True
    if drawn:
        c.drawText(t)
    if outlines:
        glyph_outlines(c, outlines, size, fill)
    if boxes:
        placeholders(c, boxes, size, fill)
    if emojis:
        emoji_images(c, emojis, size, fill)


def emoji_images(c, emojis, size: float, ink: Color) -> None:
    """Each emoji cluster as its colour picture (`fonts.emoji_image`, 109 px per
    em), exactly in the space the layout measured; a cluster Pillow cannot draw
    is a placeholder box."""
    boxes = []
    for x, y, w, cluster in emojis:
        drawn = fonts.emoji_image(cluster)
        if drawn is None:
            boxes.append((x, y, w))
            continue
        image, descent = drawn
        iw, ih = image.size
        h = ih * w / iw
        c.drawImage(_emoji_reader(cluster), x, y - descent * size, w, h, mask="auto")
    if boxes:
        placeholders(c, boxes, size, ink)


@lru_cache(maxsize=4096)
def _emoji_reader(cluster: str) -> ImageReader:
    return ImageReader(fonts.emoji_image(cluster)[0])


def glyph_outlines(c, outlines, size: float, ink: Color) -> None:
    """Glyphs drawn as filled paths (nonzero winding, as TrueType outlines are
    made), at (x, baseline) each: marks that must not be in the text layer."""
    c.saveState()
    c.setFillColor(ink)
    for name, gid, x, y in outlines:
        k = size / textmod._hb_font(name).face.upem
        path = c.beginPath()
        for op, *points in glyph_path(name, gid):
            xy = [v * k + (x if i % 2 == 0 else y) for i, v in enumerate(points)]
            if op == "M":
                path.moveTo(*xy)
            elif op == "L":
                path.lineTo(*xy)
            elif op == "C":
                path.curveTo(*xy)
            else:
                path.close()
        c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    c.restoreState()


class _PathPen:
    """A pen for HarfBuzz (`draw_glyph_with_pen`) that keeps a glyph as ("M"|"L"|
    "C"|"Z", coordinates...) operations in font units, quadratic curves made cubic
    with the arithmetic of fontTools' BasePen (importing fontTools for it cost the
    command line ~10 ms; `tests/export/test_cli_reader.py` compares the two)."""

    def __init__(self):
        self.ops: list[tuple] = []
        self.current: tuple | None = None

    def moveTo(self, p):
        self.ops.append(("M", *p))
        self.current = p

    def lineTo(self, p):
        self.ops.append(("L", *p))
        self.current = p

    def curveTo(self, p1, p2, p3):
        self.ops.append(("C", *p1, *p2, *p3))
        self.current = p3

    def qCurveTo(self, *points):
        """Control points and the end point; between two control points lies an
        implied on-curve point exactly in the middle (TrueType)."""
        *controls, end = points
        for i, (qx, qy) in enumerate(controls):
            if i + 1 < len(controls):
                nx, ny = controls[i + 1]
                on = (0.5 * (qx + nx), 0.5 * (qy + ny))
            else:
                on = end
            (x0, y0), (x2, y2) = self.current, on
            self.ops.append(("C", x0 + 0.66666666666666667 * (qx - x0), y0 + 0.66666666666666667 * (qy - y0),
                             x2 + 0.66666666666666667 * (qx - x2), y2 + 0.66666666666666667 * (qy - y2), x2, y2))
            self.current = on

    def closePath(self):
        self.ops.append(("Z",))
        self.current = None

    def endPath(self):
        self.current = None


@lru_cache(maxsize=4096)
def glyph_path(name: str, gid: int) -> tuple:
    pen = _PathPen()
    textmod._hb_font(name).draw_glyph_with_pen(gid, pen)
    return tuple(pen.ops)


def placeholders(c, boxes, size: float, ink: Color) -> None:
    """The visible stand-in for a character no bundled font has: an outlined box
    with a diagonal, as tall as a capital letter."""
    c.saveState()
    c.setStrokeColor(ink)
    c.setLineWidth(max(size * 0.06, 0.3))
    for x, y, w in boxes:
        bx, bw, bh = x + w * 0.1, w * 0.8, size * 0.72
        c.rect(bx, y, bw, bh, stroke=1, fill=0)
        c.line(bx, y, bx + bw, y + bh)
    c.restoreState()


class Pictures:
    """Images from the file, decoded through `model.decode` (only the formats
    Wayline opens, the pixel limit checked before decoding), shrunk to print
    resolution, kept in a cache bounded by bytes. A missing or unreadable image
    is drawn as a labelled placeholder, never a failed export."""

    def __init__(self, asset_bytes: Callable[[int], bytes | None] | None):
        self._bytes = asset_bytes
        self._cache = decode.SizedCache(PICTURE_CACHE_BYTES, _reader_bytes)

    def get(self, asset_id: int | None) -> ImageReader | None:
        if asset_id is None or self._bytes is None:
            return None
        return self._cache.get(asset_id, lambda: self._decode(self._bytes(asset_id)))

    @staticmethod
    def _decode(data: bytes | None) -> ImageReader | None:
        if not data:
            return None
        try:
            im = decode.thumbnail(data, MAX_IMAGE_SIDE)
            im = im.convert("RGBA" if "A" in im.getbands() or "transparency" in im.info else "RGB")
        except (decode.PictureRefused, OSError, ValueError):
            return None
        return ImageReader(im)


def _reader_bytes(img: ImageReader | None) -> int:
    if img is None:
        return 0
    w, h = img.getSize()
    return w * h * 4


def cover(c, img: ImageReader, r: Rect, clip=None) -> None:
    """Fill r with the image's centre, keeping its proportions (as the canvas does);
    `clip(path)` shapes the clip (a rectangle when None)."""
    iw, ih = img.getSize()
    k = max(r.w / iw, r.h / ih)
    w, h = iw * k, ih * k
    c.saveState()
    p = c.beginPath()
    if clip is None:
        p.rect(r.x, -r.bottom, r.w, r.h)
    else:
        clip(p)
    c.clipPath(p, stroke=0, fill=0)
    c.drawImage(img, r.x + (r.w - w) / 2, -r.bottom + (r.h - h) / 2, w, h, mask="auto")
    c.restoreState()
