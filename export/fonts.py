"""Fonts for the PDF: ReportLab registration, and text in visual order.

The layout has already broken every text into lines with `model.text`; this
module only says how to *draw* one line: which bundled TrueType font draws
each piece (the same fallback chain that measured it) and, for Arabic and
Hebrew, the shaped glyphs in left-to-right visual order.

ReportLab neither shapes Arabic nor reorders right-to-left text (its `rlbidi`
helper is not on PyPI), so each line is drawn as `model.text.visual(line)`:
shaped presentation forms in left-to-right order.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from model import text as textmod
from model.errors import JourneyError

def _to_unicode_cmap(fontname, subset):
    """ReportLab's ToUnicode CMap, with code points beyond U+FFFF written as
    UTF-16 surrogate pairs (ReportLab 5.1 writes `<1F468>`, an odd-length
    string PDF readers reject, so emoji could not be copied or searched)."""
    cmap = _reportlab_cmap(fontname, subset).split("\n")
    start = cmap.index(f"{len(subset)} beginbfchar") + 1
    cmap[start:start + len(subset)] = [
        "<%02X> <%s>" % (i, chr(v).encode("utf-16-be").hex().upper()) for i, v in enumerate(subset)]
    return "\n".join(cmap)


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


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


@lru_cache(maxsize=50_000)
def draw_runs(line: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """(font, piece) runs of one line, ready for `textOut`, fonts registered.

    Zero-width characters the run's font lacks would show as a missing-glyph
    box where the layout measured nothing (see `_mark_font`). Everything else
    is drawn, even without a glyph: the box is the visible fallback."""
    out: list[tuple[str, str]] = []
    for name, piece in textmod.runs(textmod.visual(line), bold):
        for ch in piece:
            font = name if ord(ch) in _cmap(name) or not _zero_width(ch) else _mark_font(ch)
            if font is None:
                continue
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + ch)
            else:
                out.append((font, ch))
    return tuple((ensure(font), piece) for font, piece in out)


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
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs)
