"""The bundled fonts as HarfBuzz sees them: their files, their characters and
advance widths one at a time (`face`), their metrics, and the shaping of a
piece of text in one font (`shape`). `text` measures, breaks and orders text
with these; the exporters draw the glyphs they give.
"""
from __future__ import annotations

from functools import lru_cache

from resources import path as resource_path
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence


def font_file(name: str):
    return resource_path("fonts", f"{name}.ttf")


class _Face:
    """A bundled font's characters and advance widths, looked up one character at
    a time by HarfBuzz over the mapped file. Reading whole tables with fontTools
    cost 5-30 ms a font, and a map with one arrow (→) checks the whole fallback
    chain: 85 ms of the cold start (issue 18 item 3)."""
    def __init__(self, name: str):
        self.name = name
        try:
            self.font = _hb_font(name)
        except JourneyError:  # its sentence is about shaping; here no text can be measured at all
            raise JourneyError("This installation of Wayline cannot measure text (uharfbuzz is "
                               "missing); reinstall Wayline.") from None
        self.units = self.font.face.upem

    def has(self, code: int) -> bool:
        return self.font.get_nominal_glyph(code) is not None

    def advance(self, code: int) -> int | None:
        """The advance width in font units; None if the font lacks the character."""
        glyph = self.font.get_nominal_glyph(code)
        return None if glyph is None else self.font.get_glyph_h_advance(glyph)

    @property
    def cmap(self) -> frozenset[int]:
        """Every character the font has (for whole-text checks such as the PDF's)."""
        return frozenset(self.font.face.unicodes)


@lru_cache(maxsize=None)
def face(name: str) -> _Face:
    return _Face(name)


@lru_cache(maxsize=None)
def _hb_font(name: str):
    try:
        import uharfbuzz as hb
    except ImportError:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "This map holds text that must be shaped "
                                                                 "(Indic, Thai, Arabic, Hebrew or combining "
                                                                 "accents), which this installation of "
                                                                 "Wayline cannot do (uharfbuzz is missing); "
                                                                 "reinstall Wayline."))) from None
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(font_file(name)))))


@lru_cache(maxsize=None)
def cap_and_x_height(name: str) -> tuple[float, float]:
    """The font's cap height and x-height (its OS/2 values), in ems."""
    import uharfbuzz as hb
    font = _hb_font(name)
    units = float(font.scale[1])  # the scale of `_hb_font` is the font's units per em
    return (font.get_metric_position(hb.OTMetricsTag.CAP_HEIGHT) / units,
            font.get_metric_position(hb.OTMetricsTag.X_HEIGHT) / units)


@lru_cache(maxsize=100_000)
def shape(name: str, piece: str) -> tuple[tuple[int, str, float, float, float], ...]:
    """HarfBuzz's glyphs for one piece in one font, in visual (left-to-right)
    order: (glyph id, the typed text the glyph stands for, x advance, x offset,
    y offset), lengths in ems."""
    font = _hb_font(name)
    import uharfbuzz as hb
    units = font.face.upem
    buf = hb.Buffer()
    buf.add_str(piece)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": False})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    rtl = buf.direction == "rtl"
    # cluster values are indices into piece; a cluster's text runs to the next
    # cluster, and is spread over its glyphs in logical order (one character
    # each, the last glyph the rest), so the glyphs read in logical order give
    # back the cluster's text with nothing missing and no gaps
    starts = sorted({i.cluster for i in infos})
    ends = dict(zip(starts, starts[1:] + [len(piece)]))
    order = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
    texts = [""] * len(infos)
    by_cluster: dict[int, list[int]] = {}
    for k in order:
        by_cluster.setdefault(infos[k].cluster, []).append(k)
    for c, ks in by_cluster.items():
        chars = piece[c:ends[c]]
        for n, k in enumerate(ks):
            texts[k] = chars[n] if n < len(ks) - 1 else chars[n:]
    return tuple((i.codepoint, t, p.x_advance / units, p.x_offset / units, p.y_offset / units)
                 for i, p, t in zip(infos, positions, texts))
