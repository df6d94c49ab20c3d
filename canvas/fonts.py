"""The bundled fonts, registered with Qt so the canvas looks the same everywhere.

`model/text.py` measures with the TTF advance widths (no kerning, no hinting).
To make Qt draw text exactly that wide we register the same files, turn kerning
off and ask for no hinting (hinting snaps advances to whole pixels), and size
fonts in layout units: one point of the layout is one unit of the painter,
whatever the device's DPI. A file is registered when text first needs it
(`family`), and every one once the first frame is up (`editor.app`).
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QPainter

from model import text as textmod

MAIN_FAMILY = "Noto Sans"
FILES = (textmod.REGULAR, textmod.BOLD) + textmod.FALLBACKS + (textmod.EMOJI,)
# What the first frame of an ordinary map draws with. The other files (22 MB
# of fallbacks for other scripts and emoji: 16 ms to register) are added when
# text first asks for one (`family`), and all of them once the first frame is
# up (`editor.app`), so text typed into any field finds its script (issue 18).
FIRST = (textmod.REGULAR, textmod.BOLD)

_families: dict[str, str] = {}  # font file name (as model/text.py names it) -> Qt family


def register(names=FILES) -> dict[str, str]:
    """Register each bundled TTF of `names` once (needs a QGuiApplication);
    return name -> family for every file registered so far."""
    for name in names:
        if name not in _families:
            _add(name)
    return _families


def _add(name: str) -> None:
    font_id = QFontDatabase.addApplicationFont(str(textmod.font_file(name)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    # a missing file still draws, in Qt's default family: visible, never a crash
    _families[name] = families[0] if families else MAIN_FAMILY
    if name == textmod.EMOJI and families and hasattr(QFontDatabase, "setApplicationEmojiFontFamilies"):
        # Qt (6.9+) sends emoji sequences to "the" emoji font: the bundled one,
        # never one the system may or may not have
        QFontDatabase.setApplicationEmojiFontFamilies([families[0]])


def family(name: str) -> str:
    if name in FILES:
        register((name,))
    return _families.get(name, MAIN_FAMILY)


def units_per_point(painter: QPainter) -> float:
    """Qt turns points into pixels with the device DPI; undo that, so size = layout units."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 72
    return 72.0 / (dpi or 72)


# Text is drawn with fonts REFERENCE pixels tall, scaled by the painter to the
# layout's size: Qt rounds a font's pixel size to a whole number, which made
# 13.75 pt text 1.3-1.8 % wider on screen than in the layout and the PDF
REFERENCE = 256


@lru_cache(maxsize=512)
def _font(name: str, point_size: float, bold: bool) -> QFont:
    f = QFont(family(name))
    f.setPointSizeF(max(point_size, 0.1))
    return _tune(f, name, bold)


@lru_cache(maxsize=64)
def reference_font(name: str, bold: bool) -> QFont:
    """The font file `name` REFERENCE pixels (painter units) tall."""
    f = QFont(family(name))
    f.setPixelSize(REFERENCE)
    return _tune(f, name, bold)


def _tune(f: QFont, name: str, bold: bool) -> QFont:
    # bold comes from the Bold file; a fallback is measured regular, so drawn regular
    f.setBold(bold and name == textmod.BOLD)
    f.setKerning(False)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return f


def font(name: str, size: float, bold: bool, painter: QPainter) -> QFont:
    """A QFont for the font file `name` that is `size` layout units tall on this painter."""
    scale = round(units_per_point(painter), 4)
    return _font(name, round(size * scale, 3), bold)


def main_font(size: float, bold: bool, painter: QPainter) -> QFont:
    return font(textmod.BOLD if bold else textmod.REGULAR, size, bold, painter)


@lru_cache(maxsize=4096)
def emoji_stretch(cluster: str) -> float:
    """How much to scale an emoji cluster drawn with `reference_font(EMOJI)` so it
    is exactly as wide as `model.text` measured it: Qt scales the colour
    bitmaps by their height (128 px), HarfBuzz and the PDF by the font's em
    (109 px per em), so Qt's advance is 15 % narrower."""
    from PySide6.QtGui import QFontMetricsF
    qt = QFontMetricsF(reference_font(textmod.EMOJI, False)).horizontalAdvance(cluster)
    return textmod.measure(cluster, REFERENCE) / qt if qt > 0 else 1.0
