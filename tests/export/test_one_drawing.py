"""One drawing, two backends: the PDF (ReportLab) and the PNG (QPainter) draw the
same display list, compared region by region; and a PDF export never loads Qt."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter

from canvas import paint
from export import draw, poster
from export.options import PdfOptions, PngOptions
from export.pdf import export_pdf
from export.png import export_png
from model import drawing, lanes
from model.display import Box, Dots, Icon
from model.document import Document
from model.layout import Rect, layout
from model.theme import STANDARD

from .maps import SCRIPTS, make_map

ROOT = Path(__file__).resolve().parents[2]
DPI = 144
K = DPI / 72
INK = 48      # a pixel differs when a channel is this far from every neighbour's in the other image
BLOB = 8      # pixels left after thin edges are eroded: a box with more has lost or gained a mark


@pytest.fixture(autouse=True)
def reader_limit(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000_000)


@pytest.fixture
def doc(sample_path):
    with Document.open(sample_path, read_only=True) as d:
        yield d


def regions(lay, theme=STANDARD) -> dict:
    """Every card, stage header, lane header and marker (face and label) of the layout,
    and the persona strip, by (kind, id)."""
    r = theme.marker_radius
    out = {("card", c.id): c.rect for c in lay.cards}
    out.update({("stage", s.id): s.header for s in lay.stages})
    out.update({("lane", lane.id): lane.header for lane in lay.lanes})
    for m in lay.markers:
        widest = max((len(line) * m.label.size * 0.6 for line in m.label.lines), default=0)
        w = max(2 * r, widest)
        out[("marker", m.id)] = Rect(m.x - w / 2, m.y - r, w, m.label.y + m.label.height - m.y + r)
    if lay.persona is not None:
        out[("persona", 0)] = lay.persona
    return out


def rasters(doc, folder: Path):
    """The map as the PDF prints it (rasterised by PDFium) and as the PNG paints it, same pixels."""
    import pypdfium2 as pdfium
    export_pdf(doc, folder / "m.pdf", PdfOptions(scale=1.0, margin_mm=0))  # the map at 100 %, top-left
    export_png(doc, folder / "m.png", PngOptions(dpi=DPI))
    with Image.open(folder / "m.png") as im:
        png = im.convert("RGB")
    pdf = pdfium.PdfDocument(str(folder / "m.pdf"))[0].render(scale=K).to_pil().convert("RGB")
    return pdf.crop((0, 0) + png.size), png


def _unmatched(a, b):
    """Pixels of a that no pixel of b within one pixel matches (anti-aliasing and
    sub-pixel placement never count), as the largest channel difference."""
    best = None
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            d = ImageChops.difference(ImageChops.offset(a, dx, dy), b)
            best = d if best is None else ImageChops.darker(best, d)
    r, g, b_ = best.split()
    return ImageChops.lighter(ImageChops.lighter(r, g), b_)


def differing(pdf, png, boxes: dict) -> dict:
    """(kind, id) -> differing pixels, for each box where one image has a mark the other lacks.
    Edges a pixel or two wide (a pen rasterised a little differently) are eroded away."""
    mask = ImageChops.lighter(_unmatched(pdf, png), _unmatched(png, pdf))
    mask = mask.point(lambda v: 255 if v > INK else 0).filter(ImageFilter.MinFilter(3))
    out = {}
    for key, r in boxes.items():
        crop = mask.crop((int(r.x * K) - 2, int(r.y * K) - 2, int(r.right * K) + 3, int(r.bottom * K) + 3))
        count = crop.histogram()[255]
        if count > BLOB:
            out[key] = count
    return out


def test_the_map_compared_has_every_kind_of_mark(doc):
    lay = layout(doc.journey)
    kinds = {c.kind for c in lay.cards}
    assert {"pain_points", "opportunities", "metrics", "touchpoints", "images"} <= kinds
    assert any(c.votes > 5 for c in lay.cards) and any(0 < c.votes <= 5 for c in lay.cards)
    assert any(c.image is not None and c.asset_id for c in lay.cards)
    assert lay.markers and {m.look.shape for m in lay.markers} >= {"circle", "square"}  # two personas' curves
    assert any(e.photo_id for e in lay.legend) and len(lay.legend) == len(doc.journey.personas)


def test_print_matches_screen_region_by_region(doc, tmp_path, qapp):
    """Each card, header and marker of the rasterised PDF against the PNG: no box
    has a mark (a dot, an icon, a dash, a picture, a face) that the other lacks."""
    lay = layout(doc.journey)
    pdf, png = rasters(doc, tmp_path)
    boxes = regions(lay)
    assert len(boxes) == len(lay.cards) + len(lay.stages) + len(lay.lanes) + len(lay.markers) + 1
    assert differing(pdf, png, boxes) == {}


def _inside(r: Rect, x: float, y: float) -> bool:
    return r.x <= x <= r.right and r.y <= y <= r.bottom


def test_a_vote_dot_left_out_of_the_pdf_is_found_on_its_card(doc, tmp_path, qapp, monkeypatch):
    lay = layout(doc.journey)
    card = next(c for c in lay.cards if 0 < c.votes <= 5)
    draw_dots = poster._DRAW[Dots]

    def without_that_cards_votes(c, d):
        if not all(_inside(card.rect, x, y) for x, y in d.centres):
            draw_dots(c, d)

    monkeypatch.setitem(poster._DRAW, Dots, without_that_cards_votes)
    pdf, png = rasters(doc, tmp_path)
    found = differing(pdf, png, regions(lay))
    assert set(found) == {("card", card.id)}


def test_a_metric_bar_left_out_of_the_png_is_found_on_its_card(doc, tmp_path, qapp, monkeypatch):
    lay = layout(doc.journey)
    card = next(c for c in lay.cards if c.kind == "metrics")
    draw_box = paint._DRAW[Box]

    def without_that_cards_bar(painter, b):
        if not (b.fill == lanes.kind("metrics").look.bar and _inside(card.rect, b.x, b.y)):
            draw_box(painter, b)

    monkeypatch.setitem(paint._DRAW, Box, without_that_cards_bar)
    pdf, png = rasters(doc, tmp_path)
    found = differing(pdf, png, regions(lay))
    assert set(found) == {("card", card.id)}


def test_a_lane_icon_left_out_of_the_pdf_is_found_on_its_header(doc, tmp_path, qapp, monkeypatch):
    lay = layout(doc.journey)
    lane = lay.lanes[2]
    draw_icon = poster._DRAW[Icon]
    monkeypatch.setitem(poster._DRAW, Icon, lambda c, i: None if i.name == lanes.kind(lane.kind).icon and
                        _inside(lane.header, i.x, i.y) else draw_icon(c, i))
    pdf, png = rasters(doc, tmp_path)
    found = differing(pdf, png, regions(lay))
    assert set(found) == {("lane", lane.id)}


@pytest.fixture
def scripts_doc(tmp_path):
    """One card per script (emoji, right-to-left, CJK, marks) and one with a character
    no bundled font has (a placeholder box)."""
    with make_map(tmp_path / "scripts.journey", [*SCRIPTS.values(), "unassigned \U000e0fff"]) as d:
        yield d


def test_every_script_prints_as_on_screen(scripts_doc, tmp_path, qapp):
    lay = layout(scripts_doc.journey)
    pdf, png = rasters(scripts_doc, tmp_path)
    assert differing(pdf, png, regions(lay)) == {}


def test_an_emoji_left_out_of_the_pdf_is_found_on_its_card(scripts_doc, tmp_path, qapp, monkeypatch):
    lay = layout(scripts_doc.journey)
    card = next(c for c in lay.cards if c.text.lines[0].startswith("Happy"))
    monkeypatch.setattr(draw, "emoji_images", lambda c, emojis, size, ink: None)
    pdf, png = rasters(scripts_doc, tmp_path)
    assert set(differing(pdf, png, regions(lay))) == {("card", card.id)}


def test_a_pdf_export_never_imports_qt(sample_path, tmp_path):
    """The poster is drawn from pure path data and ReportLab: no PySide6 in the process,
    through the function and through the command line."""
    script = (
        "import runpy, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from export.pdf import export_pdf\n"
        "from export.options import PdfOptions\n"
        "from model.document import Document\n"
        f"with Document.open({str(sample_path)!r}, read_only=True) as doc:\n"
        f"    export_pdf(doc, {str(tmp_path / 'a.pdf')!r}, PdfOptions(paper='a3', tile='a4'))\n"
        f"sys.argv = ['main.py', 'export', {str(sample_path)!r}, '--pdf', {str(tmp_path / 'b.pdf')!r}]\n"
        "try:\n"
        f"    runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('PySide6', 'shiboken'))}))\n")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    r = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True,
                       text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "a.pdf").stat().st_size > 10_000 and (tmp_path / "b.pdf").stat().st_size > 10_000


def test_the_drawing_decides_without_qt_or_reportlab(sample_path):
    """model.drawing, model.display and model.icon_paths are plain Python: building a
    whole map's display list loads neither backend."""
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from model import drawing\n"
        "from model.document import Document\n"
        "from model.layout import layout\n"
        "from model.theme import STANDARD\n"
        f"with Document.open({str(sample_path)!r}, read_only=True) as doc:\n"
        "    items = drawing.draw_map(layout(doc.journey), STANDARD)\n"
        "assert len(items) > 100\n"
        "print(sorted({m.split('.')[0] for m in sys.modules\n"
        "              if m.startswith(('PySide6', 'shiboken', 'reportlab'))}))\n")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
