"""One way to measure and break text, for the screen and the poster alike.

Widths come from the bundled TrueType fonts' advance widths (read by
HarfBuzz), not from Qt or ReportLab, so the canvas and the PDF break lines at
the same places. A character the main font lacks is measured (and later drawn) with the
first font of the fallback chain that has it; kerning is off everywhere.
Pieces that need shaping (Indic, Thai, Arabic, Hebrew, combining marks) are
measured by HarfBuzz (`shape`), as the PDF draws them and as Qt shapes them.
A character no bundled font has (`undrawable`) is measured and drawn as a
box `PLACEHOLDER_WIDTH` ems wide. CJK lines follow the usual kinsoku rules.
Emoji (ZWJ sequences, flags, keycaps, skin tones: `clusters`) are one unit
each, never split, measured by HarfBuzz as the bundled colour font's one
glyph (`EMOJI`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .bidi import is_rtl, levels  # noqa: F401 - is_rtl is read from here by the exporters and the tests
from .faces import _hb_font, cap_and_x_height, face, font_file, shape  # noqa: F401 - read from here too

REGULAR, BOLD = "NotoSans-Regular", "NotoSans-Bold"
# for characters the main font lacks, tried in order
FALLBACKS = ("NotoSansArabic-Regular", "NotoSansHebrew-Regular",
             "NotoSansDevanagari-Regular", "NotoSansBengali-Regular", "NotoSansGurmukhi-Regular",
             "NotoSansGujarati-Regular", "NotoSansOriya-Regular", "NotoSansTamil-Regular",
             "NotoSansTelugu-Regular", "NotoSansKannada-Regular", "NotoSansMalayalam-Regular",
             "NotoSansSinhala-Regular", "NotoSansThai-Regular", "NotoSansLao-Regular",
             "NotoSansKhmer-Regular", "NotoSansMyanmar-Regular", "NanumGothic", "DejaVuSans",
             "DroidSansFallbackFull", "Symbola_hint")
# emoji (single emoji, ZWJ sequences, flags, keycaps, skin tones): Noto Color
# Emoji, bundled renamed so that Qt can never pick a system copy instead
EMOJI = "WaylineColorEmoji"
# drawn, where no bundled font has a character, as an outlined box this wide (em)
PLACEHOLDER = ""
PLACEHOLDER_WIDTH = 0.6
LINE_HEIGHT = 1.3  # line pitch as a multiple of the font size


@lru_cache(maxsize=65536)
def font_for(char: str, bold: bool = False) -> str:
    """The font that draws `char`: the main one, else the first fallback that has it."""
    if len(char) > 1 or _emoji_char(char):
        return EMOJI  # an emoji cluster (see `clusters`)
    code = ord(char)
    main = BOLD if bold else REGULAR
    if face(main).has(code) or _invisible(char):
        return main
    for name in FALLBACKS:
        if face(name).has(code):
            return name
    return PLACEHOLDER  # drawn as an outlined box: visible, never dropped


@lru_cache(maxsize=2)
def ascii_drawn(bold: bool) -> bool:
    """Whether the main font draws every printable ASCII character. Then a text of
    ASCII alone is one run of it, left to right, and needs no look-up per character:
    the common case, and most of what a poster's text costs otherwise."""
    return all(font_for(chr(code), bold) == (BOLD if bold else REGULAR) for code in range(0x20, 0x7f))


def undrawable(text: str) -> str:
    """The characters of `text` no bundled font can draw (each once, in order):
    they print as placeholder boxes, and the export names them."""
    if text.isascii() and ascii_drawn(False):
        return ""
    return _undrawable(text)


def _undrawable(text: str) -> str:
    out = []
    for ch in text:
        if ch not in out and ch not in "\n\t" and not _invisible(ch) and font_for(ch) == PLACEHOLDER:
            out.append(ch)
    return "".join(out)


# Emoji that are drawn as emoji without a variation selector (Emoji_Presentation
# below U+1F000); the rest of the BMP symbols stay text (Symbola) unless
# followed by U+FE0F
_BMP_EMOJI = frozenset("⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽"
                       "✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕")
_RI = "\U0001f1e6-\U0001f1ff"
_MODIFIER = "\U0001f3fb-\U0001f3ff"
_SYMBOL = "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf" \
          "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
_ELEMENT = f"[{_SYMBOL}](?:\ufe0f|\ufe0e|[{_MODIFIER}])?(?:\ufe0f)?(?:[\U000e0020-\U000e007e]+\U000e007f)?"
_EMOJI_SEQUENCE = re.compile(f"[{_RI}][{_RI}]|[0-9#*]\ufe0f?\u20e3|{_ELEMENT}(?:\u200d{_ELEMENT})*")


