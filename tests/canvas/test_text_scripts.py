"""The canvas draws every script with a font that has it, at the layout's exact
size, and a visible box for what no font has (issue 11, items 1, 2 and 9)."""
import io

import pypdfium2 as pdfium
import pytest
from PIL import Image
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from canvas import fonts, paint
from export import draw
from export import fonts as pdf_fonts
from model import text as textmod
from model.layout import Lines

DPI = 100
K = DPI / 72
PAGE = (560, 60)
METRIC = "Checkout conversion 13.75 pt WWWW mmmm"


def _qt_raster(lines: Lines, mode: str = "L") -> Image.Image:
    fonts.register()
    image = QImage(round(PAGE[0] * K), round(PAGE[1] * K), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(K, K)
    paint.paint_lines(painter, lines, "#000000")
    painter.end()
    buf = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (buf.width(), buf.height()), bytes(buf.constBits()),
                           "raw", "RGB", buf.bytesPerLine()).convert(mode)


def _pdf_raster(lines: Lines, mode: str = "L") -> Image.Image:
    out = io.BytesIO()
    c = Canvas(out, pagesize=PAGE, initialFontName=pdf_fonts.ensure(textmod.REGULAR))
    c.translate(0, PAGE[1])  # draw.py's convention: top-left origin, y drawn as -y
    draw.text(c, lines, HexColor("#000000"))
    c.showPage()
    c.save()
    page = pdfium.PdfDocument(out.getvalue())[0]
    return page.render(scale=K).to_pil().convert(mode)


def _ink_columns(im: Image.Image) -> tuple[int, int]:
    box = im.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box, "no ink"
    return box[0], box[2]


def test_bold_metric_text_is_as_wide_on_screen_as_in_the_layout_and_the_pdf(qapp):
    """Qt rounded the font's pixel size: 13.75 pt bold came out 1.3-1.8 % wider
    on screen and in the PNG. Now the ink starts and ends within a pixel of the PDF's."""
    lines = Lines((METRIC,), 10, 10, 13.75, True)
    screen, printed = _ink_columns(_qt_raster(lines)), _ink_columns(_pdf_raster(lines))
    assert abs(screen[0] - printed[0]) <= 1 and abs(screen[1] - printed[1]) <= 1, (screen, printed)
    width = textmod.measure(METRIC, 13.75, True) * K
    assert abs((screen[1] - screen[0]) - width) < 0.02 * width  # ink, not advances: bearings differ a little


def _centre(im: Image.Image, x0: int, x1: int) -> tuple[float, float]:
    """Darkness-weighted centre column of im between x0 and x1, and the darkness."""
    w, h = im.size
    px = im.load()
    total = moment = 0.0
    for x in range(x0, min(x1, w)):
        ink = sum(255 - px[x, y] for y in range(h))
        total += ink
        moment += ink * x
    return (moment / total if total else 0.0), total


def test_screen_and_print_agree_region_by_region(qapp):
    """Word by word along a long line, the ink of the screen and of the PDF at
    100 dpi is centred within a pixel of each other."""
    text = "Regional agreement: the customer compares delivery prices again and again"
    lines = Lines((text,), 8, 10, 11.0, False)
    screen, printed = _qt_raster(lines), _pdf_raster(lines)
    x = 8.0
    for word in text.split(" "):
        x0, x1 = round(x * K), round((x + textmod.measure(word, 11.0)) * K)
        (a, ink_a), (b, ink_b) = _centre(screen, x0, x1), _centre(printed, x0, x1)
        assert abs(a - b) <= 1.0, (word, a, b)
        assert abs(ink_a - ink_b) <= 0.25 * ink_b, (word, ink_a, ink_b)
        x += textmod.measure(word + " ", 11.0)


