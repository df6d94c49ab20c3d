"""Right-to-left text on the canvas comes out in reading order, as in the PDF."""
from canvas import paint
from model import text as textmod


def drawn(line: str) -> str:
    """The characters of a line in the order they are painted, left to right."""
    return "".join(piece for _, piece, _ in paint._runs(line, False)).replace(
        paint.LTR_OVERRIDE, "").replace(paint.POP, "")


def test_hebrew_words_are_painted_right_to_left():
    # the first word is read first, so it must be painted rightmost
    assert drawn("שלום עולם").split() == ["םלוע", "םולש"]


def test_arabic_is_shaped_and_reordered_like_the_pdf():
    line = "مرحبا بالعالم"
    assert drawn(line) == textmod.visual(line)
    assert drawn(line) != line  # joined presentation forms, not the typed letters


def test_pieces_with_right_to_left_letters_carry_an_override():
    runs = paint._runs("Mixed: العميل is happy", False)
    rtl = [piece for _, piece, _ in runs if textmod.is_rtl(piece)]
    assert rtl and all(p.startswith(paint.LTR_OVERRIDE) and p.endswith(paint.POP) for p in rtl)
    assert drawn("Latin only") == "Latin only"
