"""A tiled poster's persona legend (issue 14): every tile page's info band shows
each persona with its photo, name and the look of its curve (not only the
poster's header), and the preflight checks the legend photos' ppi at the size
they print, in the header and on the bands, like any picture."""
import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from pypdf import PdfReader

from export import furniture, preflight, tiling
from export.options import PdfOptions
from export.pdf import export_pdf, plan_for
from model import images
from model.layout import layout
from model.operations import Op

K = 3.0  # pixels per point


def near(image, colour, tolerance=60) -> int:
    want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    data = image.convert("RGB").tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if abs(data[i] - want[0]) + abs(data[i + 1] - want[1]) + abs(data[i + 2] - want[2]) < tolerance)


def test_every_tile_page_names_each_persona_with_its_look_and_photo(sample_doc, tmp_path):
    personas = [(p.name, p.colour, p.photo_id) for p in sample_doc.journey.personas]
    assert len(personas) == 2 and personas[0][2]  # Maya has a photo
    out = tmp_path / "tiles.pdf"
    options = PdfOptions(tile="a4", pages_wide=3)
    export_pdf(sample_doc, out, options)
    plan = plan_for(layout(sample_doc.journey), options)
    pages = PdfReader(str(out)).pages
    pdf = pdfium.PdfDocument(str(out))
    assert len(pages) == len(plan.tiles) + 1
    band_top = plan.margin + plan.area_h + tiling.INFO_GAP  # points from the page top
    for i in range(1, len(pages)):  # every tile page (page 1 is the assembly guide)
        text = pages[i].extract_text()
        assert all(name in text for name, _, _ in personas), i
        band = pdf[i].render(scale=K).to_pil().crop(
            (0, int(band_top * K), int(plan.page_w * K), int((plan.page_h - plan.border) * K)))
        for name, colour, _ in personas:
            assert near(band, colour) > 40, (i, name)  # its line and marker, in its colour
        # Maya's photo: a picture placed in the band (PDF y is up), on every page
        in_band = [o for o in pdf[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
                   if o.get_bounds()[3] < plan.page_h - band_top + 1]
        assert len(in_band) == 1, i
        left, bottom, right, top = in_band[0].get_bounds()
        assert abs((right - left) - furniture.LEGEND_PHOTO) < 0.5


def test_one_persona_leaves_the_band_as_it_was(tmp_path):
    from model.document import Document
    doc = Document.create(tmp_path / "one.journey", "sample")
    try:
        doc.apply(Op("delete_persona", {"persona_id": doc.journey.personas[1].id}))
        lay = layout(doc.journey)
        assert lay.legend == [] and furniture.legend_width(lay) == 0.0
    finally:
        doc.close()


def small_photo(side: int) -> dict:
    buf = io.BytesIO()
    Image.new("RGB", (side, side), "#884422").save(buf, "PNG")
    return images.load_bytes(buf.getvalue()).values()


def ppi_warnings(doc, scale, band=0.0):
    lay = layout(doc.journey)
    sizes = preflight.picture_sizes(lay, doc.asset_bytes)
    return [w for w in preflight.run(preflight.Context(lay, scale, 1.0, sizes, None, band)) if w.kind == "picture"]


def test_the_preflight_checks_legend_photos_in_the_header_and_on_tile_bands(sample_doc):
    ruth = sample_doc.journey.personas[1]
    sample_doc.apply(Op("update_persona", {"persona_id": ruth.id, "picture": small_photo(24)}))
    lay = layout(sample_doc.journey)
    entry = next(e for e in lay.legend if e.persona_id == ruth.id)
    assert entry.photo_id in preflight.picture_sizes(lay, sample_doc.asset_bytes)
    # in the header at 100 %: 24 px over 56 pt (0.78 in) is 31 ppi
    [w] = ppi_warnings(sample_doc, 1.0)
    assert "31 ppi" in w.sentence
    # a small poster prints the header's photo small enough; the tile band's is 4.5 mm
    header_scale = (24 / 160) * 72 / entry.photo.w  # the header's photo at 160 ppi
    assert ppi_warnings(sample_doc, header_scale) == []
    [w] = ppi_warnings(sample_doc, header_scale, furniture.LEGEND_PHOTO)
    assert f"{24 / (furniture.LEGEND_PHOTO / 72):.0f} ppi" in w.sentence  # 135 ppi on every band
