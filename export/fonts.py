"""Fonts for the PDF: ReportLab registration, and how one laid-out line is drawn.

The layout has already broken every text into lines with `model.text`; this
module only says how to *draw* one line (`draw_items`): which bundled
TrueType font draws each piece (the same fallback chain that measured it), in
left-to-right order (`model.text.visual_runs`, a small bidi algorithm), plain
pieces as text and pieces that need shaping (Indic, Thai, Arabic, Hebrew,
combining marks) as HarfBuzz's glyphs. A shaped glyph is drawn through a code
of the supplementary private use area whose ToUnicode entry is the typed text
of its cluster (`glyph_code`), so copy and search give back what was typed in
readers that ignore /ActualText. Emoji clusters are colour pictures
(`emoji_image`) over invisible text that copies as the typed sequence.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from model import text as textmod
from model.errors import QT_TRANSLATE_NOOP, JourneyError, Sentence

def _to_unicode_cmap(fontname, subset):
    """ReportLab's ToUnicode CMap, with code points beyond U+FFFF written as
    UTF-16 surrogate pairs (ReportLab 5.1 writes `<1F468>`, an odd-length
    string PDF readers reject, so emoji could not be copied or searched), and
    each shaped glyph (a code from `glyph_code`) mapped to the typed text of
    its cluster, so copy and search give back what was typed."""
    cmap = _reportlab_cmap(fontname, subset).split("\n")
    start = cmap.index(f"{len(subset)} beginbfchar") + 1
    cmap[start:start + len(subset)] = [
        "<%02X> <%s>" % (i, _CODE_TEXT.get(v, chr(v)).encode("utf-16-be").hex().upper())
        for i, v in enumerate(subset)]
    return "\n".join(cmap)


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap

# Shaped glyphs are drawn through codes of the supplementary private use area,
# one per (font, glyph, cluster text): ReportLab maps the code to the glyph,
# and the ToUnicode CMap maps it back to the text
_FIRST_CODE = 0x100000
_CODES: dict[tuple[str, int, str], int] = {}
_CODE_TEXT: dict[int, str] = {}


def text_of(code: str) -> str:
    return _CODE_TEXT.get(ord(code), code)


def glyph_code(name: str, gid: int, text: str, advance: float | None = None) -> str:
    """The character that draws glyph `gid` of font `name` and copies as `text`,
    `advance` ems wide in the PDF's /Widths (the font's own advance when None):
    marks HarfBuzz placed with no advance are zero wide, so readers keep them
    with their letter."""
    key = (name, gid, text, advance)
    code = _CODES.get(key)
    if code is None:
        code = _FIRST_CODE + len(_CODES)
        if code > 0x10FFFD:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "This map holds more distinct shaped "
                                                                     "glyphs than a PDF can carry.")))
        face = pdfmetrics.getFont(ensure(name)).face
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        if advance is None:
            hb = textmod._hb_font(name)
            advance = hb.get_glyph_h_advance(gid) / hb.face.upem
        face.charWidths[code] = advance * 1000
        _CODES[key] = code
        _CODE_TEXT[code] = text
    return chr(code)


def ensure(name: str) -> str:
    """Register a bundled font with ReportLab once; ReportLab embeds a subset of
    each TrueType font it draws with, so the PDF shows the same on any machine."""
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(textmod.font_file(name))))
        _registered.add(name)
    return name


_registered: set[str] = set()


@lru_cache(maxsize=None)
def _cmap(name: str) -> frozenset[int]:
    return frozenset(textmod.face(name).cmap)


def _mark_font(ch: str) -> str | None:
    """A font for a zero-width character the run's font lacks: combining marks
    come from the first fallback that has them (drawn over the letter before);
    joiners, variation selectors and controls are not drawn at all."""
    if unicodedata.category(ch) not in ("Mn", "Me"):
        return None
    for name in (textmod.REGULAR,) + textmod.FALLBACKS:
        if ord(ch) in _cmap(name):
            return name
    return None


def _zero_width(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc")


def width(runs, size: float) -> float:
    return sum(textmod.measure(piece, size) if name == textmod.EMOJI
               else pdfmetrics.stringWidth(piece, name, size) for name, piece in runs)


# Emoji are printed as images: ReportLab embeds outline (glyf) fonts only, and
# Noto Color Emoji is CBDT bitmaps. Pillow (with raqm, which applies the font's
# ligatures: ZWJ sequences, flags, skin tones, keycaps) draws each cluster at the
# font's own strike, EMOJI_PX pixels per em, once per cluster.
EMOJI_PX = 109


@lru_cache(maxsize=None)
def _emoji_font(raqm: bool):
    from PIL import ImageFont
    engine = ImageFont.Layout.RAQM if raqm else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(textmod.font_file(textmod.EMOJI)), EMOJI_PX, layout_engine=engine)


def has_raqm() -> bool:
    from PIL import features
    return bool(features.check("raqm"))


@lru_cache(maxsize=4096)
def emoji_image(cluster: str):
    """(RGBA image, its descent in ems) for one emoji cluster, `EMOJI_PX` pixels
    per em, as wide as the cluster's measured advance; None if Pillow cannot
    draw it. Without raqm (no ligatures), only the cluster's first emoji is
    drawn: one picture in the measured space, never the parts side by side."""
    from PIL import Image, ImageDraw
    try:
        raqm = has_raqm()
        if not raqm:
            cluster = next((ch for ch in cluster if textmod.font_for(ch) == textmod.EMOJI), cluster[0])
        font = _emoji_font(raqm)
        ascent, descent = font.getmetrics()
        w = max(1, round(textmod.measure(cluster, 1.0) * EMOJI_PX))
        image = Image.new("RGBA", (w, ascent + descent), (255, 255, 255, 0))
        ImageDraw.Draw(image).text((0, ascent), cluster, font=font, embedded_color=True, anchor="ls")
    except (OSError, ValueError):
        return None
    if image.getbbox() is None:
        return None
    return image, descent / EMOJI_PX


@lru_cache(maxsize=50_000)
def draw_items(line: str, bold: bool = False) -> tuple:
    """One line as drawing items in left-to-right order, sizes in ems, each with
    the place (in the typed line) of the text it draws:
    (place, "text", font, piece) for plain pieces (drawn with `textOut`),
    (place, "glyph", font, char, advance, x offset, y offset) for each glyph of
    a piece HarfBuzz shaped (Indic, Thai, Arabic, Hebrew, combining marks),
    (place, "hidden", font, char, x offset) for a letter of a right-to-left
    ligature or a mark that is only in the text layer (see `_rtl_ligature`),
    (None, "outline", font, glyph id, x offset, y offset) for a mark drawn as
    a path, outside the text layer (see `_rtl_mark`), and
    (place, "box", width, char) for a character no bundled font has.
    Right-to-left pieces are broken into single glyphs and characters so that
    the drawer can write the line in typed order (see `draw.text`)."""
    out = []
    for name, piece, rtl, start in textmod.visual_runs(line, bold):
        if name == textmod.PLACEHOLDER:
            for k, ch in enumerate(piece):
                if not _zero_width(ch):
                    out.append(((start + k, 0), "box", textmod.PLACEHOLDER_WIDTH, ch))
        elif name == textmod.EMOJI:  # one image per cluster, see `draw.text`
            units = textmod.clusters(piece)
            k = start
            for unit in units:
                out.append(((k, 0), "emoji", unit, textmod.measure(unit, 1.0)))
                k += len(unit)
        elif textmod.needs_shaping(piece):
            glyphs = textmod.shape(name, piece)
            n = len(glyphs)
            marks = _rtl_mark_ranks(glyphs) if rtl else {}
            for k, (gid, text, adv, dx, dy) in enumerate(glyphs):
                place = (start, n - k if rtl else k)
                if k in marks:
                    out.extend(_rtl_mark(place, name, gid, text, dx, dy, marks[k]))
                elif rtl and len(text) > 1:
                    out.extend(_rtl_ligature(place, name, gid, text, adv, dx, dy))
                else:
                    out.append((place, "glyph", ensure(name), glyph_code(name, gid, text, round(adv, 6)),
                                adv, dx, dy))
        elif rtl:  # neutrals inside right-to-left text: one by one, last typed leftmost
            for k in range(len(piece) - 1, -1, -1):
                out.extend(((start + k, 0), "text", font, p) for font, p in _plain(piece[k], name))
        else:
            out.extend(((start, 0), "text", font, p) for font, p in _plain(piece, name))
    return tuple(out)


# How far left of a right-to-left ligature its later letters sit in the text
# layer, in ems: small enough to stay inside the letter before it, large enough
# that readers sorting by position keep them apart
_TAIL_STEP = 0.01


def _rtl_ligature(place, name: str, gid: int, text: str, adv: float, dx: float, dy: float):
    """A right-to-left glyph standing for several letters (lam-alef, "لأ").

    Readers that sort a line by position and then reverse its right-to-left
    runs (PDFium, poppler) reverse the letters a single glyph maps to, and give
    back "أل"; readers that copy in stream order (pdfminer) do not. So the
    glyph copies as its first letter only, and each later letter is a glyph
    with no outline and no width, written just after it in the stream and just
    left of it on the line: both kinds of reader then give back what was typed.
    A later letter is its own glyph drawn invisibly (PDFium drops a character
    whose glyph has no outline)."""
    font = ensure(name)
    out = [(place, "glyph", font, glyph_code(name, gid, text[0], round(adv, 6)), adv, dx, dy)]
    hb = textmod._hb_font(name)
    for j, ch in enumerate(text[1:], start=1):
        gid_of = hb.get_nominal_glyph(ord(ch)) or gid
        out.append((place + (j,), "hidden", font, glyph_code(name, gid_of, ch, 0.0), -(adv + _TAIL_STEP * j)))
    return out


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.category(ch) in ("Mn", "Me") for ch in text)


def _rtl_mark_ranks(glyphs) -> dict[int, int]:
    """Marks of a right-to-left piece (niqqud, harakat): visual index -> rank
    among the marks of their letter in typed order (1 = typed first). HarfBuzz
    puts a letter's marks just before it in visual order, with no advance."""
    ranks: dict[int, int] = {}
    pending: list[int] = []
    for k, (_, text, adv, _, _) in enumerate(glyphs):
        if adv == 0 and _is_mark(text):
            pending.append(k)
            continue
        for i, m in enumerate(pending):  # visually first = typed last
            ranks[m] = len(pending) - i
        pending = []
    for i, m in enumerate(pending):
        ranks[m] = len(pending) - i
    return ranks


