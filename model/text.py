"""One way to measure and break text, for the screen and the poster alike.

Widths come from the bundled TrueType fonts' advance widths (fontTools), not
from Qt or ReportLab, so the canvas and the PDF break lines at the same
places. A character the main font lacks is measured (and later drawn) with the
first font of the fallback chain that has it; kerning is off everywhere.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from fontTools.ttLib import TTFont

from resources import path as resource_path
from .errors import JourneyError

REGULAR, BOLD = "NotoSans-Regular", "NotoSans-Bold"
# for characters the main font lacks, tried in order
FALLBACKS = ("NotoSansArabic-Regular", "NotoSansHebrew-Regular", "DejaVuSans",
             "DroidSansFallbackFull", "Symbola_hint")
LINE_HEIGHT = 1.3  # line pitch as a multiple of the font size


def font_file(name: str):
    return resource_path("fonts", f"{name}.ttf")


class _Face:
    def __init__(self, name: str):
        font = TTFont(font_file(name), lazy=True)
        self.name = name
        self.units = font["head"].unitsPerEm
        self.cmap = font.getBestCmap()
        self.advances = {}
        metrics = font["hmtx"].metrics
        for code, glyph in self.cmap.items():
            self.advances[code] = metrics[glyph][0]
        font.close()


@lru_cache(maxsize=None)
def face(name: str) -> _Face:
    return _Face(name)


@lru_cache(maxsize=65536)
def font_for(char: str, bold: bool = False) -> str:
    """The font that draws `char`: the main one, else the first fallback that has it."""
    code = ord(char)
    main = BOLD if bold else REGULAR
    if code in face(main).cmap or _invisible(char):
        return main
    for name in FALLBACKS:
        if code in face(name).cmap:
            return name
    return main  # drawn as the font's missing-glyph box: visible, never dropped


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc")


@lru_cache(maxsize=65536)
def _advance(char: str, bold: bool) -> float:
    """Width of one character at size 1."""
    if _invisible(char):
        return 0.0
    f = face(font_for(char, bold))
    units = f.advances.get(ord(char))
    if units is None:
        units = f.units * 0.6
    return units / f.units


def measure(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` on one line at `size` points."""
    return sum(_advance(ch, bold) for ch in text) * size


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font name, piece) runs, for drawing with fallbacks."""
    out: list[tuple[str, str]] = []
    for ch in text:
        name = font_for(ch, bold)
        if out and (out[-1][0] == name or _invisible(ch)):
            out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


@lru_cache(maxsize=200_000)
def wrap(text: str, width: float, size: float, bold: bool = False,
         measure=measure) -> tuple[str, ...]:
    """Break text into lines no wider than `width` (words longer than a line are split)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _words(paragraph):
            candidate = line + word
            if not line or measure(candidate.rstrip(), size, bold) <= width:
                line = candidate
                if measure(line.rstrip(), size, bold) > width:
                    parts = _split_long(line, width, size, bold, measure)
                    lines.extend(parts[:-1])
                    line = parts[-1]
                continue
            lines.append(line.rstrip())
            line = word
            if measure(line.rstrip(), size, bold) > width:
                parts = _split_long(line, width, size, bold, measure)
                lines.extend(parts[:-1])
                line = parts[-1]
        lines.append(line.rstrip())
    return tuple(lines)


def _words(paragraph: str) -> list[str]:
    """Words with their trailing spaces; CJK characters break anywhere."""
    words, current = [], ""
    for ch in paragraph:
        if ch == " ":
            current += ch
            words.append(current)
            current = ""
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            if current:
                words.append(current)
            words.append(ch)
            current = ""
        else:
            current += ch
    if current:
        words.append(current)
    return words


def _split_long(word: str, width: float, size: float, bold: bool, measure) -> list[str]:
    parts, current = [], ""
    for ch in word:
        joined = current and current[-1] == "\u200d"  # never split a ZWJ emoji sequence
        if current and not joined and not _invisible(ch) and measure(current + ch, size, bold) > width:
            parts.append(current)
            current = ""
        current += ch
    parts.append(current)
    return parts


@lru_cache(maxsize=50_000)
def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@lru_cache(maxsize=50_000)
def visual(line: str) -> str:
    """One laid-out line as it is seen: Arabic shaped (contextual forms and the
    lam-alef ligature, as Unicode presentation forms, which NotoSansArabic
    carries) and everything in left-to-right drawing order (the Unicode bidi
    algorithm). For drawers that do neither themselves: ReportLab, and the
    canvas, which draws font runs one by one. Refused, never garbled, when the
    two helper packages are missing."""
    if not is_rtl(line):
        return line
    try:
        import arabic_reshaper
        from bidi import get_display
    except ImportError:
        raise JourneyError("This map holds Arabic or Hebrew text, which this installation of "
                           "Wayline cannot draw correctly (python-bidi and arabic-reshaper are "
                           "missing); reinstall Wayline.") from None
    return get_display(arabic_reshaper.reshape(line))
