"""model.text reads characters and advance widths through HarfBuzz (cheap at
start-up, issue 18 item 3): they must be exactly the font files' own tables, as
fontTools reads them, or the canvas and the PDF would break lines elsewhere."""
import sys

import pytest
from fontTools.ttLib import TTFont

from model import text as textmod


@pytest.mark.parametrize("name", [textmod.REGULAR, textmod.BOLD, "NotoSansArabic-Regular", "NanumGothic"])
def test_faces_read_the_fonts_own_cmap_and_advances(name):
    font = TTFont(textmod.font_file(name), lazy=True)
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    face = textmod.face(name)
    assert face.units == font["head"].unitsPerEm
    assert face.cmap == frozenset(cmap)
    assert all(face.advance(code) == metrics[glyph][0] for code, glyph in cmap.items())
    missing = next(code for code in range(0x4E00, 0x10FFFF) if code not in cmap)
    assert not face.has(missing) and face.advance(missing) is None


def test_a_character_only_a_late_fallback_has_is_measured_with_it():
    # the sample map's arrow: Noto Sans lacks it, the Korean font is the first to have it
    assert textmod.font_for("→") == "NanumGothic"
    font = TTFont(textmod.font_file("NanumGothic"), lazy=True)
    units = font["hmtx"].metrics[font.getBestCmap()[ord("→")]][0]
    assert textmod.measure("→", 10) == pytest.approx(units / font["head"].unitsPerEm * 10)


def test_without_harfbuzz_measuring_is_refused_in_a_sentence(monkeypatch):
    from model.errors import JourneyError
    monkeypatch.setitem(sys.modules, "uharfbuzz", None)  # `import uharfbuzz` now fails
    caches = (textmod.face, textmod._hb_font)
    for f in caches:
        f.cache_clear()
    try:
        with pytest.raises(JourneyError, match="cannot measure text \\(uharfbuzz is missing\\)"):
            textmod.face(textmod.REGULAR)
    finally:
        for f in caches:
            f.cache_clear()
