"""Preflight: what will print badly, said before anything is written (pure, no Qt, no I/O).

Each check in `CHECKS` is a function `check(ctx: Context) -> list[Warning]`;
`run(ctx)` calls them all in order. Another check is one function appended to
`CHECKS`. Warnings never stop an export by themselves: the command line prints
them (and refuses them with `--strict`), the export dialog lists them.

The rules, in numbers:
- Text: "x-height of 3 mm reads from about 1 m", growing linearly with distance
  (`paper.MM_PER_METRE`). The smallest printed text is checked against the
  viewing distance, 1.0 m unless the user says otherwise (`--viewing-distance`):
  the distance at which people read the cards of a poster on a workshop wall.
- Pictures: at least 150 pixels per inch of printed size (`MIN_PPI`); below
  that a photo prints soft. From each picture's pixel size and the box it is
  printed into (the picture fills its box, cropped, so the smaller of the two
  ratios counts): cards' pictures and personas' photos on the poster, and the
  legend photos of a tiled poster's info bands (`Context.band_photo` wide).
- Lines: at least 0.25 pt wide once printed (`MIN_STROKE_PT`); thinner hairlines
  vanish or break up on many printers. From the poster's pen widths times the scale.
- Scripts: a character no bundled font can draw (`model.text.undrawable`, when
  the text engine has it), named with its card, stage, lane and code points.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from model import text as textmod
from model.errors import QT_TRANSLATE_NOOP, Figure, Sentence
from model.layout import Layout, Rect

from . import icons, paper

MM = paper.MM
DEFAULT_VIEWING_M = 1.0
MIN_PPI = 150.0
MIN_STROKE_PT = 0.25
# the poster's thinnest pens, in layout points (export/poster.py, canvas/paint.py)
GRID_PEN = 0.75        # cell borders and card edges
GUIDE_PEN = 0.6        # the dotted +3/-3 guides of an emotions lane


@dataclass(frozen=True)
class Warning:  # noqa: A001 - the preflight's own kind of warning, as the issue names it
    kind: str          # "text" | "picture" | "stroke" | "script"
    sentence: str

    def __str__(self) -> str:
        return self.sentence


@dataclass(frozen=True)
class Context:
    lay: Layout
    scale: float                                   # printed size / layout size
    viewing_m: float = DEFAULT_VIEWING_M
    picture_sizes: dict = field(default_factory=dict)  # asset id -> (w px, h px)
    photo_id: int | None = None
    band_photo: float = 0.0     # tiled: a legend photo's side on every page's info band, in points


def run(ctx: Context) -> list[Warning]:
    out: list[Warning] = []
    for check in CHECKS:
        out += check(ctx)
    return out


def text_size(ctx: Context) -> list[Warning]:
    cap_mm, _ = paper.smallest_text(ctx.lay, ctx.scale)
    metres = paper.readable_metres(ctx.lay, ctx.scale)
    if metres >= ctx.viewing_m:
        return []
    return [Warning("text", Sentence(QT_TRANSLATE_NOOP(
        "Preflight", "The smallest text prints %1 mm high and reads from %2, not from %3 m (about 1 m per 3 mm "
                     "of letter height); choose a larger paper or tile the poster."),
        Figure(f"{cap_mm:.1f}"), paper.distance_words(metres), Figure(f"{ctx.viewing_m:g}")))]


def picture_ppi(ctx: Context) -> list[Warning]:
    worst: dict[int, float] = {}
    drawn = [(c.asset_id, c.image, ctx.scale) for c in ctx.lay.cards if c.asset_id and c.image is not None]
    if ctx.photo_id and ctx.lay.persona_photo is not None:
        drawn.append((ctx.photo_id, ctx.lay.persona_photo, ctx.scale))
    for e in ctx.lay.legend:  # several personas: each photo in the header, and on every tile page
        if e.photo_id:
            drawn.append((e.photo_id, e.photo, ctx.scale))
            if ctx.band_photo > 0:  # printed at its own size, whatever the poster's scale
                drawn.append((e.photo_id, Rect(0, 0, ctx.band_photo, ctx.band_photo), 1.0))
    for asset_id, r, scale in drawn:
        size = ctx.picture_sizes.get(asset_id)
        if not size or r.w <= 0 or r.h <= 0:
            continue
        inches_w, inches_h = r.w * scale / 72, r.h * scale / 72
        ppi = max(size[0] / inches_w, size[1] / inches_h)  # it covers its box, cropped
        worst[asset_id] = min(ppi, worst.get(asset_id, ppi))
    low = sorted(v for v in worst.values() if v < MIN_PPI)
    if not low:
        return []
    n = len(low)
    if n == 1:
        said = Sentence(QT_TRANSLATE_NOOP("Preflight", "1 picture prints at %1 ppi (under %2 ppi) and will "
                                                       "look "
                                                       "soft; use larger pictures or a smaller poster."),
                        f"{low[0]:.0f}", f"{MIN_PPI:.0f}")
    else:
        said = Sentence(QT_TRANSLATE_NOOP("Preflight", "%1 pictures print at %2 ppi (under %3 ppi) and will "
                                                       "look "
                                                       "soft; use larger pictures or a smaller poster."),
                        str(n), f"{low[0]:.0f}", f"{MIN_PPI:.0f}")
    return [Warning("picture", said)]


def strokes(ctx: Context) -> list[Warning]:
    pens = {Sentence(QT_TRANSLATE_NOOP("Preflight", "cell borders and card edges")): GRID_PEN,
            Sentence(QT_TRANSLATE_NOOP("Preflight", "icons")): icons.PEN * _icon_size(ctx.lay) / icons.GRID}
    if ctx.lay.emotions:
        pens[Sentence(QT_TRANSLATE_NOOP("Preflight", "emotion guides"))] = GUIDE_PEN
    name, width = min(pens.items(), key=lambda kv: kv[1])
    printed = width * ctx.scale
    if printed >= MIN_STROKE_PT:
        return []
    return [Warning("stroke", Sentence(QT_TRANSLATE_NOOP(
        "Preflight", "The thinnest lines (%1) print %2 pt wide, under %3 pt: many printers drop them; "
                     "print the poster larger."), name, Figure(f"{printed:.2f}"), Figure(str(MIN_STROKE_PT))))]


def _icon_size(lay: Layout) -> float:
    from model.theme import STANDARD
    return STANDARD.icon


def scripts(ctx: Context) -> list[Warning]:
    """Characters no bundled font draws, when the text engine can say so."""
    undrawable: Callable[[str], str] | None = getattr(textmod, "undrawable", None)
    if undrawable is None:
        return []
    stages = {s.id: " ".join(s.name.lines) for s in ctx.lay.stages}
    lanes = {lane.id: " ".join(lane.name.lines) for lane in ctx.lay.lanes}
    out = []
    for card in ctx.lay.cards:
        words = " ".join(card.text.lines)
        bad = undrawable(words)
        if bad:
            where = f"{stages.get(card.stage_id, '?')} / {lanes.get(card.lane_id, '?')}"
            out.append(Warning("script", Sentence(QT_TRANSLATE_NOOP(
                "Preflight", "The card “%1” (%2) has characters no font can draw: %3."),
                _short(words), where, code_points(bad))))
    for lines in paper.text_lines(ctx.lay, cards=False):
        words = " ".join(lines.lines)
        bad = undrawable(words)
        if bad:
            out.append(Warning("script", Sentence(QT_TRANSLATE_NOOP(
                "Preflight", "“%1” has characters no font can draw: %2."), _short(words), code_points(bad))))
    return out


def code_points(chars: str) -> str:
    seen = list(dict.fromkeys(chars))
    return " ".join(f"U+{ord(ch):04X}" for ch in seen[:8]) + (" …" if len(seen) > 8 else "")


def _short(words: str, n: int = 40) -> str:
    return words if len(words) <= n else words[:n - 1].rstrip() + "…"


CHECKS: list[Callable[[Context], list[Warning]]] = [text_size, picture_ppi, strokes, scripts]


def picture_sizes(lay: Layout, asset_bytes, photo_id: int | None = None) -> dict[int, tuple[int, int]]:
    """asset id -> (w px, h px) of every picture the layout prints, from its header;
    pictures that cannot be read are left out (they print as placeholders)."""
    from model import decode
    ids = {c.asset_id for c in lay.cards if c.asset_id and c.image is not None}
    if photo_id and lay.persona_photo is not None:
        ids.add(photo_id)
    ids |= {e.photo_id for e in lay.legend if e.photo_id}
    out = {}
    for asset_id in sorted(ids):
        data = asset_bytes(asset_id) if asset_bytes else None
        if not data:
            continue
        try:
            _, w, h = decode.inspect_head(data)
        except (decode.PictureRefused, OSError, ValueError):
            continue
        out[asset_id] = (w, h)
    return out
