"""PNG export: size, dpi, transparency, strips without seams, and the PDF look-alike."""
import pytest

from model.plan_marks import over_the_map
from PIL import Image, ImageChops, ImageStat

from export import png as pngmod
from export.options import PdfOptions, PngOptions
from export.pdf import export_pdf
from export.png import export_png
from model.document import Document
from model.errors import JourneyError
from model.layout import layout
from model.theme import STANDARD

@pytest.fixture(autouse=True)
def reader_limit(monkeypatch):
    """Our own exports may be poster-sized: say how big we accept when reading them
    back, instead of Pillow's bomb guard (only for these tests)."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 400_000_000)


@pytest.fixture
def doc(sample_path):
    with Document.open(sample_path, read_only=True) as d:
        yield d


def test_dpi_sets_pixels_and_is_written_into_the_file(doc, tmp_path, qapp):
    lay = layout(doc.journey)
    result = export_png(doc, tmp_path / "m.png", PngOptions(dpi=144))
    with Image.open(tmp_path / "m.png") as im:
        assert im.size == (round(lay.width * 2), round(lay.height * 2))
        assert im.mode == "RGB"
        assert im.info["dpi"] == pytest.approx((144, 144), abs=0.05)
        assert im.getpixel((im.width - 3, 3)) == (255, 255, 255)
    assert "144 dpi" in result.summary


def test_width_in_pixels_and_transparent_background(doc, tmp_path, qapp):
    export_png(doc, tmp_path / "t.png", PngOptions(width=700, transparent=True))
    with Image.open(tmp_path / "t.png") as im:
        assert im.width == 700 and im.mode == "RGBA"
        assert im.getpixel((im.width - 3, 3))[3] == 0          # nothing drawn there: see-through
        lay = layout(doc.journey)
        card = lay.cards[0].rect
        k = 700 / lay.width
        inside = (int((card.x + card.w / 2) * k), int((card.y + card.h - 3) * k))
        assert im.getpixel(inside)[3] == 255


def test_paper_gives_the_print_size_the_dpi_refers_to(doc, tmp_path, qapp):
    result = export_png(doc, tmp_path / "a4.png", PngOptions(dpi=100, paper="a4"))
    with Image.open(tmp_path / "a4.png") as im:
        w_mm, h_mm = (side / 100 * 25.4 for side in im.size)
    # the image is the A4 landscape sheet, as the PDF of A4 is
    assert (w_mm, h_mm) == pytest.approx((297, 210), abs=0.3)
    assert result.size_mm == pytest.approx((w_mm, h_mm), abs=0.3)


def test_png_of_a_paper_is_the_pdfs_sheet(doc, tmp_path, qapp):
    """--png --paper A0 is the A0 sheet with the map where the PDF puts it (same scale
    and margins), not the map stretched edge to edge past the sheet."""
    import pypdfium2 as pdfium
    from export import paper
    lay = layout(doc.journey)
    sheet = paper.fit_sheet(lay.width, lay.height, "a0")
    export_pdf(doc, tmp_path / "a0.pdf", PdfOptions(paper="a0"))
    result = export_png(doc, tmp_path / "a0.png", PngOptions(dpi=72, paper="a0"))
    assert result.size_mm == pytest.approx((1189, 841), abs=0.5)
    assert "179%" not in result.summary and "smallest text 4.1 mm" in result.summary
    pdf_image = pdfium.PdfDocument(str(tmp_path / "a0.pdf"))[0].render(scale=1).to_pil().convert("RGB")
    with Image.open(tmp_path / "a0.png") as im:
        png_image = im.convert("RGB")
    assert abs(png_image.width - pdf_image.width) <= 1 and abs(png_image.height - pdf_image.height) <= 1
    bottom = int(sheet.y + lay.height * sheet.scale) + 2  # above the PDF's footer line
    crop = (0, 0, min(png_image.width, pdf_image.width), bottom)
    a, b = pdf_image.crop(crop), png_image.crop(crop)
    assert max(ImageStat.Stat(ImageChops.difference(a, b)).mean) < 4.0
    assert png_image.getpixel((5, 5)) == (255, 255, 255)  # the margin is paper, not map


def test_png_says_its_colours_are_srgb(doc, tmp_path, qapp):
    export_png(doc, tmp_path / "c.png", PngOptions(dpi=72))
    data = (tmp_path / "c.png").read_bytes()
    assert data[12:16] == b"IHDR" and b"sRGB" in data[:200]


def test_png_export_prints_nothing_on_stderr(sample_path, tmp_path):
    """No Qt chatter on the command line: stdout has the result, stderr is empty."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["QT_LOGGING_RULES"] = "*.info=true"  # even with Qt's info messages turned on
    r = subprocess.run([sys.executable, str(root / "main.py"), "export", str(sample_path), "--png", "m.png",
                        "--dpi", "72", "--paper", "a3", "--viewing-distance", "0.3"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "Wrote m.png" in r.stdout
    assert r.stderr == ""


def test_strips_join_without_seams(doc, tmp_path, qapp, monkeypatch):
    export_png(doc, tmp_path / "one.png", PngOptions(dpi=90))
    monkeypatch.setattr(pngmod, "STRIP_BYTES", 1590 * 4 * 37)  # many odd-sized strips
    export_png(doc, tmp_path / "strips.png", PngOptions(dpi=90))
    with Image.open(tmp_path / "one.png") as a, Image.open(tmp_path / "strips.png") as b:
        diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
        assert max(ImageStat.Stat(diff).mean) < 0.05
        # a few anti-aliased pixels where a clipped curve meets a strip edge may differ
        changed = sum(diff.convert("L").point(lambda v: 255 if v > 20 else 0).histogram()[255:])
        assert changed < a.width * a.height / 10_000


def test_png_looks_like_the_pdf_page(doc, tmp_path, qapp):
    """The PDF (ReportLab) and the PNG (the canvas's QPainter code) of one map,
    rasterised at the same scale, differ only by anti-aliasing."""
    import pypdfium2 as pdfium
    export_pdf(doc, tmp_path / "m.pdf", PdfOptions(scale=1.0, margin_mm=0))
    export_png(doc, tmp_path / "m.png", PngOptions(dpi=72))
    page = pdfium.PdfDocument(str(tmp_path / "m.pdf"))[0]
    pdf_image = page.render(scale=1).to_pil().convert("RGB")
    with Image.open(tmp_path / "m.png") as im:
        png_image = im.convert("RGB")
    pdf_image = pdf_image.crop((0, 0) + png_image.size)  # the PDF adds a footer band below
    diff = ImageChops.difference(pdf_image, png_image)
    assert max(ImageStat.Stat(diff).mean) < 4.0                # per channel, 0..255
    blurred = [im.resize((im.width // 8, im.height // 8), Image.BOX) for im in (pdf_image, png_image)]
    assert max(ImageStat.Stat(ImageChops.difference(*blurred)).mean) < 2.0
    # and a map drawn wrong would not pass: shift by 6 px
    shifted = ImageChops.offset(png_image, 6, 0)
    assert max(ImageStat.Stat(ImageChops.difference(pdf_image, shifted)).mean) > 4.0


@pytest.mark.parametrize("options,match", [(PngOptions(dpi=50), "72 to 600"), (PngOptions(dpi=100000), "72 to 600"),
                                           (PngOptions(width=5), "pixels wide"),
                                           (PngOptions(dpi=600, paper="20000x900mm"), "too large|longer")])
def test_refusals_write_nothing(doc, tmp_path, options, match):
    with pytest.raises(JourneyError, match=match):
        export_png(doc, tmp_path / "x.png", options)
    assert list(tmp_path.glob("x*")) == [] and list(tmp_path.glob(".x*")) == []


def test_writer_produces_a_valid_png(tmp_path):
    import io
    buf = io.BytesIO()
    pngmod.write_png(buf, bytes([255, 0, 0, 255] * 3 + [0, 0, 255, 128] * 3), 3, 2, 4, 300)
    im = Image.open(io.BytesIO(buf.getvalue()))
    im.load()
    assert im.mode == "RGBA" and im.size == (3, 2)
    assert im.getpixel((0, 1)) == (0, 0, 255, 128)
    assert im.info["dpi"] == pytest.approx((300, 300), abs=0.05)


def painted(doc, options: PngOptions) -> bytes:
    """The rows the StripPainter paints for `options`, strip by strip as the
    export cuts them: what the PNG must hold."""
    from export import qtpaint
    journey, asset_bytes, photo = pngmod.sources(doc)
    lay = layout(journey)
    r = pngmod.pixel_size(lay, options)
    painter = qtpaint.StripPainter(lay, STANDARD, asset_bytes, photo, r.k, r.dpi, options.transparent,
                                   origin=(r.x, r.y), over=over_the_map(journey, lay.card_by_id))
    rows = pngmod.STRIP_BYTES // (r.width * 4)
    return b"".join(b"".join(painter.strip(y0, min(rows, r.height - y0), r.width))
                    for y0 in range(0, r.height, rows))


@pytest.mark.parametrize("options", [PngOptions(dpi=80, paper="a3"), PngOptions(width=700, transparent=True)])
def test_the_png_holds_exactly_the_painted_pixels(doc, tmp_path, qapp, monkeypatch, options):
    """Decoded, the file is pixel for pixel what was painted, whatever the strips
    and however Pillow cuts the IDAT chunks (a valid PNG: CRCs checked)."""
    monkeypatch.setattr(pngmod, "STRIP_BYTES", 700 * 4 * 29)  # many strips, the last one short
    export_png(doc, tmp_path / "m.png", options)
    with Image.open(tmp_path / "m.png") as im:
        im.verify()
    with Image.open(tmp_path / "m.png") as im:
        assert im.mode == ("RGBA" if options.transparent else "RGB") and im.info["srgb"] == 0
        assert im.tobytes() == painted(doc, options)


def test_the_rows_are_compressed_by_pillows_encoder_not_zlib_from_python(doc, tmp_path, qapp, monkeypatch):
    """Issue 18: zlib driven from Python, a row at a time, was half the export."""
    def refused(*args, **kwargs):
        raise AssertionError("zlib.compressobj called from Python")
    monkeypatch.setattr(pngmod.zlib, "compressobj", refused)
    monkeypatch.setattr(pngmod.zlib, "compress", refused)
    export_png(doc, tmp_path / "m.png", PngOptions(dpi=72))
    with Image.open(tmp_path / "m.png") as im:
        assert im.size == (pngmod.preview_png(doc, PngOptions(dpi=72))[:2])


def test_no_memory_for_the_rows_is_a_sentence_and_writes_nothing(doc, tmp_path, qapp, monkeypatch):
    def no_memory(*args, **kwargs):
        raise OSError(12, "Cannot allocate memory")
    monkeypatch.setattr(pngmod.mmap, "mmap", no_memory)
    with pytest.raises(JourneyError, match="not enough memory for a .* pixel PNG"):
        export_png(doc, tmp_path / "x.png", PngOptions(dpi=300, paper="a0"))
    assert [p.name for p in tmp_path.iterdir()] == ["sample.journey"]


def test_a_cancel_while_compressing_writes_nothing(doc, tmp_path, qapp):
    """Pillow's encoder hands over each IDAT chunk; a cancel there stops the export."""
    from export.options import Cancelled
    seen = []
    with pytest.raises(Cancelled):
        export_png(doc, tmp_path / "x.png", PngOptions(dpi=150), progress=lambda f, m: seen.append(m),
                   cancelled=lambda: "Compressing the image" in seen)
    assert [p.name for p in tmp_path.iterdir()] == ["sample.journey"]
