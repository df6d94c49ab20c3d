"""The pages of a tiled poster: an assembly guide, then one page per tile.

Assembly convention (printed on the guide): every page keeps its right and
bottom margins; on pages not in column A the left margin is trimmed along the
crop marks, on pages not in row 1 the top margin, and the trimmed edge is laid
over the neighbour's glue strip (the `overlap` mm the two pages both print),
so the picture lines up and tape holds it from the back.

Pages are PDF points, y up. Each tile page clips the map form to its area.
"""
from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

from model.layout import Layout, Lines

from . import fonts, paper
from .draw import text
from .options import PdfOptions
from .pdf import fit_line, footer, place_map
from .tiling import INFO_BAND, PAGE_MARGIN, Tile, TilePlan, column_name

MM = paper.MM
INK = HexColor("#1d2330")
MUTED = HexColor("#5b6475")
MARK = HexColor("#000000")
HIGHLIGHT = Color(0.85, 0.2, 0.15, alpha=0.28)
GRID = HexColor("#d0452f")


def label(c, page_h: float, line: str, x: float, top: float, size: float,
          bold: bool = False, ink=INK, center: bool = False) -> float:
    """One line of text with its top at `top` (measured down from the page top);
    returns the y just below it."""
    c.saveState()
    c.translate(0, page_h)
    text(c, Lines((line,), x, top, size, bold), ink, center)
    c.restoreState()
    return top + size * 1.3


def draw_pages(c, lay: Layout, plan: TilePlan, title: str, options: PdfOptions, step) -> None:
    hint = paper.smallest_text(lay, plan.scale)[1]
    overview(c, lay, plan, title, options, hint)
    for i, tile in enumerate(plan.tiles):
        step(0.85 + 0.1 * i / len(plan.tiles), f"Page {tile.label}")
        tile_page(c, lay, plan, tile, title, options)


def _clip(c, x, y, w, h) -> None:
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)


def map_with_grid(c, lay: Layout, plan: TilePlan, x: float, top: float, w: float, h: float,
                  current: Tile | None = None, labels: bool = True) -> None:
    """The whole poster shrunk into w x h at (x, top), the tile grid over it, and
    `current` highlighted. Used for the guide page and every page's thumbnail.
    Grid lines run through the middle of each glue strip (where the cut edge lands)."""
    grid_w = plan.cols * (plan.area_w - plan.overlap) + plan.overlap
    grid_h = plan.rows * (plan.area_h - plan.overlap) + plan.overlap
    k = min(w / grid_w, h / grid_h)
    x += (w - grid_w * k) / 2
    place_map(c, lay, x, top, plan.scale * k)
    step_w, step_h = (plan.area_w - plan.overlap) * k, (plan.area_h - plan.overlap) * k
    half = plan.overlap * k / 2
    c.saveState()
    if current is not None:
        c.setFillColor(HIGHLIGHT)
        c.rect(x + current.col * step_w, top - current.row * step_h - plan.area_h * k,
               plan.area_w * k, plan.area_h * k, stroke=0, fill=1)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.4 if current is not None else 0.8)
    p = c.beginPath()
    p.rect(x, top - grid_h * k, grid_w * k, grid_h * k)
    for col in range(1, plan.cols):
        p.moveTo(x + col * step_w + half, top)
        p.lineTo(x + col * step_w + half, top - grid_h * k)
    for row in range(1, plan.rows):
        p.moveTo(x, top - row * step_h - half)
        p.lineTo(x + grid_w * k, top - row * step_h - half)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    if labels:
        _grid_labels(c, plan, x, top, step_w, step_h, half)


def _grid_labels(c, plan: TilePlan, x, top, step_w, step_h, half) -> None:
    ph = c._pagesize[1]
    size = max(6.0, min(16.0, step_w / 5))
    for row in range(plan.rows):
        for col in range(plan.cols):
            printed = plan.printed(col, row)
            name = f"{column_name(col)}{row + 1}" + ("" if printed else " (blank)")
            cx = x + col * step_w + half + step_w / 2
            cy = top - row * step_h - half - step_h / 2
            label(c, ph, name, cx, ph - cy - size * 0.65, size if printed else size * 0.6, True,
                  GRID if printed else MUTED, center=True)


def overview(c, lay: Layout, plan: TilePlan, title: str, options: PdfOptions, hint: str) -> None:
    """Page 1: the whole map with the tile grid, sizes, and how to assemble it."""
    pw, ph = plan.page_w, plan.page_h
    m = PAGE_MARGIN
    y = label(c, ph, fit_line(f"Assembly guide — {title}", pw - 2 * m, 16, True), m, m, 16, True)
    notes = _guide_lines(plan, options, hint)
    text_h = len(notes) * 9 * 1.3 + 12 * MM
    map_with_grid(c, lay, plan, m, ph - y - 4 * MM, pw - 2 * m, ph - y - 4 * MM - text_h - m)
    y = ph - m - text_h + 4 * MM
    for line in notes:
        y = label(c, ph, fit_line(line, pw - 2 * m, 9), m, y, 9, ink=INK)
    _scale_bar(c, m, m + 2 * MM)
    footer(c, pw, ph, m * 0.5, m * 0.5, "", "", f"Page 1 of {len(plan.tiles) + 1} · assembly guide")
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


