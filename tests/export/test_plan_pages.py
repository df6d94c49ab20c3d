"""The plan's pages in the poster PDF (issue 15 item 8): the matrix, the ranked
action plan and the metrics per stage, after the map, chosen with --pages;
read back from the PDF with pypdfium2 (text and page sizes) and rasterised."""
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import main
from model.document import Document
from model.operations import Op

V4 = Path(__file__).parent.parent / "fixtures" / "v4-sample.journey"
A4_LANDSCAPE = (841.9, 595.3)


@pytest.fixture
def path(planned_path) -> Path:
    return planned_path


def pages_text(pdf: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    finally:
        doc.close()


def sizes(pdf: Path) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [tuple(round(v, 1) for v in doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


def test_the_three_pages_follow_the_map_in_the_order_asked(path, tmp_path):
    out = tmp_path / "poster.pdf"
    assert main.main(["export", str(path), "--pdf", str(out), "--paper", "a2",
                      "--pages", "plan,metrics,matrix"]) == 0
    text = pages_text(out)
    assert len(text) == 4 and sizes(out)[1:] == [A4_LANDSCAPE] * 3
    plan, metrics, matrix = text[1:]
    assert plan.startswith("Action plan: Online grocery — first order")
    first = plan.index("Show delivery dates on the product page")
    assert first < plan.index("A/B test the checkout summary") < plan.index("Let customers approve")
    assert "Priya" in plan and "2027-02-15" in plan and "In progress" in plan
    assert "NPS" in metrics and "18 (n=190)" in metrics and "-6 (n=175)" in metrics and "44.2%" in metrics
    assert "-100 to 100" in metrics and "0 to 100%" in metrics  # honest fixed axes, said
    for words in ("Quick wins", "Big bets", "Fill-ins", "Money pits", "Not scored yet",
                  "Suggest a weekly basket she can edit"):
        assert words in matrix


def test_without_pages_the_poster_is_the_map_alone(path, tmp_path):
    out = tmp_path / "poster.pdf"
    assert main.main(["export", str(path), "--pdf", str(out), "--paper", "a2"]) == 0
    assert len(pages_text(out)) == 1


def test_tiled_on_letter_the_plan_pages_are_letter(path, tmp_path):
    out = tmp_path / "tiles.pdf"
    assert main.main(["export", str(path), "--pdf", str(out), "--tile", "letter", "--pages-wide", "2",
                      "--pages", "plan"]) == 0
    assert sizes(out)[-1] == (792.0, 612.0)


def test_a_long_plan_runs_over_pages_and_no_row_is_cut(path, tmp_path):
    with Document.open(path) as doc:
        card = next(c for c in doc.journey.cards if c.impact is not None)
        for i in range(60):
            doc.apply(Op("add_action_item", {"card_id": card.id, "title": f"Step {i:02d} of the rollout, "
                                             "with a title long enough to wrap onto a second line of its cell"}))
    out = tmp_path / "plan.pdf"
    assert main.main(["export", str(path), "--pdf", str(out), "--paper", "a2", "--pages", "plan"]) == 0
    text = pages_text(out)[1:]
    assert len(text) >= 3
    joined = " ".join(text)
    for i in range(60):
        assert joined.count(f"Step {i:02d} of the rollout") == 1
    doc = pdfium.PdfDocument(str(out))
    try:
        for i in range(1, len(doc)):  # every character inside the page's margins
            page = doc[i]
            textpage = page.get_textpage()
            h = page.get_height()
            for c in range(textpage.count_chars()):
                left, bottom, right, top = textpage.get_charbox(c)
                assert 20 <= bottom and top <= h - 20
    finally:
        doc.close()


def test_an_unknown_page_is_refused_in_one_sentence_and_nothing_is_written(path, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main.main(["export", str(path), "--pdf", str(out), "--pages", "matrix,budget"]) == 2
    assert capsys.readouterr().err.strip() == \
        "wayline: The plan's pages are: matrix, plan, metrics; not “budget”."
    assert not out.exists()


def test_the_printed_matrix_is_the_screens_drawing(path, tmp_path, qapp):
    """One drawing: the matrix page rasterised matches the display list painted by QPainter."""
    from PySide6.QtGui import QImage, QPainter
    from canvas.paint import draw
    from model import scoring
    from model.matrix import matrix
    from model.matrix_drawing import draw_matrix
    from model.theme import STANDARD
    out = tmp_path / "m.pdf"
    assert main.main(["export", str(path), "--pdf", str(out), "--paper", "a2", "--pages", "matrix"]) == 0
    with Document.open(path, read_only=True) as doc:
        m = matrix(doc.journey, scoring.quadrant_names(doc.journey.quadrants), ("Effort", "Impact"),
                   "Not scored yet")
        items = draw_matrix(m, STANDARD)
    margin = 36.0
    scale = min((A4_LANDSCAPE[0] - 2 * margin) / m.width, (A4_LANDSCAPE[1] - 2 * margin) / m.height)
    dpi = 2.0
    pdf = pdfium.PdfDocument(str(out))
    try:
        printed = pdf[1].render(scale=dpi).to_pil().convert("RGB")
    finally:
        pdf.close()
    screen = QImage(printed.width, printed.height, QImage.Format.Format_RGB32)
    screen.fill(0xFFFFFFFF)
    p = QPainter(screen)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(dpi, dpi)
    p.translate(margin, margin)
    p.scale(scale, scale)
    draw(p, items)
    p.end()
    different = 0
    for b in m.bubbles:  # each bubble's fill, at its centre-left, the same on paper and on screen
        x, y = (margin + (b.x - b.radius * 0.6) * scale) * dpi, (margin + b.y * scale) * dpi
        on_paper = printed.getpixel((int(x), int(y)))
        on_screen = screen.pixelColor(int(x), int(y))
        different += max(abs(on_paper[0] - on_screen.red()), abs(on_paper[1] - on_screen.green()),
                         abs(on_paper[2] - on_screen.blue())) > 12
    assert different == 0
    for q in m.quadrants:  # and each quadrant's wash
        x, y = (margin + (q.rect.x + q.rect.w * 0.75) * scale) * dpi, (margin + (q.rect.y + q.rect.h * 0.8) * scale) * dpi
        on_paper, on_screen = printed.getpixel((int(x), int(y))), screen.pixelColor(int(x), int(y))
        assert abs(on_paper[0] - on_screen.red()) <= 3 and abs(on_paper[2] - on_screen.blue()) <= 3
