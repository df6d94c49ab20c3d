"""The pages of a tiled poster: an assembly guide, then one page per tile.

Assembly convention (printed on the guide): every page keeps its right and
bottom margins; on pages not in column A the left margin is trimmed along the
crop marks, on pages not in row 1 the top margin, and the trimmed edge is laid
over the neighbour's glue strip (the part of the poster the two pages both
print, at least `overlap` mm), so the picture lines up and tape holds it from
the back. Seams sit in the gutters between stages and lanes where the grid
allows (`tiling.seams`), so no card is cut.

A real printer cannot reach the paper's edge: every piece of page furniture
(crop marks, "trim"/"glue" labels, the info lines, the thumbnail) stays at
least `plan.border` (5 mm or the printer border, whichever is larger) inside it.

Pages are PDF points, y up. Each tile page draws only the part of the map it
shows (the layout filtered to its region, then clipped), so a page of a
10,000-card poster renders as fast as a page of a small one, and a card's
text is found on the pages that show it. The thumbnails are one light outline
(stages and lanes, no text) drawn once as a form and placed on every page;
beside it, on a map with several personas, their legend (`furniture.draw_legend`).
"""
from __future__ import annotations

import dataclasses

from reportlab.lib.colors import Color, HexColor

from model import drawing
from model import text as textmod
from model.layout import Layout, Lines, Rect
from model.theme import Theme

from . import fonts, paper
from .draw import Pictures, text
from .options import PdfOptions
from .furniture import draw_legend, fit_line, footer, legend_width
from .poster import draw, draw_map
from . import tiling
from .tiling import Tile, TilePlan, column_name

MM = paper.MM
INK = HexColor("#1d2330")
MUTED = HexColor("#5b6475")
MARK = HexColor("#000000")
HIGHLIGHT = Color(0.85, 0.2, 0.15, alpha=0.28)
GRID = HexColor("#d0452f")
OUTLINE = "WaylineOutline"   # the light map drawing of the guide and the thumbnails
BLEED = 3.0                  # layout points: a box's stroke poking out of it
MARKER_BLEED = 24.0          # an emotion marker's face and label around its point


def label(c, page_h: float, line: str, x: float, top: float, size: float,
          bold: bool = False, ink=INK, center: bool = False) -> float:
    """One line of text with its top at `top` (measured down from the page top);
    returns the y just below it."""
    c.saveState()
    c.translate(0, page_h)
    text(c, Lines((line,), x, top, size, bold), ink, center)
    c.restoreState()
    return top + size * 1.3


def draw_pages(c, lay: Layout, plan: TilePlan, title: str, options: PdfOptions, step,
               theme: Theme, pictures: Pictures, photo=None, links=()) -> None:
    hint = paper.smallest_text(lay, plan.scale)[1]
    outline_form(c, lay, theme)
    overview(c, lay, plan, title, options, hint)
    for i, tile in enumerate(plan.tiles):
        step(0.05 + 0.9 * i / len(plan.tiles), f"Page {tile.label}")
        tile_page(c, lay, plan, tile, title, options, theme, pictures, photo, links)


def _clip(c, x, y, w, h) -> None:
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)


def outline_form(c, lay: Layout, theme: Theme) -> None:
    """The map's outline (`model.drawing.outline`: light shapes, no text) as a form:
    drawn once, placed small on every page."""
    c.beginForm(OUTLINE, 0, 0, lay.width, lay.height)
    c.saveState()
    c.translate(0, lay.height)
    draw(c, drawing.outline(lay, theme), Pictures(None))
    c.restoreState()
    c.endForm()


def _place(c, lay: Layout, x: float, top: float, scale: float, form: str = OUTLINE) -> None:
    c.saveState()
    c.translate(x, top - lay.height * scale)
    c.scale(scale, scale)
    c.doForm(form)
    c.restoreState()


