"""Right-to-left text on the canvas is drawn as the PDF draws it: the same bidi
pass (`model.text.visual_runs`) orders the pieces, and each piece keeps its
typed letters, shaped by Qt on screen as HarfBuzz shapes them for the PDF (no
reshaping into presentation forms, no reordering by hand)."""
import io

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from canvas import paint
from export import draw
from model import text as textmod
from model.layout import Lines

SCALE = 6  # pixels per point: glyph shapes, not anti-aliasing, decide
W, H = 260, 24


def screen(line: str) -> Image.Image:
    image = QImage(W * SCALE, H * SCALE, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    paint.paint_lines(painter, Lines((line,), 4, 4, 12), "#000000")
    painter.end()
    buf = io.BytesIO()
    data = image.constBits().tobytes()
    return Image.frombytes("L", (image.width(), image.height()), data, "raw", "L", image.bytesPerLine())


def printed(line: str) -> Image.Image:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(W, H))
    c.translate(0, H)
    draw.text(c, Lines((line,), 4, 4, 12), black)
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    return page.render(scale=SCALE).to_pil().convert("L")


def difference(a: Image.Image, b: Image.Image) -> float:
    """Share of inked pixels that are not inked in the other image."""
    ink_a, ink_b = (im.point(lambda v: 255 if v < 128 else 0) for im in (a, b))
    only = ImageChops.difference(ink_a, ink_b).histogram()[255]
    return only / max(1, ink_a.histogram()[255] + ink_b.histogram()[255])


LINES = {
    "hebrew": "שלום עולם",
    "arabic": "مرحبا بالعالم",
    "lam_alef_and_marks": "السلام عليكم بَيْتٌ",
    "hebrew_niqqud": "שָׁלוֹם עֲלֵיכֶם",
    "mixed": "הלקוח משווה PDF 100 מחירים",
    "latin_with_arabic": "Mixed: العميل is happy",
}


@pytest.mark.parametrize("name", list(LINES))
def test_screen_draws_right_to_left_lines_as_the_pdf_does(qapp, name):
    line = LINES[name]
    assert difference(screen(line), printed(line)) < 0.02


def test_the_comparison_sees_words_in_the_wrong_order(qapp):
    """The check above can fail: the words of a line drawn in typed order
    left-to-right (as a drawer without bidi would) differ clearly."""
    line = LINES["hebrew"]
    wrong = "\u202d" + "".join(reversed(line)) + "\u202c"  # visual order forced: reading order reversed
    assert difference(screen(line), printed(line)) * 3 < difference(screen(wrong), printed(line))


def test_arabic_is_joined_not_isolated(qapp):
    """Qt shapes each piece: the joined word is not its letters drawn apart."""
    word = "مرحبا"
    apart = "\u200c".join(word)  # zero-width non-joiners: isolated forms
    assert difference(screen(word), screen(apart)) > 0.2


def test_pieces_keep_their_typed_letters():
    runs = paint._runs("Mixed: العميل is happy", False)
    pieces = [piece.strip("\u202a\u202b\u202c") for _, piece, _ in runs]
    assert "العميل" in pieces  # typed order, no presentation forms
    assert all(p[0] in "\u202a\u202b" for _, p, _ in runs)
