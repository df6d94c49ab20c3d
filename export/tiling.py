"""Tiling maths: a poster cut into A4/Letter pages that overlap by a glue strip.

All in points, y down, poster coordinates (the map scaled to its final size,
top-left at 0,0). Each page prints an `area_w` x `area_h` region; columns
start every `area_w - overlap`, so neighbours share exactly `overlap` and
every point of the poster lies on at least one page. Pages whose region holds
no ink are left out (the grid keeps its labels so the rest still line up).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from model.errors import QT_TRANSLATE_NOOP, Figure, JourneyError, Sentence
from model.layout import Layout, Rect
from model import text as textmod

from . import paper
from .options import PdfOptions

MM = paper.MM
MIN_BORDER = 5 * MM    # no furniture nearer the paper's edge than this, whatever the printer border
MARKS_ZONE = 5 * MM    # between the border and the printed area: crop marks, "trim"/"glue" labels
INFO_GAP = 4 * MM      # between the printed area and the info band's first line
INFO_TEXT = 19 * MM    # the info band's lines (label, title, notes, date) and the thumbnail
MAX_PAGES = 400
PAGE_MARGIN = MIN_BORDER + MARKS_ZONE           # top, left, right at the default 5 mm border
INFO_BAND = INFO_GAP + INFO_TEXT + MIN_BORDER   # bottom, at the default border


@dataclass(frozen=True)
class Tile:
    col: int
    row: int
    x: float            # top-left of the region this page prints, poster points
    y: float

    @property
    def label(self) -> str:
        return f"{column_name(self.col)}{self.row + 1}"


def column_name(col: int) -> str:
    """A, B, ... Z, AA, AB, ... like a spreadsheet."""
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return name


@dataclass(frozen=True)
class TilePlan:
    page_name: str      # "A4 portrait"
    page_w: float
    page_h: float
    area_w: float       # poster region per page
    area_h: float
    overlap: float
    cols: int
    rows: int
    scale: float        # poster size / layout size
    poster_w: float
    poster_h: float
    tiles: tuple[Tile, ...]   # the printed (non-empty) ones, row by row
    xs: tuple[float, ...] = ()   # left edge of each column's region (poster points): where trims land
    ys: tuple[float, ...] = ()   # top edge of each row's region
    border: float = MIN_BORDER   # furniture stays at least this far inside the paper's edge
    margin: float = PAGE_MARGIN  # page edge to printed area: left, top, right
    band: float = INFO_BAND      # printed area to page bottom: the info band

    @property
    def grid(self) -> str:
        return f"{self.cols}×{self.rows}"

    def tile_at(self, col: int, row: int) -> Tile:
        return Tile(col, row, self.xs[col], self.ys[row])

    def region(self, tile: Tile) -> Rect:
        return Rect(tile.x, tile.y, self.area_w, self.area_h)

    def printed(self, col: int, row: int) -> bool:
        return any(t.col == col and t.row == row for t in self.tiles)


def grid_count(length: float, area: float, overlap: float) -> int:
    """Pages needed along one side: the first gives `area`, each next `area - overlap`."""
    if length <= area:
        return 1
    return math.ceil((length - overlap) / (area - overlap) - 1e-9)


def plan_tiles(poster_w, poster_h, page_w, page_h, overlap, ink, scale, name,
               border: float = MIN_BORDER, gutters=((), ())) -> TilePlan:
    """Cut a poster_w x poster_h poster (ink: layout rects, times `scale`) into pages.
    `border`: what the printer cannot reach (at least 5 mm is kept clear anyway);
    `gutters`: (x positions, y positions) in poster points where a seam cuts no card."""
    border = max(border, MIN_BORDER)
    margin, band = border + MARKS_ZONE, INFO_GAP + INFO_TEXT + border
    area_w, area_h = page_w - 2 * margin, page_h - margin - band
    if area_w <= 0 or area_h <= 0 or overlap >= min(area_w, area_h) / 2:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "The overlap or the printer border is too "
                                                                 "large for these pages.")))
    xs = seams(poster_w, area_w, overlap, gutters[0])
    ys = seams(poster_h, area_h, overlap, gutters[1])
    cols, rows = len(xs), len(ys)
    if cols * rows > MAX_PAGES * 4:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That poster would need %1 pages; choose a "
                                                                 "smaller final size."), str(cols * rows)))
    tiles = []
    for r in range(rows):
        for c in range(cols):
            t = Tile(c, r, xs[c], ys[r])
            if _has_ink(Rect(t.x, t.y, area_w, area_h), ink, scale):
                tiles.append(t)
    return TilePlan(name, page_w, page_h, area_w, area_h, overlap, cols, rows, scale,
                    poster_w, poster_h, tuple(tiles), tuple(xs), tuple(ys), border, margin, band)


def seams(length: float, area: float, overlap: float, gutters=()) -> list[float]:
    """Where each page's region starts along one side. Evenly every `area - overlap`;
    but a seam (the trimmed edge laid over the neighbour) is moved back into a
    gutter between stages or lanes when one lies in the back half of the step, so
    it cuts no card, as long as that needs no extra page. Neighbours then share
    more than `overlap`, never less."""
    step = area - overlap
    even = [i * step for i in range(grid_count(length, area, overlap))]
    if not gutters or len(even) == 1:
        return even
    xs, gutters, n = [0.0], sorted(gutters), len(even)
    while xs[-1] + area < length - 1e-6:
        limit = xs[-1] + step
        # the pages left after this seam must still reach the end
        need = length - area - (n - len(xs) - 1) * step
        fits = [g for g in gutters if max(xs[-1] + step / 2, need - 1e-6) <= g <= limit + 1e-6]
        xs.append(fits[-1] if fits else limit)
    return xs if len(xs) <= n else even


def _has_ink(region: Rect, ink, scale: float) -> bool:
    for r in ink:
        if (r.x * scale < region.right and r.right * scale > region.x
                and r.y * scale < region.bottom and r.bottom * scale > region.y):
            return True
    return False


def ink_rects(lay: Layout) -> list[Rect]:
    """Where the map puts ink: the title's text, the persona strip, the stage
    headers and the lane rows (their grid lines run the full width)."""
    t = lay.title
    line = t.lines[0] if t.lines else ""
    out = [Rect(t.x, t.y, textmod.measure(line, t.size, t.bold) + 1, t.height)]
    if lay.persona is not None:
        out.append(lay.persona)
    out += [s.header for s in lay.stages]
    out += [lane.row for lane in lay.lanes]
    if not lay.lanes:
        out += [s.column for s in lay.stages]
    return out


def poster_scale(map_w: float, map_h: float, options: PdfOptions, area_w: float, overlap: float) -> float:
    """The final poster size as a scale of the layout: N pages wide, fixed, or a paper."""
    if options.pages_wide:
        n = options.pages_wide
        return (n * area_w - (n - 1) * overlap) / map_w
    if options.scale is not None:
        if not 0.01 <= options.scale <= 100:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A scale of %1% is out of range (1% to "
                                                                     "10000%)."),
                                        Figure(format(options.scale * 100, "g"))))
        return options.scale
    return paper.fit_scale(map_w, map_h, options.paper, options.orientation)


def gutters(lay: Layout) -> tuple[list[float], list[float]]:
    """Layout x positions between stages and y positions between lanes: a seam
    there runs along a grid line, through no card."""
    xs = [s.column.x for s in lay.stages] + [s.column.right for s in lay.stages[-1:]]
    ys = [lane.row.y for lane in lay.lanes] + [lane.row.bottom for lane in lay.lanes[-1:]]
    return xs, ys


def plan_poster(map_w: float, map_h: float, options: PdfOptions, ink, gutters=((), ())) -> TilePlan:
    """Pick the page orientation that prints the poster on the fewest pages;
    `gutters` in layout points (see `gutters`)."""
    options.check()
    pw, ph = paper.PAPERS[options.tile.lower()]
    overlap = options.overlap_mm * MM
    border = max(options.printer_border_mm * MM, MIN_BORDER)
    plans = []
    for w, h, turn in ((pw, ph, "portrait"), (ph, pw, "landscape")):
        scale = poster_scale(map_w, map_h, options, w - 2 * (border + MARKS_ZONE), overlap)
        name = f"{'A4' if options.tile.lower() == 'a4' else 'Letter'} {turn}"
        cuts = ([g * scale for g in gutters[0]], [g * scale for g in gutters[1]])
        plans.append(plan_tiles(map_w * scale, map_h * scale, w, h, overlap, ink, scale, name, border, cuts))
    best = min(plans, key=lambda p: (len(p.tiles) / (p.poster_w * p.poster_h), p.cols * p.rows))
    if len(best.tiles) > MAX_PAGES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "That poster would need %1 pages (at most "
                                                                 "%2); choose a smaller final size."),
                                    str(len(best.tiles)), str(MAX_PAGES)))
    return best