def map_with_grid(c, lay: Layout, plan: TilePlan, x: float, top: float, w: float, h: float,
                  current: Tile | None = None, labels: bool = True) -> None:
    """The poster's outline shrunk into w x h at (x, top), the tile grid over it, and
    `current` highlighted. Used for the guide page and every page's thumbnail.
    Grid lines are where the trimmed edges land: the left edge of each column's
    region and the top edge of each row's (`plan.xs`, `plan.ys`)."""
    grid_w, grid_h = plan.xs[-1] + plan.area_w, plan.ys[-1] + plan.area_h
    k = min(w / grid_w, h / grid_h)
    x += (w - grid_w * k) / 2
    _place(c, lay, x, top, plan.scale * k)
    c.saveState()
    if current is not None:
        c.setFillColor(HIGHLIGHT)
        c.rect(x + current.x * k, top - (current.y + plan.area_h) * k,
               plan.area_w * k, plan.area_h * k, stroke=0, fill=1)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.4 if current is not None else 0.8)
    p = c.beginPath()
    p.rect(x, top - grid_h * k, grid_w * k, grid_h * k)
    for seam in plan.xs[1:]:
        p.moveTo(x + seam * k, top)
        p.lineTo(x + seam * k, top - grid_h * k)
    for seam in plan.ys[1:]:
        p.moveTo(x, top - seam * k)
        p.lineTo(x + grid_w * k, top - seam * k)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    if labels:
        _grid_labels(c, plan, x, top, k, grid_w, grid_h)


def _grid_labels(c, plan: TilePlan, x, top, k, grid_w, grid_h) -> None:
    ph = c._pagesize[1]
    xs, ys = list(plan.xs) + [grid_w], list(plan.ys) + [grid_h]
    size = max(6.0, min(16.0, min(b - a for a, b in zip(xs, xs[1:])) * k / 5))
    for row in range(plan.rows):
        for col in range(plan.cols):
            printed = plan.printed(col, row)
            name = f"{column_name(col)}{row + 1}" + ("" if printed else " (blank)")
            cx = x + (xs[col] + xs[col + 1]) / 2 * k
            cy = top - (ys[row] + ys[row + 1]) / 2 * k
            label(c, ph, name, cx, ph - cy - size * 0.65, size if printed else size * 0.6, True,
                  GRID if printed else MUTED, center=True)


def overview(c, lay: Layout, plan: TilePlan, title: str, options: PdfOptions, hint: str) -> None:
    """Page 1: the whole map with the tile grid, sizes, and how to assemble it."""
    pw, ph = plan.page_w, plan.page_h
    m = plan.margin
    y = label(c, ph, fit_line(f"Assembly guide — {title}", pw - 2 * m, 16, True), m, m, 16, True)
    notes = _guide_lines(plan, options, hint)
    text_h = len(notes) * 9 * 1.3 + 12 * MM
    map_with_grid(c, lay, plan, m, ph - y - 4 * MM, pw - 2 * m, ph - y - 4 * MM - text_h - m)
    y = ph - m - text_h + 4 * MM
    for line in notes:
        y = label(c, ph, fit_line(line, pw - 2 * m, 9), m, y, 9, ink=INK)
    _scale_bar(c, m, m + 2 * MM)
    footer(c, pw, ph, plan.border, m - plan.border, "", "", f"Page 1 of {len(plan.tiles) + 1} · assembly guide")
    c.showPage()


def _guide_lines(plan: TilePlan, options: PdfOptions, hint: str) -> list[str]:
    skipped = plan.cols * plan.rows - len(plan.tiles)
    skip = f" ({skipped} blank page{'s' * (skipped != 1)} not printed)" if skipped else ""
    return [
        f"Final size {plan.poster_w / MM:.0f} × {plan.poster_h / MM:.0f} mm: a {plan.grid} grid of "
        f"{plan.page_name} pages, {len(plan.tiles)} printed{skip}; {hint}.",
        "1. Print every page at actual size (100 %, not “fit to page”): the bar below must measure 100 mm.",
        "2. Lay the pages out as in the grid above: letters are columns (left to right), numbers rows.",
        "3. Trim the left margin of pages not in column A, and the top margin of pages not in row 1,",
        "    along the crop marks (marked “trim”).",
        f"4. Lay each trimmed edge over its neighbour's {options.overlap_mm:g} mm glue strip (marked “glue”) "
        "so the picture lines up; tape from the back.",
        f"Printed {options.date}. Made with Wayline.",
    ]