@lru_cache(maxsize=65536)
def _emoji_char(char: str) -> bool:
    """One code point drawn as a colour emoji on its own."""
    code = ord(char)
    if not face(EMOJI).has(code) or char in "#*0123456789":
        return False
    return code >= 0x1F000 or char in _BMP_EMOJI


def _is_emoji(seq: str) -> bool:
    if "\ufe0e" in seq:
        return False  # text presentation asked for
    if len(seq) == 1:
        return _emoji_char(seq)
    return face(EMOJI).has(ord(seq[0])) and (
        _emoji_char(seq[0]) or "\ufe0f" in seq or "\u200d" in seq or "\u20e3" in seq
        or any("\U0001f3fb" <= ch <= "\U0001f3ff" for ch in seq))


@lru_cache(maxsize=50_000)
def clusters(text: str) -> tuple[str, ...]:
    """`text` as the units that are never split: each emoji sequence (ZWJ
    sequences, flag pairs, keycaps, skin-tone modifiers, variation selectors,
    tag sequences) is one unit, every other character its own."""
    if text.isascii():  # no emoji sequence has an ASCII character only
        return tuple(text)
    return _clusters(text)


def _clusters(text: str) -> tuple[str, ...]:
    out: list[str] = []
    i = 0
    while i < len(text):
        m = _EMOJI_SEQUENCE.match(text, i)
        if m and _is_emoji(m.group()):
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return tuple(out)


def is_emoji(unit: str) -> bool:
    """Whether a unit of `clusters` is an emoji (drawn with EMOJI)."""
    return font_for(unit) == EMOJI if unit else False


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc")


@lru_cache(maxsize=65536)
def _advance(char: str, bold: bool) -> float:
    """Width of one character (or emoji cluster) at size 1."""
    if len(char) == 1 and _invisible(char):
        return 0.0
    name = font_for(char, bold)
    if name == EMOJI:
        return sum(g[2] for g in shape(EMOJI, char))
    if name == PLACEHOLDER:
        return PLACEHOLDER_WIDTH
    f = face(name)
    units = f.advance(ord(char))
    if units is None:
        units = f.units * PLACEHOLDER_WIDTH
    return units / f.units


class _Advances(dict):
    """`_advance` of each character met, looked up as fast as a dict: `measure`
    sums one per character of every candidate line while text is wrapped, and
    the cache of `_advance` (two arguments, a key made each time) cost 3-4×."""

    def __init__(self, bold: bool):
        super().__init__()
        self.bold = bold

    def __missing__(self, char: str) -> float:
        width = self[char] = _advance(char, self.bold)
        return width


_ADVANCES = (_Advances(False), _Advances(True))


