"""Several personas on the poster (issue 14): each persona's emotion curve is
printed in its own colour, and the header names every persona with its look —
the same display list as the screen, read back from the PDF and the PNG."""
import os
import subprocess
import sys
from pathlib import Path

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


def test_a_poster_for_one_persona_and_one_per_persona_from_the_command_line(sample_path, tmp_path):
    root = Path(__file__).resolve().parents[2]
    with Document.open(sample_path, read_only=True) as doc:
        personas = [(p.name, p.colour) for p in doc.journey.personas]
        lay = layout(doc.journey)
    lane = next(lane for lane in lay.lanes if lane.kind == "emotions")
    curves_box = (lay.stages[0].column.x, lane.row.y, lay.width, lane.row.bottom)

    def run(*args):
        return subprocess.run([sys.executable, str(root / "main.py"), "export", str(sample_path), *args],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    def drawn(pdf_path) -> dict:
        page = pdfium.PdfDocument(str(pdf_path))[0]
        image = page.render(scale=K).to_pil()
        return {name: colour_pixels(image, curves_box, colour) for name, colour in personas}
    (name_a, _), (name_b, _) = personas[:2]
    r = run("--pdf", "one.pdf", "--scale", "100", "--margin", "0", "--persona", name_b.upper())
    assert r.returncode == 0, r.stderr
    one = drawn(tmp_path / "one.pdf")
    assert one[name_b] > 150 and one[name_a] == 0  # only that persona's curve
    r = run("--each-persona", ".", "--scale", "100", "--margin", "0")
    assert r.returncode == 0, r.stderr
    written = sorted(p.name for p in tmp_path.glob("sample-*.pdf"))
    assert len(written) == len(personas) and len(r.stdout.strip().splitlines()) == len(personas)
    for name, _ in personas:
        [path] = [tmp_path / f for f in written if name.split()[0].casefold() in f]
        counts = drawn(path)
        assert counts[name] > 150 and all(v == 0 for other, v in counts.items() if other != name)
    r = run("--pdf", "nobody.pdf", "--persona", "Nobody at all")
    assert r.returncode != 0 and "no persona called" in r.stderr and not (tmp_path / "nobody.pdf").exists()
    assert r.stderr.count("\n") == 1  # one sentence, no traceback
