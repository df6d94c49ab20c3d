"""PDF posters read back: pages, sizes, text in order, fonts embedded, forms, images."""
import io
import re

import pytest
from pypdf import PdfReader

from export import fonts, paper
from model import text as textmod
from export.options import Cancelled, PdfOptions
from export.pdf import export_pdf
from model.document import Document
from model.errors import JourneyError
from tests.export.maps import SCRIPTS, big_map, make_map

MM = paper.MM
DATE = "2026-01-02"


def _fonts(reader):
    out = {}
    for page in reader.pages:
        out.update({str(f.get_object()["/BaseFont"]): f.get_object()
                    for f in page["/Resources"]["/Font"].values()})
    return out


def _text(reader, page=0):
    return re.sub(r"\s+", " ", reader.pages[page].extract_text())


def test_single_sheet_a0_landscape_with_metadata(sample_path, tmp_path):
    out = tmp_path / "poster.pdf"
    with Document.open(sample_path, read_only=True) as doc:
        result = export_pdf(doc, out, PdfOptions(paper="A0", date=DATE))
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and result.pages == 1
    box = reader.pages[0].mediabox
    assert (float(box.width) / MM, float(box.height) / MM) == pytest.approx((1189, 841), abs=0.1)
    meta = reader.metadata
    assert meta.title == "Online grocery — first order"
    assert meta.creator == "Wayline" and meta.subject
    text = _text(reader)
    assert "Online grocery — first order" in text and DATE in text and "Page 1 of 1" in text
    assert "smallest text" in text


def test_card_texts_in_every_script_come_out_in_order(tmp_path):
    texts = [SCRIPTS["cyrillic"], SCRIPTS["greek"], SCRIPTS["cjk"], SCRIPTS["accents"], "Plain Latin last"]
    with make_map(tmp_path / "m.journey", texts) as doc:
        export_pdf(doc, tmp_path / "m.pdf", PdfOptions(paper="a3"))
    text = _text(PdfReader(tmp_path / "m.pdf"))
    positions = []
    for t in texts:
        for word in t.split()[:2]:
            assert word in text, word
        positions.append(text.index(t.split()[0]))
    assert positions == sorted(positions)
    assert "顾客比较送货价格" in text


def test_emoji_come_out_of_the_pdf_as_typed(tmp_path):
    """Characters beyond U+FFFF (emoji, flags) need surrogate pairs in the font's
    ToUnicode map; ReportLab alone writes them so that no reader can copy them."""
    with make_map(tmp_path / "m.journey", [SCRIPTS["emoji"]]) as doc:
        export_pdf(doc, tmp_path / "m.pdf", PdfOptions(paper="a4"))
    text = _text(PdfReader(tmp_path / "m.pdf"))
    for piece in ("😀", "👨\u200d👩\u200d👧", "🇫🇷"):
        assert piece in text, piece


def test_fonts_are_embedded_subsets_including_fallbacks(tmp_path):
    with make_map(tmp_path / "m.journey", [SCRIPTS["cjk"], SCRIPTS["cyrillic"], SCRIPTS["hebrew"]]) as doc:
        export_pdf(doc, tmp_path / "m.pdf", PdfOptions(paper="a4"))
    used = _fonts(PdfReader(tmp_path / "m.pdf"))
    names = {n.split("+", 1)[-1] for n in used}
    assert {"NotoSans-Regular", "NotoSans-Bold", "DroidSansFallback", "NotoSansHebrew-Regular"} <= names
    for name, font in used.items():
        assert "+" in name, f"{name} is not a subset"
        assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"


def test_line_breaks_are_the_layouts(tmp_path):
    from model.layout import layout
    long = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho"
    with make_map(tmp_path / "m.journey", [long]) as doc:
        export_pdf(doc, tmp_path / "m.pdf", PdfOptions(paper="a4"))
        card = layout(doc.journey).cards[0]
    assert len(card.text.lines) > 2
    lines = [ln.strip() for ln in PdfReader(tmp_path / "m.pdf").pages[0].extract_text().splitlines()]
    for line in card.text.lines:
        assert line in lines


def test_right_to_left_text_is_shaped_and_in_visual_order():
    """HarfBuzz shapes Arabic (joined forms, not the isolated letters the cmap
    gives) and the first word typed ends up rightmost."""
    items = fonts.draw_items(SCRIPTS["arabic"])
    glyphs = [it for it in items if it[1] == "glyph"]
    assert {it[2] for it in glyphs} == {"NotoSansArabic-Regular"}
    shaped = {gid for gid, *_ in textmod.shape("NotoSansArabic-Regular", "العميل")}
    isolated = {textmod._hb_font("NotoSansArabic-Regular").get_nominal_glyph(ord(ch)) for ch in "العميل"}
    assert shaped - isolated, "letters left unjoined"
    assert items[-1][0][0] == 0  # the first word typed is drawn rightmost
    hebrew = fonts.draw_items(SCRIPTS["hebrew"])
    places = [it[0][0] for it in hebrew if it[1] == "glyph"]
    assert places == sorted(places, reverse=True)  # typed first, drawn rightmost