def test_every_script_has_a_font_on_screen_that_has_its_letters(qapp):
    """Korean, Devanagari and Thai showed as boxes: the runs the canvas draws now
    name a bundled font whose Qt face has every letter."""
    fonts.register()
    for text in ("한국어 고객", "हिन्दी ग्राहक", "ภาษาไทย", "தமிழ்", "বাংলা", "日本語", "Ελληνικά", "Кириллица"):
        for name, piece, _ in paint._runs(text, False):
            metrics = QFontMetricsF(fonts.reference_font(name, False))
            for ch in piece:
                if ch != " " and textmod.measure(ch, 1.0) > 0:
                    assert metrics.inFontUcs4(ord(ch)), (text, name, ch)


def test_a_character_no_font_has_is_a_box_on_screen(qapp):
    blank = _qt_raster(Lines(("a b",), 10, 10, 20.0))
    boxed = _qt_raster(Lines(("a \u0378b",), 10, 10, 20.0))
    x = (10 + textmod.measure("a ", 20.0)) * K
    w = textmod.PLACEHOLDER_WIDTH * 20.0 * K
    region = (round(x), 0, round(x + w), boxed.height)
    assert boxed.crop(region).point(lambda v: 255 if v < 128 else 0).getbbox() is not None
    assert textmod.undrawable("a \u0378b") == "\u0378"
    assert blank.size == boxed.size


THUMB = "\U0001f44d\U0001f3fd"
EMOJI = ("\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f1ef\U0001f1f5", THUMB, "\u2705")


def _any_ink(im: Image.Image) -> tuple[int, int]:
    box = im.convert("L").point(lambda v: 255 if v < 245 else 0).getbbox()
    assert box, "no ink"
    return box[0], box[2]


def test_a_skin_toned_emoji_is_as_wide_on_screen_as_in_the_layout_and_the_pdf(qapp):
    """Qt joined 👍🏽 with a system emoji font where the layout measured two
    Symbola glyphs. Now the layout measures one glyph of the bundled colour
    font, and the screen draws it that wide: its ink starts and ends within a
    pixel of the PDF's picture, inside the measured advance."""
    lines = Lines((THUMB,), 10, 10, 24.0)
    screen, printed = _any_ink(_qt_raster(lines, "RGB")), _any_ink(_pdf_raster(lines, "RGB"))
    assert abs(screen[0] - printed[0]) <= 1 and abs(screen[1] - printed[1]) <= 1, (screen, printed)
    width = textmod.measure(THUMB, 24.0) * K
    assert width == textmod.measure("\u2705", 24.0) * K  # one glyph, not thumb + skin tone
    assert 0.8 * width <= screen[1] - screen[0] <= width + 1, (screen, width)
    assert round(10 * K) - 1 <= screen[0]
    # and Qt's own advance for the cluster, as drawn, is the layout's
    qt = QFontMetricsF(fonts.reference_font(textmod.EMOJI, False)).horizontalAdvance(THUMB)
    assert qt * fonts.emoji_stretch(THUMB) * 24.0 / fonts.REFERENCE * K == pytest.approx(width, abs=1)


def test_emoji_on_screen_come_from_the_bundled_font_joined(qapp):
    """The canvas depended on whatever emoji font the system had: each cluster
    is now drawn with the bundled font (renamed, so no system copy can stand
    in), as one glyph, in colour."""
    from PySide6.QtGui import QTextLayout
    bundled = fonts.register()
    for cluster in EMOJI:
        runs = paint._runs(cluster, False)
        assert [name for name, _, _ in runs] == [textmod.EMOJI], runs
        layout = QTextLayout(cluster, fonts.reference_font(runs[0][0], False))
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        glyph_runs = line.glyphRuns()
        assert [r.rawFont().familyName() for r in glyph_runs] == [bundled[textmod.EMOJI]], cluster
        assert bundled[textmod.EMOJI] == "Wayline Color Emoji"
        assert len(glyph_runs[0].glyphIndexes()) == 1, cluster
    im = _qt_raster(Lines((" ".join(EMOJI),), 10, 10, 20.0), "RGB")
    assert sum(1 for r, g, b in im.get_flattened_data() if max(r, g, b) - min(r, g, b) > 100) > 200