def _rtl_mark(place, name: str, gid: int, text: str, dx: float, dy: float, rank: int):
    """A mark over a right-to-left letter: drawn as an outline where HarfBuzz
    placed it, and written to the text layer invisibly, after its letter in
    the stream and just left of the letter's origin on the line.

    Drawn as text, the mark sits right of its letter's origin (its x offset),
    so readers that sort by position and reverse right-to-left runs (PDFium,
    poppler) gave it back before its letter ("ָשלֹום" for "שָׁלוֹם"). (At
    the very start of a line's position order, a mark on the line's last letter
    is put first by poppler on a page of mostly left-to-right text: poppler's
    reordering never counts a mark as right-to-left.)"""
    return [(None, "outline", name, gid, dx, dy),
            (place, "hidden", ensure(name), glyph_code(name, gid, text, 0.0), -_TAIL_STEP * rank)]


def _plain(piece: str, name: str):
    if piece.isascii() and piece.isprintable() and name in (textmod.REGULAR, textmod.BOLD) \
            and textmod.ascii_drawn(name == textmod.BOLD):  # every character in the font: one piece
        return [(ensure(name), piece)]
    return _any_plain(piece, name)


def _any_plain(piece: str, name: str):
    out: list[tuple[str, str]] = []
    for ch in piece:
        font = name if ord(ch) in _cmap(name) or not _zero_width(ch) else _mark_font(ch)
        if font is None:
            continue
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return [(ensure(font), p) for font, p in out]