def tile_page(c, lay: Layout, plan: TilePlan, tile: Tile, title: str, options: PdfOptions) -> None:
    pw, ph = plan.page_w, plan.page_h
    left, top = PAGE_MARGIN, ph - PAGE_MARGIN
    c.saveState()
    _clip(c, left, top - plan.area_h, plan.area_w, plan.area_h)
    place_map(c, lay, left - tile.x, top + tile.y, plan.scale)
    c.restoreState()
    if options.marks:
        crop_marks(c, left, top, plan.area_w, plan.area_h)
        glue_guides(c, plan, tile, left, top)
    info_band(c, lay, plan, tile, title, options)
    c.showPage()


def crop_marks(c, left: float, top: float, w: float, h: float) -> None:
    """Marks outside each corner of the printed area, in line with its edges."""
    gap, length = 1.5 * MM, 5 * MM
    c.saveState()
    c.setStrokeColor(MARK)
    c.setLineWidth(0.3)
    for x, sx in ((left, -1), (left + w, 1)):
        for y, sy in ((top, 1), (top - h, -1)):
            c.line(x + sx * gap, y, x + sx * (gap + length), y)
            c.line(x, y + sy * gap, x, y + sy * (gap + length))
    c.restoreState()


def glue_guides(c, plan: TilePlan, tile: Tile, left: float, top: float) -> None:
    """Bracket the strips the right and bottom neighbours will be glued over,
    and say which edges to trim."""
    ov, w, h = plan.overlap, plan.area_w, plan.area_h
    ph = plan.page_h
    c.saveState()
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.5)
    c.setDash([2, 1.5])
    if ov and plan.printed(tile.col + 1, tile.row):
        x = left + w - ov
        c.line(x, top + 1.5 * MM, x, top + 6 * MM)
        c.line(x, top - h - 1.5 * MM, x, top - h - 4 * MM)
        label(c, ph, "glue", x + ov / 2, PAGE_MARGIN - 6 * MM, 5.5, ink=MUTED, center=True)
    if ov and plan.printed(tile.col, tile.row + 1):
        y = top - h + ov
        c.line(left - 1.5 * MM, y, left - 6 * MM, y)
        c.line(left + w + 1.5 * MM, y, left + w + 6 * MM, y)
        _vertical_label(c, "glue", left + w + 4.5 * MM, y - ov / 2)
    c.restoreState()
    if tile.col:
        _vertical_label(c, "trim", left - 4.5 * MM, top - h / 2)
    if tile.row:
        label(c, ph, "trim", left + w / 2, PAGE_MARGIN - 6 * MM, 5.5, ink=MUTED, center=True)


def _vertical_label(c, word: str, x: float, y: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(90)
    c.setFillColor(MUTED)
    c.setFont(fonts.ensure("NotoSans-Regular"), 5.5)
    c.drawCentredString(0, -2, word)
    c.restoreState()


def info_band(c, lay: Layout, plan: TilePlan, tile: Tile, title: str, options: PdfOptions) -> None:
    """The bottom band: "B3 of 4×3", neighbours, notes, and the thumbnail."""
    pw, ph = plan.page_w, plan.page_h
    m = PAGE_MARGIN
    band_top = m + plan.area_h + 4 * MM     # from the page top: a little below the crop marks
    thumb_w = min(60 * MM, pw * 0.3)
    room = pw - 2 * m - thumb_w - 4 * MM
    y = label(c, ph, tile.label, m, band_top, 18, True)
    label(c, ph, f"of {plan.grid}", m + fonts.width(fonts.draw_runs(tile.label, True), 18) + 4,
          band_top + 7, 10, ink=MUTED)
    near = _neighbours(plan, tile)
    y = label(c, ph, fit_line(f"{title} · {near}", room, 7.5), m, y + 1, 7.5, ink=INK)
    y = label(c, ph, fit_line("Print at actual size (100 %, not “fit to page”). Trim the left/top margins "
                              "where marked and glue over the neighbour.", room, 6.5), m, y, 6.5, ink=MUTED)
    page_no = plan.tiles.index(tile) + 2
    label(c, ph, fit_line(f"{options.date} · page {page_no} of {len(plan.tiles) + 1} · "
                          f"poster {plan.poster_w / MM:.0f} × {plan.poster_h / MM:.0f} mm",
                          room, 6.5), m, y, 6.5, ink=MUTED)
    thumb_h = INFO_BAND - 7 * MM
    map_with_grid(c, lay, plan, pw - m - thumb_w, ph - band_top + 1 * MM, thumb_w, thumb_h, tile, labels=False)


def _neighbours(plan: TilePlan, tile: Tile) -> str:
    """Which pages join this one, in words (arrows would pull in a fallback font
    subset, ~19 KB, for four glyphs)."""
    parts = []
    for dc, dr, side in ((-1, 0, "left"), (1, 0, "right"), (0, -1, "above"), (0, 1, "below")):
        col, row = tile.col + dc, tile.row + dr
        if 0 <= col < plan.cols and 0 <= row < plan.rows and plan.printed(col, row):
            parts.append(f"{column_name(col)}{row + 1} {side}")
    return ("joins " + ", ".join(parts)) if parts else "a single page"