def test_missing_shaper_refuses_instead_of_garbling(tmp_path, monkeypatch):
    import builtins
    real = builtins.__import__

    def no_harfbuzz(name, *args, **kw):
        if name == "uharfbuzz":
            raise ImportError(name)
        return real(name, *args, **kw)
    monkeypatch.setattr(builtins, "__import__", no_harfbuzz)
    caches = (fonts.draw_items, textmod.shape, textmod._hb_font, textmod._piece_width, textmod.wrap)
    for f in caches:
        f.cache_clear()
    try:
        with make_map(tmp_path / "m.journey", [SCRIPTS["arabic"]]) as doc:
            with pytest.raises(JourneyError, match="uharfbuzz is missing"):
                export_pdf(doc, tmp_path / "m.pdf", PdfOptions(paper="a4"))
    finally:
        for f in caches:
            f.cache_clear()
    assert not (tmp_path / "m.pdf").exists()


def test_images_from_the_file_are_embedded(tmp_path):
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (64, 40), "#d04020").save(buf, "PNG")
    doc = Document.create(tmp_path / "m.journey", "blank")
    picture = {"data": buf.getvalue(), "mime": "image/png", "width": 64, "height": 40}
    from model.operations import Op
    doc.apply(Op("add_lane", {"name": "Moments", "kind": "images"}))
    j = doc.journey
    lane = next(lane for lane in j.lanes if lane.kind == "images")
    doc.apply(Op("add_cards", {"cards": [{"stage_id": j.stages[0].id, "lane_id": lane.id,
                                         "text": "photo", "picture": picture}]}))
    export_pdf(doc, tmp_path / "m.pdf", PdfOptions(paper="a4"))
    doc.close()
    raw = (tmp_path / "m.pdf").read_bytes()
    assert b"/Subtype /Image" in raw


def test_tiled_poster_pages_labels_and_size(sample_path, tmp_path):
    with Document.open(sample_path, read_only=True) as doc:
        result = export_pdf(doc, tmp_path / "t.pdf", PdfOptions(paper="a1", tile="a4", date=DATE))
        export_pdf(doc, tmp_path / "s.pdf", PdfOptions(paper="a1", date=DATE))
    reader = PdfReader(tmp_path / "t.pdf")
    assert len(reader.pages) == result.pages > 4
    for page in reader.pages:
        w, h = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert (w / MM, h / MM) == pytest.approx((210, 297), abs=0.1)
    guide = _text(reader, 0)
    assert "Assembly guide" in guide and "actual size" in guide
    grid = re.search(r"(\d+)×(\d+) grid", guide)
    cols, rows = int(grid.group(1)), int(grid.group(2))
    assert f"B2 of {cols}×{rows}" in _text(reader, 1 + cols) or "B2" in _text(reader, 1 + cols)
    assert _text(reader, 1).startswith("A1 of") or "A1 of" in _text(reader, 1)
    # the map is one form XObject, placed on every page, so tiling hardly adds bytes
    raw = (tmp_path / "t.pdf").read_bytes()
    assert raw.count(b"/Subtype /Form") == 1
    assert (tmp_path / "t.pdf").stat().st_size <= 1.2 * (tmp_path / "s.pdf").stat().st_size + 40_000


def test_tiled_file_does_not_grow_with_the_tile_count(tmp_path):
    with big_map(tmp_path / "m.journey", 600) as doc:
        few = export_pdf(doc, tmp_path / "few.pdf", PdfOptions(paper="a2", tile="a4"))
        many = export_pdf(doc, tmp_path / "many.pdf", PdfOptions(paper="a0", tile="a4"))
        single = export_pdf(doc, tmp_path / "single.pdf", PdfOptions(paper="a0"))
    assert many.pages > 2 * few.pages
    sizes = {p: (tmp_path / p).stat().st_size for p in ("few.pdf", "many.pdf", "single.pdf")}
    # a copy of the map per page would add ~the single sheet's size per page;
    # what each page adds is its marks, labels and a reference to the one form
    per_page = (sizes["many.pdf"] - sizes["single.pdf"]) / many.pages
    assert per_page < 4_000 < sizes["single.pdf"] / 20
    assert (sizes["many.pdf"] - sizes["few.pdf"]) / (many.pages - few.pages) < 4_000


def test_progress_and_cancel(sample_path, tmp_path):
    seen = []
    with Document.open(sample_path, read_only=True) as doc:
        export_pdf(doc, tmp_path / "p.pdf", PdfOptions(paper="a4"), progress=lambda f, m: seen.append(f))
        assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
        start = len(seen)
        with pytest.raises(Cancelled):  # part-way through the tile pages
            export_pdf(doc, tmp_path / "c.pdf", PdfOptions(paper="a1", tile="a4"),
                       cancelled=lambda: len(seen) > start + 5, progress=lambda f, m: seen.append(f))
    assert not (tmp_path / "c.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_preview_matches_the_export_and_writes_nothing(sample_path, tmp_path):
    from export.pdf import preview_pdf
    from export.png import preview_png
    with Document.open(sample_path, read_only=True) as doc:
        before = preview_pdf(doc, PdfOptions(paper="a1", tile="letter"))
        after = export_pdf(doc, tmp_path / "t.pdf", PdfOptions(paper="a1", tile="letter"))
        assert (before.pages, before.summary) == (after.pages, after.summary)
        assert len(PdfReader(tmp_path / "t.pdf").pages) == before.pages
        assert preview_png(doc)[2] == 150
        with pytest.raises(JourneyError):
            preview_pdf(doc, PdfOptions(paper="B7"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.journey", "t.pdf"]
