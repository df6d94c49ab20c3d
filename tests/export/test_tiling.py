"""Tiling maths: coverage, exact overlaps, labels, blank pages left out."""
import itertools

import pytest

from export import tiling
from export.options import PdfOptions
from model.errors import JourneyError
from model.layout import Rect, layout

MM = tiling.MM


def _plan(w=3000.0, h=2000.0, overlap=10 * MM, ink=None):
    ink = ink if ink is not None else [Rect(0, 0, w, h)]
    return tiling.plan_tiles(w, h, 595.28, 841.89, overlap, ink, 1.0, "A4 portrait")


@pytest.mark.parametrize("w,h,overlap", [(3000, 2000, 10 * MM), (500, 700, 0), (1234.5, 987.6, 25 * MM),
                                         (8000, 300, 5 * MM)])
def test_every_poster_point_lands_on_a_page(w, h, overlap):
    plan = _plan(w, h, overlap)
    assert len(plan.tiles) == plan.cols * plan.rows
    xs = [i * w / 97 for i in range(98)]
    ys = [i * h / 89 for i in range(90)]
    for x, y in itertools.product(xs, ys):
        assert any(plan.region(t).x <= x <= plan.region(t).right and plan.region(t).y <= y <= plan.region(t).bottom
                   for t in plan.tiles), (x, y)


def test_neighbours_overlap_by_exactly_the_overlap():
    overlap = 12 * MM
    plan = _plan(overlap=overlap)
    by_pos = {(t.col, t.row): plan.region(t) for t in plan.tiles}
    assert plan.cols > 1 and plan.rows > 1
    for (c, r), a in by_pos.items():
        if (c + 1, r) in by_pos:
            assert a.right - by_pos[(c + 1, r)].x == pytest.approx(overlap)
        if (c, r + 1) in by_pos:
            assert a.bottom - by_pos[(c, r + 1)].y == pytest.approx(overlap)


def test_the_grid_is_no_bigger_than_needed():
    plan = _plan(3000, 2000)
    step_w = plan.area_w - plan.overlap
    assert (plan.cols - 1) * step_w + plan.overlap < 3000 <= plan.cols * step_w + plan.overlap
    assert tiling.grid_count(100, 500, 20) == 1


def test_labels_are_column_letter_and_row_number():
    assert [tiling.column_name(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    assert tiling.Tile(1, 2, 0, 0).label == "B3"


def test_pages_without_ink_are_left_out():
    ink = [Rect(0, 0, 3000, 400)]  # only a band across the top holds anything
    plan = _plan(3000, 2000, ink=ink)
    assert 0 < len(plan.tiles) < plan.cols * plan.rows
    assert all(t.row == 0 for t in plan.tiles)
    assert not plan.printed(0, plan.rows - 1)


def test_poster_size_from_paper_or_pages_wide(sample_doc):
    lay = layout(sample_doc.journey)
    ink = tiling.ink_rects(lay)
    a0 = tiling.plan_poster(lay.width, lay.height, PdfOptions(paper="a0", tile="a4"), ink)
    assert max(a0.poster_w, a0.poster_h) == pytest.approx(1189 * MM, rel=1e-3) or \
        min(a0.poster_w, a0.poster_h) == pytest.approx(841 * MM, rel=1e-3)
    wide = tiling.plan_poster(lay.width, lay.height, PdfOptions(tile="letter", pages_wide=3), ink)
    assert wide.cols == 3
    assert wide.poster_w == pytest.approx(3 * wide.area_w - 2 * wide.overlap)


def test_refusals():
    with pytest.raises(JourneyError):
        PdfOptions(tile="a4", overlap_mm=-1).check()
    with pytest.raises(JourneyError):
        PdfOptions(tile="a3").check()
    with pytest.raises(JourneyError, match="pages"):
        tiling.plan_poster(1000, 1000, PdfOptions(tile="a4", scale=40.0), [Rect(0, 0, 1000, 1000)])
