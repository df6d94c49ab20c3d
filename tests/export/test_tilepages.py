"""Tile pages for a real printer (issue 11 items 5 and 6): furniture inside the
printer border, seams in the gutters, each page carrying only what it shows."""
import pytest
from pypdf import PdfReader

from export import tiling
from export.options import PdfOptions
from export.pdf import export_pdf, plan_for
from model.document import Document
from model.layout import layout
from model.theme import STANDARD

from .maps import big_map

MM = tiling.MM


def _ink_in_band(path, band_mm, dpi=100):
    """Pages (1-based) with any ink nearer the paper's edge than band_mm."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    bad = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        b = round(band_mm / 25.4 * dpi)
        w, h = im.size
        for box in ((0, 0, w, b), (0, h - b, w, h), (0, 0, b, h), (w - b, 0, w, h)):
            if im.crop(box).getextrema()[0] < 250:
                bad.append(i + 1)
                break
    pdf.close()
    return bad


@pytest.mark.parametrize("border", [5, 8])
def test_no_furniture_within_the_printer_border(sample_path, tmp_path, border):
    with Document.open(sample_path, read_only=True) as doc:
        export_pdf(doc, tmp_path / "t.pdf", PdfOptions(paper="a1", tile="a4", printer_border_mm=border))
    assert _ink_in_band(tmp_path / "t.pdf", border - 0.3) == []


def test_a_larger_printer_border_shrinks_the_printed_area(sample_doc):
    lay = layout(sample_doc.journey)
    five = plan_for(lay, PdfOptions(paper="a1", tile="a4"))
    ten = plan_for(lay, PdfOptions(paper="a1", tile="a4", printer_border_mm=10))
    assert five.margin == pytest.approx(10 * MM) and ten.margin == pytest.approx(15 * MM)
    assert ten.area_w == pytest.approx(five.area_w - 10 * MM)
    assert ten.band - five.band == pytest.approx(5 * MM)


def test_seams_move_into_gutters_without_adding_pages():
    area, overlap = 500.0, 20.0
    even = tiling.seams(2000, area, overlap)
    moved = tiling.seams(2000, area, overlap, gutters=[0, 300, 420, 700, 900, 1350, 1700, 2000])
    assert len(moved) == len(even) == 5
    assert moved[1:3] == [420, 900]                      # back into a gutter, within the step
    for a, b in zip(moved, moved[1:]):
        assert b - a <= area - overlap + 1e-9            # neighbours share at least the overlap
    assert moved[-1] + area >= 2000                       # and the poster is still covered
    # a gutter that would need one more page is not used
    assert tiling.seams(1400, area, overlap, gutters=[260]) == tiling.seams(1400, area, overlap)


def test_row_seams_of_the_sample_fall_between_lanes(sample_doc):
    lay = layout(sample_doc.journey)
    plan = plan_for(lay, PdfOptions(paper="a1", tile="a4"))
    lanes = [lane.row.y * plan.scale for lane in lay.lanes]
    assert plan.rows > 1
    for seam in plan.ys[1:]:
        assert any(abs(seam - y) < 0.01 for y in lanes), seam
    for card in lay.cards:  # no card crosses a row seam
        top, bottom = card.rect.y * plan.scale, card.rect.bottom * plan.scale
        assert not any(top < seam < bottom for seam in plan.ys[1:])


def test_each_tile_page_carries_only_what_it_shows(tmp_path):
    with big_map(tmp_path / "m.journey", 600) as doc:
        lay = layout(doc.journey)
        options = PdfOptions(paper="a0", tile="a4")
        plan = plan_for(lay, options)
        export_pdf(doc, tmp_path / "t.pdf", options)
    reader = PdfReader(tmp_path / "t.pdf")
    texts = [page.extract_text() for page in reader.pages]
    assert "Card 0:" not in texts[0]                     # the guide is an outline, no card text
    card = lay.cards[len(lay.cards) // 2]
    word = " ".join(card.text.lines).split(":")[0] + ":"
    holding = [i for i, t in enumerate(texts) if word in t]
    assert 1 <= len(holding) <= 4                        # found on its own page(s), not on all
    for i, tile in enumerate(plan.tiles, start=1):       # and each page has about its share of cards
        assert texts[i].count("Card ") < len(lay.cards) / 3
    raw = (tmp_path / "t.pdf").read_bytes()
    assert raw.count(b"/Subtype /Form") == 1             # one light outline for every thumbnail


def test_the_guide_grid_is_where_the_trimmed_edges_land(sample_doc):
    """Drawn at scale 1, the guide's grid lines are at each column's and row's
    region start (the trimmed edge), not in the middle of the glue strip."""
    import io
    import re
    from reportlab.pdfgen.canvas import Canvas
    from export import tilepages
    lay = layout(sample_doc.journey)
    plan = plan_for(lay, PdfOptions(paper="a1", tile="a4"))
    grid_w, grid_h = plan.xs[-1] + plan.area_w, plan.ys[-1] + plan.area_h
    c = Canvas(io.BytesIO(), pagesize=(grid_w, grid_h), pageCompression=0)
    tilepages.outline_form(c, lay, STANDARD)
    tilepages.map_with_grid(c, lay, plan, 0, grid_h, grid_w, grid_h, labels=False)
    content = c._code  # this page's operators, before they are written
    moves = [tuple(map(float, m)) for m in re.findall(r"([-\d.]+) ([-\d.]+) m", "\n".join(content))]
    for seam in plan.xs[1:]:
        assert (pytest.approx(seam, abs=0.01), pytest.approx(grid_h, abs=0.01)) in moves
    for seam in plan.ys[1:]:
        assert (0, pytest.approx(grid_h - seam, abs=0.01)) in moves
