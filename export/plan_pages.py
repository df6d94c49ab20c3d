"""The plan's pages in the poster PDF (issue 15 item 8), after the map: the
opportunity matrix, the ranked action plan, and the metrics per stage, each
drawn from its display list (`model.matrix_drawing`, `model.plan_drawing`) by
the same ReportLab backend as the map. They are office pages (A4 landscape,
or Letter when the poster is tiled on Letter), whatever the poster's size."""
from __future__ import annotations

import datetime

from model import scoring
from model.matrix import matrix
from model.matrix_drawing import draw_matrix
from model.plan_drawing import action_plan, metrics_pages
from model.theme import Theme

from . import paper
from .draw import Pictures
from .poster import draw

A4_LANDSCAPE = (297 * paper.MM, 210 * paper.MM)
LETTER_LANDSCAPE = (11 * 72.0, 8.5 * 72.0)
MARGIN = 36.0


def page_size(options) -> tuple[float, float]:
    letter = (options.tile or "").lower() == "letter" or (options.paper or "").lower() in ("letter", "tabloid")
    return LETTER_LANDSCAPE if letter else A4_LANDSCAPE


def page_lists(journey, pages, size: tuple[float, float], theme: Theme, today: datetime.date):
    """(display list, scale) per page, top-left origin, in page points."""
    w, h = size
    out = []
    for name in pages:
        if name == "matrix":
            m = matrix(journey, scoring.quadrant_names(journey.quadrants), ("Effort", "Impact"), "Not scored yet",
                       theme=theme)
            scale = min((w - 2 * MARGIN) / m.width, (h - 2 * MARGIN) / m.height)
            out.append((draw_matrix(m, theme), scale))
        elif name == "plan":
            out += [(page, 1.0) for page in action_plan(journey, w, h, theme)]
        else:
            out += [(page, 1.0) for page in metrics_pages(journey, w, h, today, theme)]
    return out


def draw_plan_pages(c, journey, pages, options, theme: Theme) -> int:
    """Add the chosen pages to the PDF being written; how many were added."""
    size = page_size(options)
    lists = page_lists(journey, pages, size, theme, datetime.date.fromisoformat(options.date))
    for items, scale in lists:
        c.setPageSize(size)
        c.saveState()
        if scale != 1.0:  # the matrix, fitted inside the margins
            c.translate(MARGIN, size[1] - MARGIN)
            c.scale(scale, scale)
        else:
            c.translate(0, size[1])
        draw(c, items, Pictures(None))
        c.restoreState()
        c.showPage()
    return len(lists)
