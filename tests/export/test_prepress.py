"""Prepress (issue 11 item 7): TrimBox/BleedBox, bleed, sRGB output intent, no
ASCII85, ARCH sizes, and maps longer than a PDF page on the roll as panels."""
import dataclasses

import pytest
from pypdf import PdfReader

from export import paper
from export.options import PdfOptions
from export.pdf import export_pdf
from model.document import Document
from model.operations import Op
from model.theme import STANDARD

from .maps import big_map

MM = paper.MM


def _box(page, name):
    return [float(v) for v in page[name]]


@pytest.mark.parametrize("options", [PdfOptions(paper="a2"), PdfOptions(paper="a1", tile="a4")])
def test_every_page_has_trim_and_bleed_boxes(sample_path, tmp_path, options):
    with Document.open(sample_path, read_only=True) as doc:
        export_pdf(doc, tmp_path / "p.pdf", options)
    for page in PdfReader(tmp_path / "p.pdf").pages:
        media = [float(v) for v in page.mediabox]
        assert _box(page, "/TrimBox") == pytest.approx(media)    # no bleed asked: trim is the page
        assert _box(page, "/BleedBox") == pytest.approx(media)


def test_a_bleed_grows_the_page_around_the_trim_and_runs_the_background_out(sample_path, tmp_path):
    import pypdfium2 as pdfium
    theme = dataclasses.replace(STANDARD, background="#ffe0b0")
    with Document.open(sample_path, read_only=True) as doc:
        export_pdf(doc, tmp_path / "b.pdf", PdfOptions(paper="a3", bleed_mm=3, margin_mm=0), theme=theme)
    page = PdfReader(tmp_path / "b.pdf").pages[0]
    x0, y0, x1, y1 = _box(page, "/TrimBox")
    assert (x0, y0) == pytest.approx((3 * MM, 3 * MM))
    assert sorted((x1 - x0, y1 - y0)) == pytest.approx(sorted((297 * MM, 420 * MM)), abs=0.1)
    assert _box(page, "/BleedBox") == pytest.approx([float(v) for v in page.mediabox])
    assert float(page.mediabox.width) == pytest.approx(x1 - x0 + 6 * MM)
    im = pdfium.PdfDocument(str(tmp_path / "b.pdf"))[0].render(scale=1).to_pil().convert("RGB")
    assert im.getpixel((2, 2)) == pytest.approx((255, 224, 176), abs=2)   # inside the bleed


def test_srgb_output_intent_and_no_ascii85(sample_path, tmp_path):
    with Document.open(sample_path, read_only=True) as doc:
        export_pdf(doc, tmp_path / "s.pdf", PdfOptions(paper="a2"))
    raw = (tmp_path / "s.pdf").read_bytes()
    assert b"ASCII85Decode" not in raw
    reader = PdfReader(tmp_path / "s.pdf")
    [intent] = reader.trailer["/Root"]["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/Type"] == "/OutputIntent" and "sRGB" in intent["/OutputConditionIdentifier"]
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"   # an ICC profile


@pytest.mark.parametrize("name,inches", [("arch-c", (18, 24)), ("ARCH-D", (24, 36)), ("arch-e", (36, 48))])
def test_arch_presets(name, inches):
    assert paper.paper_size(name) == pytest.approx((inches[0] * 72, inches[1] * 72))


def test_a_map_longer_than_a_pdf_page_goes_on_the_roll_as_panels(tmp_path):
    doc = big_map(tmp_path / "long.journey", 10)
    for i in range(40):
        doc.apply(Op("add_stage", {"name": f"Stage {i + 7}"}))
    result = export_pdf(doc, tmp_path / "roll.pdf", PdfOptions(paper="roll36"))
    doc.close()
    reader = PdfReader(tmp_path / "roll.pdf")
    n = len(reader.pages)
    assert n == result.pages >= 2 and "panels" in result.summary
    assert result.size_mm[0] > 5080                              # longer than one PDF page may be
    widths = [float(p.mediabox.width) for p in reader.pages]
    assert max(widths) <= 14_400 and sum(w - 2 * 10 * MM for w in widths) == pytest.approx(
        result.size_mm[0] * MM - 2 * 10 * MM, rel=1e-3)
    for i, page in enumerate(reader.pages):
        assert float(page.mediabox.height) == pytest.approx(36 * 72)
        assert f"Panel {i + 1} of {n}" in page.extract_text()     # the same furniture on each
    # a fixed-size sheet that long is still refused, with the way out
    with pytest.raises(Exception, match="tile it"):
        paper.fit_sheet(20000, 1000, "20000x900mm")