def _scale_bar(c, x: float, y: float) -> None:
    """A 100 mm ruler with 10 mm ticks, to check the printer did not rescale."""
    c.saveState()
    c.setStrokeColor(MARK)
    c.setLineWidth(0.6)
    c.line(x, y, x + 100 * MM, y)
    for i in range(11):
        c.line(x + i * 10 * MM, y, x + i * 10 * MM, y + (2.5 if i % 5 else 4) * MM)
    c.restoreState()
    label(c, c._pagesize[1], "100 mm", x + 102 * MM, c._pagesize[1] - y - 7, 7, ink=MUTED)


def tile_page(c, lay: Layout, plan: TilePlan, tile: Tile, title: str, options: PdfOptions,
              theme: Theme, pictures: Pictures, photo=None, links=()) -> None:
    pw, ph = plan.page_w, plan.page_h
    left, top = plan.margin, ph - plan.margin
    c.saveState()
    _clip(c, left, top - plan.area_h, plan.area_w, plan.area_h)
    c.translate(left - tile.x, top + tile.y)
    c.scale(plan.scale, plan.scale)
    region = Rect(tile.x / plan.scale, tile.y / plan.scale, plan.area_w / plan.scale, plan.area_h / plan.scale)
    draw_map(c, shown(lay, region), theme, pictures, photo)
    draw(c, links, pictures)  # whole: the page's clip keeps what it shows
    c.restoreState()
    if options.marks:
        crop_marks(c, left, top, plan.area_w, plan.area_h)
        glue_guides(c, plan, tile, left, top)
    info_band(c, lay, plan, tile, title, options, theme, pictures)
    c.showPage()


def shown(lay: Layout, r: Rect) -> Layout:
    """The layout with only what reaches into `r` (layout points, with a little
    bleed): a tile page draws and holds only what it shows."""
    x0, y0, x1, y1 = r.x - BLEED, r.y - BLEED, r.right + BLEED, r.bottom + BLEED

    def meets(b: Rect) -> bool:
        return b.x < x1 and b.right > x0 and b.y < y1 and b.bottom > y0
    persona = lay.persona if lay.persona is not None and meets(lay.persona) else None
    title = lay.title if meets(Rect(lay.title.x, lay.title.y, lay.width, lay.title.height)) else \
        dataclasses.replace(lay.title, lines=())
    stages = [s for s in lay.stages if meets(s.column)]
    lanes = [lane for lane in lay.lanes if meets(lane.row)]
    kept = {lane.id for lane in lanes}
    return dataclasses.replace(
        lay, title=title, persona=persona, persona_photo=lay.persona_photo if persona else None,
        persona_lines=lay.persona_lines if persona else [], stages=stages, lanes=lanes,
        emotions=[e for e in lay.emotions if e.lane_id in kept],
        cards=[card for card in lay.cards if meets(card.rect)],
        markers=[m for m in lay.markers if r.x - MARKER_BLEED < m.x < r.right + MARKER_BLEED
                 and m.y - MARKER_BLEED < r.bottom and m.y + m.label.height + MARKER_BLEED > r.y])


def crop_marks(c, left: float, top: float, w: float, h: float) -> None:
    """Marks outside each corner of the printed area, in line with its edges."""
    gap, length = 1.5 * MM, 3 * MM  # they end 0.5 mm inside the border (tiling.MARKS_ZONE)
    c.saveState()
    c.setStrokeColor(MARK)
    c.setLineWidth(0.3)
    for x, sx in ((left, -1), (left + w, 1)):
        for y, sy in ((top, 1), (top - h, -1)):
            c.line(x + sx * gap, y, x + sx * (gap + length), y)
            c.line(x, y + sy * gap, x, y + sy * (gap + length))
    c.restoreState()