def measure(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` on one line at `size` points: the sum of the
    advance widths, except for pieces that need shaping (Indic, Thai, Arabic,
    Hebrew, Hangul jamo, combining marks), whose width HarfBuzz gives."""
    if not needs_shaping(text):
        return sum(map(_ADVANCES[1 if bold else 0].__getitem__, text)) * size
    return sum(_piece_width(name, piece, bold) for name, piece in runs(text, bold)) * size


@lru_cache(maxsize=100_000)
def _piece_width(name: str, piece: str, bold: bool) -> float:
    if name == PLACEHOLDER or (name != EMOJI and not needs_shaping(piece)):
        return sum(_advance(ch, bold) for ch in piece)
    return sum(g[2] for g in shape(name, piece))


# scripts whose letters change shape, reorder or stack with their neighbours
_COMPLEX = re.compile("[\u0300-\u036f\u0483-\u0489\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff"
                      "\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u1ab0-\u1aff\u1dc0-\u1dff"
                      "\u200c\u200d\u20d0-\u20ff\ufb1d-\ufdff\ufe0f\ufe20-\ufe2f\ufe70-\ufeff"
                      "\u231a-\u2b55\U0001f000-\U0001faff]")


@lru_cache(maxsize=100_000)
def needs_shaping(text: str) -> bool:
    return _COMPLEX.search(text) is not None


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font name, piece) runs, for drawing with fallbacks."""
    out: list[tuple[str, str]] = []
    for ch in clusters(text) if needs_shaping(text) else text:
        name = font_for(ch, bold)
        if out and (out[-1][0] == name or (len(ch) == 1 and _invisible(ch))):
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
            if line:
                candidate = line + word
                if measure(candidate.rstrip(), size, bold) <= width:
                    line = candidate  # it fits, as just measured: nothing to split
                    continue
                lines.append(line.rstrip())
            line = word
            if measure(line.rstrip(), size, bold) > width:
                parts = _split_long(line, width, size, bold, measure)
                lines.extend(parts[:-1])
                line = parts[-1]
        lines.append(line.rstrip())
    return tuple(lines)


# Kinsoku: CJK lines never start with closing punctuation, small kana or
# iteration marks, and never end with opening punctuation.
NO_START = frozenset("、。，．・：；？！ー）」』】〕〉》〗〙〟’”〜～‥…々〻ゝゞヽヾ"
                     "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
                     "!%),.:;?]}°‰′″℃")
NO_END = frozenset("（「『【〔〈《〖〘〝‘“([{")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch[0]) in ("W", "F") or len(ch) > 1  # emoji: break around


def _glued(ch: str) -> bool:
    """Never the first character of a line: marks, joiners, selectors, skin tones."""
    if len(ch) > 1:
        return False  # an emoji sequence starts with its base
    return (unicodedata.category(ch) in ("Mn", "Me", "Mc", "Cf")
            or "\U0001f3fb" <= ch <= "\U0001f3ff" or "\ufe00" <= ch <= "\ufe0f")


def _words(paragraph: str) -> list[str]:
    """Words with their trailing spaces; CJK characters break anywhere, except
    before closing and after opening punctuation (NO_START, NO_END)."""
    if paragraph.isascii():  # no CJK: words end at spaces only
        *words, last = paragraph.split(" ")
        return [w + " " for w in words] + ([last] if last else [])
    return _any_words(paragraph)


def _any_words(paragraph: str) -> list[str]:
    words, current = [], ""
    for ch in clusters(paragraph):  # an emoji sequence is never split
        if ch == " ":
            current += ch
            words.append(current)
            current = ""
            continue
        if current and not (ch in NO_START or _glued(ch) or current[-1] == "\u200d"
                            or current[-1] in NO_END):
            if _wide(ch) or _wide(current[-1]):
                words.append(current)
                current = ""
        current += ch
    if current:
        words.append(current)
    return words


def _split_long(word: str, width: float, size: float, bold: bool, measure) -> list[str]:
    parts, current = [], ""
    for ch in clusters(word):  # an emoji sequence is never split
        joined = current and current[-1] == "\u200d"  # never split a ZWJ emoji sequence
        if (current and not joined and not _glued(ch) and ch not in NO_START
                and current[-1] not in NO_END and measure(current + ch, size, bold) > width):
            parts.append(current)
            current = ""
        current += ch
    parts.append(current)
    return parts


@lru_cache(maxsize=50_000)
def visual_runs(line: str, bold: bool = False) -> tuple[tuple[str, str, bool, int], ...]:
    """(font name, piece in typed order, right-to-left, where the piece starts
    in the line) for one line, the pieces
    in left-to-right drawing order: a small Unicode bidi algorithm (paragraph
    direction from the first strong letter, numbers left-to-right inside
    right-to-left text, neutrals between two runs of one direction take it).
    HarfBuzz then shapes each piece in its direction, so no hand-made
    reordering of letters happens anywhere."""
    if line.isascii() and ascii_drawn(bold):  # left to right, one font: one piece
        return ((BOLD if bold else REGULAR, line, False, 0),) if line else ()
    return _visual_runs(line, bold, levels(line) if is_rtl(line) else [0] * len(line))


def _visual_runs(line: str, bold: bool, levels: list[int]) -> tuple[tuple[str, str, bool, int], ...]:
    """`visual_runs` given each character's level (a line with no right-to-left
    letter has every character at level 0, so its levels need no bidi pass)."""
    segments: list[list] = []  # [level, font, piece, start]
    i = 0
    for ch in clusters(line):  # an emoji sequence is one unit, drawn with EMOJI
        level, start = levels[i], i
        i += len(ch)
        name = font_for(ch, bold)
        if segments and ((len(ch) == 1 and _invisible(ch))
                         or (segments[-1][0] == level and segments[-1][1] == name)):
            segments[-1][2] += ch
        else:
            segments.append([level, name, ch, start])
    top = max((s[0] for s in segments), default=0)
    for level in range(top, 0, -1):  # rule L2: reverse every run at this level or above
        i = 0
        while i < len(segments):
            if segments[i][0] >= level:
                j = i
                while j < len(segments) and segments[j][0] >= level:
                    j += 1
                segments[i:j] = segments[i:j][::-1]
                i = j
            else:
                i += 1
    return tuple((name, piece, level % 2 == 1, start) for level, name, piece, start in segments)
