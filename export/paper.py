"""Paper sizes, orientation and the fit maths of a poster sheet (pure, in points).

A sheet is the paper minus its margins and a footer band; the map is scaled
to fit that area (or drawn at a fixed scale, and the sheet is made to fit the
map). Acrobat and most RIPs refuse a page side over 14,400 pt (200 in, the
PDF 1.x limit; ReportLab cannot write the `UserUnit` that lifts it), so a
larger sheet is refused with a sentence that points to tiling.
"""
from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from model import text as textmod
from model.errors import QT_TRANSLATE_NOOP, Figure, JourneyError, Sentence

MM = 72 / 25.4
INCH = 72.0
MAX_SIDE = 14_400.0            # points: 200 inches
ROLL_WIDTH = 36 * INCH
MAX_PANELS = 20                # a roll poster of more panels than this is better tiled

# portrait width x height, in points
PAPERS = {
    "a0": (841 * MM, 1189 * MM), "a1": (594 * MM, 841 * MM), "a2": (420 * MM, 594 * MM),
    "a3": (297 * MM, 420 * MM), "a4": (210 * MM, 297 * MM),
    "letter": (8.5 * INCH, 11 * INCH), "legal": (8.5 * INCH, 14 * INCH),
    "tabloid": (11 * INCH, 17 * INCH), "ansi-d": (22 * INCH, 34 * INCH),
    "ansi-e": (34 * INCH, 44 * INCH),
    # architectural sizes, what US plotters and print shops stock
    "arch-c": (18 * INCH, 24 * INCH), "arch-d": (24 * INCH, 36 * INCH), "arch-e": (36 * INCH, 48 * INCH),
}
ROLL = "roll36"  # 36 inches across, as long as the map needs
NAMES = tuple(PAPERS) + (ROLL,)
# where Letter, not A4, is the office paper (ISO 3166 codes): the Americas that
# never took up ISO 216, and the Philippines; a poster there is ARCH D, what
# plotters and print shops stock, and tiles are Letter pages
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR",
                                "SV", "PA", "DO", "NI", "BZ"})


def default_for(territory: str) -> tuple[str, str]:
    """The paper a poster and its tiles default to in a territory (ISO 3166 code):
    ("arch-d", "letter") where Letter is the norm, ("a0", "a4") elsewhere."""
    if territory.strip().upper() in LETTER_TERRITORIES:
        return "arch-d", "letter"
    return "a0", "a4"


_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|cm|in)?\s*$", re.I)
_UNITS = {"mm": MM, "cm": 10 * MM, "in": INCH, None: MM}


def paper_size(name: str) -> tuple[float, float] | None:
    """Portrait (w, h) in points for a paper name or `WxHmm`; None for the roll."""
    key = name.strip().lower()
    if key in PAPERS:
        return PAPERS[key]
    if key == ROLL:
        return None
    m = _CUSTOM.match(key)
    if not m:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Unknown paper “%1”: use one of %2, or a "
                                                                 "size such as 600x900mm."),
                                    name, str(', '.join(NAMES))))
    unit = _UNITS[m.group(3) and m.group(3).lower()]
    w, h = float(m.group(1)) * unit, float(m.group(2)) * unit
    if min(w, h) < 50 * MM:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The paper “%1” is too small for a poster "
                                                                 "(at least 50 mm a side)."), name))
    check_side(max(w, h))
    return (min(w, h), max(w, h))


def check_side(side: float) -> None:
    if side > MAX_SIDE + 0.01:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A %1 m page is longer than PDF allows "
                                                                 "(5.08 m, 200 in); tile it over smaller "
                                                                 "pages (--tile a4) or choose a smaller "
                                                                 "paper."),
                                    Figure(format(side / MM / 1000, ".2f"))))


@dataclass(frozen=True)
class Sheet:
    """One poster page: the paper, and where the map goes on it (points, y down)."""
    width: float
    height: float
    scale: float          # printed size / layout size
    x: float              # top-left corner of the map on the page
    y: float
    margin: float
    footer: float         # height of the footer band above the bottom margin
    panels: int = 1       # a roll longer than PDF allows is printed as this many panels side by side

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def panel_w(self) -> float:
        """Each panel's page width: an equal slice of the map, with the sheet's margins."""
        return (self.width - 2 * self.margin) / self.panels + 2 * self.margin


def footer_height(short_side: float) -> float:
    """The footer grows with the sheet so it stays legible on A0, small on A4."""
    return max(16.0, short_side / 70)


def fit_sheet(map_w: float, map_h: float, paper: str = "a0", orientation: str = "auto",
              margin: float = 10 * MM, scale: float | None = None) -> Sheet:
    """Place a map_w x map_h map on a sheet: scaled to fit the paper, or at a
    fixed `scale` with the sheet sized to the map (the paper is then ignored)."""
    if orientation not in ("auto", "portrait", "landscape"):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Unknown orientation “%1”: use auto, "
                                                                 "portrait or landscape."), str(orientation)))
    if margin < 0:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The margin cannot be negative.")))
    if scale is not None:
        return _fixed_scale(map_w, map_h, margin, scale)
    size = paper_size(paper)
    if size is None:
        return _roll(map_w, map_h, orientation, margin)
    candidates = [(size[0], size[1]), (size[1], size[0])]
    if orientation == "portrait":
        candidates = candidates[:1]
    elif orientation == "landscape":
        candidates = candidates[1:]
    sheets = [_fit(map_w, map_h, w, h, margin) for w, h in candidates]
    return max(sheets, key=lambda s: s.scale)  # auto: the one that prints the map larger