def glue_guides(c, plan: TilePlan, tile: Tile, left: float, top: float) -> None:
    """Bracket the strips the right and bottom neighbours will be glued over (from
    their trimmed edge to this page's), and say which edges to trim. All inside
    the marks zone, between the printer border and the printed area."""
    w, h, ph = plan.area_w, plan.area_h, plan.page_h
    zone = plan.margin - plan.border               # the marks zone's depth
    label_top = plan.border + 0.5 * MM             # from the page top
    c.saveState()
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.5)
    c.setDash([2, 1.5])
    if tile.col + 1 < plan.cols and plan.printed(tile.col + 1, tile.row):
        x = left + plan.xs[tile.col + 1] - tile.x   # the right neighbour's trimmed edge
        c.line(x, top + 1.5 * MM, x, top + zone - 0.5 * MM)
        c.line(x, top - h - 1.5 * MM, x, top - h - 3.5 * MM)
        label(c, ph, "glue", (x + left + w) / 2, label_top, 5.5, ink=MUTED, center=True)
    if tile.row + 1 < plan.rows and plan.printed(tile.col, tile.row + 1):
        y = top - (plan.ys[tile.row + 1] - tile.y)
        c.line(left - 1.5 * MM, y, left - zone + 0.5 * MM, y)
        c.line(left + w + 1.5 * MM, y, left + w + zone - 0.5 * MM, y)
        _vertical_label(c, "glue", left + w + zone / 2, (y + top - h) / 2)
    c.restoreState()
    if tile.col:
        _vertical_label(c, "trim", left - zone / 2, top - h / 2)
    if tile.row:
        label(c, ph, "trim", left + w / 2, label_top, 5.5, ink=MUTED, center=True)


def _vertical_label(c, word: str, x: float, y: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(90)
    c.setFillColor(MUTED)
    c.setFont(fonts.ensure("NotoSans-Regular"), 5.5)
    c.drawCentredString(0, -2, word)
    c.restoreState()


def info_band(c, lay: Layout, plan: TilePlan, tile: Tile, title: str, options: PdfOptions,
              theme: Theme, pictures: Pictures) -> None:
    """The bottom band: "B3 of 4×3", neighbours, notes, the persona legend (a map
    with several personas) and the thumbnail; its last line ends above the printer border."""
    pw, ph = plan.page_w, plan.page_h
    m = plan.margin
    band_top = m + plan.area_h + tiling.INFO_GAP     # from the page top
    thumb_w = min(60 * MM, pw * 0.3)
    legend_w = legend_width(lay)
    room = pw - 2 * m - thumb_w - 4 * MM - (legend_w + 3 * MM if legend_w else 0.0)
    if legend_w:
        draw_legend(c, lay, pw - m - thumb_w - 4 * MM - legend_w, band_top, theme, pictures)
    y = label(c, ph, tile.label, m, band_top, 18, True)
    label(c, ph, f"of {plan.grid}", m + textmod.measure(tile.label, 18, True) + 4,
          band_top + 7, 10, ink=MUTED)
    near = _neighbours(plan, tile)
    y = label(c, ph, fit_line(f"{title} · {near}", room, 7.5), m, y + 1, 7.5, ink=INK)
    y = label(c, ph, fit_line("Print at actual size (100 %, not “fit to page”). Trim the left/top margins "
                              "where marked and glue over the neighbour.", room, 6.5), m, y, 6.5, ink=MUTED)
    page_no = plan.tiles.index(tile) + 2
    label(c, ph, fit_line(f"{options.date} · page {page_no} of {len(plan.tiles) + 1} · "
                          f"poster {plan.poster_w / MM:.0f} × {plan.poster_h / MM:.0f} mm",
                          room, 6.5), m, y, 6.5, ink=MUTED)
    thumb_h = tiling.INFO_TEXT - 1 * MM
    map_with_grid(c, lay, plan, pw - m - thumb_w, ph - band_top, thumb_w, thumb_h, tile, labels=False)


def _neighbours(plan: TilePlan, tile: Tile) -> str:
    """Which pages join this one, in words (arrows would pull in a fallback font
    subset, ~19 KB, for four glyphs)."""
    parts = []
    for dc, dr, side in ((-1, 0, "left"), (1, 0, "right"), (0, -1, "above"), (0, 1, "below")):
        col, row = tile.col + dc, tile.row + dr
        if 0 <= col < plan.cols and 0 <= row < plan.rows and plan.printed(col, row):
            parts.append(f"{column_name(col)}{row + 1} {side}")
    return ("joins " + ", ".join(parts)) if parts else "a single page"
