"""Several personas on the poster (issue 14): each persona's emotion curve is
printed in its own colour, and the header names every persona with its look —
the same display list as the screen, read back from the PDF and the PNG."""
import pypdfium2 as pdfium
from PIL import Image

from export.options import PdfOptions, PngOptions
from export.pdf import export_pdf
from export.png import export_png
from model.document import Document
from model.layout import layout

K = 2.0  # pixels per point


def colour_pixels(image: Image.Image, box, colour: str, tolerance: int = 40) -> int:
    """How many pixels inside `box` (layout points) are close to `colour`."""
    want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    data = image.crop((int(box[0] * K), int(box[1] * K), int(box[2] * K), int(box[3] * K))).convert("RGB").tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if abs(data[i] - want[0]) + abs(data[i + 1] - want[1]) + abs(data[i + 2] - want[2]) < tolerance)


def test_each_persona_is_printed_with_its_own_curve_and_in_the_header(sample_path, tmp_path, qapp):
    with Document.open(sample_path) as doc:
        personas = [(p.name, p.colour) for p in doc.journey.personas]
        lay = layout(doc.journey)
        export_pdf(doc, tmp_path / "m.pdf", PdfOptions(scale=1.0, margin_mm=0))  # 100 %, top-left
        export_png(doc, tmp_path / "m.png", PngOptions(dpi=72 * K))
    assert len(personas) >= 2
    lane = next(lane for lane in lay.lanes if lane.kind == "emotions")
    curves_box = (lay.stages[0].column.x, lane.row.y, lay.width, lane.row.bottom)
    header_box = (lay.persona.x, lay.persona.y, lay.persona.right, lay.persona.bottom)
    pdf = pdfium.PdfDocument(str(tmp_path / "m.pdf"))
    page = pdf[0]
    pdf_image = page.render(scale=K).to_pil()
    text = page.get_textpage().get_text_range()
    with Image.open(tmp_path / "m.png") as png_image:
        png_image.load()
        for name, colour in personas:
            for image in (pdf_image, png_image):
                assert colour_pixels(image, curves_box, colour) > 150, (name, colour)  # its curve
                assert colour_pixels(image, header_box, colour) > 20, (name, colour)   # its swatch
            assert name in text  # named in the header
