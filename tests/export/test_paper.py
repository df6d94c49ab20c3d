"""Paper sizes, orientation, fit maths and the readable-size hint."""
import pytest

from export import paper
from model.errors import JourneyError
from model.layout import layout

MM = paper.MM


@pytest.mark.parametrize("name,mm", [("A0", (841, 1189)), ("a4", (210, 297)), ("Letter", (215.9, 279.4)),
                                     ("tabloid", (279.4, 431.8)), ("ansi-e", (863.6, 1117.6)),
                                     ("600x900mm", (600, 900)), ("900 x 600", (600, 900))])
def test_paper_sizes_in_points(name, mm):
    w, h = paper.paper_size(name)
    assert (w / MM, h / MM) == pytest.approx(mm, abs=0.05)


@pytest.mark.parametrize("bad", ["B7", "", "axbmm", "10x10mm", "-5x300mm"])
def test_unknown_or_silly_papers_are_refused(bad):
    with pytest.raises(JourneyError):
        paper.paper_size(bad)


def test_a_page_side_over_200_inches_is_refused_with_a_tiling_hint():
    with pytest.raises(JourneyError, match="tile"):
        paper.paper_size("6000x900mm")
    with pytest.raises(JourneyError, match="tile"):
        paper.fit_sheet(2000, 1000, scale=8.0)


def test_auto_orientation_prints_a_wide_map_larger_in_landscape():
    sheet = paper.fit_sheet(2000, 1000, "a1")
    assert sheet.landscape
    portrait = paper.fit_sheet(2000, 1000, "a1", "portrait")
    assert not portrait.landscape and portrait.scale < sheet.scale
    tall = paper.fit_sheet(500, 1000, "a1")
    assert not tall.landscape


def test_fit_keeps_the_map_inside_the_margins_and_above_the_footer():
    margin = 15 * MM
    s = paper.fit_sheet(1590, 1207, "a2", margin=margin)
    assert s.x >= margin - 1e-6 and s.y >= margin - 1e-6
    assert s.x + 1590 * s.scale <= s.width - margin + 1e-6
    assert s.y + 1207 * s.scale <= s.height - margin - s.footer + 1e-6
    # it touches the limiting side exactly
    assert min(s.width - 2 * margin - 1590 * s.scale,
               s.height - 2 * margin - s.footer - 1207 * s.scale) == pytest.approx(0, abs=1e-6)


def test_fixed_scale_sizes_the_sheet_to_the_map():
    s = paper.fit_sheet(1000, 500, scale=0.5, margin=10 * MM)
    assert s.scale == 0.5
    assert s.width == pytest.approx(500 + 20 * MM)
    assert s.height == pytest.approx(250 + 20 * MM + s.footer)


def test_roll_is_36_inches_across_and_as_long_as_needed():
    s = paper.fit_sheet(3000, 1000, "roll36")
    assert min(s.width, s.height) == pytest.approx(36 * 72)
    assert s.width > s.height


def test_smallest_text_reports_mm_and_distance(sample_doc):
    lay = layout(sample_doc.journey)
    mm, hint = paper.smallest_text(lay, 1.0)
    # the smallest text is the 9 pt marker label: capitals are 0.714 em high
    assert mm == pytest.approx(9 * 0.714 / MM, rel=0.01)
    assert hint.startswith(f"smallest text {mm:.1f} mm — readable from ")
    bigger, _ = paper.smallest_text(lay, 3.0)
    assert bigger == pytest.approx(3 * mm)