def fit_scale(map_w: float, map_h: float, paper: str, orientation: str = "auto") -> float:
    """The scale at which the map fills the paper edge to edge (a tiled poster's size)."""
    size = paper_size(paper)
    if size is None:  # roll: the map fills the 36-inch width
        along = map_w >= map_h if orientation == "auto" else orientation == "landscape"
        return ROLL_WIDTH / (map_h if along else map_w)
    w, h = size
    portrait, landscape = min(w / map_w, h / map_h), min(h / map_w, w / map_h)
    if orientation == "portrait":
        return portrait
    if orientation == "landscape":
        return landscape
    return max(portrait, landscape)


def _fit(map_w, map_h, w, h, margin) -> Sheet:
    foot = footer_height(min(w, h))
    avail_w, avail_h = w - 2 * margin, h - 2 * margin - foot
    if avail_w <= 0 or avail_h <= 0:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The margins leave no room for the map on "
                                                                 "this paper.")))
    scale = min(avail_w / map_w, avail_h / map_h)
    x = (w - map_w * scale) / 2
    y = margin + (avail_h - map_h * scale) / 2
    return Sheet(w, h, scale, x, y, margin, foot)


def _fixed_scale(map_w, map_h, margin, scale) -> Sheet:
    if not 0.01 <= scale <= 100:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A scale of %1% is out of range (1% to "
                                                                 "10000%)."), Figure(format(scale * 100, "g"))))
    w = map_w * scale + 2 * margin
    foot = footer_height(min(w, map_h * scale + 2 * margin))
    h = map_h * scale + 2 * margin + foot
    check_side(max(w, h))
    return Sheet(w, h, scale, margin, margin, margin, foot)


def _roll(map_w, map_h, orientation, margin) -> Sheet:
    """A 36-inch roll: the map fills the roll's width, the length follows.

    A PDF page side stops at 200 in (5.08 m). A map whose length along the roll
    is longer is cut into panels: equal slices of the sheet, each its own page
    of at most 5.08 m with the same margins and footer ("panel 2 of 3"), printed
    one after the other off the roll and hung edge to edge. (`UserUnit` would
    lift the limit instead, but ReportLab cannot write it and many RIPs ignore it.)"""
    along_length = map_w >= map_h if orientation == "auto" else orientation == "landscape"
    across = ROLL_WIDTH - 2 * margin
    foot = footer_height(ROLL_WIDTH)
    if along_length:  # the map's width runs along the roll
        scale = (across - foot) / map_h
        w, h = map_w * scale + 2 * margin, ROLL_WIDTH
    else:
        scale = across / map_w
        w, h = ROLL_WIDTH, map_h * scale + 2 * margin + foot
        check_side(h)
    sheet = _fit(map_w, map_h, w, h, margin)
    if w <= MAX_SIDE + 0.01:
        return sheet
    panels = math.ceil((w - 2 * margin) / (MAX_SIDE - 2 * margin) - 1e-9)
    if panels > MAX_PANELS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A %1 m roll would need %2 panels; tile it "
                                                                 "over smaller pages (--tile a4) instead."),
                                    Figure(format(w / MM / 1000, ".1f")), str(panels)))
    return dataclasses.replace(sheet, panels=panels)


# -- how small is the smallest text? -----------------------------------------------

MM_PER_METRE = 3.0  # rule of thumb: 3 mm of x-height reads from about 1 m away


@lru_cache(maxsize=1)
def _metrics() -> tuple[float, float]:
    """Cap height and x-height of the regular font, in ems: its OS/2 values, read
    by HarfBuzz, which has the font open already (fontTools' import would cost
    the command line 20-40 ms for two numbers)."""
    return textmod.cap_and_x_height(textmod.REGULAR)


def smallest_text(lay, scale: float) -> tuple[float, str]:
    """The height in mm of capitals in the smallest printed text, and a hint.

    Distance: a common signage rule of thumb reads x-height (the height of
    "x") of 3 mm from about 1 m, growing linearly with distance."""
    size = _smallest_size(lay) * scale
    cap, _ = _metrics()
    cap_mm = size * cap / MM
    return cap_mm, Sentence(QT_TRANSLATE_NOOP("Export", "smallest text %1 mm — readable from %2"),
                            Figure(f"{cap_mm:.1f}"),
                            distance_words(readable_metres(lay, scale)))


def distance_words(metres: float) -> str:
    """"about 1.5 m", "about 12 m", or "less than 0.1 m" (never "about 0.0 m")."""
    if metres < 0.05:
        return Sentence(QT_TRANSLATE_NOOP("Export", "less than 0.1 m"))
    return Sentence(QT_TRANSLATE_NOOP("Export", "about %1 m"),
                    Figure(f"{metres:.1f}" if metres < 10 else f"{metres:.0f}"))


def readable_metres(lay, scale: float) -> float:
    """How far away the smallest printed text still reads (x-height / 3 mm per metre)."""
    return _smallest_size(lay) * scale * _metrics()[1] / MM / MM_PER_METRE


def _smallest_size(lay) -> float:
    sizes = [lines.size for lines in text_lines(lay) if lines.lines and any(lines.lines)]
    return min(sizes, default=lay.title.size)


def text_lines(lay, cards: bool = True):
    """Every wrapped text of a layout: title, persona, stage and lane names,
    marker labels and (unless `cards` is False) the cards."""
    yield lay.title
    yield from lay.persona_lines
    for group in (lay.stages, lay.lanes):
        for box in group:
            yield box.name
    for marker in lay.markers:
        yield marker.label
    if cards:
        for card in lay.cards:
            yield card.text
